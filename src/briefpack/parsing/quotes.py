"""Quotes and who said them.

Each contiguous quoted stretch is one Quote. Its speaker comes, in this order, from:
an attribution right after it (“...,” said X / X said / — X / according to X), an attribution
before it in the same sentence (X said: “...” / he urged governments to “...”), another quote of
the same paragraph that has one, a "X said:" ending the previous paragraph, or the quote of the
previous paragraph that this paragraph continues. Pronouns resolve to the last named speaker
(after verbs of speech) or to the last person named in the paragraph (other verbs).
Scare quotes (“separatism”) and quoted names of things are not quotes.
"""

from __future__ import annotations

import re
from typing import Final

from briefpack.model import Paragraph, Quote, QuoteKind, Speaker
from briefpack.parsing.countries import leader_pattern_for, leaders
from briefpack.parsing.names import by_first_letter, word_start_alternation
from briefpack.parsing.quotemarks import QuotedSpan, QuoteMarks
from briefpack.parsing.records import make_quote, make_speaker
from briefpack.parsing.spans import span
from briefpack.parsing.speakers import SpeakerRegistry, is_staff_role, shared_speaker_phrase

_SPEECH = (
    r"said|says|say|added|adds|stated|states|explained|explains|noted|notes|warned|warns|"
    r"continued|continues|concluded|commented|declared|insisted|argued|argues|told|tells|wrote|"
    r"writes|tweeted|stressed|emphasi[sz]ed|remarked|observed|asked|replied|responded|recalled|"
    r"acknowledged|admitted|maintained|asserted|announced|put\s+it"
)
_OTHER: Final = (
    r"urged|urges|called|calls|described|describes|promised|promises|pledged|vowed|claimed|"
    r"claims|referred|labell?ed|branded|dismissed|demanded|appealed|denounced|condemned|"
    r"welcomed|criticized|criticised|accused|insisted|sought|hailed|termed"
)
# Regrouped by first letter (same matches): tried after every space, the plain alternations
# of fifty verbs made the attribution patterns slow.
_SPEECH_PLAIN: Final = _SPEECH
_SPEECH = by_first_letter(_SPEECH_PLAIN)
_VERB: Final = by_first_letter(f"{_SPEECH_PLAIN}|{_OTHER}")
_SPEECH_WORD: Final = re.compile(rf"^(?:{_SPEECH})$")
_WORD: Final = re.compile(r"[\w'\u2019-][\w'\u2019-]*")  # [...]+, so the engine skips ahead in C
# Nine _WORDs or more, tested by one match instead of a match object per word (possessive, so
# no word is split in two).
_NINE_WORDS: Final = re.compile(r"(?:[^\w'\u2019-]*+[\w'\u2019-]++){9}")

_AFTER_DASH: Final = re.compile(r"^\s*[,.]?\s*[\u2014\u2013-]+\s*(?P<who>.+)$", re.S)
_AFTER_VERB_FIRST: Final = re.compile(
    rf"^\s*,?\s*(?:(?:{_SPEECH})|according\s+to)\s+(?P<who>.+)$", re.S
)
_AFTER_SUBJECT_FIRST: Final = re.compile(
    rf"^\s*,?\s*(?P<who>[^,\u201c\u201d\"]{{1,60}}(?:,[^\u201c\u201d\"]{{1,140}}?,)?)\s+"
    rf"(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?P<verb>{_SPEECH})\b",
    re.S,
)
_BEFORE_ACCORDING: Final = re.compile(
    r"[Aa]ccording\s+to\s+(?P<who>[^:\u201c\u201d\"]{2,160}?)\s*[,:]?\s*$"
)


def _first_words(alternation: str) -> frozenset[str]:
    """The first word of every verb of an alternation ("put" of "put\\s+it"), spelt out:
    "emphasi[sz]ed" and "labell?ed" each give two."""
    return frozenset(
        re.sub(r"\[sz\]", z, re.sub(r"l\?", optional_l, verb)).split("\\")[0]
        for verb in alternation.split("|")
        for z in ("s", "z")
        for optional_l in ("", "l")
    )


_VERB_FIRST_WORDS: Final = _first_words(f"{_SPEECH_PLAIN}|{_OTHER}")


