"""Media contacts from the statement's contact lines and trailer.

Two layouts: one line per contact (HRW: "In Brussels, Lotte Leicht (English, Danish):
+32-2-737-1486; or +32-475-28-75-46 (mobile); or leichtl@hrw.org") and a card of short lines
(name / job title / organisation / "Office: ..." / "Mobile: ..."). Cards for the same name are
merged and a number given twice in two forms is one phone, keeping its extension and kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from briefpack.model import Contact, Paragraph, Phone, Span
from briefpack.model.statement import PhoneKind
from briefpack.parsing.countries import country_code, country_in, organisation_pattern
from briefpack.parsing.gazetteer import ORGANISATION_ACRONYMS, ORGANISATION_WORDS, PLACES
from briefpack.parsing.speakers import looks_like_person

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Digits with at least five digits, spaces or "().-/" between two of them: data, not a name
# line. _has_digit_run tests for it without the regex (a call cost more than the test).
_DIGITS = re.compile(r"\d[\d\s().\-/]{5,}\d")
# "+44 20 7413 5566": a country code and digits with spaces, hyphens or dots between them,
# the form phonenumbers.parse reads without its general clean-up (see _parse_international).
_INTERNATIONAL = re.compile(r"\+[1-9][0-9 .\-]*[0-9]")
# ", extension 123" after such a number, in a form phonenumbers reads as that extension.
_EXTENSION = re.compile(r"[ ,]*(?:ext\.?|extension|x|#) *(?P<digits>[0-9]{1,6})", re.IGNORECASE)
# Labels that say what a number is ("Mobile:", "(mobile)", "Tel."), each a whole word: "cell
# phone" is "cell", a mobile label.
_LABEL_WORDS: tuple[tuple[PhoneKind, tuple[str, ...]], ...] = (
    ("mobile", ("mobile", "mob", "cell", "cellphone", "whatsapp", "signal")),
    ("office", ("office", "tel", "telephone", "phone", "landline", "direct", "desk", "work", "o")),
    ("fax", ("fax",)),
)
_LABELS: dict[str, PhoneKind] = {word: kind for kind, words in _LABEL_WORDS for word in words}
# The letters a case-blind regex takes for these ASCII ones, which str.lower() does not give.
_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# Words of a job title, found as whole words in any case (see _has_role_word).
_ROLE_WORDS = frozenset(
    (
        "officer", "manager", "director", "spokesperson", "spokesman", "spokeswoman", "media",
        "press", "communication", "communications", "coordinator", "adviser", "advisor", "head",
        "relations", "campaigner", "researcher", "editor", "lead", "specialist", "assistant",
        "associate", "executive",
    )
)  # fmt: skip
# Letters an introduction ("For media requests, please contact", "Media contacts:", see
# _intro_end) can start with.
_INTRO_FIRST = "fFpPmMcC"
_CITY_PREFIX = re.compile(r"^(?:In|From)\s+(?P<city>[A-Z][\w .'-]+?(?:,\s*D\.?C\.?)?)\s*,\s*")
_LANGUAGES = re.compile(r"\s*\([^)]*\)")
_NAME_AT_START = re.compile(
    r"^(?:(?:Ms|Mr|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019.-]+|"
    r"van|von|de|da|al|bin)){1,3})"
)


class _Card:
    """One contact being read: a plain class, cheaper to make than a dataclass."""

    def __init__(
        self, name: str | None, role: str | None, organisation: str | None, start: int, end: int
    ) -> None:
        self.name = name
        self.role = role
        self.organisation = organisation
        self.phones: list[Phone] = []
        self.emails: list[str] = []
        self.start = start
        self.end = end
        self.region: str | None = None

    def add_phone(self, phone: Phone) -> None:
        for known in self.phones:
            if known.e164 == phone.e164:
                known.extension = known.extension or phone.extension
                if phone.kind and (known.kind is None or phone.extension):
                    known.kind = phone.kind
                return
        self.phones.append(phone)

    def useful(self) -> bool:
        return bool(self.phones or self.emails)


_INDEX_LINES = ("AI Index", "AI index", "AI INDEX", "Index:", "Index number:")


def find_contacts(
    text: str, paragraphs: list[Paragraph], organisation: str | None, dateline_country: str | None
) -> list[Contact]:
    cards: list[_Card] = []
    card: _Card | None = None
    default_region = _DefaultRegion(paragraphs, organisation, dateline_country)
    for paragraph in paragraphs:
        if paragraph.kind != "contact":
            card = None
            continue
        line = paragraph.text
        if line.startswith(_INDEX_LINES):
            card = None
            continue  # "AI Index: ASA 20/7123/2023": a document's reference, not a phone
        start, end = paragraph.span.start, paragraph.span.end
        emails = _email_spans(line) if "@" in line else []
        has_data = bool(emails) or _has_digit_run(line)
        name, role, city, own = _name_role(line)
        if name and has_data:
            # A contact on one line, possibly with its own job title.
            card = _Card(name, role, own, start, end)
            card.region = country_code(city) if city else None
            cards.append(card)
            _add_data(card, line, emails, card.region, default_region)
            continue
        if name and not has_data and (_is_name_line(line) or role):
            # "Maeve Patterson" or "Maeve Patterson, Media Manager": numbers on the next lines.
            card = _Card(name, role, own, start, end)
            cards.append(card)
            continue
        if card is None:
            office = _press_office(line) if len(line) < 120 else None
            if has_data or office is not None:
                # "Amnesty International press office, +44 20 7413 5566": whose office it is;
                # "Amnesty International UK Press Office" over its numbers opens their card.
                card = _Card(None, None, _organisation_before_data(line), start, end)
                card.role = _office_role(office)
                cards.append(card)
                if has_data:
                    _add_data(card, line, emails, _region_of(card), default_region)
            continue
        card.end = end
        if has_data:
            _add_data(card, line, emails, card.region or _region_of(card), default_region)
        elif card.role is None and len(line) < 90 and _has_role_word(line):
            card.role = line.strip()
        elif card.organisation is None and _is_organisation_line(line):
            card.organisation = line.strip()
            # country_in(line) as the cached _region_of(card) asks it next: spaces around the
            # name change nothing.
            card.region = card.region or _organisation_country(card.organisation)
    merged = _merge([c for c in cards if c.useful()])
    return [
        Contact(
            name=c.name,
            role=c.role,
            organisation=c.organisation or organisation,
            phones=c.phones,
            emails=c.emails,
            span=Span(c.start, c.end),
        )
        for c in merged
    ]


class _DefaultRegion:
    """The home of numbers written without a country code: the issuing organisation's
    country, else one named in the trailer, else the dateline's. Worked out when a number
    first needs it (most contact lines name their city or country)."""

    def __init__(
        self, paragraphs: list[Paragraph], organisation: str | None, dateline_country: str | None
    ) -> None:
        self.paragraphs = paragraphs
        self.organisation = organisation
        self.dateline_country = dateline_country
        self.known = False
        self.region: str | None = None

    def get(self) -> str | None:
        if not self.known:
            self.known = True
            self.region = (
                (_organisation_country(self.organisation) if self.organisation else None)
                or _trailer_region(self.paragraphs)
                or self.dateline_country
            )
        return self.region


def _trailer_region(paragraphs: list[Paragraph]) -> str | None:
    """The country of an organisation named in the trailer ("Amnesty International Canada"),
    the home of numbers written without a country code."""
    for paragraph in paragraphs:
        if paragraph.kind == "contact":
            for match in organisation_pattern().finditer(paragraph.text):
                region = _organisation_country(match.group(0))
                if region:
                    return region
    return None


# A contact that is an office, not a person: "press office", "Media team", "newsroom".
_PRESS_OFFICE = re.compile(
    r"\b(?:press|media|news|communications?)\s+(?:office|team|desk|unit)\b|\bnewsroom\b",
    re.IGNORECASE,
)


def _press_office(line: str) -> re.Match[str] | None:
    """_PRESS_OFFICE's match in the line, looked for only where one of its words is."""
    lowered = _folded(line)
    for word in _PRESS_OFFICE_WORDS:
        if word in lowered:
            return _PRESS_OFFICE.search(line)
    return None


