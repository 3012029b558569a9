"""E-mails (.eml): the statement in the body, and .docx/.pdf/.odt attachments as statements of
their own ("mail.eml › statement.docx").

The plain-text part is preferred; an HTML-only mail goes through the HTML importer (which
fetches nothing, so remote images in newsletters stay unloaded). The subject becomes the title
when the body does not start with one; the Date header is the date hint.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from pathlib import Path

from briefpack.errors import FileRefused
from briefpack.importers.base import ImportedText
from briefpack.importers.layout import clean_line, compose
from briefpack.importers.limits import MAX_TEXT_BYTES, read_limited
from briefpack.importers.sniff import sniff
from briefpack.importers.text import decode_text, normalise_newlines

SUFFIXES = (".eml",)
ATTACHMENT_SUFFIXES = (".docx", ".pdf", ".odt")
# A body this short beside a statement attachment is a cover note ("please find attached").
COVER_NOTE_CHARS = 600

_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|aw|wg|tr|sv|vs|rv)\s*:\s*|\[[^\]]{1,40}\]\s*|"
    r"(?:press|media|news)\s+release\s*[:\-\u2013\u2014]\s*|statement\s*:\s*)+",
    re.IGNORECASE,
)
_GREETING = re.compile(r"^(dear|hi|hello|good (morning|afternoon|evening)|to whom)\b", re.I)


def read_eml_file(path: Path) -> list[ImportedText]:
    data = read_limited(path, MAX_TEXT_BYTES, "e-mail")
    return read_eml_bytes(data, path)


def read_eml_bytes(data: bytes, path: Path) -> list[ImportedText]:
    if not data.strip():
        raise FileRefused(path, "file is empty")
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise FileRefused(path, "not an e-mail (it has no headers)")
    subject = _header(message, "subject")
    subject = _SUBJECT_PREFIX.sub("", subject).strip() or None
    date = _date(message)

    attachments: list[ImportedText] = []
    refused: list[str] = []
    for part in message.walk():
        filename = part.get_filename()
        if not filename or part.is_multipart():
            continue
        if not filename.lower().endswith(ATTACHMENT_SUFFIXES) and part.get_content_type() not in (
            "application/pdf",
        ):
            continue
        name = f"{path.name} \u203a {filename}"
        try:
            attachments.append(_read_attachment(part, path, name, date))
        except FileRefused as error:
            refused.append(f"{filename}: {error.reason}")

    body = _read_body(message, path, subject)
    results: list[ImportedText] = []
    if body is not None:
        # Beside a document, read or refused (a pack, a broken file), a short body is the
        # note that sends it, not a statement.
        is_cover_note = (attachments or refused) and len(body.text) - len(body.title or "") < (
            COVER_NOTE_CHARS
        )
        if not is_cover_note:
            body.date = date
            results.append(body)
    results.extend(attachments)
    if not results:
        reason = "e-mail has no text and no statement attached"
        if refused:
            reason = "attachments refused: " + "; ".join(refused)
        raise FileRefused(path, reason)
    for item in results:
        item.warnings.extend(f"attachment {text}" for text in refused)
    return results


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, TypeError, IndexError):
        return ""
    return clean_line(str(value)) if value is not None else ""


def _date(message: EmailMessage):
    try:
        header = message.get("date")
        moment = getattr(header, "datetime", None)
    except (ValueError, TypeError, IndexError):
        return None
    return moment.date() if moment is not None else None


def _read_attachment(part: EmailMessage, path: Path, name: str, date) -> ImportedText:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload:
        raise FileRefused(path, "attachment is empty")
    kind = sniff(payload[:8192])
    imported: ImportedText | None = None
    if kind == "zip":
        from briefpack.importers.office import read_office_bytes

        kind, imported = read_office_bytes(payload, path, None, name)
    elif kind == "pdf":
        from briefpack.importers.pdf import read_pdf_bytes

        imported = read_pdf_bytes(payload, path, name)
    if imported is None:
        raise FileRefused(path, "attachment is not a Word, OpenDocument or PDF file")
    imported.date = imported.date or date
    return imported


def _part_text(part: EmailMessage, path: Path) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):
        content = None
    if isinstance(content, str):
        return normalise_newlines(content)
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        return ""
    return decode_text(payload, path)[0]


def _read_body(message: EmailMessage, path: Path, subject: str | None) -> ImportedText | None:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except (KeyError, ValueError, TypeError):
        part = None
    if part is None:
        return None
    raw = _part_text(part, path)
    if not raw.strip():
        return None
    if part.get_content_subtype() == "html":
        from briefpack.importers.html import read_html_text

        page = read_html_text(raw, path, path.name, fmt="eml")
        lines = page.text.split("\n")
        if page.title is None and subject and not _starts_with_title(lines, subject):
            lines.insert(0, subject)
        text = compose(lines, path)
        return ImportedText(path=path, text=text, format="eml", title=subject, url=page.url)
    params = part.get_params() or []
    flowed = any(k.lower() == "format" and v.lower() == "flowed" for k, v in params)
    delsp = any(k.lower() == "delsp" and v.lower() == "yes" for k, v in params)
    lines = unwrap(raw, flowed=flowed, delsp=delsp).split("\n")
    paragraphs = [line for line in (clean_line(x) for x in lines) if line]
    if not paragraphs:
        return None
    title = None if _starts_with_title(paragraphs, subject) else subject
    text = compose(paragraphs, path, title)
    return ImportedText(path=path, text=text, format="eml", title=subject)


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).casefold() == re.sub(r"\W+", "", b).casefold()


def _starts_with_title(paragraphs: list[str], subject: str | None) -> bool:
    """Whether the body's first line is a title of its own (so the subject is not needed)."""
    lines = [clean_line(p) for p in paragraphs if clean_line(p)]
    if not lines:
        return False
    first = lines[0]
    if subject is None or _same(first, subject):
        return True
    return (
        len(lines) > 1
        and len(first) <= 160
        and not first.endswith((".", ",", ":", ";"))
        and not _GREETING.match(first)
    )


def unwrap(text: str, *, flowed: bool = False, delsp: bool = False) -> str:
    """Undo the line wrapping of a plain-text mail: RFC 3676 format=flowed, or hard wrapping
    at a fixed width (a line is joined to the next when the next word would not have fit)."""
    lines = text.split("\n")
    if flowed:
        out: list[str] = []
        buffer = ""
        for line in lines:
            if line.startswith(" "):
                line = line[1:]  # space-stuffing
            if line.endswith(" ") and line.strip() and line != "-- ":
                buffer += line[:-1] if delsp else line
            else:
                out.append(buffer + line)
                buffer = ""
        if buffer:
            out.append(buffer)
        return "\n".join(out)
    width = max((len(line.rstrip()) for line in lines), default=0)
    if not 40 <= width <= 80:
        return text  # not hard-wrapped: one paragraph per line already
    out = []
    current = ""
    previous_length = 0  # of the last physical line in `current`
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                out.append(current)
            out.append("")
            current = ""
            continue
        if current:
            first_word = stripped.split(" ", 1)[0]
            if previous_length + 1 + len(first_word) > width:
                current = current + " " + stripped
                previous_length = len(line.rstrip())
                continue
            out.append(current)
        current = stripped
        previous_length = len(line.rstrip())
    if current:
        out.append(current)
    return "\n".join(out)
