"""The per-installation secret that keys the audit chain and the score MACs.

It lives in the user's data folder, outside the database file, so whoever copies or edits the
database alone cannot forge a record (SPEC §12).

A server database is written from many terminals, which must all use one key: its key is the
file `keys/<database id>.key`, made by the terminal that created the database and copied by
the administrator to every other terminal (`zqdesk.storage.server` selects it on opening).
"""

import os
import secrets
from pathlib import Path

from zqdesk.paths import data_dir


_selected: list[Path] = []


def key_file() -> Path:
    return _selected[0] if _selected else data_dir() / "installation.key"


def server_key_file(database_id: str) -> Path:
    """Where the shared key of the server database `database_id` is kept on this terminal."""
    return data_dir() / "keys" / f"{database_id}.key"


def select_key_file(path: Path | None) -> None:
    """Use the key in `path` from now on (None: this installation's own key again)."""
    _selected[:] = [path] if path is not None else []


def key_check(key: bytes, database_id: str) -> str:
    """A value stored in a server database that tells whether a terminal holds its key,
    without revealing the key."""
    import hmac

    return hmac.new(key, f"zqdesk-key-check/{database_id}".encode(), "sha256").hexdigest()


_cache: dict[Path, bytes] = {}


def installation_key() -> bytes:
    """The secret (32 random bytes), created on first use with owner-only permissions."""
    path = key_file()
    if path not in _cache:
        _cache[path] = _load_or_create(path)
    return _cache[path]


def forget(path: Path) -> None:
    """Drop the cached key of `path` (its file was removed or replaced)."""
    _cache.pop(path, None)


def _load_or_create(path: Path) -> bytes:
    if path.exists():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    # O_EXCL: two processes starting at once must not each write a different key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex())
        handle.flush()
        os.fsync(handle.fileno())
    return key
