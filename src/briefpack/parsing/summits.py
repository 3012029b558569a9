"""Summits: which leaders meet, where, when (as written), and what the statement calls it.

Every sentence with a meeting word ("summit", "meeting", "talks", "visit", "meet") is a
candidate; the first with leaders or a "... summit" label starts a summit, and later sentences
about the same meeting (no other place, no other label) fill in what it lacks.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Final

from briefpack.model import Leader, Paragraph, Span, SummitMention
from briefpack.parsing.countries import (
    country_code,
    family_name,
    family_name_pattern,
    is_city_level,
    leaders,
    leaders_by_family_name,
    named_summit_pattern,
    place_pattern,
)
from briefpack.parsing.cues import NO_HITS, any_start_in, first_match, index_from, is_word_character
from briefpack.parsing.dates import WHEN, WHEN_CUES, resolve_timing
from briefpack.parsing.gazetteer import CAPITALS, NAMED_SUMMITS
from briefpack.parsing.layout import ADDRESS_OPENERS, continues_address
from briefpack.parsing.names import word_start_alternation
from briefpack.parsing.persons import CUE_LITERALS as PERSON_CUE_LITERALS
from briefpack.parsing.persons import PersonCues, person_mentions
from briefpack.parsing.records import make_leader, make_summit_mention
from briefpack.parsing.sentences import Sentences
from briefpack.parsing.spans import span

# Pieces every _TRIGGER match contains: a substring test rules most paragraphs out in C.
_TRIGGER_CUES: Final[tuple[str, ...]] = (
    "ummit", "UMMIT", "eeting", "alks", "visit", "mee", "met", "host", "attend", "gather",
    "ommet", "HOGM", "umbre",
)  # fmt: skip
# \b(?:[Ss]ummit|[Ss]ummits|meeting|[Mm]eeting|talks|[Tt]alks|state\s+visit|visit|meet|
# meets|met|host|hosts|hosted|hosting|attend|attends|attended|attending|SUMMIT|gather|gathers|
# gathering)\b, first letters leading so the engine can skip ahead.
_TRIGGER: Final = re.compile(
    word_start_alternation(
        [
            ("S", "ummit"), ("s", "ummit"), ("S", "ummits"), ("s", "ummits"), ("S", "UMMIT"),
            ("m", "eeting"),
            ("M", "eeting"), ("t", "alks"), ("T", "alks"), ("s", r"tate\s+visit"), ("v", "isit"),
            ("m", "eet"), ("m", "eets"), ("m", "et"),
            # "Trump hosts Netanyahu": a meeting when two leaders are named.
            ("h", "ost"), ("h", "osts"), ("h", "osted"), ("h", "osting"),
            # "Aung San Suu Kyi is expected to attend": one leader is enough, as with "meet".
            ("a", "ttend"), ("a", "ttends"), ("a", "ttended"), ("a", "ttending"),
            # "As G7 leaders gather in Biarritz": where and when, for the summit named elsewhere.
            ("g", "ather"), ("g", "athers"), ("g", "athering"),
            # "Sommet de la Francophonie", "Cumbre de las Américas", "CHOGM".
            ("S", "ommet"), ("s", "ommet"), ("C", "umbre"), ("c", "umbre"), ("C", "HOGM"),
        ]
    )
    + r"\b"
)  # fmt: skip
# A token's letters are possessive ([\w.]*+): what follows a token is a separator, which no
# letter given back could start, so the engine need not try shorter tokens. Same matches.
_TOKEN: Final = r"(?:[A-Z][\w.]*+|G-?\d{1,2}|[A-Z]{2,})"
# (?<![\w-])(?P<label>{_TOKEN}(?:[\s\u2013\u2014/-]+{_TOKEN}){0,3}[\s\u2013\u2014-]+(?:[Ss]ummit|
# SUMMIT|[Tt]alks|[Mm]eeting))\b, with the first token's capital leading and the boundary
# test after it, so the engine skips in C from capital to capital. Same matches.
_FIRST_TOKEN: Final = r"[A-Z](?<![\w-].)(?:[\w.]*+|(?<=G)-?\d{1,2}|[A-Z]+)"
_LABEL: Final = re.compile(
    rf"(?P<label>{_FIRST_TOKEN}(?:[\s\u2013\u2014/-]+{_TOKEN}){{0,3}}[\s\u2013\u2014-]+"
    r"(?:[Ll]eaders['\u2019]?\s+)?(?:[Ss]ummit|SUMMIT|[Tt]alks|[Mm]eeting))\b"
)
_ACRONYM_LABEL: Final = re.compile(
    r"\((?P<acronym>[A-Z][A-Z0-9&-]{1,9})\)\s+(?P<word>[Ss]ummit|SUMMIT)\b"
)
# "G7 leaders' summit" is the "G7 summit".
_LEADERS_WORD: Final = re.compile(r"\b[Ll]eaders['\u2019]?\s+")
# What separates a label's words ("EU-AU Summit", "Putin – Trump talks").
_LABEL_SEPARATOR: Final = re.compile(r"[\s\u2013\u2014/-]+")
# What every _TRIGGER match contains, and how far before it the match begins (see cues.py).
_TRIGGER_STARTS: Final[tuple[tuple[str, int], ...]] = (
    ("ummit", 1), ("eeting", 1), ("alks", 1), ("state", 0), ("visit", 0), ("meet", 0), ("met", 0),
    ("host", 0), ("attend", 0), ("UMMIT", 1), ("gather", 0), ("ommet", 1), ("umbre", 1),
    ("HOGM", 1),
)  # fmt: skip
# Every _LABEL match ends with a word containing one of these.
_LABEL_CUES: Final[tuple[str, ...]] = (
    "ummit", "UMMIT", "alks", "eeting", "ommet", "OMMET", "umbre", "HOGM"
)
# Every _SUMMIT_OF match, and every name of NAMED_SUMMITS that no _LABEL match finds, has one.
_NAMED_CUES: Final[tuple[str, ...]] = (
    "ummit of", "UMMIT OF", "ommet", "OMMET", "umbre", "HOGM", "Heads of Government"
)  # fmt: skip
# "Summit of the Americas", "Sommet de la Francophonie": the meeting word first.
_SUMMIT_OF: Final = re.compile(
    r"\b(?P<label>(?:Summit|SUMMIT|Sommet|SOMMET|Cumbre)\s+(?:of\s+the|of|de\s+la|de\s+las|"
    r"de\s+l['\u2019]|des|du|de)\s*[A-Z\u00c0-\u00dd][\w'\u2019\u00c0-\u024f-]+)"
)
_LABEL_SKIP: Final = frozenset(
    {"The", "This", "That", "A", "An", "At", "In", "Ahead", "Before", "During", "After", "On",
     "Upcoming", "First", "Next", "Their", "Its", "Of", "For", "From", "Every", "Each", "Any",
     "Another", "Last", "Previous", "Past", "Recent", "Latest"}
)  # fmt: skip
_LABEL_INNER_BREAKS: Final = frozenset(
    {"At", "In", "On", "Ahead", "Before", "During", "After", "Amid", "Over", "Against", "To",
     "Into", "Until"}
)  # fmt: skip
# \b[Tt]oday\b, the first letter leading so the engine skips in C to a "t" (see names.py).
_TODAY: Final = re.compile(r"[Tt](?<!\w.)oday\b")
# Verbs whose "today" dates the statement itself.
_STATEMENT_VERBS: Final = frozenset(
    {"said", "says", "stated", "announced", "warned", "urged", "added", "released", "published",
     "issued", "called", "wrote", "told", "demanded", "appealed", "launched", "calls", "urges",
     "warns", "publishes", "releases"}
)  # fmt: skip
# \b[Tt]h(?:e|is|at)\s+..., the first letter leading so the engine skips in C to a "t".
_THE_SUMMIT: Final = re.compile(
    r"[Tt](?<!\w.)h(?:e|is|at)\s+(?:year['\u2019]s\s+)?(?:summit|gathering)\b"
)
# Meeting words with which one named leader makes a summit ("Putin will meet ...").
_ONE_LEADER_NOUNS: Final = frozenset(
    {"summit", "summits", "meet", "meets", "talks", "state visit", "attend", "attends",
     "attended", "attending"}
)  # fmt: skip
_HEADLINE_VERBS: Final = frozenset(
    {"Should", "Must", "Will", "Can", "Could", "Need", "Needs", "Top", "Tops", "Make", "Put",
     "Raise", "Address", "Press", "Urge", "Urges", "Use", "Prioritize", "Prioritise", "Is",
     "Are", "Be", "Not", "Ignore", "Face", "Faces", "Skip", "Hold", "Holds", "Host", "Hosts",
     # Imperatives that open campaigning headlines ("Don't Let SCO Summit Whitewash ...").
     "Let", "Don't", "Do", "Keep", "Stop", "Allow", "Ensure", "Protect", "Defend", "Demand",
     "Confront", "Challenge", "Seize", "Spotlight", "Reject", "Shun", "Boycott"}
)  # fmt: skip
# More words a headline in capitals runs into the label (besides _HEADLINE_VERBS and
# _LABEL_SKIP, which name "USE", "THEIR", "DURING" and "UPCOMING" already).
_CAPITALS_ONLY_BREAKS: Final = frozenset({"His", "Her", "Agenda"})
_PLACE_PREP: Final = re.compile(r"(?:\bin|\bat|\bto|\bfrom)\s+(?:the\s+)?$")
# The venue of an earlier meeting: "eight months after their first meeting in Singapore".
_EARLIER: Final = frozenset(
    {"first", "previous", "last", "earlier", "past", "prior", "inaugural", "former"}
)
_MEETING_NOUNS: Final = frozenset({"summit", "meeting", "talks", "visit"})


def _earlier_meeting(text: str, start: int, place: int) -> bool:
    """Is the place the venue of an earlier meeting ("after their first meeting in Singapore")?"""
    words = text[start:place].split()
    if words and words[-1] == "the":
        words.pop()
    if len(words) < 3 or words[-1] not in ("in", "at") or words[-2] not in _MEETING_NOUNS:
        return False
    return words[-3] in _EARLIER or (len(words) > 3 and words[-4] in _EARLIER)
# "who has met Kim three times": meetings that have been, not the one to come.
_PERFECT: Final = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+\s+)?$")
_PARTICIPLES: Final = frozenset({"met", "attended", "hosted", "visited"})
_REPRESENTED_CUES: Final[tuple[str, ...]] = ("represent", "behalf", "place of", "instead of")
_REPRESENTED: Final = re.compile(
    r"\b(?:represent(?:s|ed|ing)?|on\s+behalf\s+of|in\s+place\s+of|instead\s+of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,4}$"
)


class _Candidate:
    """One sentence's meeting, before candidates are merged into summit mentions."""

    # A plain class, not a dataclass: compiled, its __init__ is native (a dataclass's is the
    # interpreted one dataclasses writes).
    def __init__(
        self,
        label: str | None,
        leaders: list[Leader],
        location: str | None,
        location_country: str | None,
        when: str | None,
        span: Span,
        paragraph: int | None,
        valid: bool,
        has_names: bool = False,
        names_the_summit: bool = False,  # "the summit", "this summit"
        # The larger place the venue is written with ("Carbis Bay, Cornwall"), in its country.
        region: str | None = None,
    ) -> None:
        self.label = label
        self.leaders = leaders
        self.location = location
        self.location_country = location_country
        self.when = when
        self.span = span
        self.paragraph = paragraph
        self.valid = valid
        self.has_names = has_names
        self.names_the_summit = names_the_summit
        self.region = region