_PRESS_OFFICE_WORDS = ("press", "media", "news", "communication")


def _office_role(office: re.Match[str] | None) -> str | None:
    """ "press office" -> "Press office": the role a nameless card shows in the contacts table."""
    if office is None:
        return None
    words = office.group(0).split()
    return " ".join([words[0].capitalize(), *(word.lower() for word in words[1:])])


def _organisation_before_data(line: str) -> str | None:
    """An organisation named on a contact line before its first number or address."""
    data = _DIGITS.search(line)
    head = line[: data.start() if data else len(line)].split("@")[0]
    known = organisation_pattern().search(head)
    return known.group(0) if known else None


def _region_of(card: _Card) -> str | None:
    return _organisation_country(card.organisation) if card.organisation else None


# The country in an organisation's name ("Amnesty International Canada"): the same few
# organisations issue statement after statement, and country_in is pure and slow.
_organisation_country = lru_cache(maxsize=1024)(country_in)


def _is_name_line(line: str) -> bool:
    stripped = line.strip().rstrip(":,")
    return (
        len(stripped.split()) <= 4
        and _looks_like_person(stripped)
        and not _has_role_word(stripped)
        and not _is_organisation_line(stripped)
    )


def _has_role_word(text: str) -> bool:
    """Whether a job title's word ("Officer", "media") is one of the text's words."""
    start = -1
    for i in range(len(text) + 1):
        if i < len(text) and _is_word_char(text, i):
            if start < 0:
                start = i
        elif start >= 0:
            if i - start <= _LONGEST_ROLE_WORD and _folded(text[start:i]) in _ROLE_WORDS:
                return True
            start = -1
    return False


