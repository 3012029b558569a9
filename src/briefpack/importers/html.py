"""Web pages (.html, .htm) saved from an organisation's site: the press release, not the site.

A small main-content rule with lxml: drop what is never the statement (scripts, navigation,
cookie banners, share buttons, related-article lists, footers), take the article (or the
element holding the most paragraph text), and keep its headings, paragraphs, list items and
table rows one per line. The page's own title, canonical URL and publication date come from its
metadata. Nothing is ever fetched: the parser has no network and loads no DTD, and images,
stylesheets and links are never followed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from email.utils import parsedate_to_datetime
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from briefpack.errors import FileRefused
from briefpack.importers.base import ImportedText
from briefpack.importers.layout import BULLET, clean_line, compose
from briefpack.importers.limits import MAX_TEXT_BYTES, read_limited
from briefpack.importers.text import decode_text

SUFFIXES = (".html", ".htm", ".xhtml")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)

# Never part of the statement, whatever they hold.
_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "dialog",
    "figure", "img", "picture", "video", "audio", "map", "link", "meta", "head",
}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
               "alertdialog", "menu", "menubar"}
# Words in class or id that mark page furniture.
_DROP_WORDS = {
    "cookie", "cookies", "consent", "gdpr", "share", "sharing", "sharebar", "social",
    "related", "recommended", "recirculation", "newsletter", "subscribe", "signup", "breadcrumb",
    "breadcrumbs", "skip", "advert", "advertisement", "ads", "promo", "popup", "modal",
    "comments", "menu", "sidebar", "nav", "navbar", "navigation", "footer", "masthead",
    "toolbar", "pagination", "byline", "meta", "metadata", "timestamp", "donate", "donation",
}
# Whole class names only: "hidden-xs" hides on small screens only, and is content.
_DROP_CLASSES = {"hidden", "sr-only", "visually-hidden", "screen-reader-text", "print-only",
                 "read-more", "skip-link", "tags", "tag-list", "more-stories"}
_SPLIT_WORDS = re.compile(r"[\s_\-]+")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "tr", "table", "tbody", "thead",
    "tfoot", "address", "center", "hr", "body", "caption", "details", "summary",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_DATE_META = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "pubdate",
    "publishdate", "publish-date", "publication_date", "sailthru.date", "parsely-pub-date",
    "citation_publication_date", "article.published",
)


def read_html_file(path: Path) -> list[ImportedText]:
    data = read_limited(path, MAX_TEXT_BYTES, "web page")
    return [read_html_bytes(data, path)]


def read_html_bytes(data: bytes, path: Path, name: str | None = None) -> ImportedText:
    text, encoding = decode_html(data, path)
    imported = read_html_text(text, path, name)
    imported.encoding = encoding
    return imported


def decode_html(data: bytes, path: Path) -> tuple[str, str]:
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        match = _META_CHARSET.search(data[:4096])
        if match:
            declared = match.group(1).decode("ascii").lower()
            try:
                codec = codecs.lookup(declared).name
            except LookupError:
                codec = None
            if codec is not None:
                # Pages saved as "iso-8859-1" are Windows-1252 in practice (browsers agree).
                codec = "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec
                try:
                    return data.decode(codec), codec
                except UnicodeDecodeError:
                    pass
    return decode_text(data, path)


def read_html_text(text: str, path: Path, name: str | None = None,
                   fmt: str = "html") -> ImportedText:
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise FileRefused(path, "web page is empty")
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  default_doctype=False)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        raise FileRefused(path, "web page is empty or cannot be read") from None
    url = _canonical_url(root)
    date = _published_date(root)
    title = _page_title(root)
    _drop_furniture(root)
    content = _main_content(root, title)
    lines: list[str] = []
    _Lines(lines).walk(content)
    own_heading = _title_heading(content, title)
    if own_heading:
        title = own_heading
    elif title is None:
        heading = next((t for _, t in _headings(root)), None)
        title = heading
    body = compose(lines, path, title)
    return ImportedText(path=path, text=body, format=fmt, title=title, url=url, date=date,
                        name=name)


def _meta(root: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = meta.get("content")
        if key and value and key not in found:
            found[key] = value.strip()
    return found


def _canonical_url(root: etree._Element) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = (link.get("href") or "").strip()
            if href.startswith(("http://", "https://")):
                return href
    url = _meta(root).get("og:url", "")
    return url if url.startswith(("http://", "https://")) else None


def _published_date(root: etree._Element) -> dt.date | None:
    meta = _meta(root)
    for key in _DATE_META:
        date = parse_date(meta.get(key))
        if date:
            return date
    for script in root.iter("script"):
        if "ld+json" in (script.get("type") or "").lower() and script.text:
            date = _json_ld_date(script.text)
            if date:
                return date
    # A <time> in the article before one anywhere (a header's "today", a related story's).
    for scope in (*root.iter("article"), *root.iter("main"), root):
        for element in scope.iter("time"):
            date = parse_date(element.get("datetime"))
            if date:
                return date
    return None


def _json_ld_date(source: str) -> dt.date | None:
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            date = parse_date(item.get("datePublished"))
            if date:
                return date
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def parse_date(value: object) -> dt.date | None:
    """ISO 8601 ("2017-04-05", "2017-04-05T10:00:00Z") or RFC 2822; None when unsure."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _page_title(root: etree._Element) -> str | None:
    meta = _meta(root)
    for key in ("og:title", "twitter:title", "dc.title"):
        if meta.get(key):
            return clean_line(meta[key])
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        parts = re.split(r"\s+[|\u2013\u2014\-:]{1,2}\s+", clean_line(title.text_content()))
        return max(parts, key=len)
    return None