def find_summits(
    text: str,
    title_span: Span | None,
    paragraphs: list[Paragraph],
    statement_date: dt.date | None,
    sentences: Sentences | None = None,
    lowered: str | None = None,
    cue_hits: dict[str, list[int]] | None = None,
) -> list[SummitMention]:
    """`sentences`, `lowered` (cues.lowered_text(text)) and `cue_hits` (a CueIndex's
    occurrences in `lowered` of CUE_LITERALS at least): if the caller has them."""
    candidates: list[_Candidate] = []
    units: list[tuple[int, int, int | None]] = []
    # Where a meeting word can be, found in the whole text at once.
    starts = _meeting_word_starts(text, cue_hits)
    if not starts:
        return []
    cues = _SentenceCues(text, cue_hits)
    spans = (sentences or Sentences(text)).spans
    if title_span is not None:
        units.append((title_span.start, title_span.end, None))
    for paragraph in paragraphs:
        # A sentence with a meeting word lies in a paragraph with one: skip the others whole
        # (most at a look at the starts, before the paragraph's kind and the regex).
        paragraph_span = paragraph.span
        p_start, p_end = paragraph_span.start, paragraph_span.end
        if (
            any_start_in(starts, p_start, p_end)
            and paragraph.kind != "contact"
            and first_match(_TRIGGER, text, starts, p_start, p_end)
        ):
            for s, e in spans(p_start, p_end):
                units.append((s, e, paragraph.index))
    found: list[tuple[int, int, int | None, re.Match[str]]] = []
    for start, end, index in units:
        trigger = first_match(_TRIGGER, text, starts, start, end)
        if trigger is not None:
            found.append((start, end, index, trigger))
            candidates.append(_candidate(text, start, end, index, trigger, cues))
    surnames = _surnames(
        text, found, [leader for c in candidates for leader in c.leaders], cues.family_starts
    )
    if surnames:
        # "Trump and Kim are due to meet": a leader named in full anywhere goes by his family
        # name alone in the other sentences (the headline's too).
        for k, (start, end, index, trigger) in enumerate(found):
            if any(_alone_in(text, name, start, end) for name in surnames):
                candidates[k] = _candidate(text, start, end, index, trigger, cues, surnames)
    clusters: list[_Candidate] = []
    unplaced: list[_Candidate] = []
    # Places the text itself puts one inside the other: "Carbis Bay, Cornwall".
    within: set[tuple[str, str]] = set()
    for c in candidates:
        if c.location is not None and c.region is not None:
            within.add((c.location, c.region))
    for candidate in candidates:
        target = _cluster_for(clusters, candidate, within)
        if target is None:
            if candidate.valid:
                clusters.append(candidate)
            elif candidate.paragraph is None:
                unplaced.append(candidate)  # the title
            continue
        _merge(target, candidate, within)
    # The title ("Netanyahu visit to Washington") comes before the sentence that shows a summit
    # ("Trump hosts Netanyahu"): it still fills in what that summit lacks.
    for candidate in unplaced:
        target = _cluster_for(clusters, candidate, within)
        if target is not None:
            _merge(target, candidate, within)
    if clusters:
        # A letter to the leaders who are about to meet: its addressees are the summit's.
        for leader in _addressees(text, paragraphs):
            if all(other.name != leader.name for other in clusters[0].leaders):
                clusters[0].leaders.append(leader)
    return [
        make_summit_mention(
            c.label,
            c.leaders,
            c.location,
            c.location_country,
            c.when,
            _dates(c.when, statement_date),
            c.span,
            c.paragraph,
        )
        for c in clusters
        if c.leaders or c.label
    ]


