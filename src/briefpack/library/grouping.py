"""Summits gathered across statements.

Each statement's `SummitMention`s are matched against the summits already known: the same
leaders (a name token in common, countries not contradicting) and a compatible place and date
make the same summit, so two statements about the Helsinki summit give one summit with both as
sources. A meeting of a forum (G20, ASEAN, an EU summit) is told by its label instead, in a
compatible place and time: each statement names other leaders at it. A summit row is a group
of mentions; its `key` is made once from the first mention and never changes, so corrections
can name it across re-parses. Merge corrections fold one group into another by setting
`effective_id`; undoing one restores it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import orjson

from briefpack.library.corrections import (
    ChangeSummitDates,
    ChangeSummitPlace,
    MergeSummits,
    RenameSummit,
    SummitCorrection,
)
from briefpack.model import Leader, Span, Summit, SummitMention

# Words in a leader's name that say what, not who.
_TITLES = frozenset(
    "president prime minister chancellor king queen premier mr mrs ms dr sir general "
    "secretary chairman chair emir sheikh crown prince vice leader supreme the of".split()
)
# Summits more than this far apart are different meetings of the same leaders.
_SAME_MEETING_DAYS = 7


# Grouping compares the same few hundred names and places again and again (every candidate
# summit of every mention): folding and tokenising each once keeps an import linear.
@functools.lru_cache(maxsize=16384)
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@functools.lru_cache(maxsize=16384)
def _name_tokens(name: str) -> tuple[str, ...]:
    tokens = []
    for word in _fold(name).split():
        token = "".join(ch for ch in word if ch.isalnum())
        if token and token not in _TITLES:
            tokens.append(token)
    return tuple(tokens)


def name_tokens(name: str) -> list[str]:
    """Who-tokens of a leader's name: "President Xi Jinping" -> ["xi", "jinping"]."""
    return list(_name_tokens(name))


def same_leader(a: Leader, b: Leader) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    ta, tb = _name_tokens(a.name), _name_tokens(b.name)
    if not ta or not tb:
        return bool(a.country) and a.country == b.country
    if ta[-1] == tb[-1]:
        return True
    # "Xi" and "Xi Jinping", "Putin" and "Vladimir Putin"; but not "Donald Trump"/"Donald Tusk".
    return (len(ta) == 1 and ta[0] in tb) or (len(tb) == 1 and tb[0] in ta)


def same_leaders(a: Sequence[Leader], b: Sequence[Leader]) -> bool:
    if len(a) != len(b):
        return False
    unmatched = list(b)
    for leader in a:
        match = next((other for other in unmatched if same_leader(leader, other)), None)
        if match is None:
            return False
        unmatched.remove(match)
    return True


def places_compatible(a: str | None, a_country: str | None,
                      b: str | None, b_country: str | None) -> bool:
    if not a or not b:
        return True
    if _fold(a) == _fold(b):
        return True
    # "Helsinki" and "Finland": the same country counts as the same place.
    return bool(a_country) and a_country == b_country


def dates_compatible(a: Iterable[dt.date], b: Iterable[dt.date]) -> bool:
    a, b = list(a), list(b)
    if not a or not b:
        return True
    return min(abs((x - y).days) for x in a for y in b) <= _SAME_MEETING_DAYS


# Words that do not tell one summit from another: "the G20 summit" is "G20".
_LABEL_NOISE = frozenset("summit summits meeting talks conference".split())


@functools.lru_cache(maxsize=16384)
def _label_token(label: str | None) -> str | None:
    if not label:
        return None
    words = [word for word in _name_tokens(label) if word not in _LABEL_NOISE]
    return "label:" + " ".join(words) if words else None


# First words of the labels of meetings of a forum rather than of named leaders: two
# statements about "the G20 summit in Osaka" name different leaders at one summit.
_FORUMS = frozenset(
    "g7 g8 g20 asean apec nato brics sco eu au cop commonwealth chogm opec oas ecowas gcc "
    "arab nordic visegrad quad osce cis eaeu celac mercosur sadc igad".split()
)
# Index bucket of forum summits (other summits are bucketed by their number of leaders).
_FORUM_BUCKET = -1