def _headings(root: etree._Element) -> list[tuple[str, str]]:
    found = []
    for element in root.iter("h1", "h2"):
        text = clean_line(element.text_content())
        if text:
            found.append((element.tag, text))
    return found


def _is_furniture(element: etree._Element) -> bool:
    tag = element.tag
    if not isinstance(tag, str):
        return True  # comments, processing instructions
    if tag in _DROP_TAGS:
        return True
    if tag in ("html", "body", "main", "article"):
        return False
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if (element.get("role") or "").lower() in _DROP_ROLES:
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if names.strip():
        words = set(_SPLIT_WORDS.split(names))
        if words & _DROP_WORDS or set(names.split()) & _DROP_CLASSES:
            return not any(True for _ in element.iter("h1"))
    if tag == "header":  # the site's header; an article's own header holds its h1
        return not any(True for _ in element.iter("h1"))
    return False


def _drop_furniture(root: etree._Element) -> None:
    doomed = []
    for element in root.iter():
        if _is_furniture(element):
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        # Keep the text that follows the element: it belongs to the parent.
        tail = element.tail
        previous = element.getprevious()
        if tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)


def _text_length(element: etree._Element) -> int:
    return len(clean_line(element.text_content()))


def _similar(heading: str, title: str | None) -> bool:
    if title is None:
        return True
    a, b = heading.casefold(), title.casefold()
    return a in b or b in a


def _title_heading(element: etree._Element, title: str | None) -> str | None:
    """The element's h1 that is the page's title (not a logo's h1), if any."""
    headings = [t for k, t in _headings(element) if k == "h1"]
    for heading in headings:
        if _similar(heading, title):
            return heading
    return headings[0] if headings and title is None else None


def _main_content(root: etree._Element, title: str | None) -> etree._Element:
    body = root.find("body")
    if body is None:
        body = root
    for xpath in ('.//*[@itemprop="articleBody"]', ".//article", ".//main",
                  './/*[@role="main"]'):
        candidates = body.xpath(xpath)
        if candidates:
            best = max(candidates, key=_text_length)
            if _text_length(best) > 0:
                # The article body may leave the page's own title just outside it.
                return _with_heading(best, title)
    # No markup says where the article is: the element whose paragraphs hold the most text.
    scores: dict[etree._Element, int] = {}
    for paragraph in body.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + _text_length(paragraph)
    if not scores:
        return body
    return _with_heading(max(scores, key=scores.__getitem__), title)


def _with_heading(element: etree._Element, title: str | None) -> etree._Element:
    """The element, or its nearest ancestor that also holds the page's title as an h1."""
    if any(True for _ in element.iter("h1")):
        return element
    ancestor = element.getparent()
    for _ in range(3):
        if ancestor is None or ancestor.tag in ("body", "html"):
            break
        if _title_heading(ancestor, title) is not None:
            return ancestor
        ancestor = ancestor.getparent()
    return element


class _Lines:
    """Block elements and <br> end a line; inline elements run on within it."""

    def __init__(self, out: list[str]) -> None:
        self.out = out
        self.current: list[str] = []
        self.prefix = ""

    def flush(self) -> None:
        line = clean_line("".join(self.current))
        self.current = []
        if line:
            self.out.append(self.prefix + line)
            self.prefix = ""  # a list item's bullet goes on its first line only

    def walk(self, element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            self.flush()
            if tag == "li":
                self.prefix = BULLET
        if tag == "br":
            self.flush()
        elif tag in ("td", "th"):
            self.current.append(" ")
        if element.text and tag:
            self.current.append(element.text)
        for child in element:
            self.walk(child)
            if child.tail:
                self.current.append(child.tail)
        if block:
            self.flush()
            if tag == "li":
                self.prefix = ""