_LONGEST_ROLE_WORD = max(len(word) for word in _ROLE_WORDS)


# The scanners below test characters by code point (a compiled comparison of numbers, where
# one of strings is a call), asking str only about characters beyond ASCII.


def _is_word_char(line: str, i: int) -> bool:
    """Whether line[i] is one of the regex class \\w (a letter, a digit or "_")."""
    code = ord(line[i])
    if code < 128:
        return 97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 or code == 95
    return line[i].isalnum()


def _is_upper(line: str, i: int) -> bool:
    """Whether line[i] is a capital letter (str.isupper)."""
    code = ord(line[i])
    if code < 128:
        return 65 <= code <= 90
    return line[i].isupper()


def _is_decimal(line: str, i: int) -> bool:
    """Whether line[i] is one of the regex class \\d (a decimal digit of any script)."""
    code = ord(line[i])
    return 48 <= code <= 57 or (code >= 128 and line[i].isdecimal())


def _is_space(line: str, i: int) -> bool:
    """Whether line[i] is one of the regex class \\s (str.isspace)."""
    code = ord(line[i])
    if code < 128:
        return code == 32 or 9 <= code <= 13 or 28 <= code <= 31
    return line[i].isspace()


def _is_number_char(line: str, i: int) -> bool:
    """Whether line[i] may sit inside a written number: [\\d\\s().\\-/]."""
    code = ord(line[i])
    if 40 <= code <= 57:  # "()*+,-./" and the digits
        return code != 42 and code != 43 and code != 44
    return _is_space(line, i) or (code >= 128 and line[i].isdecimal())


def _has_digit_run(line: str) -> bool:
    """Whether _DIGITS.search(line) finds something: a run of number characters in which
    two digits stand six or more places apart."""
    first = -1
    for i in range(len(line)):
        code = ord(line[i])
        if 48 <= code <= 57 or (code >= 128 and _is_decimal(line, i)):
            if first < 0:
                first = i
            elif i - first >= 6:
                return True
        elif first >= 0 and not _is_number_char(line, i):
            first = -1
    return False


# Whether a contact's name looks like a person's: the same press officers sign statement after
# statement, and the test is pure.
_looks_like_person = lru_cache(maxsize=1024)(looks_like_person)


def _is_organisation_line(line: str) -> bool:
    if organisation_pattern().search(line):
        return True
    words = _LANGUAGES.sub("", line).split()
    return bool(words) and len(words) <= 8 and words[-1] in ORGANISATION_WORDS