@functools.lru_cache(maxsize=16384)
def _forum_token(label: str | None) -> str | None:
    """The label token of a forum's meeting ("label:g20"), None for other summits."""
    token = _label_token(label)
    if token is None:
        return None
    first = token.removeprefix("label:").split()[0]
    return token if first in _FORUMS or (first.startswith("cop") and first[3:].isdigit()) else None


def _bucket(leaders: Sequence[Leader], label: str | None) -> int:
    return _FORUM_BUCKET if _forum_token(label) else len(leaders)


def _leader_tokens(leader: Leader) -> set[str]:
    tokens = set(_name_tokens(leader.name))
    if not tokens and leader.country:
        tokens.add("country:" + leader.country)
    return tokens


def _tokens(leaders: Sequence[Leader], label: str | None) -> set[str]:
    forum = _forum_token(label)
    if forum:
        return {forum}
    if leaders:
        return {token for leader in leaders for token in _leader_tokens(leader)}
    token = _label_token(label)
    return {token} if token else set()


def place_key(location: str | None) -> str | None:
    return " ".join(_name_tokens(location)) or None if location else None


# Written by orjson (compact; rows written before by json.dumps have spaces): both read alike.
def leaders_to_json(leaders: Sequence[Leader]) -> str:
    return orjson.dumps(
        [{"name": leader.name, "country": leader.country, "role": leader.role}
         for leader in leaders]
    ).decode("utf-8")


def leaders_from_json(text: str) -> list[Leader]:
    return [Leader(item["name"], item.get("country"), item.get("role"))
            for item in orjson.loads(text)]


def dates_to_json(dates: Iterable[dt.date]) -> str:
    return orjson.dumps(sorted({d.isoformat() for d in dates})).decode("ascii")


def dates_from_json(text: str) -> list[dt.date]:
    return [dt.date.fromisoformat(d) for d in orjson.loads(text)]


@dataclass(slots=True)
class _Group:
    """What a summit row knows for matching: the sum of its mentions."""

    id: int | None
    leaders: list[Leader]
    label: str | None
    location: str | None
    location_country: str | None
    dates: list[dt.date]

    def accepts(self, mention: SummitMention) -> bool:
        # Place and dates first: they are cheap, and what tells apart the candidates, which
        # all share a name with the mention.
        if not places_compatible(self.location, self.location_country,
                                 mention.location, mention.location_country):
            return False
        if not dates_compatible(self.dates, mention.dates):
            return False
        forum = _forum_token(mention.label)
        if forum or _forum_token(self.label):
            # The same forum, in a compatible place and time (checked above), whoever is named.
            return forum == _forum_token(self.label)
        if mention.leaders or self.leaders:
            return same_leaders(self.leaders, mention.leaders)
        return _label_token(mention.label) == _label_token(self.label)

    def state(self) -> tuple:
        """What _store_group writes: equal states need no writing."""
        return (tuple((leader.name, leader.country, leader.role) for leader in self.leaders),
                self.label, self.location, self.location_country, tuple(self.dates))

    def absorb(self, mention: SummitMention) -> None:
        for leader in mention.leaders:
            known = next((mine for mine in self.leaders if same_leader(mine, leader)), None)
            if known is None:
                self.leaders.append(Leader(leader.name, leader.country, leader.role))
                continue
            if len(_name_tokens(leader.name)) > len(_name_tokens(known.name)):
                known.name = leader.name
            known.country = known.country or leader.country
            known.role = known.role or leader.role
        self.label = self.label or _normal_label(mention.label)
        if not self.location and mention.location:
            self.location = mention.location
        self.location_country = self.location_country or mention.location_country
        self.dates = sorted(set(self.dates) | set(mention.dates))


def _normal_label(label: str | None) -> str | None:
    token = _label_token(label)
    return token.removeprefix("label:") if token else None


