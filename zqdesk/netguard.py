"""The program never opens a network connection (SPEC §12): a Python audit hook refuses
every non-local socket before it exists.

Audit hooks cannot be removed, so the hook is installed once per process and consults
`_allowed` (empty: nothing but local Unix sockets, which multiprocessing and Qt use).
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


def forbid_network() -> None:
    """Install the guard for the rest of this process (idempotent)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def is_installed() -> bool:
    return _installed
