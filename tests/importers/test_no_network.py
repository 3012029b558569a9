"""Importing never reaches the network: no connection, no name lookup, no DTD or entity load.

tests/conftest.py refuses internet connections for the whole run; this file also records name
lookups and any socket use while every format is imported, and checks the C-level XML parser
(which Python's socket module never sees) loads nothing from outside the document.
"""

from __future__ import annotations

import io
import socket
import zipfile
from pathlib import Path

import pytest

from briefpack.importers import read_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture
def network_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def record(name: str):
        def refuse(*args, **kwargs):
            calls.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError("network use during an import test")

        return refuse

    monkeypatch.setattr(socket.socket, "connect", record("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", record("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", record("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", record("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", record("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", record("gethostbyname"))
    return calls


def test_no_socket_while_importing_every_format(files, tmp_path: Path, network_calls) -> None:
    text = (Path(__file__).resolve().parents[2] / "seeds").glob("*.txt").__next__().read_text(
        encoding="utf-8")
    made = [files.make_docx(text, tmp_path / "a.docx"), files.make_html(text, tmp_path / "a.html"),
            files.make_odt(text, tmp_path / "a.odt")]
    attachments = {"a.docx": made[0]}
    if files.font_paths() is not None:
        attachments["a.pdf"] = files.make_pdf(text, tmp_path / "a.pdf")
    html = files.make_html(text).decode("utf-8")
    files.make_eml(text, tmp_path / "a.eml", html=html, attachments=attachments)
    for path in sorted(tmp_path.iterdir()):
        assert read_file(path)
    assert network_calls == []


def test_xml_parser_loads_no_external_dtd_or_entity(tmp_path: Path, network_calls) -> None:
    dtd = tmp_path / "outside.dtd"
    dtd.write_text('<!ENTITY outside "LOADED FROM OUTSIDE">')
    body = (f'<!DOCTYPE w:document SYSTEM "{dtd.as_uri()}">'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Title</w:t></w:r></w:p>'
            "<w:p><w:r><w:t>Body &outside; end</w:t></w:r></w:p>"
            '<w:p><w:r><w:t>Remote <!-- --></w:t></w:r></w:p></w:body></w:document>')
    remote = body.replace(dtd.as_uri(), "http://dtd.example.invalid/x.dtd")
    for name, xml in (("local-dtd.docx", body), ("remote-dtd.docx", remote)):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("word/document.xml", xml)
        path = tmp_path / name
        path.write_bytes(buffer.getvalue())
        [imported] = read_file(path)
        assert "LOADED FROM OUTSIDE" not in imported.text
    assert network_calls == []