def _key_for(mention: SummitMention) -> str:
    if mention.leaders and not _forum_token(mention.label):
        who = "+".join(sorted(
            (_name_tokens(leader.name) or [(leader.country or "?").lower()])[-1]
            for leader in mention.leaders
        ))
    else:
        who = (_normal_label(mention.label) or "summit").replace(" ", "-")
    place = "-".join(_name_tokens(mention.location or "")) or "-"
    when = min(mention.dates).isoformat() if mention.dates else "-"
    return f"{who}@{place}@{when}"


def _store_group(connection: sqlite3.Connection, group: _Group,
                 tokens: Iterable[str] | None = None) -> None:
    """Write what the group knows, and of its tokens `tokens` (default: all of them; an
    import's index knows which are in summit_tokens already: most changes add a date or a
    place, not a name)."""
    assert group.id is not None
    connection.execute(
        "UPDATE summits SET leaders = ?, label = ?, location = ?, location_country = ?, "
        "dates = ?, place_key = ? WHERE id = ?", (*_columns(group), group.id))
    _store_tokens(connection, group, tokens)


def _columns(group: _Group) -> tuple[str, str | None, str | None, str | None, str, str | None]:
    """leaders, label, location, location_country, dates and place_key of a summit row."""
    return (leaders_to_json(group.leaders), group.label, group.location, group.location_country,
            dates_to_json(group.dates), place_key(group.location))


def _store_tokens(connection: sqlite3.Connection, group: _Group,
                  tokens: Iterable[str] | None) -> None:
    if tokens is None:
        tokens = _tokens(group.leaders, group.label)
    rows = [(token, group.id) for token in tokens]
    if rows:
        connection.executemany(
            "INSERT OR IGNORE INTO summit_tokens (token, summit_id) VALUES (?, ?)", rows)


def _group_from_row(row: sqlite3.Row | tuple) -> _Group:
    summit_id, leaders, label, location, location_country, dates = row
    return _Group(summit_id, leaders_from_json(leaders), label, location, location_country,
                  dates_from_json(dates))


_NONE: frozenset[int] = frozenset()


class SummitIndex:
    """The summit groups held in memory while one connection imports many statements.

    Matching a mention then costs a few set operations instead of a query. The index mirrors
    the `summits` and `summit_tokens` tables: `sync()` (called at the start of every write
    transaction) reloads it when PRAGMA data_version says another connection committed since;
    `invalidate()` after a rollback, which may have undone what the index saw.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._version: int | None = None
        self._groups: dict[int, _Group] = {}
        # (number of leaders, token) -> ids: a summit's leader count never changes, and
        # only summits of as many leaders as the mention can match it. A forum's summit (its
        # leaders grow as statements name them) is under _FORUM_BUCKET and its label.
        self._by_token: dict[tuple[int, str], set[int]] = {}
        # (number of leaders, token, token) -> ids of the summits with both tokens (in order,
        # a token with itself too). A mention of two leaders looks up the pairs of their
        # tokens: a handful of summits, where the summits of each leader are hundreds.
        self._by_pair: dict[tuple[int, str, str], set[int]] = {}
        self._posted: dict[tuple[int, int], set[str]] = {}  # (count, id) -> its tokens

    def sync(self) -> None:
        version = self.connection.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self._load()
            self._version = version

    def invalidate(self) -> None:
        self._version = None

    def _load(self) -> None:
        self._groups = {
            row[0]: _group_from_row(row) for row in self.connection.execute(
                "SELECT id, leaders, label, location, location_country, dates FROM summits")
        }
        self._by_token, self._by_pair, self._posted = {}, {}, {}
        tokens: dict[int, list[str]] = {}
        for token, summit_id in self.connection.execute(
                "SELECT token, summit_id FROM summit_tokens"):
            tokens.setdefault(summit_id, []).append(token)
        for summit_id, found in tokens.items():
            group = self._groups.get(summit_id)
            if group is not None:
                self._post(_bucket(group.leaders, group.label), summit_id, found)

    def _post(self, count: int, summit_id: int, tokens: Iterable[str]) -> None:
        posted = self._posted.setdefault((count, summit_id), set())
        for token in tokens:
            if token in posted:
                continue
            posted.add(token)
            self._by_token.setdefault((count, token), set()).add(summit_id)
            for other in posted:
                pair = (count, token, other) if token <= other else (count, other, token)
                self._by_pair.setdefault(pair, set()).add(summit_id)

    def candidates(self, token_sets: list[set[str]], leaders: int) -> list[_Group]:
        """Groups of `leaders` leaders with a token of every set, in id order."""
        if len(token_sets) == 1:
            by_token = self._by_token
            postings = [by_token[key] for key in [(leaders, token) for token in token_sets[0]]
                        if key in by_token]
        else:
            by_pair = self._by_pair
            postings = [by_pair[key] for key in [
                (leaders, a, b) if a <= b else (leaders, b, a)
                for a in token_sets[0] for b in token_sets[1]] if key in by_pair]
        if not postings:
            return []
        # Read, never changed: one posting is used as it is.
        found = postings[0] if len(postings) == 1 else set().union(*postings)
        for tokens in token_sets[2:]:
            narrowed: set[int] = set()
            for token in tokens:
                narrowed |= found & self._by_token.get((leaders, token), _NONE)
            found = narrowed
            if not found:
                return []
        return [self._groups[summit_id] for summit_id in sorted(found)]

    def unposted(self, group: _Group) -> list[str]:
        """The group's tokens that summit_tokens does not hold for it (as this index knows)."""
        assert group.id is not None
        posted = self._posted.get((_bucket(group.leaders, group.label), group.id), _NO_TOKENS)
        return [token for token in _tokens(group.leaders, group.label) if token not in posted]

    def stored(self, group: _Group) -> None:
        assert group.id is not None
        self._groups[group.id] = group
        self._post(_bucket(group.leaders, group.label), group.id,
                   _tokens(group.leaders, group.label))


