"""Text -> Statement: title, dateline, paragraphs, summits, quotes, asks, cases, contacts, issues.

Pure functions over a string; the only file read is the shipped taxonomy (once, cached).
See DESIGN.md, the parsing package.
"""

from briefpack.parsing.statement import parse_statement
from briefpack.parsing.taxonomy import load_taxonomy

__all__ = ["load_taxonomy", "parse_statement"]
