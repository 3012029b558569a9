"""Shared fixtures: the seed statements and their text."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from briefpack.parser_build import stale_compiled_modules

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
HELSINKI_SEED = SEEDS / "000_d219fd84bab783dd.txt"
FLORIDA_SEED = SEEDS / "003_8882bca8dc2272cf.txt"


def pytest_configure(config: pytest.Config) -> None:
    # The editable install compiles the parser in place (setup.py); a source file edited since
    # would be shadowed by its old compiled module and the tests would test old code. With
    # BRIEFPACK_PURE_PYTHON=1 the tests import the source, so an old build is no matter.
    if os.environ.get("BRIEFPACK_PURE_PYTHON") == "1":
        return
    stale = stale_compiled_modules()
    if stale:
        names = ", ".join(path.name for path in stale)
        raise pytest.UsageError(
            f"the compiled parser is older than {names}: run `make install` (or `make test`)"
        )


@pytest.fixture
def helsinki_text() -> str:
    return HELSINKI_SEED.read_text(encoding="utf-8")


@pytest.fixture
def florida_text() -> str:
    return FLORIDA_SEED.read_text(encoding="utf-8")


# Briefpack never opens a network connection. Every test runs with internet sockets refused, so
# code that tries (an HTML importer following an <img src>, a font fetched at export) fails here.
class NetworkAttempted(AssertionError):
    pass


_real_connect = socket.socket.connect
_real_getaddrinfo = socket.getaddrinfo
_real_connect_ex = socket.socket.connect_ex


def _guarded(real):  # type: ignore[no-untyped-def]
    def connect(self: socket.socket, address: object) -> object:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            self.close()  # an AssertionError is not an OSError: callers will not close it
            raise NetworkAttempted(f"a test tried to open a network connection to {address!r}")
        return real(self, address)

    return connect


def _no_lookup(host, *args, **kwargs):  # type: ignore[no-untyped-def]
    if host not in (None, "localhost", "127.0.0.1", "::1"):
        raise NetworkAttempted(f"a test tried to look up the address of {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded(_real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(_real_connect_ex))
    monkeypatch.setattr(socket, "getaddrinfo", _no_lookup)


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path_factory: pytest.TempPathFactory,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's data folder (default library, own taxonomy, unsaved-pack copy) is a fresh
    temporary one in every test: tests never read or write the real one."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("APPDATA", str(home))
    monkeypatch.setenv("LOCALAPPDATA", str(home))
