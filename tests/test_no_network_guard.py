"""The guard in conftest.py really refuses internet sockets (so its silence means something)."""

from __future__ import annotations

import socket

import pytest


def test_internet_connection_is_refused() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(AssertionError, match="network connection"):
            sock.connect(("127.0.0.1", 9))


def test_create_connection_is_refused() -> None:
    with pytest.raises(AssertionError, match="network connection"):
        socket.create_connection(("localhost", 9), timeout=1)


def test_name_lookup_is_refused() -> None:
    with pytest.raises(AssertionError, match="look up"):
        socket.getaddrinfo("example.org", 443)
