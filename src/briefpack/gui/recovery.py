"""A copy of the unsaved pack, so a crash or a killed process does not lose the user's work.

The window writes it a moment after each edit and removes it when the pack is saved, replaced
or knowingly discarded; finding one at start means Briefpack did not close normally, and the
user is offered the pack back. It lives in the data folder beside the default library, as one
JSON file: the pack, the pack file it came from (if any) and the library it was made on (its
summit ids mean nothing in another library).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefpack.paths import data_dir


@dataclass(frozen=True, slots=True)
class Recovered:
    pack: Any  # briefpack.briefing.Pack
    pack_path: Path | None


def recovery_path() -> Path:
    return data_dir() / "unsaved-pack.json"


def save_recovery(pack: Any, pack_path: Path | None, library_path: Path,
                  path: Path | None = None) -> None:
    """Writes the copy in one step (an interrupted write leaves the previous copy)."""
    from briefpack.export.atomic import atomic_writer

    target = path or recovery_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {"pack": pack.to_dict(), "pack_path": str(pack_path) if pack_path else None,
            "library": str(Path(library_path).resolve())}
    with atomic_writer(target) as stream:
        stream.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def clear_recovery(path: Path | None = None) -> None:
    (path or recovery_path()).unlink(missing_ok=True)


def pending_recovery(library_path: Path, path: Path | None = None) -> Recovered | None:
    """The copy left by a session that did not close normally, for this library; None when
    there is none, or it is for another library, or it cannot be read (it is then removed)."""
    from briefpack.briefing import Pack

    source = path or recovery_path()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        if data.get("library") != str(Path(library_path).resolve()):
            return None
        pack = Pack.from_dict(data["pack"])
        pack_path = Path(data["pack_path"]) if data.get("pack_path") else None
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        clear_recovery(source)  # a torn or foreign file helps nobody
        return None
    return Recovered(pack, pack_path)
