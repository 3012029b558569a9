"""Where Briefpack keeps the user's data on this platform (platformdirs)."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "Briefpack"
APP_AUTHOR = "Briefpack"


def data_dir() -> Path:
    import platformdirs  # here, not at the top: the app's start-up imports this module

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_library_path() -> Path:
    return data_dir() / "library.sqlite3"


def user_taxonomy_path() -> Path:
    """The user's own issues.toml, which extends or replaces the shipped taxonomy."""
    return data_dir() / "issues.toml"