def _name_role(line: str) -> tuple[str | None, str | None, str | None, str | None]:
    """A person's name (and job title) opening a contact line, the city before it, and the
    organisation a joint statement's line opens with ("FIDH: Samuel Hanryon, Press Officer");
    all None when no name opens the line."""
    rest = line.strip()
    if rest[:1] in _INTRO_FIRST:
        rest = rest[_intro_end(rest) :]
    city = None
    own = None
    head, after_head = _prefix(rest)
    if not head:
        person = _person_opening(rest)
    elif "A" <= after_head[:1] <= "Z":
        own = _known_organisation(head)
        if own is not None:
            person = _person_opening(after_head)
        elif country_code(head):
            # "Hong Kong: Lynn Choi, Media Manager, +852 ...": where the contact sits.
            city = head
            person = _person_opening(after_head)
        else:
            person = _person_opening(rest)
    else:
        # No name after the head ("Mobile: +1 ..."): one can only open the line, and not when
        # the head is an organisation or a place. Most lines have neither: no need to ask.
        person = _person_opening(rest)
        if person is not None and (_known_organisation(head) is not None or country_code(head)):
            person = None
    if person is None:
        return None, None, None, None
    name, role, prefix_city = person
    return name, role, prefix_city or city, own


def _person_opening(rest: str) -> tuple[str, str | None, str | None] | None:
    """The person's name opening `rest`, the job title after it and the city before it ("In
    Geneva, Kenneth Roth (English): ..."), else None."""
    city = None
    prefix = _CITY_PREFIX.match(rest) if rest.startswith(("In", "From")) else None
    if prefix and prefix.group("city") in PLACES or (prefix and country_code(prefix.group("city"))):
        city = prefix.group("city")  # type: ignore[union-attr]
        rest = rest[prefix.end() :]  # type: ignore[union-attr]
    match = _NAME_AT_START.match(rest) if _may_open_name(rest) else None
    if match is None:
        return None
    name = match.group("name").rstrip(".")
    if not _looks_like_person(name) or organisation_pattern().match(name):
        return None
    if name.split()[-1] in ORGANISATION_WORDS:
        return None
    role = _role_after_name(rest[match.end() :])
    if role is not None:
        role = role.strip() if _has_role_word(role) else None
    return name, role, city


def _may_open_name(rest: str) -> bool:
    """Whether _NAME_AT_START may match: a capital, then name characters up to white space
    (or the full stop of "Dr."): not "Mobile:", "Email:"."""
    if not "A" <= rest[:1] <= "Z":
        return False
    i = 1
    while i < len(rest) and (_is_word_char(rest, i) or rest[i] in "'\u2019-"):
        i += 1
    return i < len(rest) and (_is_space(rest, i) or rest[i] == ".")


def _intro_end(line: str) -> int:
    """Where the introduction opening a contact line ends, 0 without one. The introduction
    is what this regex matches, in any case (written out: the lazy search for "contact" was
    the slowest thing on the line):
    ^(?:for\\s+[^:]{0,60}?(?:contact|reach)|(?:please\\s+)?contact|media\\s+contacts?|
    press\\s+contacts?|contacts?)\\s*:?\\s*"""
    lowered = _folded(line)  # as long as the line: positions carry over
    end = -1
    if lowered.startswith("for"):
        start = _skip_spaces(line, 3)
        if start > 3:
            # The first "contact" or "reach" at most 60 characters on, with no colon before.
            limit = start + 60
            colon = lowered.find(":", start, limit)
            if colon >= 0:
                limit = colon
            contact = lowered.find("contact", start)
            reach = lowered.find("reach", start)
            if 0 <= reach <= limit and (contact < 0 or reach < contact):
                end = reach + 5
            elif 0 <= contact <= limit:
                end = contact + 7
    elif lowered.startswith("please"):
        start = _skip_spaces(line, 6)
        if start > 6 and lowered.startswith("contact", start):
            end = start + 7
    elif lowered.startswith("contact"):
        end = 7  # (?:please\s+)?contact, before contacts? ever gets its turn
    elif lowered.startswith(("media", "press")):
        start = _skip_spaces(line, 5)
        if start > 5 and lowered.startswith("contact", start):
            end = start + 8 if lowered.startswith("s", start + 7) else start + 7
    if end < 0:
        return 0
    end = _skip_spaces(line, end)
    if line.startswith(":", end):
        end = _skip_spaces(line, end + 1)
    return end


def _skip_spaces(line: str, start: int) -> int:
    """The first position from `start` on that is not white space."""
    while start < len(line) and _is_space(line, start):
        start += 1
    return start


