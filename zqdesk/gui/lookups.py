"""Small read-only look-ups the screens need and the services do not (yet) offer; each reads
one table and writes nothing. Listed in the GUI engineer's report as services wished for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from zqdesk.storage.models import Account, CalendarYear


@dataclass(frozen=True)
class ImportedYear:
    year: int
    source: str
    imported_at: datetime | None


def imported_calendar_years() -> list[ImportedYear]:
    """The years whose holiday arrangement the administrator imported (services.calendar)."""
    return [ImportedYear(row.year, row.source, row.imported_at)
            for row in CalendarYear.select().order_by(CalendarYear.year)]


def account_username(user_id: int | None) -> str | None:
    """The login name of a staff account, to check the password of whoever is signed in."""
    if user_id is None:
        return None
    row = Account.get_or_none(Account.id == user_id)
    return row.username if row is not None else None
