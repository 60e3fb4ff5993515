"""The tamper-evident audit log: every write appended as (who, when, what, old, new, reason),
each record's MAC covering the previous one's, keyed by the installation secret.

A copy of the chain head (count and MAC) is kept beside the key, outside the database, so a
log cut short at its end is noticed too.
"""

import getpass
import hashlib
import json
import os
import os
import threading
from contextvars import ContextVar
from datetime import datetime
from pathlib import Path

from zqdesk.paths import data_dir
from zqdesk.storage.keys import installation_key
from zqdesk.storage.macs import ALGORITHM, canonical, mac
from zqdesk.storage.models import AuditEntry, Setting, database

_actor: ContextVar[str] = ContextVar("zqdesk_actor", default="")


class _Pending(threading.local):
    """The head appended by this thread's open transaction (each thread has its own
    connection, so its own transaction)."""

    def __init__(self) -> None:
        self.head: list[tuple[int, str]] = []


_pending = _Pending()


def set_actor(name: str) -> None:
    """Who the following writes are done by (the logged-in user, or the CLI's OS user)."""
    _actor.set(name)


def current_actor() -> str:
    return _actor.get() or f"{_os_user()}（未登录）"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no login name on some service accounts
        return "unknown"


def database_id() -> str:
    return Setting.get(Setting.key == "database_id").value


def genesis(key: bytes) -> str:
    """The chain's starting value, bound to this database's identity."""
    return mac(key, ["zqdesk-audit-genesis", database_id()])


def entry_body(seq: int, at: str, actor: str, action: str, target: str, old, new, reason: str) -> dict:
    return {"seq": seq, "at": at, "actor": actor, "action": action, "target": target,
            "old": old, "new": new, "reason": reason}


def record(action: str, target: str, old=None, new=None, reason: str = "") -> AuditEntry:
    """Append one record; call inside `writing()` so it commits with the change it describes."""
    if database.transaction_depth() == 0:
        raise RuntimeError("audit.record must run inside writing()")
    key = installation_key()
    if _pending.head:
        # Appended earlier in this same transaction, which holds the write lock: still the head.
        last_seq, previous = _pending.head[-1]
        seq = last_seq + 1
    else:
        last = AuditEntry.select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).first()
        seq, previous = (last.seq + 1, last.mac) if last else (1, genesis(key))
    at = datetime.now().isoformat(timespec="microseconds")
    old_text = None if old is None else canonical(old).decode("utf-8")
    new_text = None if new is None else canonical(new).decode("utf-8")
    body = entry_body(seq, at, current_actor(), action, target, old_text, new_text, reason)
    entry_mac = mac(key, [previous, body], ALGORITHM)
    entry = AuditEntry.create(
        seq=seq, at=at, actor=body["actor"], action=action, target=target, old=old_text, new=new_text,
        reason=reason, algorithm=ALGORITHM, mac=entry_mac,
    )
    _pending.head[:] = [(seq, entry_mac)]
    return entry


def chain_head() -> tuple[int, str]:
    """(count, MAC of the last record): printed on every document."""
    last = AuditEntry.select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).first()
    return (0, "") if last is None else (last.seq, last.mac)


def anchor_file() -> Path:
    """One head per database file: a copy elsewhere is another file with its own history,
    while an older file put in this one's place is caught."""
    address = getattr(database.obj, "address", None)  # a server database (zqdesk.storage.server)
    where = address.display if address is not None else str(database.obj.database)
    if "://" not in where:
        where = os.path.abspath(where)
    location = hashlib.sha256(where.encode("utf-8")).hexdigest()[:12]
    return data_dir() / "anchors" / f"{database_id()}-{location}.json"


def after_commit() -> None:
    """Copy the new chain head outside the database once its records are committed."""
    if not _pending.head:
        return
    count, head = _pending.head.pop()
    path = anchor_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Own temporary name: other processes or threads of this terminal may write the anchor at once.
    temporary = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
    temporary.write_text(json.dumps({"count": count, "head": head}), encoding="utf-8")
    temporary.replace(path)


def after_rollback() -> None:
    _pending.head.clear()


def read_anchor() -> dict | None:
    try:
        return json.loads(anchor_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