# ", Media Manager," or " | Director | " after a contact's name, as this regex finds it:
# ^\s*[,|]\s*(?P<role>[^:;,/|\d+(]{3,80}?)\s*(?:[:;,/(|]|$)
_NOT_IN_ROLE = ":;,/|+("
_ROLE_END = ":;,/(|"


def _role_after_name(after: str) -> str | None:
    """The job title after a contact's name, as the regex above's group "role" (written out,
    as the regex's lazy search cost more than the rest of the line's parse)."""
    start = _skip_spaces(after, 0)
    if not after.startswith((",", "|"), start):
        return None
    opened = start + 1
    # The regex's \s* gives back spaces to the title only when it needs them.
    for start in range(_skip_spaces(after, opened), opened - 1, -1):
        end = start
        limit = min(len(after), start + 80)
        while end < limit:
            if after[end] in _NOT_IN_ROLE or _is_decimal(after, end):
                break
            end += 1
            # The end of the title: white space, a separator or the end of the line.
            if end - start >= 3 and (end == len(after) or not _is_role_letter(after, end)):
                stop = _skip_spaces(after, end)
                if stop == len(after) or after[stop] in _ROLE_END:
                    return after[start:end]
    return None


_PREFIX_SEPARATORS = (": ", " | ", " - ", " \u2013 ", " \u2014 ")


def _prefix(line: str) -> tuple[str, str]:
    """A few capitalised words before ": " or " | " opening a contact line ("CIVICUS: ",
    "Human Rights Watch - "), and the rest of the line; ("", line) when there are none."""
    if not line or not _is_upper(line, 0):
        return "", line
    cut = -1
    for separator in _PREFIX_SEPARATORS:
        i = line.find(separator, 0, 60)
        if i > 0 and (cut < 0 or i < cut):
            cut = i
    if cut < 0:
        return "", line
    head = line[:cut].strip()
    if len(head.split()) > 7:
        return "", line
    rest = line[cut:].lstrip(" :|-\u2013\u2014")
    return head, rest


def _known_organisation(name: str) -> str | None:
    """The organisation a short name is: one the gazetteer lists, or its acronym."""
    known = organisation_pattern().fullmatch(name)
    if known is not None:
        return known.group(0)
    return ORGANISATION_ACRONYMS.get(name)


def _add_data(
    card: _Card,
    line: str,
    emails: list[tuple[int, int]],
    region: str | None,
    default_region: _DefaultRegion,
) -> None:
    """The line's addresses (`emails`: their spans) and phone numbers, onto the card: numbers
    without a country code are read as the card's `region`'s, else `default_region`'s."""
    cleaned = line
    if emails:
        pieces = []
        searched = 0
        for start, end in emails:
            email = line[start:end]
            if email not in card.emails:
                card.emails.append(email)
            pieces.append(line[searched:start])
            searched = end
        pieces.append(line[searched:])
        cleaned = " ".join(pieces)  # the numbers' search skips the addresses
    # Candidates by regex, then phonenumbers.parse on each: PhoneNumberMatcher on the whole
    # line does the same job several times slower.
    for start, number_end, end in _phone_candidates(cleaned):
        candidate = cleaned[start:end]
        digits = 0
        for char in candidate:
            if char.isdigit():
                digits += 1
        if digits < 7 or digits > 20:
            continue
        number_text, extension = _split_extension(candidate, cleaned[start:number_end])
        if region is None and _needs_region(number_text):
            region = default_region.get()
        parsed = _parse_phone(number_text, region or "US")
        if parsed is None:
            continue
        e164, parsed_extension, _ = parsed
        kind = _kind(cleaned, start, end, number_text, region or "US")
        card.add_phone(Phone(e164, extension or parsed_extension, kind))


# A number, its extension if any: "+32-475-28-75-46", "(+41) 22 738 04 81", "212-290-4700 x123";
# what this regex finds (_phone_candidates, written out: the regex cost more than the parse):
# (?P<number>(?:\+|\(\s*\+?)?\d[\d\s().\-/]{5,}\d)(?:\s*,?\s*(?i:ext\.?|extension|x|#)\s*\d{1,6})?
_EXTENSION_WORDS = ("ext", "extension", "x", "#")