_NO_TOKENS: frozenset[str] = frozenset()


def _candidates_from_database(connection: sqlite3.Connection, mention: SummitMention,
                              token_sets: list[set[str]]) -> list[_Group]:
    # Summits with a token of every leader, as many leaders, in a compatible place.
    having = " INTERSECT ".join(
        "SELECT summit_id FROM summit_tokens WHERE token IN ({})".format(",".join("?" * len(t)))
        for t in token_sets
    )
    place = place_key(mention.location)
    forum = _forum_token(mention.label) is not None
    rows = connection.execute(
        "SELECT id, leaders, label, location, location_country, dates FROM summits "
        f"WHERE id IN ({having}) AND (? OR json_array_length(leaders) = ?) "
        "AND (? IS NULL OR place_key IS NULL OR place_key = ? OR location_country = ?) "
        "ORDER BY id",
        [token for tokens in token_sets for token in sorted(tokens)]
        + [forum, len(mention.leaders), place, place, mention.location_country],
    ).fetchall()
    groups = [_group_from_row(row) for row in rows]
    return [g for g in groups if (_forum_token(g.label) is not None) == forum]


def assign_mention(connection: sqlite3.Connection, mention: SummitMention,
                   index: SummitIndex | None = None) -> int | None:
    """The id of the summit this mention belongs to, creating one when none matches.

    None for a mention that names neither leaders nor a label: nothing to group it by.
    Candidates come from `index` when given (an import), else from the database; the exact
    rules (`_Group.accepts`) decide either way, in summit id order.
    """
    forum = _forum_token(mention.label)
    if forum:
        token_sets = [{forum}]
    elif mention.leaders:
        token_sets = [_leader_tokens(leader) for leader in mention.leaders]
    else:
        token_sets = [_tokens([], mention.label)]
    if not all(token_sets):
        return None
    if index is not None:
        candidates = index.candidates(token_sets, _bucket(mention.leaders, mention.label))
    else:
        candidates = _candidates_from_database(connection, mention, token_sets)
    for group in candidates:
        if group.accepts(mention):
            before = group.state()
            group.absorb(mention)
            # Most mentions of a known summit add nothing to it: then nothing to write.
            if group.state() != before:
                if index is None:
                    _store_group(connection, group)
                else:
                    _store_group(connection, group, index.unposted(group))
                    index.stored(group)
            assert group.id is not None
            return group.id
    key = _unique_key(connection, _key_for(mention))
    group = _Group(None, [], None, None, None, [])
    group.absorb(mention)
    cursor = connection.execute(
        "INSERT INTO summits (key, leaders, label, location, location_country, dates, "
        "place_key, effective_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", (key, *_columns(group)))
    group.id = cursor.lastrowid
    connection.execute("UPDATE summits SET effective_id = id WHERE id = ?", (group.id,))
    _store_tokens(connection, group, None)
    if index is not None:
        index.stored(group)
    assert group.id is not None
    return group.id


