"""Interface state and preferences kept in QSettings; the user's data lives in the library.

One typed wrapper so every key is spelled once. Tests point QSettings' INI folder at a
temporary directory (tests/gui/conftest.py), so nothing here touches the real user settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from briefpack.paths import APP_AUTHOR, APP_NAME, default_library_path

MAX_RECENT_PACKS = 8
PAGE_SIZES = ("A4", "Letter")
DEFAULT_MARKING = "Internal"


def open_settings() -> QSettings:
    # INI everywhere: readable, and the same layout on Windows, macOS and Linux.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_settings()

    # -- plain preferences -------------------------------------------------------------------

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: object) -> None:
        self.store.setValue(key, value)

    @property
    def organisation(self) -> str:
        return self._text("pack/organisation")

    @organisation.setter
    def organisation(self, value: str) -> None:
        self._set("pack/organisation", value)

    @property
    def prepared_by(self) -> str:
        return self._text("pack/prepared_by")

    @prepared_by.setter
    def prepared_by(self, value: str) -> None:
        self._set("pack/prepared_by", value)

    @property
    def logo(self) -> Path | None:
        value = self._text("pack/logo")
        return Path(value) if value else None

    @logo.setter
    def logo(self, value: Path | None) -> None:
        self._set("pack/logo", str(value) if value else "")

    @property
    def marking(self) -> str:
        return self._text("pack/marking", DEFAULT_MARKING)

    @marking.setter
    def marking(self, value: str) -> None:
        self._set("pack/marking", value)

    @property
    def page_size(self) -> str:
        value = self._text("pack/page_size", "A4")
        return value if value in PAGE_SIZES else "A4"

    @page_size.setter
    def page_size(self, value: str) -> None:
        self._set("pack/page_size", value if value in PAGE_SIZES else "A4")

    @property
    def library_path(self) -> Path:
        value = self._text("library/path")
        return Path(value) if value else default_library_path()

    @library_path.setter
    def library_path(self, value: Path | None) -> None:
        self._set("library/path", str(value) if value else "")

    @property
    def samples_offered(self) -> bool:
        return self._text("library/samples_offered") == "true"

    @samples_offered.setter
    def samples_offered(self, value: bool) -> None:
        self._set("library/samples_offered", "true" if value else "false")

    # -- recent packs ------------------------------------------------------------------------

    def recent_packs(self) -> list[Path]:
        value = self.store.value("packs/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [Path(item) for item in (value or []) if item]

    def add_recent_pack(self, path: Path) -> None:
        path = Path(path).resolve()
        recent = [item for item in self.recent_packs() if item != path]
        self._set("packs/recent", [str(item) for item in [path, *recent][:MAX_RECENT_PACKS]])

    def clear_recent_packs(self) -> None:
        self._set("packs/recent", [])

    # -- window state ------------------------------------------------------------------------

    def geometry(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._set(f"window/{name}", value)

    def sync(self) -> None:
        self.store.sync()