def _is_role_letter(line: str, i: int) -> bool:
    """Whether line[i] is an ASCII letter (which neither ends a job title nor is white space)."""
    code = ord(line[i])
    return 97 <= code <= 122 or 65 <= code <= 90


def _phone_candidates(line: str) -> list[tuple[int, int, int]]:
    """Where the regex above finds numbers, in order and without overlaps: (start, end of the
    number, end of the number with its extension)."""
    found: list[tuple[int, int, int]] = []
    size = len(line)
    i = 0
    while i < size:
        code = ord(line[i])
        if code < 40 or 43 < code < 48 or 57 < code < 128 or code == 41 or code == 42:
            i += 1  # an ASCII character that cannot open a number
            continue
        # Where the digits after the first one start: "+4", "( +4", "4".
        run = -1
        if code == 43:  # "+"
            if i + 1 < size and _is_decimal(line, i + 1):
                run = i + 2
        elif code == 40:  # "("
            j = _skip_spaces(line, i + 1)
            if line.startswith("+", j):
                j += 1
            if j < size and _is_decimal(line, j):
                run = j + 1
        elif _is_decimal(line, i):
            run = i + 1
        if run < 0:
            i += 1
            continue
        # The last digit of the run of number characters, at least five characters on.
        last = -1
        j = run
        while j < size and _is_number_char(line, j):
            if j >= run + 5 and _is_decimal(line, j):
                last = j
            j += 1
        if last < 0:
            i += 1
            continue
        number_end = last + 1
        end = _extension_end(line, number_end)
        found.append((i, number_end, end))
        i = end
    return found


def _extension_end(line: str, start: int) -> int:
    """The end of an extension right after a number (", extension 241", " x123"), else
    `start`."""
    i = _skip_spaces(line, start)
    if line.startswith(",", i):
        i = _skip_spaces(line, i + 1)
    lowered = _folded(line[i : i + 9])
    for word in _EXTENSION_WORDS:
        if not lowered.startswith(word):
            continue
        j = i + len(word)
        if word == "ext" and line.startswith(".", j):
            j += 1
        j = _skip_spaces(line, j)
        digits = 0
        while digits < 6 and j < len(line) and _is_decimal(line, j):
            j += 1
            digits += 1
        if digits:
            return j
    return start


def _email_spans(line: str) -> list[tuple[int, int]]:
    """Where _EMAIL.finditer finds addresses: tried only from the start of the run of
    address characters before each "@" (the regex alone tries every position, slowly)."""
    spans: list[tuple[int, int]] = []
    searched = 0
    at = line.find("@")
    while at >= 0:
        start = at
        while start > searched and (line[start - 1].isalnum() or line[start - 1] in "_.+-"):
            start -= 1
        match = _EMAIL.match(line, start) if start < at else None
        if match is not None:
            spans.append((start, match.end()))
            searched = match.end()
            at = line.find("@", searched)
        else:
            at = line.find("@", at + 1)
    return spans


def _split_extension(candidate: str, number: str) -> tuple[str, str | None]:
    """The number and its extension ("+44 20 7413 5566", "123") when phonenumbers would read
    the candidate so, else (the candidate, None): the office's number is then parsed once for
    all its extensions."""
    if len(number) == len(candidate) or not _INTERNATIONAL.fullmatch(number):
        return candidate, None
    extension = _EXTENSION.fullmatch(candidate, len(number))
    if extension is None:
        return candidate, None
    return number, extension.group("digits")


@lru_cache(maxsize=2048)
def _needs_region(candidate: str) -> bool:
    """Whether _parse_phone reads the candidate as its region's number (it does not when
    _parse_international reads it: then the default region need not be worked out)."""
    return not _INTERNATIONAL.fullmatch(candidate) or _parse_international(candidate) is None


# A press office's numbers recur in every statement it issues (its switchboard's with every
# extension, see _split_extension); phonenumbers is slow and pure.
@lru_cache(maxsize=2048)
def _parse_phone(
    candidate: str, region: str
) -> tuple[str, str | None, phonenumbers.PhoneNumber] | None:
    """(E.164, extension, the number) for a possible number, else None. Callers only read
    the number, so sharing it between calls is safe."""
    number = _parse_international(candidate) if _INTERNATIONAL.fullmatch(candidate) else None
    if number is not None:
        if not phonenumbers.is_possible_number(number):
            return None
        # What format_number gives for E.164: "+", the country code, the national number.
        return f"+{number.country_code}{number.national_number}", None, number
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, number.extension or None, number


