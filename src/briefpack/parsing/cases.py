"""Individual cases: named people presented as victims or prisoners, with the sentence that
describes them. Speakers, leaders, officials and media contacts are never cases."""

from __future__ import annotations

import re
from typing import Final

from briefpack.model import Case, Paragraph
from briefpack.parsing import gazetteer
from briefpack.parsing.countries import country_code, country_names, leaders
from briefpack.parsing.cues import NO_HITS, CueIndex, any_start_in, index_from, lowered_text
from briefpack.parsing.gazetteer import OFFICIAL_TITLES, ORGANISATION_WORDS
from briefpack.parsing.records import make_case
from briefpack.parsing.sentences import Sentences
from briefpack.parsing.spans import span

# (?<![\w\u2019'-])(?:(?:al-|el-)?[A-Z][\w\u2019'-]+)(?:\s+...){1,3} with the first letter
# leading and the boundary test after it, so the engine skips ahead in C. Same matches. The
# words and the white space are possessive (++): what follows each never starts with what
# they match, so giving some back never helps, and the engine no longer tries it at every
# capitalised word that no second word follows. After the white space a capital is tested
# first: a particle or "al-" is rare, and at most one of the ways can match. The look-ahead
# (a capital or the first letter of a particle after the white space) turns most single
# capitalised words away before the repeat is set up, and the repeat is possessive: nothing
# follows it, so giving a word back never makes a match.
_NEXT_NAME_WORD: Final = (
    r"(?=\s++[A-Zabdeilv])"
    r"(?:\s++(?:[A-Z]|(?:(?:bin|al|de|van|von|da|di|le|la|ibn|abu|dos)\s++(?:al-|el-)?|al-|el-)"
    r"[A-Z])[\w\u2019'-]++){1,3}+"
)
_NAME: Final = re.compile(
    r"(?:[A-Z](?<![\w\u2019'-].)|a(?<![\w\u2019'-].)l-[A-Z]|e(?<![\w\u2019'-].)l-[A-Z])"
    r"[\w\u2019'-]++" + _NEXT_NAME_WORD
)
# _NAME without the names that begin "al-" or "el-": the same matches in a text with neither,
# and the engine only stops at capitals instead of at every "a" and "e".
_CAPITAL_NAME: Final = re.compile(r"[A-Z](?<![\w\u2019'-].)[\w\u2019'-]++" + _NEXT_NAME_WORD)
# Stems of the words that present someone as a victim or prisoner, each the start of a word
# ("execute", not "execut", which is also an "executive director"). Substring tests on the
# lower-cased sentence rule most sentences out, many times faster than a regex; the regex
# then checks that a stem starts a word ("upheld in" and "discharged" are no detention).
_VICTIM_STEMS: Final[tuple[str, ...]] = (
    "imprison", "jail", "detain", "detention", "arrest", "sentenc", "prison", "hunger strike",
    "convict", "charged", "disappear", "abduct", "tortur", "execute", "execution", "executing",
    "death row", "custody", "on trial", "prosecut", "incommunicado", "killed", "killing",
    "murder",
    "house arrest", "persecut", "harass", "exile", "held in", "behind bars", "held since",
    "held without", "release of",
)  # fmt: skip
# Words that start with a stem yet name no victim: a "prosecutor" prosecutes. (The stem and
# what follows it.)
_NOT_VICTIM_WORDS: Final = {"prosecut": "or"}
_VICTIM_AT_WORD_START: Final = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        re.escape(stem) + (f"(?!{_NOT_VICTIM_WORDS[stem]})" if stem in _NOT_VICTIM_WORDS else "")
        for stem in _VICTIM_STEMS
    )
    + ")"
)


# The stems find_cases looks up in the statement's cue occurrences (cues.CueIndex): all but
# "house arrest", whose "arrest" makes the same sentences victim sentences.
_FOUND_STEMS: Final[tuple[str, ...]] = tuple(s for s in _VICTIM_STEMS if s != "house arrest")
assert max(map(len, _FOUND_STEMS)) < 16  # _victim_stems_at packs a length in 4 bits
# _victim_stems_at takes the stem found at a place for the pattern's match there.
assert not any(a != b and b.startswith(a) for a in _VICTIM_STEMS for b in _VICTIM_STEMS)
# The literals statement.py finds for this stage in its one pass over the lower-cased text:
# the stems, and the particles that decide between _NAME and _CAPITAL_NAME.
CUE_LITERALS: Final[tuple[str, ...]] = (*_FOUND_STEMS, "al-", "el-")
# The same, for find_cases called without the statement's occurrences.
_CUE_INDEX: Final = CueIndex(CUE_LITERALS)