def _unique_key(connection: sqlite3.Connection, key: str) -> str:
    candidate, number = key, 1
    while connection.execute("SELECT 1 FROM summits WHERE key = ?", (candidate,)).fetchone():
        number += 1
        candidate = f"{key}#{number}"
    return candidate


def mention_from_row(row: Sequence) -> SummitMention:
    """A mention as stored in the `mentions` table (label, leaders, location, ...)."""
    label, leaders, location, location_country, when, dates = row
    return SummitMention(label=label, leaders=leaders_from_json(leaders), location=location,
                         location_country=location_country, when=when,
                         dates=dates_from_json(dates), span=_NO_SPAN)


_NO_SPAN = Span(0, 0)  # mentions read back for grouping need no place in the text


def refresh_groups(connection: sqlite3.Connection) -> None:
    """Recompute every summit's leaders, place and dates from its mentions; drop empty ones.

    Used after a re-parse, when mentions may have changed under existing summits.
    """
    groups: dict[int, _Group] = {
        row[0]: _Group(row[0], [], None, None, None, [])
        for row in connection.execute("SELECT id FROM summits")
    }
    for row in connection.execute(
        "SELECT summit_id, label, leaders, location, location_country, when_text, dates "
        "FROM mentions ORDER BY statement_id, idx"
    ):
        groups[row[0]].absorb(mention_from_row(row[1:]))
    connection.execute("DELETE FROM summit_tokens")
    used = {row[0] for row in connection.execute("SELECT DISTINCT summit_id FROM mentions")}
    empty = [(summit_id,) for summit_id in groups if summit_id not in used]
    connection.executemany("DELETE FROM summits WHERE id = ?", empty)
    for summit_id, group in groups.items():
        if summit_id in used:
            _store_group(connection, group)


def apply_merges(connection: sqlite3.Connection, merges: Sequence[MergeSummits]) -> None:
    """Set every summit's effective_id from the active merge corrections, in their order."""
    ids = dict(connection.execute("SELECT key, id FROM summits").fetchall())
    parent = {summit_id: summit_id for summit_id in ids.values()}

    def root(summit_id: int) -> int:
        while parent[summit_id] != summit_id:
            summit_id = parent[summit_id]
        return summit_id

    for merge in merges:
        into, gone = ids.get(merge.into_key), ids.get(merge.from_key)
        if into is None or gone is None:
            continue  # a summit a re-parse no longer finds: the merge waits
        into_root, gone_root = root(into), root(gone)
        if into_root != gone_root:
            parent[gone_root] = into_root
    current = dict(connection.execute("SELECT id, effective_id FROM summits").fetchall())
    changes = [(root(summit_id), summit_id) for summit_id in parent
               if current.get(summit_id) != root(summit_id)]
    connection.executemany("UPDATE summits SET effective_id = ? WHERE id = ?", changes)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return next(value for value in counts if counts[value] == best)  # first seen wins a tie


def default_label(leaders: Sequence[Leader]) -> str:
    # Full names: which word is the family name differs ("Donald Trump", "Xi Jinping").
    names = [leader.name for leader in leaders if leader.name]
    return "\u2013".join(names) + " summit" if names else "Summit"


@dataclass(slots=True)
class _Mentions:
    """What a summit shows of its mentions, in the order of their statements."""

    labels: list[str | None]
    places: list[tuple[str | None, str | None]]  # (location, location_country)
    when: str | None
    dates: set[str]  # ISO
    statement_ids: dict[int, None]  # ordered set


