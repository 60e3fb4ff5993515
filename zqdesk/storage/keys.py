"""The per-installation secret that keys the audit chain and the score MACs.

It lives in the user's data folder, outside the database file, so whoever copies or edits the
database alone cannot forge a record (SPEC §12).
"""

import os
import secrets
from pathlib import Path

from zqdesk.paths import data_dir


def key_file() -> Path:
    return data_dir() / "installation.key"


_cache: dict[Path, bytes] = {}


def installation_key() -> bytes:
    """The secret (32 random bytes), created on first use with owner-only permissions."""
    path = key_file()
    if path not in _cache:
        _cache[path] = _load_or_create(path)
    return _cache[path]


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