# _TRIGGER_STARTS in fewer searches of the whole text: "eet" finds "meet" and "meeting", and
# "state visit" is found from its "visit".
_TRIGGER_FINDS: Final[tuple[tuple[str, int], ...]] = (
    ("ummit", 1), ("eet", 1), ("alks", 1), ("visit", 0), ("met", 0), ("host", 0), ("attend", 0),
    ("UMMIT", 1), ("gather", 0), ("ommet", 1), ("umbre", 1), ("HOGM", 1),
)  # fmt: skip


def _meeting_word_starts(text: str, cue_hits: dict[str, list[int]] | None = None) -> list[int]:
    """match_starts(_TRIGGER, text, _TRIGGER_STARTS) (see cues.py), the literals' places
    read from `cue_hits` (see _occurrences), and a place whose character before is a word
    character dropped before the regex is tried there: _TRIGGER begins with a word boundary."""
    found: set[int] = set()
    for literal, back, key in _TRIGGER_KEYED:
        hits = cue_hits.get(key, NO_HITS) if cue_hits is not None else None
        for i in _occurrences(text, literal, hits):
            start = i - back
            if start >= 0 and (start == 0 or not is_word_character(text[start - 1])):
                # The commonest, "summit" as a whole word, without the regex.
                if (back == 1 and literal == "ummit" and _whole_summit(text, start)) or (
                    _TRIGGER.match(text, start) is not None
                ):
                    found.add(start)
            if back == 0 and literal == "visit":
                # "state visit": "state", white space, then this "visit".
                k = i
                while k > 0 and text[k - 1].isspace():
                    k -= 1
                if 5 <= k < i and text.startswith("state", k - 5):
                    start = k - 5
                    if (start == 0 or not is_word_character(text[start - 1])) and _TRIGGER.match(
                        text, start
                    ) is not None:
                        found.add(start)
    return sorted(found)


def _whole_summit(text: str, start: int) -> bool:
    """Given "ummit" at start + 1 and no word character before `start`: is "Summit" or "summit"
    there, a whole word (what _TRIGGER matches there then)?"""
    first = ord(text[start])
    end = start + 6
    return (first == 0x53 or first == 0x73) and (  # "S", "s"
        end >= len(text) or not is_word_character(text[end])
    )


def _occurrences(text: str, literal: str, hits: list[int] | None) -> list[int]:
    """Every place where `text` has `literal` (case as written), overlapping ones too: those of
    `hits` (where the lower-cased text, whose positions are the text's, has the literal
    lower-cased: see cues.CueIndex) where the case is the literal's; without `hits`, a
    str.find loop over the text."""
    found: list[int] = []
    n = len(literal)
    if hits is not None:
        first = literal[0]
        for i in hits:
            # text.startswith(literal, i): the first letter's case rules most out; str.find
            # compiles to a direct C call, where startswith is a method call.
            if text[i] == first and text.find(literal, i, i + n) == i:
                found.append(i)
        return found
    i = text.find(literal)
    while i >= 0:
        found.append(i)
        i = text.find(literal, i + 1)
    return found


def _keyed(words: tuple[str, ...]) -> tuple[tuple[str, str, int], ...]:
    """Each cue word with its key in the cue index and how far before the key the word
    begins: a piece of it the index finds for the meeting words already, where there is one
    ("summit" from "ummit"), so the pass looks for fewer literals; else the word itself."""
    keyed: list[tuple[str, str, int]] = []
    for word in words:
        lowered = word.lower()
        for piece in _SHARED_KEYS:
            back = lowered.find(piece)
            if back >= 0:
                keyed.append((word, piece, back))
                break
        else:
            keyed.append((word, lowered, 0))
    return tuple(keyed)


# Pieces the cue words are found from where they have one: the meeting words' (see
# _TRIGGER_FINDS), which the pass looks for anyway, then a few that several cue words share.
# (Fewer literals keep the pass fast: see CUE_LITERALS.)
_SHARED_KEYS: Final[tuple[str, ...]] = (
    "ummit", "eet", "alks", "visit", "host", "attend", "gather", "ommet", "umbre", "hogm",
    "stay", "pull", "not ",
)  # fmt: skip


class _CueWords:
    """Where any of a few cue words occurs in the text: a sentence's test for them is a
    bisect, not a search of the sentence for each word."""

    def __init__(self, places: list[int]) -> None:
        # Each place as one int, start * 64 + length (no cue word is longer): sorted, in
        # order of start.
        if len(places) > 1:
            places.sort()
        self.places = places

    def starts_within(self, start: int, end: int) -> list[int]:
        """Where the words begin that lie wholly in text[start:end], in order."""
        places = self.places
        found: list[int] = []
        if not places:
            return found
        k = index_from(places, start * 64)
        while k < len(places):
            place = places[k]
            i = place // 64
            if i >= end:
                break
            if i + place % 64 <= end:
                found.append(i)
            k += 1
        return found

    def within(self, start: int, end: int) -> bool:
        """Is any of the words in text[start:end]?"""
        places = self.places
        if not places:
            return False
        k = index_from(places, start * 64)
        while k < len(places):
            place = places[k]
            i = place // 64
            if i >= end:
                return False
            if i + place % 64 <= end:
                return True
            k += 1
        return False