def _parse_international(candidate: str) -> phonenumbers.PhoneNumber | None:
    """What phonenumbers.parse makes of "+" and digits with spaces, hyphens or dots between
    them, without its clean-up of any text (a tenth of the time); None where it would do more
    than read the country code and the digits (a national prefix to strip, a leading zero,
    no known country code, an error): phonenumbers.parse decides those."""
    if len(candidate) > 250:
        return None  # too long to be a number
    digits = candidate[1:].replace(" ", "").replace("-", "").replace(".", "")
    for size in (1, 2, 3):
        country = int(digits[:size])
        if country in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    national = digits[size:]
    if not 2 <= len(national) <= 17 or national[0] == "0":
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        country, phonenumbers.region_code_for_country_code(country)
    )
    if metadata is None:
        return None
    prefix = metadata.national_prefix_for_parsing
    if prefix and re.match(prefix, national):
        return None
    return phonenumbers.PhoneNumber(country_code=country, national_number=int(national))


def _kind(line: str, start: int, end: int, candidate: str, region: str) -> PhoneKind | None:
    """The label written next to the number ("Mobile:", "(mobile)"), else what the number is."""
    # The nearest label wins: "(mobile)" after, else the last label before. The word after
    # is the regex \s*\(?\s*(\w+)'s group in the 15 characters after the number; the words
    # before, \w+ in the 25 characters before it.
    window = min(len(line), end + 15)
    i = _skip_spaces(line, end)
    if line.startswith("(", i):
        i = _skip_spaces(line, i + 1)
    i = min(i, window)
    word_end = i
    while word_end < window and _is_word_char(line, word_end):
        word_end += 1
    kind = _label_kind(line[i:word_end]) if word_end > i else None
    if kind is not None:
        return kind
    first = max(0, start - 25)
    word_end = -1
    for i in range(start - 1, first - 2, -1):
        if i >= first and _is_word_char(line, i):
            if word_end < 0:
                word_end = i + 1
        elif word_end >= 0:
            kind = _label_kind(line[i + 1 : word_end])
            if kind is not None:
                return kind
            word_end = -1
    # Only now, as the number's type is the slowest thing phonenumbers works out.
    return _type_kind(candidate, region)


def _label_kind(word: str) -> PhoneKind | None:
    """The kind of number a word labels, in any case ("MOBILE", "Tel")."""
    if len(word) > _LONGEST_LABEL:
        return None
    return _LABELS.get(_folded(word))


_LONGEST_LABEL = max(len(word) for word in _LABELS)


def _folded(word: str) -> str:
    """A word in lower case, for a table of ASCII words to match it as re.IGNORECASE would."""
    if not word.isascii():
        word = word.translate(_LOOKALIKES)
    return word.lower()


@lru_cache(maxsize=2048)
def _type_kind(candidate: str, region: str) -> PhoneKind | None:
    """What phonenumbers says a possible number is: mobile, office (fixed line) or unknown."""
    parsed = _parse_phone(candidate, region)
    if parsed is None:
        return None
    kind_code = phonenumbers.number_type(parsed[2])
    if kind_code == phonenumbers.PhoneNumberType.MOBILE:
        return "mobile"
    if kind_code == phonenumbers.PhoneNumberType.FIXED_LINE:
        return "office"
    return None


def _merge(cards: list[_Card]) -> list[_Card]:
    out: list[_Card] = []
    for card in cards:
        same = next((c for c in out if c.name and c.name == card.name), None)
        if same is None:
            out.append(card)
            continue
        for phone in card.phones:
            same.add_phone(phone)
        for email in card.emails:
            if email not in same.emails:
                same.emails.append(email)
        # A card's own job-title line says more than "Media Relations" in a sentence.
        if card.role and (same.role is None or len(card.role) > len(same.role)):
            same.role = card.role
        same.organisation = same.organisation or card.organisation
        same.start, same.end = min(same.start, card.start), max(same.end, card.end)
    return out
