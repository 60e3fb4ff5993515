"""The program never opens a network connection (SPEC §12): a Python audit hook refuses
every non-local socket before it exists.

Audit hooks cannot be removed, so the hook is installed once per process and consults
`_allowed` (empty: nothing but local Unix sockets, which multiprocessing and Qt use).

With a database server configured (a review room's LAN), `allow_database(host, port)` lets
exactly that address through and nothing else. The server's driver (libpq, in C) opens its
socket below Python's audit hooks, so the storage layer asks `check_database` before every
connection and hands libpq the one resolved address (see zqdesk.storage.server).
"""

import socket
import sys

_installed = False
_allowed: set[tuple[str, int]] = set()


class NetworkRefused(OSError):
    """zqdesk refused a network operation."""


def _hook(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1]
        # With a database server configured, sockets may exist; connect() is still checked.
        if family in (socket.AF_UNIX, -1) or _allowed:
            return
        raise NetworkRefused("zqdesk 为离线软件，禁止创建网络连接")
    if event in ("socket.connect", "socket.bind", "socket.sendto"):
        sock, address = args[0], args[1]
        if getattr(sock, "family", None) == socket.AF_UNIX:
            return
        if isinstance(address, tuple) and (str(address[0]), int(address[1])) in _allowed:
            return
        raise NetworkRefused(f"zqdesk 为离线软件，拒绝连接 {address!r}")
    if event == "socket.getaddrinfo":
        host, port = args[0], args[1]
        if (str(host), int(port or 0)) in _allowed:
            return
        raise NetworkRefused(f"zqdesk 为离线软件，拒绝解析 {host!r}")


def allow_database(host: str, port: int) -> None:
    """Let the configured database server through, and only it (replaces any earlier one)."""
    _allowed.clear()
    _allowed.add((str(host), int(port)))


def allowed_addresses() -> frozenset[tuple[str, int]]:
    return frozenset(_allowed)


def allow_only(addresses) -> None:
    """Let exactly these (host, port) through: none, or the database server chosen before
    (the app puts the previous one back when a newly chosen server cannot be used)."""
    _allowed.clear()
    _allowed.update((str(host), int(port)) for host, port in addresses)


def check_database(host: str, port: int) -> None:
    """Refuse a connection to a database server other than the configured one (when the guard
    is installed; tests and tools without it are not restricted)."""
    if _installed and (str(host), int(port)) not in _allowed:
        raise NetworkRefused(f"zqdesk 只允许连接配置的数据库服务器，拒绝连接 {host}:{port}")


def forbid_network() -> None:
    """Install the guard for the rest of this process (idempotent)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def is_installed() -> bool:
    return _installed
