"""The issue taxonomy: loading resources/issues.toml (plus the user's own) and tagging text.

Every phrase of every issue goes into one compiled alternation, so tagging a paragraph is one
regex scan however large the taxonomy grows.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefpack.errors import UserError
from briefpack.model import Issue, Taxonomy
from briefpack.paths import user_taxonomy_path
from briefpack.resource_files import resource

_SPACES = re.compile(r"\s+")


def _issues_from(data: dict[str, Any], origin: str) -> list[Issue]:
    raw = data.get("issue", [])
    if not isinstance(raw, list):
        raise ValueError("[[issue]] tables expected")
    issues: list[Issue] = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            raise ValueError(f"issue {number} is not a table")
        issue_id = entry.get("id")
        label = entry.get("label")
        phrases = entry.get("phrases", [])
        if not isinstance(issue_id, str) or not issue_id.strip():
            raise ValueError(f"issue {number} has no id")
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"issue {issue_id!r} has no label")
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise ValueError(f"issue {issue_id!r}: phrases must be a list of strings")
        cleaned = tuple(_SPACES.sub(" ", p.strip().lower()) for p in phrases if p.strip())
        issues.append(Issue(issue_id.strip(), label.strip(), cleaned))
    return issues


@lru_cache(maxsize=1)
def shipped_taxonomy() -> Taxonomy:
    """resources/issues.toml, read once per process."""
    data = tomllib.loads(resource("issues.toml").read_text(encoding="utf-8"))
    return Taxonomy(_issues_from(data, "issues.toml"))


def merge(base: Iterable[Issue], extra: Iterable[Issue]) -> list[Issue]:
    """`base` extended by `extra`; an issue in `extra` with a known id replaces that issue."""
    merged: dict[str, Issue] = {issue.id: issue for issue in base}
    for issue in extra:
        merged[issue.id] = issue
    return list(merged.values())


def load_taxonomy(user_path: Path | None = None) -> Taxonomy:
    """The shipped taxonomy extended (or, with `replace = true`, replaced) by the user's file.

    A user file that cannot be read raises UserError naming the file and the reason, so the
    app can tell the user which file to fix instead of silently dropping their issues.
    """
    shipped = shipped_taxonomy()
    path = user_path if user_path is not None else user_taxonomy_path()
    if user_path is None and not path.exists():
        return Taxonomy(list(shipped.issues))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        replace = data.get("replace", False)
        if not isinstance(replace, bool):
            raise ValueError("'replace' must be true or false")
        user_issues = _issues_from(data, str(path))
    except FileNotFoundError as exc:
        raise UserError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}: not valid TOML ({exc})") from exc
    except (ValueError, OSError) as exc:
        raise UserError(f"{path}: {exc}") from exc
    if replace:
        return Taxonomy(merge([], user_issues))
    return Taxonomy(merge(shipped.issues, user_issues))


class IssueTagger:
    """Finds the issues a piece of text raises, with one regex over all phrases."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self._order = {issue.id: n for n, issue in enumerate(taxonomy.issues)}
        by_phrase: dict[str, list[str]] = {}
        for issue in taxonomy.issues:
            for phrase in issue.phrases:
                ids = by_phrase.setdefault(phrase, [])
                if issue.id not in ids:
                    ids.append(issue.id)
        self._by_phrase = by_phrase
        self._pattern: re.Pattern[str] | None = None
        if by_phrase:
            # Longest first so "war in syria" wins over "war"; spaces match any white space.
            alternatives = sorted(by_phrase, key=len, reverse=True)
            body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives)
            # Plurals and possessives of a phrase count as the phrase.
            self._pattern = re.compile(rf"(?<!\w)({body})(?:s|es|'s|\u2019s)?(?!\w)", re.IGNORECASE)

    def tag(self, text: str) -> list[str]:
        if self._pattern is None:
            return []
        found: set[str] = set()
        for match in self._pattern.finditer(text):
            key = _SPACES.sub(" ", match.group(1).lower())
            found.update(self._by_phrase.get(key, ()))
        return sorted(found, key=self._order.__getitem__)


_TAGGERS: dict[tuple[Issue, ...], IssueTagger] = {}


def tagger_for(taxonomy: Taxonomy) -> IssueTagger:
    """A tagger per distinct list of issues, cached so parsing many statements compiles once.

    Keyed on the (frozen) issues rather than the Taxonomy object, so a taxonomy edited in
    place never tags with stale phrases.
    """
    key = tuple(taxonomy.issues)
    tagger = _TAGGERS.get(key)
    if tagger is None:
        if len(_TAGGERS) > 8:
            _TAGGERS.clear()
        tagger = _TAGGERS[key] = IssueTagger(taxonomy)
    return tagger