def _victim_stems_at(lowered: str, hits: dict[str, list[int]]) -> tuple[list[int], list[int]]:
    """Where _VICTIM_AT_WORD_START matches the whole lower-cased text (but for "house arrest"),
    as sorted starts and their ends, from the stems' occurrences in it (`hits`,
    CueIndex.occurrences). No stem begins another, so where the pattern matches exactly one
    stem starts, and the match is that stem: what is left to test is that it starts a word
    and is no "prosecutor"."""
    # Each found as start * 16 + length (no stem is 16 long): sorting these sorts the starts.
    found: list[int] = []
    for stem in _FOUND_STEMS:
        occurrences = hits.get(stem, NO_HITS)
        if not occurrences:
            continue
        length = len(stem)
        not_after = _NOT_VICTIM_WORDS.get(stem, "")
        for i in occurrences:
            if i > 0 and _is_letter(lowered[i - 1]):
                continue
            if not_after and lowered.startswith(not_after, i + length):
                continue
            found.append(i * 16 + length)
    found.sort()
    starts = [key // 16 for key in found]
    return starts, [key // 16 + key % 16 for key in found]


def _is_letter(char: str) -> bool:
    """Does the character match [^\\W\\d_], the letters of the regex engine?"""
    return char.isalnum() and not char.isdecimal()


def _has_stem(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Does a stem found by _victim_stems_at lie inside [start, end)?"""
    i = index_from(starts, start)
    n = len(starts)
    while i < n and starts[i] < end:
        if ends[i] <= end:
            return True
        i += 1
    return False


def _stems_in(text: str) -> tuple[str, ...]:
    """The victim stems the whole text contains: a sentence can only contain these."""
    return tuple(filter(text.lower().__contains__, _VICTIM_STEMS))


def _is_victim_sentence(sentence: str, stems: tuple[str, ...] = _VICTIM_STEMS) -> bool:
    """Does a victim stem start a word of the sentence? `stems`: those the text contains."""
    lowered = sentence.lower()
    return (
        any(map(lowered.__contains__, stems)) and _VICTIM_AT_WORD_START.search(lowered) is not None
    )


_STOP: Final = frozenset(
    {
        "The", "This", "That", "These", "Those", "He", "She", "They", "It", "We", "In", "On",
        "At", "For", "From", "Since", "When", "While", "Meanwhile", "However", "But", "And",
        "Many", "Some", "Both", "Under", "After", "Before", "During", "Despite", "Although",
        "If", "As", "Such", "Among", "Including", "With", "Without", "By", "Of", "To", "An", "A",
        "President", "Presidents", "Prime", "Minister", "Ministry", "UN", "US", "EU", "UK",
        "Security", "Council", "General", "Assembly", "Human", "Rights", "Watch",
        "International", "Amnesty", "Government", "Party", "Communist", "Court", "Forum",
        "World", "Economic", "Occupied", "Territories", "Secretary", "Executive", "Director",
        "Senior", "Research", "Media", "Office", "Mobile", "State", "National", "Supreme",
        "Federal", "Republic", "Kingdom", "United", "Nations", "Union", "European",
        "Commission", "Central", "North", "South", "East", "West", "Middle", "Prize", "Nobel",
        "Foreign", "Affairs", "Administration", "Trump", "Putin", "Xi", "God", "Islam",
        "Muslim", "Muslims", "Christian", "Christians", "Chief", "Justice", "Police", "Army",
        "Force", "Forces", "Guard", "Law", "Act", "Article", "Convention", "Treaty", "Day",
        "Summit", "Director-General", "Secretary-General", "Special", "Rapporteur", "Leader",
        "Russian-occupied", "Chinese-occupied", "Also", "Today", "Yesterday", "Earlier",
        "Crown", "Prince", "Princess", "King", "Queen", "Sheikh", "Emir", "Sultan", "Premier",
        "Chancellor", "Governor", "Mayor", "Ambassador", "Senator", "Judge",
        "Region", "Province", "Autonomous", "Territory", "Prefecture", "County", "District",
        "Oblast", "City", "Camp", "Prison", "Detention", "Centre", "Center",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Several", "Dozens", "Hundreds", "Thousands", "Reuters", "Commonwealth", "Heads", "Head",
        # An occupation opening a sentence: "Journalist Théoneste Nsengimana has been held".
        "Journalist", "Journalists", "Lawyer", "Activist", "Activists", "Blogger", "Dissident",
        "Poet", "Writer", "Novelist", "Economist", "Academic", "Scholar", "Student", "Artist",
        "Filmmaker", "Film-maker", "Cleric", "Imam", "Pastor", "Priest", "Defender", "Campaigner",
        "Commentator", "Photojournalist", "Editor", "Reporter", "Missionary", "Missionaries",
        # Peoples and faiths: "Crimean Tatars", "Uyghur Muslims" are groups, not people.
        "Crimean", "Tatar", "Tatars", "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Kurd", "Kurds",
        "Kurdish", "Rohingya", "Kazakh", "Kazakhs", "Tibetan", "Tibetans", "Baloch", "Yazidi",
        "Yazidis", "Hazara", "Hazaras", "Shia", "Sunni", "Copts", "Coptic", "Ahmadi", "Ahmadis",
        "Falun", "Gong", "Bedouin", "Sikh", "Sikhs", "Hindu", "Hindus", "Jews", "Jewish",
        "Catholic", "Catholics", "Buddhist", "Buddhists",
    }
)  # fmt: skip
_MONTHS_DAYS: Final = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday",
    }
)  # fmt: skip
_TITLES: Final = frozenset(t.lower() for t in OFFICIAL_TITLES)
# The words titles end with: a name after any other word follows no title.
_TITLE_LAST_WORDS: Final = frozenset(t.rsplit(" ", 1)[-1] for t in _TITLES)
# A name that is a law's ("the Unlawful Activities (Prevention) Act"), tested right after it.
_LAW_STARTS: Final[tuple[str, ...]] = (" (", " A", " L", " B", " C", " O", " D")
_NAMES_A_LAW: Final = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:Act|Law|Bill|Code|Ordinance|Decree)\b"
)
# A group written before a role and the person's name ("Crimean Tatar leader Ahtem Chiygoz",
# "Uyghur Muslim economist Ilham Tohti"): the capitalised words describe, the name follows.
_DESCRIBES_NEXT: Final = re.compile(
    r"\s+(?:leader|activist|lawyer|journalist|blogger|economist|academic|scholar|writer|poet|"
    r"artist|film-?maker|director|dissident|student|defender|campaigner|researcher|cleric|"
    r"imam|priest|pastor|businessman|businesswoman|farmer|worker)s?\s+[A-Z]"
)


def find_cases(
    text: str,
    paragraphs: list[Paragraph],
    excluded_names: set[str],
    lowered: str | None = None,
    sentences: Sentences | None = None,
    cue_hits: dict[str, list[int]] | None = None,
) -> list[Case]:
    """`paragraphs`: the statement's, in text order (as layout gives them).
    `excluded_names`: speakers and contacts, full names and surnames. `lowered`
    (cues.lowered_text(text)), `sentences` and `cue_hits` (a CueIndex's occurrences in
    `lowered` of CUE_LITERALS at least): if the caller has them."""
    cases: list[Case] = []
    seen: set[str] = set()
    if lowered is None:
        lowered = lowered_text(text)
    hits: dict[str, list[int]] | None = None
    al: list[int] = []
    el: list[int] = []
    if lowered is not None:
        hits = cue_hits if cue_hits is not None else _CUE_INDEX.occurrences(lowered)
        al = hits.get("al-", NO_HITS)
        el = hits.get("el-", NO_HITS)
    for index, s, e in _victim_sentences(text, paragraphs, lowered, sentences, hits):
        # _NAME finds what _CAPITAL_NAME finds in a sentence without "al-" or "el-" (where
        # the lower-cased text has neither, the text has neither).
        if (
            any_start_in(al, s, e) or any_start_in(el, s, e)
            if hits is not None
            else text.find("al-", s, e) >= 0 or text.find("el-", s, e) >= 0
        ):
            name_pattern = _NAME
        else:
            name_pattern = _CAPITAL_NAME
        for match in name_pattern.finditer(text, s, e):
            found_at, end = match.span()
            found = text[found_at:end]
            name = _clean(found)
            if (
                name is None
                or name in seen
                # (_DESCRIBES_NEXT begins with white space.)
                or (text[end : end + 1].isspace() and _DESCRIBES_NEXT.match(text, end))
                or (
                    text.startswith(_LAW_STARTS, end)
                    and _NAMES_A_LAW.match(text, end) is not None
                )
            ):
                continue
            start = found_at + found.find(name)
            before = text[max(s, start - 30) : start].split()
            last_word = before[-1].lower() if before else ""
            if (
                _after_title(before, last_word)
                or _excluded(name, excluded_names)
                or _names_a_thing(last_word)
            ):
                continue
            seen.add(name)
            cases.append(make_case(name, text[s:e], span(s, e), index))
    return cases


def _victim_sentences(
    text: str,
    paragraphs: list[Paragraph],
    lowered: str | None,
    sentences: Sentences | None,
    hits: dict[str, list[int]] | None,
) -> list[tuple[int, int, int]]:
    """(paragraph index, start, end) of the body sentences in which a victim stem starts a
    word. `lowered`: cues.lowered_text(text); `hits`: its CueIndex occurrences of
    CUE_LITERALS (both None when the text does not lower-case slice by slice)."""
    found: list[tuple[int, int, int]] = []
    if lowered is None or hits is None:
        return _victim_sentences_by_piece(text, paragraphs, sentences)
    # Where a stem occurs in the text; a piece of it is a victim sentence when one lies inside
    # it. (Pieces begin after white space, so the test that a stem starts a word sees the
    # same there.)
    starts, ends = _victim_stems_at(lowered, hits)
    if not starts:
        return found
    split = sentences if sentences is not None else Sentences(text)
    last_stem = starts[-1]
    for paragraph in paragraphs:
        if paragraph.kind != "body":
            continue
        span = paragraph.span
        start = span.start
        if start > last_stem:
            break  # the paragraphs come in text order: no stem lies in the rest
        end = span.end
        # A stem in a sentence is a stem in its paragraph: most are passed over whole.
        if not _has_stem(starts, ends, start, end):
            continue
        index = paragraph.index
        for s, e in split.spans(start, end):
            if _has_stem(starts, ends, s, e):
                found.append((index, s, e))
    return found


def _victim_sentences_by_piece(
    text: str, paragraphs: list[Paragraph], sentences: Sentences | None
) -> list[tuple[int, int, int]]:
    """_victim_sentences for a text whose slices do not lower-case like the whole text: each
    paragraph and sentence lower-cased on its own."""
    found: list[tuple[int, int, int]] = []
    stems = _stems_in(text)
    if not stems:
        return found
    split = sentences if sentences is not None else Sentences(text)
    for paragraph in paragraphs:
        if paragraph.kind != "body":
            continue
        span = paragraph.span
        start = span.start
        end = span.end
        if not _is_victim_sentence(text[start:end], stems):
            continue
        index = paragraph.index
        for s, e in split.spans(start, end):
            if _is_victim_sentence(text[s:e], stems):
                found.append((index, s, e))
    return found


# Nouns after which a capitalised name is a thing's, not a person's ("the independent newspaper
# El Khabarshisi", "the opposition party Tanzania Democratic Alliance").
_THING_NOUNS: Final = frozenset(
    {"newspaper", "magazine", "website", "outlet", "channel", "station", "daily", "weekly",
     "publication", "broadcaster", "portal", "agency", "party", "movement", "organisation",
     "organization", "ngo", "group", "foundation", "association", "company", "firm", "union",
     "network", "village", "town", "city", "province", "district", "region", "prison", "camp",
     "court", "operation", "programme", "program", "campaign", "law", "bill", "platform"}
)  # fmt: skip


def _names_a_thing(last_word: str) -> bool:
    """Is the word before the name (lower-cased) a noun such as "newspaper"?"""
    return last_word in _THING_NOUNS


def _after_title(words: list[str], last_word: str) -> bool:
    """Is the name written right after an official's title ("Foreign Minister Wang Yi")? A
    former one ("former foreign minister Boris Shikhmuradov") may well be a prisoner now.
    `words`: the words before the name; `last_word`: the last of them, lower-cased."""
    if last_word not in _TITLE_LAST_WORDS:
        return False
    # Lower-cased, the words a title and "former" before it can take.
    tail = [word.lower() for word in words[-4:]]
    for k in (3, 2, 1):  # the longest title: "foreign minister", not "minister"
        if len(tail) >= k and " ".join(tail[-k:]) in _TITLES:
            return len(words) == k or tail[-k - 1] != "former"
    return False


def _clean(candidate: str) -> str | None:
    """Trim capitalised non-name words from the edges; None unless a person's name remains."""
    words = candidate.split()
    # Whether each word is a stop word, tested once: words[first:last] is what is left.
    stops = [_is_stop(word) for word in words]
    first = 0
    last = len(words)
    while first < last and stops[first]:
        first += 1
    while (
        first < last
        and stops[last - 1]
        and not _family_name_after_name(words, stops, first, last)
    ):
        last -= 1
    # Left: no words, or a last word that is no stop word or a family name after a name.
    if last - first < 2 or True in stops[first : last - 1]:
        return None
    if words[last - 1] in ORGANISATION_WORDS:
        return None
    words = words[first:last]
    words[-1] = words[-1].removesuffix("\u2019s").removesuffix("'s")  # "Alexei Navalny's"
    name = " ".join(words)
    # "New York", "Buenos Aires": a place, not a person.
    return None if country_code(name) is not None else name


# Peoples' and faiths' names that are family names too: after a given name they end a person's
# name ("Mahrang Baloch", "Farid Ahmadi"), before or alone they name the group.
_FAMILY_NAMES_TOO: Final = frozenset({"Baloch", "Ahmadi"})


def _family_name_after_name(words: list[str], stops: list[bool], first: int, last: int) -> bool:
    """Is words[first:last] a name ending in one of these (stops: _is_stop of each word)?"""
    return last - first >= 2 and words[last - 1] in _FAMILY_NAMES_TOO and not stops[last - 2]


# Regions that run into names ("EU-Central Asia").
_REGIONS: Final = frozenset({"Asia", "Africa", "Europe", "Americas", "Pacific", "Caucasus",
                             "Balkans", "Gulf", "Sahel", "Maghreb", "Levant"})  # fmt: skip


# Filled by _stop_word_set on first use; a Final set, read without a module dictionary lookup.
_STOP_WORDS: Final[set[str]] = set()


def _stop_word_set() -> set[str]:
    """The words _is_stop finds by lookup, in one set: _STOP, _REGIONS, _MONTHS_DAYS,
    ORGANISATION_WORDS and every word country_code knows (a demonym, country or place with a
    code). Built on first use, as country_names loads pycountry."""
    if not _STOP_WORDS:
        known: set[str] = set(_STOP) | _REGIONS | _MONTHS_DAYS | ORGANISATION_WORDS
        for table in (gazetteer.DEMONYMS, country_names(), gazetteer.PLACES):
            known.update(name for name, code in table.items() if code)
        _STOP_WORDS.update(known)
    return _STOP_WORDS


def _is_stop(word: str) -> bool:
    bare = word
    end = word[-1]
    if end == "\u2019" or end == "'" or end == "s":  # else nothing to strip
        bare = word.rstrip("\u2019'").removesuffix("\u2019s").removesuffix("'s")
    if "-" in bare and any(part.isupper() or part in _REGIONS for part in bare.split("-")):
        return True  # "EU-Central", "UN-backed", "Asia-Pacific"
    # bare has no white space (split() made the word), so country_code(bare) needs no strip.
    stop_words = _STOP_WORDS if _STOP_WORDS else _stop_word_set()
    if bare in stop_words:
        return True
    # Not all capitals when a small letter follows the first ("Ilham"): no call to isupper.
    return not (len(bare) > 1 and 97 <= ord(bare[1]) <= 122) and bare.isupper()


def _excluded(name: str, excluded: set[str]) -> bool:
    """A speaker's or contact's full name, or their surname as this name's last word. Not any
    word in common: Ilham Tohti's daughter Jewher Ilham, quoted, does not make him a speaker."""
    if name in leaders() or name in excluded:
        return True
    return name.rsplit(" ", 1)[-1] in excluded
