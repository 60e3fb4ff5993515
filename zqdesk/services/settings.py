"""Business settings kept in the database, so that one decision of the administrator holds on
every terminal of a review room's server (and travels with a database file): how many idle
minutes lock the screen, how often a database file is backed up while open.

Reading needs no sign-in (the window asks before anyone has signed in); changing needs the
administrator, refuses a value out of range, and is written to the audit chain with the old
value. A database that never set one reads its default.
"""

from __future__ import annotations

from dataclasses import dataclass

from zqdesk.services.access import Action, require
from zqdesk.services.errors import Refused
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.models import Setting

IDLE_LOCK_MINUTES = "idle_lock_minutes"
BACKUP_INTERVAL_MINUTES = "backup_interval_minutes"


@dataclass(frozen=True)
class Bounds:
    label: str
    default: int
    low: int
    high: int


BUSINESS = {
    IDLE_LOCK_MINUTES: Bounds("无操作锁屏时间（分钟，0为不锁定）", 10, 0, 120),
    BACKUP_INTERVAL_MINUTES: Bounds("自动备份间隔（分钟）", 5, 1, 60),
}
_PREFIX = "business/"


def read(name: str) -> int:
    """The value of a business setting, or its default."""
    bounds = _bounds(name)
    row = Setting.get_or_none(Setting.key == _PREFIX + name)
    if row is None:
        return bounds.default
    try:
        value = int(row.value)
    except ValueError:
        return bounds.default
    return value if bounds.low <= value <= bounds.high else bounds.default


def change(name: str, value: int) -> int:
    """Set a business setting (administrator); returns the value now in effect."""
    require(Action.ADMINISTER)
    bounds = _bounds(name)
    if isinstance(value, bool) or not isinstance(value, int) or not bounds.low <= value <= bounds.high:
        raise Refused(f"{bounds.label}应为{bounds.low}至{bounds.high}之间的整数，收到{value}。")
    old = read(name)
    if value == old:
        return value
    with writing():
        row = Setting.get_or_none(Setting.key == _PREFIX + name)
        if row is None:
            Setting.create(key=_PREFIX + name, value=str(value))
        else:
            Setting.update(value=str(value)).where(Setting.id == row.id).execute()
        audit.record("修改设置", f"setting/{name}", {name: old}, {name: value})
    return value


def _bounds(name: str) -> Bounds:
    try:
        return BUSINESS[name]
    except KeyError:
        raise Refused(f"没有名为“{name}”的设置。") from None