def build_summits(
    connection: sqlite3.Connection,
    corrections: Sequence[SummitCorrection],
    only: int | None = None,
) -> list[Summit]:
    """Summits as the user sees them: groups merged, corrections applied, sources ordered.

    On the app's start-up path: mentions are read as plain rows (a summit's leaders come from
    its groups, so a mention's own leaders are not even decoded), each date string is turned
    into a date once, and `only` reads only that summit's mentions.
    """
    rows = connection.execute(
        "SELECT id, key, effective_id, leaders FROM summits ORDER BY id"
    ).fetchall()
    members: dict[int, list[tuple[int, str, list[Leader]]]] = {}
    for summit_id, key, effective_id, leaders in rows:
        if only is not None and effective_id != only:
            continue
        members.setdefault(effective_id, []).append(
            (summit_id, key, leaders_from_json(leaders))
        )
    group_to_summit = {summit_id: effective for effective, groups in members.items()
                       for summit_id, _, _ in groups}
    mentions = {e: _Mentions([], [], None, set(), {}) for e in members}
    sql = (
        "SELECT m.summit_id, m.statement_id, m.label, m.location, m.location_country, "
        "m.when_text, m.dates FROM mentions m JOIN statements s ON s.id = m.statement_id "
    )
    params: tuple = ()
    if only is not None:
        sql += "WHERE m.summit_id IN (SELECT value FROM json_each(?)) "
        params = (json.dumps(list(group_to_summit)),)
    sql += "ORDER BY s.date IS NULL, s.date, s.id, m.idx"
    for summit_id, statement_id, label, location, country, when, dates in connection.execute(
            sql, params):
        effective = group_to_summit.get(summit_id)
        if effective is None:
            continue
        found = mentions[effective]
        found.labels.append(label)
        found.places.append((location, country))
        if found.when is None and when:
            found.when = when
        if dates != "[]":
            found.dates.update(orjson.loads(dates))
        found.statement_ids[statement_id] = None
    by_key = {key: summit_id for summit_id, key, _, _ in rows}
    overrides: dict[int, dict[str, SummitCorrection]] = {}
    for correction in corrections:
        if isinstance(correction, MergeSummits):
            continue
        target = by_key.get(correction.summit_key)
        if target is not None and target in members:
            overrides.setdefault(target, {})[correction.kind] = correction  # later wins
    summits = []
    day = functools.lru_cache(maxsize=None)(dt.date.fromisoformat)
    for effective, groups in sorted(members.items()):
        groups.sort(key=lambda group: group[0] != effective)
        summits.append(_summit(effective, groups, mentions[effective],
                               overrides.get(effective, {}), day))
    return summits


def _summit(
    summit_id: int,
    groups: list[tuple[int, str, list[Leader]]],
    found: _Mentions,
    overrides: dict[str, SummitCorrection],
    day: Callable[[str], dt.date],
) -> Summit:
    leaders: list[Leader] = []
    for _, _, group_leaders in groups:
        for leader in group_leaders:
            if not any(same_leader(leader, mine) for mine in leaders):
                leaders.append(leader)
    label = _most_common(found.labels) or default_label(leaders)
    location = _most_common(place for place, _ in found.places)
    location_country = _most_common(
        country for place, country in found.places if not location or place == location
    ) or _most_common(country for _, country in found.places)
    when = found.when
    dates = sorted(map(day, found.dates))
    if isinstance(rename := overrides.get(RenameSummit.kind), RenameSummit):
        label = rename.label
    if isinstance(place := overrides.get(ChangeSummitPlace.kind), ChangeSummitPlace):
        location, location_country = place.location, place.location_country
    if isinstance(timing := overrides.get(ChangeSummitDates.kind), ChangeSummitDates):
        dates = sorted(timing.dates)
        when = timing.when if timing.when is not None else when
    return Summit(id=summit_id, label=label, leaders=leaders, location=location,
                  location_country=location_country, when=when, dates=dates,
                  statement_ids=list(found.statement_ids))
