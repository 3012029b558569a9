"""Who is speaking: attribution phrases -> Speaker(name, role, organisation).

Phrases come in the genre's forms: "Anna Neistat, Amnesty International's Senior Director of
Research", "Salil Shetty, Secretary General of Amnesty International", "Human Rights Watch's
China director Sophie Richardson", "President Xi", "she". A registry remembers everyone named,
so a later "said Anna Neistat" or "said Neistat" gets the role given the first time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from briefpack.model import Speaker
from briefpack.parsing.countries import country_code, leaders, organisation_pattern
from briefpack.parsing.gazetteer import LEADER_TITLES, ORGANISATION_ACRONYMS, ORGANISATION_WORDS
from briefpack.parsing.records import make_speaker
from briefpack.parsing.voice import THE_ORGANISATION

PRONOUNS: Final = frozenset({"he", "she", "they", "we", "it"})
# A government speaking through its seat ("the White House said", "the Kremlin said"): no
# person, and no organisation of the genre's either.
GOVERNMENT_SEATS: Final = frozenset(
    {
        "white house", "kremlin", "presidency", "downing street", "number 10", "no 10",
        "elysée", "élysée", "elysee", "elysée palace", "élysée palace", "blue house",
        "zhongnanhai", "pentagon", "state department", "foreign office", "chancellery",
        "quai d'orsay", "palace", "royal palace", "presidential palace", "grand palace",
        "union buildings", "aso rock", "presidential office", "prime minister's office",
        "presidential administration",
    }
)  # fmt: skip
_ROLE_WORDS: Final = frozenset(
    {
        "director", "secretary", "general", "executive", "senior", "deputy", "head", "chief",
        "president", "researcher", "adviser", "advisor", "officer", "chair", "chairman",
        "chairwoman", "chairperson", "coordinator", "campaigner", "programme", "program",
        "manager", "counsel", "spokesperson", "spokesman", "spokeswoman", "representative",
        "regional", "research", "advocacy", "policy", "legal", "campaigns", "crisis", "response",
        "asia", "europe", "americas", "africa", "middle", "east", "north", "south", "central",
        "pacific", "division", "global", "minister", "foreign", "prime", "vice", "acting",
        "interim", "founder", "co-founder", "lead", "expert", "specialist", "analyst",
        "correspondent", "editor", "lawyer", "attorney", "professor", "dr", "dr.", "ms", "ms.",
        "mr", "mr.", "mrs", "mrs.", "premier", "chancellor", "king", "queen", "emir",
        "supreme", "leader", "crown", "prince", "ambassador", "envoy", "rapporteur", "special",
        "high", "commissioner", "secretary-general", "international", "of", "for", "and", "the",
        "at", "on", "to", "in", "state", "country", "affairs", "rights", "human", "women's",
        "children's", "refugee", "refugees", "migrant", "migrants", "emergencies", "arms",
        "business", "justice", "media", "communications", "press", "relations", "external",
        "government", "ministry", "deputy-director", "senator", "governor", "mayor", "judge",
        "general-secretary", "activist", "prisoner", "journalist",
    }
)  # fmt: skip
# Where an attribution's phrase stops: a clause or circumstance after the name ("who ...", "in
# a statement", "on Monday") or a sentence's end. Two patterns, each starting with a character
# class the engine skips to in C (\s\s* rather than \s+): as one alternation, it tried both
# branches at every position.
_CUT_CLAUSE: Final = re.compile(
    # Grouped by first letter (each group in the order of the plain alternation): who|which|
    # where|when|while|adding|speaking|in a (statement|...)|on (Monday|...)|ahead of|...
    r"\s\s*(?:w(?:ho|hich|here|hen|hile)|a(?:dding|head\s+of|fter\s+the|t\s+a\s+)|speaking|"
    r"in\s+a\s+(?:statement|press|news|video|letter|tweet|post|briefing|speech|message|report|"
    r"written)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+eve)|"
    r"before\s+the|during\s+the|t(?:oday|his\s+week|old\b)|yesterday|last\s+week|earlier|"
    r"recently)\b"
)
_CUT_STOP: Final = re.compile(r"[.;:!?](?:\s|$)")
# "said Sacha Deshmukh, who heads Amnesty International UK", "Kenneth Roth, who leads Human
# Rights Watch", "..., who is executive director of Human Rights Watch": a role and its
# organisation given only in a "who" clause (looked for only where ", who " is written).
_WHO_VERBS: Final = {"heads": "head", "leads": "head", "runs": "head", "directs": "director",
              "chairs": "chair", "founded": "founder", "co-founded": "co-founder"}  # fmt: skip
_WHO_CLAUSE: Final = re.compile(
    r",\s+who\s+(?:(?P<verb>heads|leads|runs|directs|chairs|founded|co-founded)\s+"
    r"|is\s+(?=(?:the\s+|an?\s+)?[\w\s'\u2019-]{0,60}?\s(?:of|at|for)\s))(?P<rest>[^,.;:!?]+)"
)
# Someone quoted without a name ("his parents", "one man", "a former detainee"): the quote is
# theirs, not the last person's named.
_UNNAMED: Final = re.compile(
    r"(?i:his|her|their|one|a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|men|women|mother|"
    r"father|parents?|wife|husband|sons?|daughters?|brothers?|sisters?|relatives?|family|"
    r"friends?|witness(?:es)?|detainees?|prisoners?|survivors?|residents?|refugees?|"
    r"neighbou?rs?|victims?|boy|girl|child|children|person|people|colleagues?|protesters?|"
    r"villagers?|mothers|fathers|wives|husbands)$"
)
# The statement's own organisation, as its text refers back to it ("the group's").
_THE_GROUP: Final = re.compile(rf"{THE_ORGANISATION}$", re.IGNORECASE)
_POSSESSIVE: Final = re.compile(r"^(?P<org>.+?)[\u2019']s?\s+(?P<rest>.+)$")
_ROLE_OF_ORG: Final = re.compile(
    r"^(?P<role>.+?)\s+(?:of|at|for|with|from)\s+(?:the\s+)?(?P<org>.+)$"
)
_PARTICLES: Final = frozenset({"bin", "al", "el", "de", "da", "di", "van", "von", "der", "den",
                               "du", "la", "le", "ibn", "abu", "dos", "das", "del"})  # fmt: skip
_TITLE_PREFIX: Final = re.compile(
    r"^(?:(?P<demonym>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)??)\s+)?(?P<title>"
    + "|".join(re.escape(t) for t in sorted(LEADER_TITLES, key=len, reverse=True))
    + r")\s+(?P<name>.+)$"
)

# A role the statement's own people hold, when the attribution names no organisation ("said
# Rachel Denber, deputy Europe and Central Asia director"): the genre names its own
# organisation once, if at all. Anyone of another body says so ("director of the FBI", "a
# researcher at Oxford"), or holds an office (_NOT_STAFF).
_STAFF_ROLE: Final = re.compile(
    r"\b(?:director|researcher|campaigner|advocate|advocacy|counsel|secretary[\s-]general|"
    r"programme|program|analyst|advis[eo]r|coordinator|officer|head|lead|expert|manager)\b",
    re.IGNORECASE,
)
_OWN_DIVISION: Final = re.compile(
    r"\s+(?:of|for|in)\s+(?:the\s+|its\s+)?[\w\s,-]{1,60}?\s+(?:division|program(?:me)?)$",
    re.IGNORECASE,
)
_NOT_STAFF: Final = re.compile(
    r"\b(?:of|at|for|with|from|to|in|on|minister|ministry|government|president|prime|"
    r"ambassador|embassy|consulate|official|police|prosecutor|judge|mayor|governor|senator|"
    r"spokes(?:man|woman|person)|army|military|party|parliament|council|commission|UN|"
    r"wife|husband|mother|father|son|daughter|brother|sister|relative|lawyer|friend|former)\b",
    re.IGNORECASE,
)
# Linking words left between a role and the organisation named after it ("Director of the").
_LINKING_WORD_AT_END: Final = re.compile(r"\s+(?:of|at|for|with|from)(?:\s+the)?$")


# The same roles ("executive director") recur in statement after statement.
@lru_cache(maxsize=1024)
def is_staff_role(role: str) -> bool:
    """Whether `role`, given with no organisation, is a job at the organisation speaking."""
    role = _OWN_DIVISION.sub("", role)
    return _STAFF_ROLE.search(role) is not None and _NOT_STAFF.search(role) is None


class SpeakerRegistry:
    """Everyone named as a speaker so far, in order, so later mentions reuse their roles."""

    # A plain class, not a dataclass: compiled, its __init__ is native.
    def __init__(self) -> None:
        self.by_name: dict[str, Speaker] = {}
        self.by_surname: dict[str, Speaker] = {}
        self.last: Speaker | None = None

    def remember(self, speaker: Speaker) -> Speaker:
        known = self.lookup(speaker.name)
        if known is not None:
            if speaker.role and not known.role:
                known.role = speaker.role
            if speaker.organisation and not known.organisation:
                known.organisation = speaker.organisation
            speaker = known
        else:
            self.by_name[speaker.name] = speaker
            parts = speaker.name.split()
            if len(parts) > 1:
                self.by_surname.setdefault(parts[-1], speaker)
        self.last = speaker
        return speaker

    def lookup(self, name: str) -> Speaker | None:
        return self.by_name.get(name) or self.by_surname.get(name)


def is_organisation(name: str) -> str | None:
    """The organisation a name is (known, or ending in an organisation word), or None."""
    stripped = name.strip()
    known = organisation_pattern().fullmatch(stripped)
    if known:
        return known.group(0)
    words = stripped.split()
    if len(words) >= 2 and words[-1] in ORGANISATION_WORDS and _is_cap_word(words[0]):
        return stripped
    return None


def _organisation_in(text: str) -> str | None:
    text = text.strip().rstrip(",")
    if text.lower().startswith("the "):
        text = text[4:]
    known = organisation_pattern().match(text)
    if known:
        # Keep a trailing qualifier such as "USA" or "(English Canada)" only when it is whole.
        return (
            known.group(0)
            if known.end() == len(text)
            else text
            if _org_like(text)
            else known.group(0)
        )
    return text if _org_like(text) else None


def _org_like(text: str) -> bool:
    words = text.split()
    if not words or not _is_cap_word(words[0]) or len(words) > 9:
        return False
    caps = 0
    organisation_word = False
    for w in words:
        if _is_cap_word(w):
            caps += 1
        if w in ORGANISATION_WORDS:
            organisation_word = True
    return caps * 2 > len(words) and (organisation_word or text.isupper())


def looks_like_person(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    # No pronoun, and every word but the particles ("bin", "van") capitalised, one at least.
    significant = 0
    capitalised = True
    for w in words:
        lowered = w.lower()
        if lowered in PRONOUNS:
            return False
        if lowered not in _PARTICLES:
            significant += 1
            capitalised = capitalised and _is_cap_word(w)
    return significant > 0 and capitalised


def _is_cap_word(word: str) -> bool:
    """Does a word without white space match ^[A-Z\\u00c0-\\u024f][\\w'\\u2019.-]*$: a capital
    (accented ones too), then word characters, apostrophes, full stops and hyphens? Tested
    without the regex, whose call cost more than the test."""
    if not word or not ("A" <= word[0] <= "Z" or "\u00c0" <= word[0] <= "\u024f"):
        return False
    if word.isalnum():
        return True
    for i in range(1, len(word)):
        char = word[i]
        if not (char.isalnum() or char in "_'\u2019.-"):
            return False
    return True


def _split_name_from_role(text: str) -> tuple[str | None, str | None]:
    """ "Senior Director of Research Anna Neistat" -> ("Anna Neistat", "Senior Director of
    Research"): the name is the trailing run of capitalised words that are not role words."""
    words = text.split()
    k = len(words)
    while k > 0 and len(words) - k < 4:
        word = words[k - 1]
        if not _is_cap_word(word) and word.lower() not in _PARTICLES:
            break
        if word.lower() in _ROLE_WORDS or country_code(word):
            break
        k -= 1
    name = " ".join(words[k:])
    role = " ".join(words[:k]) or None
    if not name or (len(words) - k == 1 and role is None and name not in leaders()):
        return (name or None), role
    return name, role


def parse_speaker_phrase(phrase: str) -> Speaker | str | None:
    """A Speaker, a lower-case pronoun to resolve later, "nobody" for someone or a seat of
    government quoted without a name ("his parents", "the White House"), or None when the
    phrase is no attribution."""
    parsed = _parse_speaker_phrase(phrase)
    if isinstance(parsed, Speaker):
        # A fresh copy: the registry fills in roles on the Speakers it is given.
        return make_speaker(parsed.name, parsed.role, parsed.organisation)
    return parsed


def shared_speaker_phrase(phrase: str) -> Speaker | str | None:
    """parse_speaker_phrase without the copy: a Speaker given is shared by every caller, to
    read and never change (copy it before giving it to a registry to keep). For callers that
    mostly find the name already known."""
    return _parse_speaker_phrase(phrase)


# The same attributions ("said Anna Neistat, ...") recur in statement after statement.
@lru_cache(maxsize=4096)
def _parse_speaker_phrase(phrase: str) -> Speaker | str | None:
    phrase = phrase.strip().strip(",").strip()
    who = _WHO_CLAUSE.search(phrase) if ", who " in phrase else None
    cut = _cut_at(phrase)
    if cut >= 0:
        phrase = phrase[:cut].strip().rstrip(",")
    if not phrase:
        return None
    lowered = phrase.lower()
    if lowered in PRONOUNS:
        return lowered
    if (lowered[4:] if lowered.startswith("the ") else lowered) in GOVERNMENT_SEATS:
        return "nobody"
    if lowered in {"the organization", "the organisation", "the group", "the rights group"}:
        return "organisation"
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    head, rest = parts[0], parts[1:]
    if _UNNAMED.match(head):
        return "nobody"
    organisation = is_organisation(head)
    if organisation:
        # "Amnesty International, the organisation that..." or the org itself as speaker.
        return make_speaker(organisation, None, organisation)
    role: str | None = None
    org: str | None = None
    name: str | None = head
    possessive = _POSSESSIVE.match(head)
    if possessive and _organisation_in(possessive.group("org")):
        # "Human Rights Watch's China director Sophie Richardson"
        org = _organisation_in(possessive.group("org"))
        name, role = _split_name_from_role(possessive.group("rest"))
    elif not looks_like_person(head):
        titled = _TITLE_PREFIX.match(head)
        if titled:
            name, role = titled.group("name"), titled.group("title")
        else:
            name, role = _split_name_from_role(head)
    else:
        titled = _TITLE_PREFIX.match(head)
        if titled and looks_like_person(titled.group("name")):
            name, role = titled.group("name"), titled.group("title")
    if not name or not looks_like_person(name):
        return None
    if rest and role is None:
        role, org = _role_and_org(rest[0])
        if org is None and len(rest) > 1:
            org = _organisation_in(rest[1])
    if who is not None and role is None and org is None:
        role, org = _who_role(who)
    if role and org is None:
        # "RSF secretary-general Christophe Deloire": the organisation leads the role.
        first, _, after = role.partition(" ")
        if after and first in ORGANISATION_ACRONYMS:
            org, role = ORGANISATION_ACRONYMS[first], after
    if org in ORGANISATION_ACRONYMS:
        org = ORGANISATION_ACRONYMS[org]  # "ISHR's Director": as "RSF secretary-general"
    known = leaders().get(name)
    if known is not None:
        name = known.name
        role = role or known.role
    return make_speaker(name, role or None, org)


def _cut_at(phrase: str) -> int:
    """Where the first of _CUT_CLAUSE and _CUT_STOP begins in `phrase`, or -1."""
    clause = _CUT_CLAUSE.search(phrase)
    stop = _CUT_STOP.search(phrase)
    if clause is None:
        return stop.start() if stop else -1
    return min(clause.start(), stop.start()) if stop else clause.start()


def _who_role(who: re.Match[str]) -> tuple[str | None, str | None]:
    """The role and organisation of a "who" clause ("who heads Amnesty International UK"),
    or (None, None) when it names no organisation."""
    verb = who.group("verb")
    if verb is None:
        role, org = _role_and_org(who.group("rest"))
        return (role, org) if org is not None else (None, None)
    rest = who.group("rest").strip()
    possessive = _POSSESSIVE.match(rest) if "s " in rest else None
    if possessive is not None and (owner := _organisation_in(possessive.group("org"))):
        # "who chairs Amnesty International India's board": chair of the board.
        return f"{_WHO_VERBS[verb]} of the {possessive.group('rest').strip()}", owner
    if possessive is not None and _THE_GROUP.match(possessive.group("org")):
        # "who heads the group's Asia division": a job at the organisation speaking, which
        # the quote finder gives it (is_staff_role).
        return f"{_WHO_VERBS[verb]} of the {possessive.group('rest').strip()}", None
    org = _organisation_in(rest)
    return (_WHO_VERBS[verb], org) if org is not None else (None, None)


def _role_and_org(text: str) -> tuple[str | None, str | None]:
    """ "Amnesty International's Senior Director of Research" or "Secretary General of Amnesty
    International" -> (role, organisation)."""
    text = text.strip()
    if text.lower().startswith(("a ", "an ", "the ")):
        text = text.split(" ", 1)[1]
    possessive = _POSSESSIVE.match(text)
    if possessive:
        # "Director of Amnesty International's European Institutions Office": the role wraps
        # around the organisation.
        wrapped = _ROLE_OF_ORG.match(possessive.group("org"))
        if wrapped and (known := organisation_pattern().match(wrapped.group("org"))) and (
            known.end() == len(wrapped.group("org"))
        ):
            return f"{wrapped.group('role')}, {possessive.group('rest').strip()}", known.group(0)
        org = _organisation_in(possessive.group("org"))
        if org:
            return possessive.group("rest").strip() or None, org
    known = organisation_pattern().search(text)
    if known and known.end() >= len(text) - 20:
        before = text[: known.start()].rstrip()
        before = _LINKING_WORD_AT_END.sub("", before)
        org = _organisation_in(text[known.start() :]) or known.group(0)
        return before or None, org
    of_org = _ROLE_OF_ORG.match(text)
    if of_org and _org_like(of_org.group("org")):
        return of_org.group("role"), of_org.group("org")
    if is_organisation(text):
        return None, is_organisation(text)
    return text or None, None
