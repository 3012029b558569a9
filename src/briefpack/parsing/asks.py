"""Asks: sentences in which the organisation calls on, urges, or says someone must do something.

The organisation's voice is its own sentences, its lead attribution ("..., Amnesty International
said") and quotes from its people; "eight other countries urged China to ..." and a leader's
quoted "must" are not its asks.
"""

from __future__ import annotations

import re
from typing import Final

from briefpack.model import Ask, Paragraph, Quote
from briefpack.parsing.cues import NO_HITS, CueIndex, any_start_in, first_match, lowered_text
from briefpack.parsing.layout import LIST_ITEM
from briefpack.parsing.names import word_start_alternation
from briefpack.parsing.records import make_ask
from briefpack.parsing.sentences import Sentences
from briefpack.parsing.spans import span
from briefpack.parsing.voice import THE_ORGANISATION, acronyms_of, speaks_for

# "press" the verb, not the noun: "press release", "press conference", "press freedom".
_NOT_THE_PRESS: Final = (
    r"(?!\s+(?:release|conference|office|officer|freedom|secretary|briefing|statement|"
    r"contact)s?\b)"
)
_CALL: Final = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
    r"appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?|press(?:es|ed|ing)?\b" + _NOT_THE_PRESS + "|"
    r"recommend(?:s|ed)?)\b",
    re.IGNORECASE,
)
# What every match of _CALL and of _MODAL begins with, lower-cased: most sentences have none
# of these words and skip both.
_CALL_WORDS: Final[tuple[str, ...]] = (
    "call", "urg", "demand", "appeal", "ask", "press", "recommend"
)  # fmt: skip
_MODAL_WORDS: Final[tuple[str, ...]] = ("must", "should", "need", "ought", "has", "have")
_CUES: Final[tuple[str, ...]] = _CALL_WORDS + _MODAL_WORDS
_MODAL: Final = re.compile(
    r"\b(?:must|should|needs?\s+to|ought\s+to|has\s+to|have\s+to)\b", re.IGNORECASE
)
_OWN_VOICE: Final = re.compile(rf"\b(?:we|{THE_ORGANISATION})\b", re.IGNORECASE)
_REPORTED: Final = re.compile(
    r"\b(?:said|says|claimed|claims|argued|insisted|stated|told|promised)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# The same patterns without IGNORECASE, for lower-cased text, and with the first letters
# leading: the engine scans much faster.
_CALL_LOWER: Final = re.compile(
    word_start_alternation(
        [
            ("c", r"all(?:s|ed|ing)?\s+(?:on|upon|for)"),
            ("u", "rg(?:e|es|ed|ing)"),
            ("d", "emand(?:s|ed|ing)?"),
            ("a", r"ppeal(?:s|ed|ing)?\s+to"),
            ("a", "sk(?:s|ed|ing)?"),
            ("p", r"ress(?:es|ed|ing)?\b" + _NOT_THE_PRESS),
            ("r", "ecommend(?:s|ed)?"),
        ]
    )
    + r"\b"
)
_MODAL_LOWER: Final = re.compile(
    word_start_alternation(
        [
            ("m", "ust"),
            ("s", "hould"),
            ("n", r"eeds?\s+to"),
            ("o", r"ught\s+to"),
            ("h", r"as\s+to"),
            ("h", r"ave\s+to"),
        ]
    )
    + r"\b"
)
_REPORTED_LOWER: Final = re.compile(_REPORTED.pattern)
# Characters IGNORECASE takes for an ASCII letter that str.lower() does not turn into that
# letter alone (dotted and dotless i, long s).
_CASE_ODD: Final[tuple[str, ...]] = ("\u0130", "\u0131", "\u017f")
# The same words as the cue tables of cues.match_starts, for _CALL_LOWER and _MODAL_LOWER.
_CALL_STARTS: Final[tuple[tuple[str, int], ...]] = tuple((word, 0) for word in _CALL_WORDS)
_MODAL_STARTS: Final[tuple[tuple[str, int], ...]] = tuple((word, 0) for word in _MODAL_WORDS)

# statement.py finds these with the other stages' cue words in one pass (cues.CueIndex) and
# passes their occurrences in.
CUE_LITERALS: Final[tuple[str, ...]] = _CUES
_CUE_INDEX: Final = CueIndex(CUE_LITERALS)


def _cue_starts(
    pattern: re.Pattern[str], lowered: str, words: tuple[str, ...], hits: dict[str, list[int]]
) -> list[int]:
    """cues.match_starts(pattern, lowered, [(word, 0) for word in words]), for words none of
    which begins another (so no two start at the same place), from the words' occurrences
    in `lowered` (`hits`, CueIndex.occurrences)."""
    found: list[int] = []
    for word in words:
        for i in hits.get(word, NO_HITS):
            if (word not in _TO_FOLLOWS or _to_follows(lowered, i + len(word))) and (
                pattern.match(lowered, i) is not None
            ):
                found.append(i)
    found.sort()
    return found


# Modal words that ask only with "to" after them ("has to", "needs to"): most "has" and
# "have" are no modal, and a look at what follows them is far cheaper than the regex.
_TO_FOLLOWS: Final = frozenset({"need", "ought", "has", "have"})


def _to_follows(lowered: str, i: int) -> bool:
    """Can white space and "to" follow at i (after an "s", for "needs")? False only where
    _MODAL_LOWER cannot match."""
    n = len(lowered)
    if i < n and lowered[i] == "s":
        i += 1
    if i >= n or not lowered[i].isspace():
        return False
    while i < n and lowered[i].isspace():
        i += 1
    return lowered.find("to", i, i + 2) >= 0


def find_asks(
    text: str,
    paragraphs: list[Paragraph],
    quotes: list[Quote],
    organisation: str | None,
    lowered: str | None = None,
    sentences: Sentences | None = None,
    cue_hits: dict[str, list[int]] | None = None,
) -> list[Ask]:
    """`lowered` (cues.lowered_text(text)), `sentences` and `cue_hits` (a CueIndex's
    occurrences in `lowered` of CUE_LITERALS at least): if the caller has them."""
    if lowered is None:
        lowered = lowered_text(text)
    if lowered is None or any(map(text.__contains__, _CASE_ODD)):
        by_sentence = _find_asks_by_sentence(text, paragraphs, quotes, organisation, sentences)
        return _with_listed_asks(text, paragraphs, by_sentence)
    # Every ask has a call or a modal: find where they can be in the whole text once, and
    # search only the paragraphs and sentences that hold one.
    hits = cue_hits if cue_hits is not None else _CUE_INDEX.occurrences(lowered)
    calls = _cue_starts(_CALL_LOWER, lowered, _CALL_WORDS, hits)
    modals = _cue_starts(_MODAL_LOWER, lowered, _MODAL_WORDS, hits)
    if not calls and not modals:
        return []
    spans = (sentences or Sentences(text)).spans
    asks: list[Ask] = []
    by_paragraph = _quotes_by_paragraph(quotes)
    for paragraph in paragraphs:
        if paragraph.kind != "body":
            continue
        start, end = paragraph.span.start, paragraph.span.end
        if not any_start_in(calls, start, end) and not any_start_in(modals, start, end):
            continue
        index = paragraph.index
        inside = by_paragraph.get(index, [])
        for quote in inside:
            if not speaks_for(quote.speaker, organisation):
                continue
            for s, e in spans(quote.span.start, quote.span.end):
                if first_match(_MODAL_LOWER, lowered, modals, s, e) or first_match(
                    _CALL_LOWER, lowered, calls, s, e
                ):
                    e = _drop_trailing_comma(text, s, e)
                    asks.append(make_ask(text[s:e], span(s, e), index))
        for s, e in spans(start, end):
            if not any_start_in(calls, s, e) and not any_start_in(modals, s, e):
                continue
            if inside and any(q.span.start < e and s < q.span.end for q in inside):
                continue  # quoted sentences were judged by their speaker above
            if text[e - 1] == "?":
                continue
            if _is_ask_at(text, lowered, s, e, calls, modals, organisation):
                asks.append(make_ask(text[s:e], span(s, e), index))
    return _with_listed_asks(text, paragraphs, asks)


def _with_listed_asks(text: str, paragraphs: list[Paragraph], asks: list[Ask]) -> list[Ask]:
    """"Amnesty International calls on both leaders to:" and the list that follows: each item
    is an ask of its own, in the place of the sentence that introduces them (which, alone in a
    pack's key asks, would end in a colon and ask nothing)."""
    out: list[Ask] = []
    for ask in asks:
        if not ask.text.endswith(":") or ask.paragraph is None:
            out.append(ask)
            continue
        listed = len(out)
        for item in paragraphs[ask.paragraph + 1 :]:
            marker = LIST_ITEM.match(text, item.span.start, item.span.end)
            if item.kind != "body" or marker is None:
                break
            end = _item_end(text, marker.end(), item.span.end)
            if marker.end() < end and all(other.paragraph != item.index for other in asks):
                where = span(marker.end(), end)
                out.append(make_ask(text[marker.end() : end], where, item.index))
        if len(out) == listed:
            out.append(ask)  # no list follows: the sentence is all there is
    return out


def _quotes_by_paragraph(quotes: list[Quote]) -> dict[int, list[Quote]]:
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in quotes:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
    return by_paragraph


def _is_ask_at(
    text: str,
    lowered: str,
    s: int,
    e: int,
    calls: list[int],
    modals: list[int],
    organisation: str | None,
) -> bool:
    """_is_ask(text[s:e], organisation), searching the lower-cased whole text: a sentence
    begins after white space or a quote mark, so the patterns' word-boundary tests see the
    same there, and `e` ends every search."""
    call = first_match(_CALL_LOWER, lowered, calls, s, e)
    if call and _names_organisation(text[s : call.start()], organisation):
        return True
    modal = first_match(_MODAL_LOWER, lowered, modals, s, e)
    if modal is None:
        return False
    reported = _REPORTED_LOWER.search(lowered, s, modal.start())
    if reported and not _names_organisation(text[s : reported.end()], organisation):
        return False
    return True


def _item_end(text: str, start: int, end: int) -> int:
    """Where a list item's words end: before a closing "; and", or a closing stop or comma."""
    end = _drop_end(text, start, end, ";,. ")
    if text.endswith(" and", start, end):
        end = _drop_end(text, start, end - 4, ";, ")
    return end


def _find_asks_by_sentence(
    text: str,
    paragraphs: list[Paragraph],
    quotes: list[Quote],
    organisation: str | None,
    sentences: Sentences | None = None,
) -> list[Ask]:
    """find_asks for text whose lower case cannot be searched whole."""
    spans = (sentences or Sentences(text)).spans
    asks: list[Ask] = []
    by_paragraph = _quotes_by_paragraph(quotes)
    for paragraph in paragraphs:
        if paragraph.kind != "body":
            continue
        inside = by_paragraph.get(paragraph.index, [])
        # A cue in a sentence is a cue in its paragraph: most paragraphs are passed over whole.
        if not inside and not _may_ask_in_paragraph(paragraph.text):
            continue
        for quote in inside:
            if not speaks_for(quote.speaker, organisation):
                continue
            for s, e in spans(quote.span.start, quote.span.end):
                sentence = text[s:e]
                lowered = _lowered(sentence)
                if lowered is not None:
                    found = _MODAL_LOWER.search(lowered) or _CALL_LOWER.search(lowered)
                else:
                    found = _MODAL.search(sentence) or _CALL.search(sentence)
                if found:
                    e = _drop_trailing_comma(text, s, e)
                    asks.append(make_ask(text[s:e], span(s, e), paragraph.index))
        for s, e in spans(paragraph.span.start, paragraph.span.end):
            if inside and any(q.span.start < e and s < q.span.end for q in inside):
                continue  # quoted sentences were judged by their speaker above
            sentence = text[s:e]
            if sentence.endswith("?"):
                continue
            if _is_ask(sentence, organisation):
                asks.append(make_ask(sentence, span(s, e), paragraph.index))
    return asks


def _drop_trailing_comma(text: str, start: int, end: int) -> int:
    return _drop_end(text, start, end, ", ")


def _drop_end(text: str, start: int, end: int, characters: str) -> int:
    """`end` moved back over any of `characters` (not before `start`)."""
    while end > start and text[end - 1] in characters:
        end -= 1
    return end


def _names_organisation(fragment: str, organisation: str | None) -> bool:
    if _OWN_VOICE.search(fragment):
        return True
    if not organisation:
        return False
    if organisation.split()[0] in fragment:
        return True
    # "ISHR and its partners urge ...": the International Service for Human Rights.
    return any(
        re.search(rf"\b{re.escape(short)}\b", fragment) is not None
        for short in acronyms_of(organisation)
        if short in fragment
    )


def _lowered(sentence: str) -> str | None:
    """sentence.lower() when searching it with the *_LOWER patterns finds exactly what the
    IGNORECASE patterns find in the sentence, at the same positions; else None."""
    if any(map(sentence.__contains__, _CASE_ODD)):
        return None
    lowered = sentence.lower()
    # Only a character whose lower case is longer (U+0130) would shift positions.
    return lowered if len(lowered) == len(sentence) else None


def _may_ask_in_paragraph(line: str) -> bool:
    """False only when no sentence of the paragraph can match _CALL or _MODAL: a match in a
    sentence is one in its paragraph, as sentences begin and end at white space."""
    if not _may_ask(line):
        return False
    lowered = _lowered(line)
    if lowered is None:
        return bool(_CALL.search(line) or _MODAL.search(line))
    return bool(_CALL_LOWER.search(lowered) or _MODAL_LOWER.search(lowered))


def _may_ask(sentence: str) -> bool:
    """False only when neither _CALL nor _MODAL can match."""
    # IGNORECASE also reads the long s (U+017F) as "s"; str.lower() keeps it.
    lowered = sentence.lower().replace("\u017f", "s")
    return any(map(lowered.__contains__, _CUES))


def _is_ask(sentence: str, organisation: str | None) -> bool:
    lowered = _lowered(sentence)
    if lowered is None:
        if not _may_ask(sentence):
            return False
        call_re, modal_re, reported_re, subject = _CALL, _MODAL, _REPORTED, sentence
    else:
        # _may_ask on a sentence without a long s: one lower-casing serves both.
        if not any(map(lowered.__contains__, _CUES)):
            return False
        call_re, modal_re, reported_re, subject = (
            _CALL_LOWER,
            _MODAL_LOWER,
            _REPORTED_LOWER,
            lowered,
        )
    call = call_re.search(subject)
    if call and _names_organisation(sentence[: call.start()], organisation):
        return True
    modal = modal_re.search(subject)
    if modal is None:
        return False
    reported = reported_re.search(subject, 0, modal.start())
    if reported and not _names_organisation(sentence[: reported.end()], organisation):
        return False  # "China claimed that foreign governments should not interfere"
    return True