def _letter_pairs(words: frozenset[str]) -> str:
    """Which two lower-case letters can begin one of `words` (each of three letters or more):
    "1" at (first - "a") * 26 + (second - "a"), "0" elsewhere. A string, so that the test of a
    word is two ord() and one character, compiled, instead of hashing the word."""
    flags = ["0"] * (26 * 26)
    for word in words:
        if not (len(word) >= 3 and word.isascii() and word.isalpha() and word.islower()):
            raise ValueError(f"{word!r} is not a word of lower-case letters")
        flags[(ord(word[0]) - 97) * 26 + ord(word[1]) - 97] = "1"
    return "".join(flags)


_VERB_LETTER_PAIRS: Final = _letter_pairs(_VERB_FIRST_WORDS)
# What an attribution after a quote starts with, past white space and a comma: a dash
# (_AFTER_DASH), a verb of speech or "according to" (_AFTER_VERB_FIRST, tested by its first
# two letters: _may_start_speech_verb).
_DASHES: Final = "\u2014\u2013-"
_VERB_WORD: Final = re.compile(
    rf"\s(?:has\s+|had\s+|also\s+|then\s+|later\s+|once\s+|recently\s+|previously\s+|"
    rf"publicly\s+)?(?P<verb>{_VERB})\b"
)
_QUOTE_MARKS: Final = '\u201c\u201d"'
_ENDS_WITH_COLON_ATTRIBUTION: Final = re.compile(
    rf"(?P<who>[^.!?\u201c\u201d\"]{{1,200}}?)\s+(?:{_VERB})(?P<tail>[^.!?\u201c\u201d\"]{{0,60}}):\s*$"
)
# The end of _ENDS_WITH_COLON_ATTRIBUTION from the white space before its verb (\s\s*, not
# \s+, so the engine skips in C to white space).
_VERB_TO_COLON: Final = re.compile(
    rf"\s\s*(?:{_VERB})[^.!?\u201c\u201d\"]{{0,60}}:\s*$"
)
# The same for a paragraph whose only white space is the plain space (str.isprintable: every
# other white space character is unprintable): led by a literal, the engine skips in C from
# space to space instead of trying the pattern at every character.
_VERB_TO_COLON_AT_SPACE: Final = re.compile(
    rf" \s*(?:{_VERB})[^.!?\u201c\u201d\"]{{0,60}}:\s*$"
)
_VERB_COMMA: Final = re.compile(rf"\b(?:{_VERB})\s*,$")
_LONGEST_VERB: Final = max(map(len, _VERB_FIRST_WORDS))
# Every _AFTER_SUBJECT_FIRST match has a verb of speech after white space: without one the
# pattern (slow to fail, as it tries every length of subject) cannot match.
_SPEECH_FIRST_WORDS: Final = _first_words(_SPEECH_PLAIN)
_SPEECH_LETTER_PAIRS: Final = _letter_pairs(_SPEECH_FIRST_WORDS)
# The words _SPEECH_WORD matches whole: a word without white space can only be one of these
# (not "put it"), so a set look-up answers for the regex.
_SPEECH_WORDS: Final = frozenset(w for w in _SPEECH_FIRST_WORDS if _SPEECH_WORD.match(w))
_DIRECT_TAIL: Final = re.compile(
    r"^(?:\s*(?:that|in\s+a\s+\w+|on\s+\w+|today|to\s+\w+|reporters))*\s*[:,]?\s*$"
)
_TITLES: Final = (
    r"President|Presidents|Prime\s+Minister|Chancellor|Premier|King|Crown\s+Prince|Emir|"
    r"Minister|Secretary|Ambassador|Governor|Senator"
)
# \b(?:President|...) written so the engine skips in C to a title's capital.
_TITLED_NAME: Final = re.compile(
    word_start_alternation([(title[0], title[1:]) for title in _TITLES.split("|")])
    + r"\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)


class _Found:
    # A plain class, not a dataclass: mypyc compiles this __init__, not a dataclass's.
    __slots__ = ("span", "paragraph", "paragraph_start", "speaker", "kind", "attributed")

    def __init__(
        self,
        span: QuotedSpan,
        paragraph: Paragraph,
        paragraph_start: int,
        speaker: Speaker | None,
        kind: QuoteKind,
        attributed: bool,
    ) -> None:
        self.span = span
        self.paragraph = paragraph
        self.paragraph_start = paragraph_start  # paragraph.span.start, read once
        self.speaker = speaker
        self.kind = kind
        self.attributed = attributed  # the speaker came from an attribution next to this quote


def extract_quotes(text: str, paragraphs: list[Paragraph], organisation: str | None) -> list[Quote]:
    registry = SpeakerRegistry()
    marks = QuoteMarks(text)
    found: list[_Found] = []
    previous: list[_Found] = []  # quotes of the previous body paragraph
    previous_paragraph: Paragraph | None = None
    for paragraph in paragraphs:
        if paragraph.kind != "body":
            previous, previous_paragraph = [], None
            continue
        # The paragraph's bounds, read once: attribute reads on model objects are slow.
        where = paragraph.span
        start, end = where.start, where.end
        spans = marks.spans(start, end)
        current: list[_Found] = []
        for q in spans:
            speaker, attributed = _attribute(text, start, end, q, spans, registry, organisation)
            kind = _kind(text, start, q)
            if not _is_real_quote(text, q, attributed):
                continue
            current.append(_Found(q, paragraph, start, speaker, kind, attributed))
        _fill_from_neighbours(text, current, previous, previous_paragraph, registry, organisation)
        found.extend(current)
        previous, previous_paragraph = current, paragraph
    quotes: list[Quote] = []
    for f in found:
        who = f.speaker
        said_by: Speaker | None = None
        if who is not None:
            # Each field read once: attribute reads on model objects are slow.
            role, speaks_for = who.role, who.organisation
            if organisation and speaks_for is None and role and is_staff_role(role):
                # A staff role with no organisation: the statement's own. Set on the
                # registry's Speaker, so its later quotes (read after) have it too.
                who.organisation = speaks_for = organisation
            said_by = make_speaker(who.name, role, speaks_for)
        start, end = f.span.start, f.span.end
        quotes.append(
            make_quote(text[start:end], said_by, f.kind, f.paragraph.index, span(start, end))
        )
    return quotes




# Words that introduce the name of a charge or a label in quote marks, right before the mark.
_CHARGE_BEFORE: Final = re.compile(
    r"(?:\b(?:for|of|with|so-called|on)\s*(?:the\s+)?(?:crimes?\s+of\s+|charges?\s+of\s+)?)\Z"
)


def _is_real_quote(text: str, q: QuotedSpan, attributed: bool) -> bool:
    """Scare quotes and quoted names are not quotes; an attributed short quote still is."""
    if attributed:
        # A word character first (the inside is trimmed) is the common case of a _WORD.
        first = text[q.start]
        return (
            first.isalnum()
            or first in "_'\u2019-"
            or _WORD.search(text, q.start, q.end) is not None
        )
    # Only the first nine words decide: more than eight is a quote whatever they look like.
    # Nine words and the eight gaps between them take 17 characters at least.
    if q.end - q.start >= 17 and (
        _nine_words_plainly(text, q.start, q.end) or _NINE_WORDS.match(text, q.start, q.end)
    ):
        return True
    inside = text[q.start : q.end]
    words = _WORD.findall(inside)  # eight at most: _NINE_WORDS did not match
    if len(words) <= 3:
        return False
    if len(words) > 8:
        return True
    # “Strike Hard Campaign against Violent Terrorism”: the name of a thing.
    capitalised = sum(1 for w in words if w[0].isupper())
    has_punct = any(map(inside.__contains__, ".,;:!?"))
    if capitalised * 3 >= len(words) * 2 and not has_punct:
        return False
    # Sentenced for “subversion of state power”: the name of a charge, nobody's words.
    before = max(0, q.open_mark - 40)
    return has_punct or len(words) > 6 or _CHARGE_BEFORE.search(text, before, q.open_mark) is None


def _nine_words_plainly(text: str, start: int, end: int) -> bool:
    """Does text[start:end] begin with nine words separated by white space, each starting with
    a letter or digit? Then it holds nine _WORDs or more (_NINE_WORDS matches): split in C,
    cheaper than the regex testing every character. False says nothing."""
    # Nine words of the kind fit in the first 120 characters, or the regex decides.
    parts = text[start : min(end, start + 120)].split(None, 9)
    if len(parts) < 9:
        return False
    for k in range(9):
        first = ord(parts[k][0])
        if not (97 <= first <= 122 or 65 <= first <= 90 or 48 <= first <= 57):
            return False
    return True


def _kind(text: str, paragraph_start: int, q: QuotedSpan) -> QuoteKind:
    # What comes before the quote in its paragraph, right-stripped: text[paragraph_start:end],
    # read in place rather than copied.
    end = q.open_mark
    while end > paragraph_start and text[end - 1].isspace():
        end -= 1
    if end == paragraph_start:
        return "direct"
    last = text[end - 1]
    if last == ":":
        return "direct"
    first = text[q.start] if q.start < q.end else ""
    # The stretch is right-stripped, so only a comma at its very end can end a match.
    if last == "," and _verb_before_comma(text, paragraph_start, end):
        return "direct"
    if (last in '.!?\u201d",' or last == "\u2014" or last == "\u2013") and (
        first.isupper() or first.isdigit()
    ):
        return "direct"
    return "partial"


def _verb_before_comma(text: str, start: int, end: int) -> bool:
    """Does text[start:end] (ending with a comma) end with a verb and the comma ("..., he
    said,")?"""
    verb_end = end - 1
    while verb_end > start and text[verb_end - 1].isspace():
        verb_end -= 1
    if text.endswith("it", start, verb_end):
        return _VERB_COMMA.search(text[start:end]) is not None  # "put it", of any white space
    # Every other verb ends right before the comma's white space: look only that far back.
    pos = verb_end - _LONGEST_VERB
    if pos <= start:
        # From the stretch's start, whose \b must not see the character before it.
        return _VERB_COMMA.search(text[start:end]) is not None
    return _VERB_COMMA.search(text, pos, end) is not None


def _sentence_tail(text: str, start: int, end: int, spans: list[QuotedSpan]) -> int:
    """Where the sentence after a closing mark ends: a full stop or the next opening mark."""
    limit = end
    for other in spans:
        if other.open_mark >= start:
            limit = min(limit, other.open_mark)
            break
    mark = _first_mark(text, start, limit)
    while mark >= 0:
        if _sentence_end(text, mark, limit) >= 0:
            return mark
        mark = _first_mark(text, mark + 1, limit)
    return limit


def _sentence_head(text: str, paragraph_start: int, q: QuotedSpan, spans: list[QuotedSpan]) -> int:
    """Where the sentence (or the stretch since the previous quote) before an opening mark
    begins."""
    floor = paragraph_start
    for other in spans:
        if other is q:
            break
        if other.close_mark is not None:
            floor = other.close_mark + 1
    mark = _last_mark(text, floor, q.open_mark)
    while mark >= 0:
        end = _sentence_end(text, mark, q.open_mark)
        if end >= 0:
            return end
        mark = _last_mark(text, floor, mark)
    return floor


# A sentence ends at a full stop, ! or ? followed by any closing marks, then white space or the
# end of the stretch searched. The marks are found with str.find and rfind: in C, faster than
# the regex engine testing every character.
_SENTENCE_MARKS: Final = ".!?"
_CLOSERS_AFTER_END: Final = "\u201d\"\u2019)"


def _sentence_end(text: str, mark: int, stop: int) -> int:
    """Where the sentence that the mark at `mark` ends stops (after its closing marks), or -1
    when the mark ends none in text[:stop] ("3.5", "U.N.")."""
    end = mark + 1
    while end < stop and text[end] in _CLOSERS_AFTER_END:
        end += 1
    return end if end == stop or text[end].isspace() else -1


def _first_mark(text: str, start: int, stop: int) -> int:
    """The first of .!? in text[start:stop], or -1."""
    first = -1
    for mark in _SENTENCE_MARKS:
        i = text.find(mark, start, stop)
        if i >= 0 and (first < 0 or i < first):
            first = i
    return first


def _last_mark(text: str, start: int, stop: int) -> int:
    """The last of .!? in text[start:stop], or -1."""
    last = -1
    for mark in _SENTENCE_MARKS:
        last = max(last, text.rfind(mark, start, stop))
    return last


def _attribute(
    text: str,
    paragraph_start: int,
    paragraph_end: int,
    q: QuotedSpan,
    spans: list[QuotedSpan],
    registry: SpeakerRegistry,
    organisation: str | None,
) -> tuple[Speaker | None, bool]:
    # After the quote.
    if q.close_mark is not None:
        stop = _sentence_tail(text, q.close_mark + 1, paragraph_end, spans)
        after = text[q.close_mark + 1 : stop]
        at = _after_lead(after)
        if at < len(after):
            lead = after[at]
            for pattern in (_AFTER_DASH, _AFTER_VERB_FIRST, _AFTER_SUBJECT_FIRST):
                # Cheap tests first: what each pattern needs to match at all.
                if pattern is _AFTER_DASH and lead not in _DASHES:
                    continue
                if pattern is _AFTER_VERB_FIRST and not _may_start_speech_verb(after, at):
                    continue
                if pattern is _AFTER_SUBJECT_FIRST and (
                    _first_verb_word(after.split(), _SPEECH_FIRST_WORDS, _SPEECH_LETTER_PAIRS)
                    < 0
                ):
                    continue
                match = pattern.match(after)
                if match is None:
                    continue
                who = _resolve(
                    match.group("who"),
                    "said",
                    text,
                    paragraph_start,
                    paragraph_end,
                    q,
                    spans,
                    registry,
                    organisation,
                )
                if who is not None:
                    return (None if who is NOBODY else who), True
    # Before the quote, in the same sentence.
    head = _sentence_head(text, paragraph_start, q, spans)
    if not _is_blank(text, head, q.open_mark):  # tested in place, before the copy
        before = text[head : q.open_mark]
        according = _BEFORE_ACCORDING.search(before) if "ccording" in before else None
        if according:
            who = _resolve(
                according.group("who"),
                "said",
                text,
                paragraph_start,
                paragraph_end,
                q,
                spans,
                registry,
                organisation,
            )
            if who is not None:
                return (None if who is NOBODY else who), True
        match = _before_verb(before)
        if match:
            tail = before[match.end() :]
            if len(tail) < 160 or _DIRECT_TAIL.match(tail):
                for candidate in _clauses(before[: match.start()]):
                    who = _resolve(
                        candidate,
                        match.group("verb"),
                        text,
                        paragraph_start,
                        paragraph_end,
                        q,
                        spans,
                        registry,
                        organisation,
                        at=head + match.start("verb"),
                    )
                    if who is not None:
                        return (None if who is NOBODY else who), True
    return None, False


def _before_verb(before: str) -> re.Match[str] | None:
    """The first verb of saying or urging before an opening mark with no quote after it."""
    start = _verb_search_start(before)
    if start < 0:
        return None
    if not _has_quote_mark(before, 0, len(before)):
        return _VERB_WORD.search(before, start)  # the first match, with no quote either side
    for match in _VERB_WORD.finditer(before, start):
        if not _has_quote_mark(before, match.end(), len(before)) and not _has_quote_mark(
            before, 0, match.start()
        ):
            return match
    return None


def _has_quote_mark(text: str, start: int, end: int) -> bool:
    """Is a double quote mark (“ ” ") in text[start:end]? str.find costs less than a
    regex call."""
    for mark in _QUOTE_MARKS:
        if text.find(mark, start, end) >= 0:
            return True
    return False


def _verb_search_start(text: str) -> int:
    """Where _VERB_WORD can first match in `text`, or -1 where it cannot: a verb is a word
    after white space, maybe after an adverb. Splitting on white space and a set look-up are
    far cheaper than the regex trying its fifty verbs after every space."""
    words = text.split()
    k = _first_verb_word(words, _VERB_FIRST_WORDS, _VERB_LETTER_PAIRS)
    if k < 2:
        return k if k < 0 else 0
    # The white space before the word before the verb, which may be an adverb.
    pos = 0
    for earlier in words[: k - 1]:
        pos = text.find(earlier, pos) + len(earlier)
    return text.find(words[k - 1], pos) - 1


def _first_verb_word(words: list[str], verbs: frozenset[str], pairs: str) -> int:
    """The index of the first word whose leading run of word characters (up to where a
    regex's word boundary falls) is the first word of one of `verbs`, or -1. `pairs`: the
    _letter_pairs of `verbs`."""
    for k, word in enumerate(words):
        if len(word) < 3:
            continue  # every verb has three letters or more
        first = ord(word[0]) - 97
        second = ord(word[1]) - 97
        if not (0 <= first < 26 and 0 <= second < 26) or pairs[first * 26 + second] != "1":
            continue  # no verb begins with these two characters
        if word in verbs:
            return k
        if not word.isalnum():
            n = 0
            while n < len(word) and (word[n].isalnum() or word[n] == "_"):
                n += 1
            if word[:n] in verbs:
                return k
    return -1


def _after_lead(after: str) -> int:
    """Where in `after` the attributions after a quote begin, past white space and one comma
    or full stop: at a dash (— X), a verb (, said X) or a name (, X said). len(after) when
    nothing is left."""
    # Read in place: lstrip() and slices made two or three copies of the sentence.
    n = len(after)
    i = 0
    while i < n and after[i].isspace():
        i += 1
    if i < n and (after[i] == "," or after[i] == "."):
        i += 1
        while i < n and after[i].isspace():
            i += 1
    return i


def _may_start_speech_verb(after: str, at: int) -> bool:
    """Can a verb of speech or "according" (_AFTER_VERB_FIRST, from _after_lead's `at`)
    begin at after[at]? Its first two letters say no to most sentences, without the regex
    call."""
    if at + 1 >= len(after):
        return False
    first = ord(after[at]) - 97
    second = ord(after[at + 1]) - 97
    if not (0 <= first < 26 and 0 <= second < 26):
        return False
    # "ac" (first 0, second 2) of "according": tested on the ints, a call of startswith
    # with a start costs more.
    return _SPEECH_LETTER_PAIRS[first * 26 + second] == "1" or (first == 0 and second == 2)


def _clauses(phrase: str) -> list[str]:
    """The subject before a verb, widest first: the whole stretch, then after each comma."""
    phrase = phrase.strip()
    out = [phrase]
    comma = phrase.find(",")
    while comma >= 0:
        rest = phrase[comma + 1 :].strip()
        if rest:
            out.append(rest)
        comma = phrase.find(",", comma + 1)
    return out


# What _resolve gives for an attribution to someone unnamed ("his parents said"): the quote
# is attributed, to no Speaker.
NOBODY: Final = Speaker("", None, None)


def _resolve(
    phrase: str,
    verb: str,
    text: str,
    paragraph_start: int,
    paragraph_end: int,
    q: QuotedSpan,
    spans: list[QuotedSpan],
    registry: SpeakerRegistry,
    organisation: str | None,
    at: int | None = None,
) -> Speaker | None:
    parsed = shared_speaker_phrase(phrase)  # shared: _accept copies it to keep it
    if parsed is None:
        return None
    if parsed == "nobody":
        return NOBODY
    if isinstance(parsed, Speaker):
        return _accept(parsed, registry)
    if parsed in {"we", "organisation"}:
        if not organisation:
            return None
        return registry.remember(make_speaker(organisation, None, organisation))
    if parsed in {"he", "she"}:
        if verb.split()[0] in _SPEECH_WORDS and registry.last is not None:
            return registry.last
        person = _last_person(
            text, paragraph_start, paragraph_end, spans, at if at is not None else q.open_mark
        )
        if person is not None:
            return registry.remember(person)
        return registry.last
    return None


def _accept(parsed: Speaker, registry: SpeakerRegistry) -> Speaker | None:
    """Register a named speaker; one capitalised word ("Speaking", "Neistat") only counts
    when it is a known leader or someone already named in full. `parsed` is shared
    (shared_speaker_phrase): read, never kept or changed."""
    name = parsed.name
    known = registry.lookup(name)
    if " " not in name and name not in leaders():
        if known is not None:
            registry.last = known
        return known
    if known is None:
        # Someone new: the registry keeps (and may fill in) a copy of its own.
        return registry.remember(make_speaker(name, parsed.role, parsed.organisation))
    return registry.remember(parsed)  # fills in `known` from it, and gives `known`


def _last_person(
    text: str, paragraph_start: int, paragraph_end: int, spans: list[QuotedSpan], before: int
) -> Speaker | None:
    """The last person named in the paragraph before `before`, outside quotes."""
    best_start = -1
    best_name = ""
    for pattern in (leader_pattern_for(text, paragraph_start, before), _TITLED_NAME):
        for match in pattern.finditer(text, paragraph_start, before):
            at = match.start()
            if at <= best_start or _in_quote(at, spans, paragraph_end):
                continue  # the first of the names found at the same place counts
            best_start = at
            best_name = match.group("name") if "name" in pattern.groupindex else match.group(0)
    if best_start < 0:
        return None
    known = leaders().get(best_name)
    if known:
        return make_speaker(known.name, known.role, None)
    return make_speaker(best_name, None, None)


def _in_quote(at: int, spans: list[QuotedSpan], paragraph_end: int) -> bool:
    """Is `at` within a quote, from its opening mark to its closing one (or the paragraph's
    end)?"""
    for s in spans:
        close = s.close_mark
        if s.open_mark <= at <= (close if close is not None else paragraph_end):
            return True
    return False


def _colon_attribution(paragraph: str) -> str | None:
    """Who says "X said:" ending a paragraph: the `who` of _ENDS_WITH_COLON_ATTRIBUTION."""
    # The match holds none of .!? and quote marks, so it begins after the last of them.
    start = 0
    for mark in ".!?\u201c\u201d\"":
        start = max(start, paragraph.rfind(mark) + 1)
    # Its lazy `who` ends at the first white space (one character in, at least) before a verb
    # that the rest of the pattern accepts: _VERB_TO_COLON finds that without trying every
    # length of `who` in turn.
    pattern = _VERB_TO_COLON_AT_SPACE if paragraph.isprintable() else _VERB_TO_COLON
    verb = pattern.search(paragraph, _colon_verb_search_start(paragraph, start + 1))
    if verb is None:
        return None
    if verb.start() - start <= 200:
        return paragraph[start : verb.start()]
    colon = _ENDS_WITH_COLON_ATTRIBUTION.search(paragraph, start)  # a `who` of over 200
    return colon.group("who") if colon else None


def _colon_verb_search_start(paragraph: str, start: int) -> int:
    """Where to search paragraph (ending with a colon) for _VERB_TO_COLON to find its first
    match from `start`, without trying every white space of a long paragraph: a match's verb
    ends at most sixty characters before the colon, so it begins at most _LONGEST_VERB before
    that ("put it", of any white space, may begin further back), and the match begins at the
    white space right before it, or earlier in the same white space."""
    late = len(paragraph) - 62 - _LONGEST_VERB
    if late <= start or not paragraph.endswith(":") or paragraph.find("put", start) >= 0:
        return start
    while late > start and paragraph[late - 1].isspace():
        late -= 1
    return late


def _fill_from_neighbours(
    text: str,
    current: list[_Found],
    previous: list[_Found],
    previous_paragraph: Paragraph | None,
    registry: SpeakerRegistry,
    organisation: str | None,
) -> None:
    """Quotes without an attribution of their own: a sibling's speaker, "X said:" ending the
    previous paragraph, or the speaker of the quote this paragraph continues."""
    if not current:
        return
    for k, found in enumerate(current):
        if found.speaker is not None or found.attributed:
            continue  # attributed to no one named: "his parents said", "the Kremlin said"
        nearest = _nearest_attributed(current, k)
        if nearest is not None:
            found.speaker = nearest.speaker
            continue
        starts_paragraph = _is_blank(text, found.paragraph_start, found.span.open_mark)
        if not starts_paragraph and k > 0 and current[k - 1].speaker is not None:
            found.speaker = current[k - 1].speaker
            continue
        if not starts_paragraph:
            continue
        if previous_paragraph is not None and previous_paragraph.text.endswith(":"):
            who = _colon_attribution(previous_paragraph.text)
            if who is not None:
                parsed: Speaker | str | None = None
                for candidate in _clauses(who):
                    parsed = shared_speaker_phrase(candidate)
                    if isinstance(parsed, Speaker):
                        found.speaker = _accept(parsed, registry)
                        if found.speaker is not None:
                            break
                    elif parsed in ("he", "she") and registry.last is not None:
                        found.speaker = registry.last
                        break
                    elif parsed == "nobody":
                        break  # "His parents said:"
                if found.speaker is not None or parsed == "nobody":
                    continue
        if previous:
            found.speaker = previous[-1].speaker
            if found.speaker is not None:
                registry.last = found.speaker


def _nearest_attributed(current: list[_Found], k: int) -> _Found | None:
    """The last quote before current[k] with an attribution of its own, else the first after
    it, else None."""
    for i in range(k - 1, -1, -1):
        if current[i].attributed:
            return current[i]
    for i in range(k + 1, len(current)):
        if current[i].attributed:
            return current[i]
    return None


def _is_blank(text: str, start: int, end: int) -> bool:
    """Is text[start:end] empty or white space (`not text[start:end].strip()`, without the
    copy)?"""
    for i in range(start, end):
        if not text[i].isspace():
            return False
    return True
