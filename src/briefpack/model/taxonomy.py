"""Policy issues ("refugees and asylum", "torture") and the phrases that signal them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Issue:
    id: str  # "refugees"
    label: str  # "Refugees and asylum"
    phrases: tuple[str, ...] = ()  # lower-case phrases that signal the issue


@dataclass(slots=True)
class Taxonomy:
    issues: list[Issue] = field(default_factory=list)

    def get(self, issue_id: str) -> Issue | None:
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        return None

    def label(self, issue_id: str) -> str:
        issue = self.get(issue_id)
        return issue.label if issue else issue_id
