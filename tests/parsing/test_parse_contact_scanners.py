"""The contact lines' hand-written scanners find what the regexes they replace find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefpack.parsing import contacts

# What each scanner stands for (the regexes contacts.py used before they were written out).
DIGITS = re.compile(r"\d[\d\s().\-/]{5,}\d")
PHONE_CANDIDATE = re.compile(
    r"(?P<number>[+(\d](?:(?<=\+)\d|(?<=\()\s*\+?\d|(?<=\d))[\d\s().\-/]{5,}\d)"
    r"(?:\s*,?\s*(?i:ext\.?|extension|x|#)\s*\d{1,6})?"
)
INTRO = re.compile(
    r"^(?:for\s+[^:]{0,60}?(?:contact|reach)|(?:please\s+)?contact|media\s+contacts?|"
    r"press\s+contacts?|contacts?)\s*:?\s*",
    re.I,
)
ROLE_AFTER_NAME = re.compile(r"^\s*[,|]\s*(?P<role>[^:;,/|\d+(]{3,80}?)\s*(?:[:;,/(|]|$)")
WORD = re.compile(r"\w+")
WORD_AFTER = re.compile(r"\s*\(?\s*(\w+)")

# Pieces of contact lines, with the characters the regexes' classes and case-blind matching
# treat specially (other scripts' digits, no-break space, long s, dotless i, Kelvin sign).
PIECES = [
    "+44 20 7413 5566", "+1-212-290-4700", "(+41) 22 738 04 81", "( 0)20 7413", "212.290.4700",
    "+32-475-28-75-46", "123", "4567", "1", "0", "\u0663\u0664\u0665", "\u00b2", ", extension 241",
    " ext. 12", " EXT 1234567", " x12", " #7", ", e\u017ftension 9", " X 3", "(mobile)",
    " (Mobile)",
    "Mobile:", "Tel.", "Office", "fax", "Cell phone", "WhatsApp", "o", "direct line",
    "For media requests, please contact", "for more information please reach", "FOR", "For ",
    "Please  contact", "please", "Media Contacts:", "press contact", "Contacts", "contact",
    "reach", "Media", ", Media Manager", " | Director | ", ", Press Officer:", ", ab:", ", Head",
    "Kenneth Roth", "In Geneva", "Communications", "Executive", "Spokesperson",
    " ", "  ", "\n", "\u00a0", "\t", ":", ";", ",", "/", "|", "(", ")", "-", ".", "+", "@", "_",
    "\u017f", "\u0131", "\u0130", "\u212a", "a", "Z",
]  # fmt: skip
lines = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(lines)
def test_digit_runs(line: str) -> None:
    assert contacts._has_digit_run(line) == (DIGITS.search(line) is not None)


@settings(max_examples=500, deadline=None)
@given(lines)
def test_phone_candidates(line: str) -> None:
    expected = [(m.start(), m.end("number"), m.end()) for m in PHONE_CANDIDATE.finditer(line)]
    assert contacts._phone_candidates(line) == expected


@settings(max_examples=500, deadline=None)
@given(lines)
def test_intro(line: str) -> None:
    match = INTRO.match(line)
    assert contacts._intro_end(line) == (match.end() if match else 0)


@settings(max_examples=500, deadline=None)
@given(lines)
def test_role_after_name(line: str) -> None:
    match = ROLE_AFTER_NAME.match(line)
    assert contacts._role_after_name(line) == (match.group("role") if match else None)


@settings(max_examples=500, deadline=None)
@given(lines)
def test_role_words(line: str) -> None:
    expected = any(contacts._folded(word) in contacts._ROLE_WORDS for word in WORD.findall(line))
    assert contacts._has_role_word(line) == expected


@settings(max_examples=500, deadline=None)
@given(lines, st.integers(0, 40), st.integers(0, 20))
def test_labels(line: str, start: int, size: int) -> None:
    start = min(start, len(line))
    end = min(len(line), start + size)
    after = WORD_AFTER.match(line[end : end + 15])
    expected = contacts._label_kind(after.group(1)) if after is not None else None
    if expected is None:
        for word in reversed(WORD.findall(line[max(0, start - 25) : start])):
            expected = contacts._label_kind(word)
            if expected is not None:
                break
    # No number: what the labels say, without phonenumbers' own view.
    assert contacts._kind(line, start, end, "", "US") == expected