def _word_places(text: str, words: tuple[tuple[str, str, int], ...]) -> list[int]:
    """The places (start * 64 + length) of the words in the text, found by str.find: the
    path without the cue index."""
    places: list[int] = []
    for word, _, _ in words:
        n = len(word)
        for i in _occurrences(text, word, None):
            places.append(i * 64 + n)
    return places


class _SentenceCues:
    """The cue words the meeting sentences are tested for, found in the whole text once."""

    def __init__(self, text: str, cue_hits: dict[str, list[int]] | None) -> None:
        # One list of places for each of _CUE_WORD_SETS, in its order.
        places: list[list[int]] = []
        if cue_hits is None:
            for words in _CUE_WORD_SETS:
                # (The family names are looked for by their regex on this path.)
                places.append(_word_places(text, words) if words is not _FAMILY_KEYED else [])
        else:
            for _ in _CUE_WORD_SETS:
                places.append([])
            # The index's entries, not the cue words, lead: only the few keys that occur in
            # the text have one (one dict lookup each, not one for every cue word).
            for key, hits in cue_hits.items():
                uses = _KEY_USES.get(key)
                if uses is None:
                    continue
                for word, back, slots in uses:
                    # Where the key is, the word would begin `back` before it: there if the
                    # text has the word there, case as written (text.startswith; str.find
                    # compiles to a direct C call).
                    n = len(word)
                    first = word[0]
                    for i in hits:
                        begin = i - back
                        if (
                            begin >= 0
                            and text[begin] == first
                            and text.find(word, begin, begin + n) == begin
                        ):
                            for slot in slots:
                                places[slot].append(begin * 64 + n)
        self.represented = _CueWords(places[0])
        self.absent = _CueWords(places[1])
        self.when = _CueWords(places[2])
        self.today = _CueWords(places[3])
        self.label = _CueWords(places[4])
        self.named = _CueWords(places[5])
        self.capital = _CueWords(places[6])
        self.the_summit = _CueWords(places[7])
        self.label_ends = _CueWords(places[8])
        # Where a family name of the gazetteer's leaders may stand: None without the cue index
        # (its regex then searches the sentences).
        self.family_starts: list[int] | None = None
        # Where titles and leaders' names in lower case may stand, for person_mentions.
        self.persons: PersonCues | None = None
        if cue_hits is not None:
            self.persons = PersonCues(cue_hits)
            self.family_starts = sorted({p // 64 for p in places[9]})


def _with_surnames(
    text: str,
    start: int,
    end: int,
    mentions: list[tuple[int, int, Leader, bool]],
    surnames: dict[str, Leader],
) -> list[tuple[int, int, Leader, bool]]:
    """`mentions` with the family names standing alone for leaders named in full elsewhere,
    and "President Moon" made the Moon Jae-in of the full mention."""
    out = [
        (s, e, surnames[person.name], True) if person.name in surnames else (s, e, person, leader)
        for s, e, person, leader in mentions
    ]
    for family, person in surnames.items():
        i = text.find(family, start, end)
        while i >= 0:
            j = i + len(family)
            if _stands_alone(text, i, j, end) and not any(s <= i < e for s, e, _, _ in out):
                out.append((i, j, person, True))
            i = text.find(family, j, end)
    out.sort(key=lambda m: m[0])
    return out


def _alone_in(text: str, family: str, start: int, end: int) -> bool:
    """Does the family name stand alone somewhere in text[start:end]?"""
    i = text.find(family, start, end)
    while i >= 0:
        if _stands_alone(text, i, i + len(family), end):
            return True
        i = text.find(family, i + len(family), end)
    return False


def _stands_alone(text: str, i: int, j: int, end: int) -> bool:
    """A word of its own, not part of a longer name ("Kim Jung-wook", "Jong Kim")."""
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-\u2019'"):
        return False
    if j < len(text) and (text[j].isalnum() or text[j] == "-"):
        return False
    after = _NEXT_WORD.match(text, j, end)
    if after is not None and after.group(1)[:1].isupper():
        return False
    before = text[max(0, i - 30) : i].split()
    return not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha()
                and before[-1] not in _BEFORE_SURNAME)


_NEXT_WORD: Final = re.compile(r" (\w+)")
# Capitalised words a family name may follow: a sentence's first word, a title.
_BEFORE_SURNAME: Final = frozenset(
    {"President", "Premier", "Chairman", "Leader", "Chancellor", "Minister", "And", "But",
     "Both", "While", "When", "As", "Since", "After", "Before", "If", "Neither", "Either",
     "Mr", "Mr.", "Mrs", "Ms", "Madam"}
)  # fmt: skip


def _vague(when: str) -> bool:
    """A timing phrase that names no day: "this week", "later this month", "in June"."""
    return not any(c.isdigit() for c in when) and _NAMES_A_DAY.search(when) is None


_NAMES_A_DAY: Final = re.compile(r"day\b|\btomorrow\b|\btoday\b", re.IGNORECASE)


def _dates(when: str | None, statement_date: dt.date | None) -> list[dt.date]:
    """The days a timing phrase names: counted from the statement's date, or, in a statement
    that gives none, only when the phrase writes its year ("on September 15 and 16, 2022")."""
    if when is None:
        return []
    if statement_date is None:
        year = _YEAR_IN_WHEN.search(when)
        if year is None:
            return []
        statement_date = dt.date(int(year.group(0)), 1, 1)
    return resolve_timing(when, statement_date)


_YEAR_IN_WHEN: Final = re.compile(r"\b(?:19|20)\d\d\b")


def _addressees(text: str, paragraphs: list[Paragraph]) -> list[Leader]:
    """The leaders a letter is addressed to: "To: Charles Michel, President of the European
    Council" and the lines of names and titles under it."""
    found: list[Leader] = []
    # (No test of the whole text first: three searches of it cost more than this loop.)
    for k, paragraph in enumerate(paragraphs):
        if not paragraph.text.startswith(ADDRESS_OPENERS):
            continue
        for line in paragraphs[k : k + 12]:
            if line is not paragraph and not continues_address(line.text):
                break
            for mention in person_mentions(text, line.span.start, line.span.end):
                if mention.leader and all(other.name != mention.name for other in found):
                    found.append(make_leader(mention.name, mention.country, mention.role))
        break
    return found


def _matches_from(
    pattern: re.Pattern[str], text: str, starts: list[int], pos: int, endpos: int
) -> list[re.Match[str]]:
    """What pattern.finditer(text, pos, endpos) finds, the regex tried only at `starts`
    (sorted, distinct): places that include every one where a match can begin. Each is tried
    as finditer would, after the end of the last match (the engine sees the text before `pos`
    either way)."""
    found: list[re.Match[str]] = []
    cursor = pos
    i = index_from(starts, pos)
    while i < len(starts):
        p = starts[i]
        if p >= endpos:
            break
        if p >= cursor:
            match = pattern.match(text, p, endpos)
            if match is not None:
                found.append(match)
                cursor = match.end()
        i += 1
    return found


def _surnames(
    text: str,
    units: list[tuple[int, int, int | None, re.Match[str]]],
    named: list[Leader],
    family_starts: list[int] | None,
) -> dict[str, Leader]:
    """The family names of the leaders named in full in the text, where no two share one.
    `units`: the meeting sentences; `named`: the leaders they name; `family_starts`: where
    the family names of the gazetteer occur in the text, if known (see _SentenceCues)."""
    out: dict[str, Leader] = {}
    shared: set[str] = set()
    # Leaders of the gazetteer whose family name a meeting sentence has, named in full
    # anywhere in the text (not only in the meeting sentences).
    by_family = leaders_by_family_name()
    pattern = family_name_pattern()
    elsewhere = [
        make_leader(leader.name, leader.country, leader.role)
        for family in {
            m.group(0)
            for s, e, _, _ in units
            for m in (
                pattern.finditer(text, s, e)
                if family_starts is None
                else _matches_from(pattern, text, family_starts, s, e)
            )
        }
        for leader in by_family[family]
        if text.find(leader.name) >= 0
    ]
    known = leaders()
    for leader in named + elsewhere:
        family = family_name(leader.name, leader.country)
        if family is None or family in shared or family in known:
            continue  # "Trump" is a short form of the gazetteer's already
        if family in out and out[family].name != leader.name:
            shared.add(family)
            del out[family]
        else:
            out[family] = leader
    return out


# A leader named as staying away ("Erdoğan will not attend", "Lula skipped the summit", "is
# absent"): no leader of the summit. One who joins "by video link" or "virtually" attends.
_ABSENT_CUES: Final[tuple[str, ...]] = (
    "not attend", "not be attending", "skip", "absent", "stay away", "stayed away",
    "staying away", "pulled out", "pull out", "won't attend", "not travel")  # fmt: skip
_ABSENT: Final = re.compile(
    r"\s*(?:(?:will|would|did|does|do|is|are|was|were)\s+not\s+(?:be\s+)?(?:expected\s+to\s+)?"
    r"(?:attend|travel|be\s+attending)|won[\u2019']t\s+(?:attend|travel)|"
    r"(?:has\s+|have\s+|had\s+)?(?:skipped|skips|is\s+skipping|will\s+skip|pulled\s+out)\b|"
    r"(?:is|was|will\s+be|were|are)\s+absent\b|(?:will\s+)?stay(?:ed|s)?\s+away\b)"
)
_AND: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[A-Z][\w'\u2019-]*\s+){0,4}")


def _candidate(
    text: str,
    start: int,
    end: int,
    index: int | None,
    trigger: re.Match[str],
    cues: _SentenceCues,
    surnames: dict[str, Leader] | None = None,
) -> _Candidate:
    leaders: list[Leader] = []
    named: list[tuple[int, int]] = []
    mentions = [(m.start, m.end, make_leader(m.name, m.country, m.role), m.leader)
                for m in person_mentions(text, start, end, cues.persons)]
    if surnames:
        mentions = _with_surnames(text, start, end, mentions, surnames)
    represented = cues.represented.within(start, end)
    absent: set[int] = set()
    if cues.absent.within(start, end):
        # Backwards, so "Putin and Xi will not attend" keeps both away.
        for k in range(len(mentions) - 1, -1, -1):
            after = mentions[k][1]
            upto = mentions[k + 1][0] if k + 1 < len(mentions) else end
            if _ABSENT.match(text, after, upto) or (
                k + 1 in absent and _AND.fullmatch(text, after, upto)
            ):
                absent.add(k)
    for k, (m_start, m_end, person, leader) in enumerate(mentions):
        named.append((m_start, m_end))
        if k in absent:
            continue  # "Recep Tayyip Erdoğan will not attend"
        if leader and represented and _REPRESENTED.search(text, max(start, m_start - 40), m_start):
            continue  # "The Prince of Wales will represent Queen Elizabeth II": she stays away
        if leader and all(other.name != person.name for other in leaders):
            leaders.append(person)
    label = _label(text, start, end, cues)
    location, location_country, region = _place(text, start, end, trigger.start(), named, cues)
    if location is None and label:
        for match in place_pattern().finditer(label):
            if is_city_level(match.group(0)):
                location, location_country = match.group(0), country_code(match.group(0))
                break
    when_match = (
        WHEN.search(text, trigger.end(), end) or WHEN.search(text, start, trigger.start())
        if cues.when.within(start, end)
        else None
    )
    when = when_match.group(0) if when_match else None
    if when is None and cues.today.within(start, end):
        when = _meeting_today(text, start, end)
    noun = trigger.group(0).lower()
    valid = bool(
        (label and _is_summit_label(label))
        or len(leaders) >= 2
        or (leaders and noun in _ONE_LEADER_NOUNS)
    ) and not (
        noun in _PARTICIPLES
        and _PERFECT.search(text, max(start, trigger.start() - 20), trigger.start()) is not None
    )
    return _Candidate(
        label,
        leaders,
        location,
        location_country,
        when,
        span(start, end),
        index,
        valid,
        has_names=bool(leaders),
        # Only read of a sentence that names leaders (_compatible, _merge).
        names_the_summit=bool(leaders) and _names_the_summit(text, start, end, cues),
        region=region,
    )


def _names_the_summit(text: str, start: int, end: int, cues: _SentenceCues) -> bool:
    """_THE_SUMMIT.search(text[start:end]) is not None: "the summit", "this year's
    gathering". The regex is tried only where a match ending with one of the sentence's
    "summit" and "gathering" can begin: "the", "this" or "that" before it, white space
    between, maybe "year's" too."""
    sentence: str | None = None
    for i in cues.the_summit.starts_within(start, end):
        k = i
        while k > start and text[k - 1].isspace():
            k -= 1
        if k == i:
            continue
        determiner_ends = [k]
        if k - 6 >= start and text[k - 6 : k] in ("year's", "year\u2019s"):
            j = k - 6
            while j > start and text[j - 1].isspace():
                j -= 1
            if j < k - 6:
                determiner_ends.append(j)
        for e in determiner_ends:
            for length in (3, 4):  # "the"; "this", "that"
                if e - length >= start and text[e - length] in "Tt":
                    if sentence is None:
                        sentence = text[start:end]
                    if _THE_SUMMIT.match(sentence, e - length - start) is not None:
                        return True
    return False


def _label(text: str, start: int, end: int, cues: _SentenceCues) -> str | None:
    if not cues.label.within(start, end):
        return None
    if cues.named.within(start, end):
        named = named_summit_pattern().search(text, start, end) or _SUMMIT_OF.search(
            text, start, end
        )
        if named is not None:
            return named.group(0)
    if text.find("(", start, end) >= 0:
        # "the Shanghai Cooperation Organisation (SCO) summit": the summit of the acronym.
        acronym = _ACRONYM_LABEL.search(text, start, end)
        if acronym is not None:
            return f"{acronym.group('acronym')} {acronym.group('word').lower()}"
    for match in _label_matches(text, start, end, cues.label_ends):
        label = match.group("label")
        words = label.split()
        # A headline in title case: "Rohingya Crisis Should Top Summit Agenda" names no summit
        # "Rohingya Crisis Should Top Summit"; the label starts after its last verb.
        breaks = [k for k, word in enumerate(words) if _breaks_label(word)]
        if breaks:
            words = words[breaks[-1] + 1 :]
        while words and words[0] in _LABEL_SKIP:
            words = words[1:]
        if len(words) < 2:
            continue
        label = " ".join(words)
        if label.endswith("SUMMIT"):
            label = label[: -len("SUMMIT")] + "summit"  # a headline in capitals
        # "Human Rights Council meeting" is not a summit; one with a leader or country is.
        if "summit" not in label.lower() and not any(
            country_code(w) for w in _LABEL_SEPARATOR.split(label)
        ):
            continue
        return label
    return None


# The meeting words a _LABEL match ends with, without their first letter (which the regex
# checks): "[Ss]ummit", "SUMMIT", "[Tt]alks", "[Mm]eeting".
_LABEL_ENDS: Final[tuple[str, ...]] = ("ummit", "UMMIT", "alks", "eeting")
_LEADERS_FORMS: Final = frozenset(
    {"leaders", "Leaders", "leaders'", "Leaders'", "leaders\u2019", "Leaders\u2019"}
)


def _label_matches(
    text: str, start: int, end: int, label_ends: _CueWords
) -> list[re.Match[str]]:
    """What _LABEL.finditer(text, start, end) finds, the regex tried only where a match can
    begin: at the capitalised words that run up to a meeting word ("Saudi South African
    Summit"), not at every capital of the sentence. `label_ends`: the places of _LABEL_ENDS."""
    starts: set[int] = set()
    for i in label_ends.starts_within(start, end):
        if i - 1 >= start:
            _label_word_starts(text, start, i - 1, starts)
    found: list[re.Match[str]] = []
    cursor = start
    for q in sorted(starts):
        if q < cursor:
            continue
        match = _LABEL.match(text, q, end)
        if match is not None:
            found.append(match)
            cursor = match.end()
    return found


def _label_word_starts(text: str, floor: int, meeting: int, out: set[int]) -> None:
    """Add to `out` the starts of the capitalised words right before text[meeting]: where a
    _LABEL match ending with that meeting word can begin. A match is tokens (capitalised runs
    of word characters and dots, or "G-7") and separators (white space, dashes, slashes), then
    maybe "leaders'", then the meeting word; so walking back word by word, any other word ends
    the run. The first token may also begin after a dot or other punctuation inside a word
    ("(G7) summit")."""
    j = meeting
    last = True
    while True:
        k = j
        while k > floor and _label_separator(text[k - 1]):
            k -= 1
        if k == j:
            return  # a token runs into what follows it: no match ends here
        word_end = k
        while k > floor and not _label_separator(text[k - 1]):
            k -= 1
        if k == word_end:
            return  # the sentence starts with the separators
        word = text[k:word_end]
        if word.islower():
            # No capital in it ("their upcoming summit"): only "leaders'" lets the run go on.
            if last and word in _LEADERS_FORMS:
                last = False
                j = k
                continue
            return
        # The capitals a token running to the word's end can start at: after a character
        # that is neither a word character nor a dot, or after a dot.
        q = word_end - 1
        while q >= k and _token_letter(text[q]):
            if _ascii_capital(text[q]) and (q == k or not _token_letter(text[q - 1])
                                          or text[q - 1] == "."):
                out.add(q)
            q -= 1
        if q < k and _ascii_capital(word[0]):
            pass  # a whole token: the run goes on
        elif not (
            (last and word in _LEADERS_FORMS)
            # The number of "G-7": its "G" is the next word back.
            or (len(word) <= 2 and word.isdigit() and k >= 2 and text[k - 2 : k] == "G-")
        ):
            return
        last = False
        j = k


def _label_separator(char: str) -> bool:
    """White space, an en or em dash, a slash or a hyphen: what _LABEL puts between words."""
    if char.isspace():
        return True
    # Code points, not `char in "\u2013\u2014/-"`: compiled, an int test, not a str search.
    code = ord(char)
    return code == 0x2013 or code == 0x2014 or code == 0x2F or code == 0x2D


def _ascii_capital(char: str) -> bool:
    """"A" <= char <= "Z", as a code point test (compiled, no str comparison)."""
    code = ord(char)
    return 0x41 <= code <= 0x5A


def _token_letter(char: str) -> bool:
    """A word character or a dot: what a _LABEL token is made of."""
    return char.isalnum() or char == "_" or char == "."


def _meeting_today(text: str, start: int, end: int) -> str | None:
    """"today" when it times the meeting ("leaders meet in Geneva today"), not the statement
    ("Amnesty International said today")."""
    for match in _TODAY.finditer(text, start, end):
        before = text[max(start, match.start() - 20) : match.start()].split()
        if not before or before[-1].lower().strip(",") not in _STATEMENT_VERBS:
            return match.group(0)
    return None


def _breaks_label(word: str) -> bool:
    """A word no summit's name has inside it: a headline's verb or a preposition of time or
    place ("Free Crimean Tatar Activists Before Summit"), or in a headline set in capitals
    ("MUST USE THEIR UPCOMING SUMMIT") also a determiner."""
    if word in _HEADLINE_VERBS or word in _LABEL_INNER_BREAKS:
        return True
    return word.isupper() and (word.title() in _HEADLINE_VERBS or word.title() in _LABEL_SKIP
                               or word.title() in _CAPITALS_ONLY_BREAKS)


def _place(
    text: str,
    start: int,
    end: int,
    trigger: int,
    named: list[tuple[int, int]],
    cues: _SentenceCues,
) -> tuple[str | None, str | None, str | None]:
    """The venue: a known place after "in"/"at" near the meeting word, a city before a country;
    and the larger place written right after it ("in Carbis Bay, Cornwall"), if any.
    `named`: the spans of the people named in the sentence."""
    best: tuple[int, str, int] | None = None
    # Only a place right after a preposition can be the venue (_after_preposition below): the
    # regex is tried there, not searched for in the whole sentence. No place's name has such
    # a preposition inside it, so no place the search would find first hides one of these.
    places: list[tuple[int, int, str]] = [
        (m.start(), m.end(), m.group(0))
        for m in _matches_from(place_pattern(), text, _after_prepositions(text, start, end),
                               start, end)
    ]
    if cues.capital.within(start, end):
        places.extend(_capitals(text, start, end))
    for m_start, m_end, name in places:
        if not _after_preposition(text, max(start, m_start - 12), m_start):
            continue
        if _earlier_meeting(text, max(start, m_start - 50), m_start):
            continue
        low, high = sorted((trigger, m_start))
        # The guests a host receives stand between the meeting word and the venue ("will host
        # US President Joe Biden, ... and Italian Prime Minister Mario Draghi at Carbis Bay"):
        # their names do not take the venue further from the meeting.
        distance = high - low
        if named:
            distance -= sum(e - s for s, e in named if low <= s and e <= high)
        # A city or state (Helsinki, Florida) beats a country named nearer ("in Finland's").
        score = distance - (1000 if is_city_level(name) else 0)
        if distance > 200:
            continue
        if best is None or score < best[0]:
            best = (score, name, m_end)
    if best is None:
        return None, None, None
    code = country_code(best[1])
    region = None
    after = _REGION_AFTER.match(text, best[2], end)
    if after is not None:
        larger = place_pattern().match(text, after.end(), end)
        if larger is not None and larger.group(0) != best[1]:
            region = larger.group(0) if country_code(larger.group(0)) == code else None
    return best[1], code, region


def _after_prepositions(text: str, start: int, end: int) -> list[int]:
    """The places in text[start:end] right after "in", "at", "to" or "from" as a word, white
    space, and maybe "the" and white space: sorted, distinct; every place a window of it
    passes _after_preposition at, and a few more."""
    found: list[int] = []
    for word in ("in", "at", "to", "from"):
        n = len(word)
        i = text.find(word, start, end)
        while i >= 0:
            k = i + n
            # The character after first: inside a word ("meeting", "that"), mostly a letter.
            if (k < end and text[k].isspace()
                    and (i == 0 or not is_word_character(text[i - 1]))):
                while k < end and text[k].isspace():
                    k += 1
                if k < end:
                    found.append(k)
                    # ("t" first: a character test is cheaper than the find.)
                    if (text[k] == "t" and text.find("the", k, k + 3) == k and k + 3 < end
                            and text[k + 3].isspace()):
                        j = k + 3
                        while j < end and text[j].isspace():
                            j += 1
                        if j < end:
                            found.append(j)
            i = text.find(word, i + 1, end)
    if len(found) > 1:
        # No place is found twice: the word before its white space ends it, and "in", "at",
        # "to", "from" and "the" end with five different letters.
        found.sort()
    return found


def _after_preposition(text: str, pos: int, endpos: int) -> bool:
    """_PLACE_PREP.search(text, pos, endpos) is not None: text[pos:endpos] ends with "in",
    "at", "to" or "from" as a word (the \\b looks before `pos` too), white space, and maybe
    "the" and white space, read backwards from the end instead of the regex tried at every
    place of the window."""
    k = endpos
    while k > pos and text[k - 1].isspace():
        k -= 1
    if k == endpos:
        return False
    if _preposition_ends_at(text, pos, k):
        return True
    if k - 3 >= pos and text.find("the", k - 3, k) == k - 3:
        j = k - 3
        while j > pos and text[j - 1].isspace():
            j -= 1
        return j < k - 3 and _preposition_ends_at(text, pos, j)
    return False


def _preposition_ends_at(text: str, pos: int, k: int) -> bool:
    """Does a word "in", "at", "to" or "from" that begins at or after `pos` end at k?"""
    for word in ("in", "at", "to", "from"):
        begin = k - len(word)
        if (
            begin >= pos
            and text.find(word, begin, k) == begin
            and (begin == 0 or not is_word_character(text[begin - 1]))
        ):
            return True
    return False


_REGION_AFTER: Final = re.compile(r",\s*")
# "in the Belgian capital": the capital of the country, as a venue written by its name.
_CAPITAL_OF: Final = re.compile(r"(?<=the\s)(?P<demonym>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+capital\b")


def _capitals(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, capital) for each "the Russian capital" in the sentence."""
    out = []
    for match in _CAPITAL_OF.finditer(text, start, end):
        code = country_code(match.group("demonym"))
        capital = CAPITALS.get(code) if code else None
        if capital is not None:
            out.append((match.start(), match.end(), capital))
    return out



def _same_place(a: str, b: str, within: set[tuple[str, str]]) -> bool:
    """The same venue, or one inside the other: a city in the country named ("Osaka" in
    "Japan"), or a place the text writes with its region ("Carbis Bay, Cornwall")."""
    if a == b or (a, b) in within or (b, a) in within:
        return True
    code_a, code_b = country_code(a), country_code(b)
    if code_a is None or code_a != code_b:
        return False
    return is_city_level(a) != is_city_level(b)


def _inner(a: str, b: str, within: set[tuple[str, str]]) -> str:
    """Of two places that are the same venue, the more precise one."""
    if (b, a) in within or (is_city_level(b) and not is_city_level(a)):
        return b
    return a


def _norm(label: str | None) -> str:
    normed = _LABEL_SEPARATOR.sub(" ", _LEADERS_WORD.sub("", label or "")).lower()
    return _NAMED_KEYS.get(normed, normed)


_NAMED_KEYS: Final = {
    _LABEL_SEPARATOR.sub(" ", name).lower(): key for name, key in NAMED_SUMMITS.items()
}


def _is_summit_label(label: str) -> bool:
    """A label that names a summit, not just any meeting or talks."""
    lowered = label.lower()
    return "summit" in lowered or "sommet" in lowered or "cumbre" in lowered or (
        _norm(label) in _NAMED_VALUES
    )


_NAMED_VALUES: Final = frozenset(NAMED_SUMMITS.values())


def _cluster_for(
    clusters: list[_Candidate], candidate: _Candidate, within: set[tuple[str, str]]
) -> _Candidate | None:
    """The first summit found so far that the candidate sentence can be about."""
    return next((c for c in clusters if _compatible(c, candidate, within)), None)


def _compatible(
    cluster: _Candidate, candidate: _Candidate, within: set[tuple[str, str]]
) -> bool:
    if candidate.label and cluster.label:
        if _norm(candidate.label) == _norm(cluster.label) or _spells_out(
            candidate.label, cluster.label
        ):
            # One statement's "G20 summit" is one meeting, whatever else the sentence places
            # ("... since the murder in Istanbul").
            return True
        if not (_names_place(candidate.label, cluster.location)
                or _names_place(cluster.label, candidate.location)):
            return False
    if (
        candidate.location
        and cluster.location
        and not _same_place(candidate.location, cluster.location, within)
    ):
        return False
    # "Prayut Chan-o-cha, the summit's host": the summit already found, whoever else attends;
    # so is one leader who "will be attending", with no meeting or place of his own.
    if (
        candidate.leaders
        and cluster.leaders
        and not candidate.names_the_summit
        and (len(candidate.leaders) > 1 or candidate.label or candidate.location)
        # A G7 or BRICS summit gathers many leaders: a sentence naming others, with no meeting
        # or venue of its own, is about it ("Ramaphosa will host Xi, Lula and Modi").
        and not (_multilateral(cluster.label) and not candidate.label and not candidate.location)
    ):
        names = {other.name for other in cluster.leaders}
        if not any(other.name in names for other in candidate.leaders):
            return False
    return True


def _multilateral(label: str | None) -> bool:
    """A summit of a group ("BRICS summit", "G7 summit", "CHOGM"), not of the leaders or
    countries its label names ("Putin-Trump summit", "US-China summit")."""
    return bool(label) and _group_label(label)  # type: ignore[arg-type]


@lru_cache(maxsize=1024)
def _group_label(label: str) -> bool:
    words = [w for w in _LABEL_SEPARATOR.split(label) if w[:1].isupper()]
    return not any(word in leaders() or country_code(word) for word in words)


def _spells_out(a: str, b: str) -> bool:
    """Is one label the other with its acronyms written out ("EU-AU Summit", "European Union
    – African Union Summit")?"""
    first, second = _initials(a), _initials(b)
    return first[1] != second[1] and first[0] == second[0] != ""


def _initials(label: str) -> tuple[str, bool]:
    """The label's names as initials, an acronym kept whole, and whether it has an acronym."""
    out: list[str] = []
    acronym = False
    for word in _LABEL_SEPARATOR.split(_LEADERS_WORD.sub("", label)):
        if not word[:1].isupper() or word.lower() in {"summit", "talks", "meeting"}:
            continue
        if len(word) > 1 and word.isupper():
            out.append(word)
            acronym = True
        else:
            out.append(word[0])
    return "".join(out), acronym


def _names_place(label: str, location: str | None) -> bool:
    """Is the label only the venue and a meeting word ("Buenos Aires Summit" in Buenos Aires)?"""
    return location is not None and _norm(label).removesuffix(" summit") == location.lower()


def _merge(
    cluster: _Candidate, candidate: _Candidate, within: set[tuple[str, str]]
) -> None:
    # A sentence too loose to start a summit ("leaders meeting Premier Li in Brussels") still
    # names who attends one it places at the same venue, or calls "the summit" ("Prime
    # Minister Shinzo Abe, who hosts the summit").
    placed_here = candidate.location is not None and _same_place(
        candidate.location, cluster.location or candidate.location, within
    )
    if candidate.valid or placed_here or candidate.names_the_summit:
        for leader in candidate.leaders:
            if all(other.name != leader.name for other in cluster.leaders):
                cluster.leaders.append(leader)
    # "G20 summit" says more than "Buenos Aires Summit", named after the venue it shares.
    if cluster.label is None or (
        candidate.label and _names_place(cluster.label, cluster.location or candidate.location)
        and not _names_place(candidate.label, cluster.location or candidate.location)
    ):
        cluster.label = candidate.label
    if candidate.location is not None and (
        cluster.location is None
        or _inner(cluster.location, candidate.location, within) != cluster.location
    ):
        cluster.location, cluster.location_country = candidate.location, candidate.location_country
    # "on Wednesday and Thursday" says when "this week" is.
    if cluster.when is None or (
        candidate.when and _vague(cluster.when) and not _vague(candidate.when)
    ):
        cluster.when = candidate.when
    # Point at the sentence that says most about the meeting: names and a place.
    if (
        candidate.valid
        and candidate.leaders
        and candidate.location
        and not (cluster.has_names and cluster.paragraph is not None)
    ):
        cluster.span, cluster.paragraph = candidate.span, candidate.paragraph
        cluster.has_names = True


_TRIGGER_KEYED: Final = tuple((literal, back, literal.lower()) for literal, back in _TRIGGER_FINDS)
_REPRESENTED_KEYED: Final = _keyed(_REPRESENTED_CUES)
_ABSENT_KEYED: Final = _keyed(_ABSENT_CUES)
_WHEN_KEYED: Final = _keyed(WHEN_CUES)
_TODAY_KEYED: Final = _keyed(("today",))
_LABEL_KEYED: Final = _keyed(_LABEL_CUES)
_NAMED_KEYED: Final = _keyed(_NAMED_CUES)
_CAPITAL_KEYED: Final = _keyed((" capital",))
_THE_SUMMIT_KEYED: Final = _keyed(("summit", "gathering"))
_LABEL_ENDS_KEYED: Final = _keyed(_LABEL_ENDS)
_FAMILY_KEYED: Final = _keyed(tuple(leaders_by_family_name()))
# The cue word sets of _SentenceCues, in the order of its slots.
_CUE_WORD_SETS: Final = (
    _REPRESENTED_KEYED, _ABSENT_KEYED, _WHEN_KEYED, _TODAY_KEYED, _LABEL_KEYED, _NAMED_KEYED,
    _CAPITAL_KEYED, _THE_SUMMIT_KEYED, _LABEL_ENDS_KEYED, _FAMILY_KEYED,
)  # fmt: skip


def _key_uses() -> dict[str, list[tuple[str, int, tuple[int, ...]]]]:
    """Each key of the cue index with the cue words found from it: (word, how far before the
    key the word begins, the slots in _CUE_WORD_SETS of the sets that have it). A word that
    several sets have ("ummit") is checked once."""
    slots: dict[tuple[str, str, int], list[int]] = {}
    for slot, words in enumerate(_CUE_WORD_SETS):
        for word, key, back in words:
            slots.setdefault((key, word, back), []).append(slot)
    uses: dict[str, list[tuple[str, int, tuple[int, ...]]]] = {}
    for (key, word, back), word_slots in slots.items():
        uses.setdefault(key, []).append((word, back, tuple(word_slots)))
    return uses


_KEY_USES: Final = _key_uses()
# The literals statement.py finds for this stage in its one pass over the lower-cased text
# (see cues.CueIndex): the meeting words' pieces and the sentences' cue words, lower-cased,
# and those of persons.PersonCues.
# Keep the union of the stages' literals at 100 or fewer: above that the automaton the
# ahocorasick-rs package picks by itself is no DFA, and the pass takes several times longer.
CUE_LITERALS: Final[tuple[str, ...]] = tuple(
    dict.fromkeys(
        [key for _, _, key in _TRIGGER_KEYED]
        + [
            key
            for keyed in (_REPRESENTED_KEYED, _ABSENT_KEYED, _WHEN_KEYED, _TODAY_KEYED,
                          _LABEL_KEYED, _NAMED_KEYED, _CAPITAL_KEYED, _THE_SUMMIT_KEYED,
                          _LABEL_ENDS_KEYED, _FAMILY_KEYED)
            for _, key, _ in keyed
        ]
        + list(PERSON_CUE_LITERALS)
    )
)
