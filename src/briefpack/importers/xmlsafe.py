"""Parsing XML from documents without ever reaching outside them.

No external entities, no DTD loading, no network: a document is data, never a set of links.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from briefpack.errors import FileRefused


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


_PARSER = _parser()


def parse_xml(data: bytes, path: Path, what: str) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        raise FileRefused(path, f"{what} is damaged (its text part is not valid XML)") from None
