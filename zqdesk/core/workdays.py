"""Working-day arithmetic for the article 8 deadline (SPEC §5 R2, §9).

Article 8 (第八条): a special application's pre-review opinion is due "within 15 working
days". The count starts on the day after receipt: the due date is the 15th working day
after the receipt date, and the receipt date itself never counts, even when it is a
working day.

Which days are working days follows the State Council's annual holiday notice:
statutory holidays (放假) are days off even on a weekday, and adjusted working days
(调休上班, always a Saturday or Sunday) are working days. The notices come from two
places:

* the ``chinese-calendar`` package, for the years it ships data for (1.11.0: 2004–2026);
* holiday files the administrator imports for later years (``zqdesk.io.holidays``),
  passed in here as :class:`CalendarDay` entries plus the years they cover completely.

An imported entry wins over the package for the same day, so a corrected notice can be
imported without waiting for a package release. A year covered by neither source is
computed on weekends alone, and every result that touches such a year says so
(:attr:`DueDate.uncovered_years`) so the caller can flag "节假日安排未导入" rather than
present a possibly wrong date as certain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

__all__ = ["CalendarDay", "DueDate", "WorkCalendar", "package_years"]

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class CalendarDay:
    """One day of a holiday notice.

    ``is_workday`` is False for a statutory holiday (休) and True for an adjusted
    working day (班, 调休). ``name`` is the holiday it belongs to, e.g. "国庆节".
    """

    day: date
    is_workday: bool
    name: str


@dataclass(frozen=True)
class DueDate:
    """A computed deadline and the years it was computed without holiday data."""

    day: date
    uncovered_years: tuple[int, ...]

    @property
    def certain(self) -> bool:
        """False when the date rests on weekends alone for some year (节假日安排未导入)."""
        return not self.uncovered_years


@cache
def package_years() -> frozenset[int]:
    """Years the installed ``chinese-calendar`` has holiday data for.

    The package decides this itself from the first and last year of its ``holidays``
    table (``utils._validate_date``) and raises for any other year; we read the same
    bounds so our notion of "covered" matches exactly when the package will answer.
    Without the package nothing is covered, and deadlines fall back to weekends with
    the uncovered flag rather than failing.
    """
    try:
        from chinese_calendar.constants import holidays
    except ImportError:
        return frozenset()
    if not holidays:
        return frozenset()
    return frozenset(range(min(holidays).year, max(holidays).year + 1))


@cache
def _package_is_workday(day: date) -> bool:
    # Only called for years in package_years(), so the package cannot raise here.
    # Cached because the package checks the year bounds with min() and max() over its whole
    # holiday table on every call (~15 µs), and a meeting's deadlines ask about the same few
    # hundred days over and over; the package's data cannot change while the app runs.
    import chinese_calendar

    return bool(chinese_calendar.is_workday(day))


class WorkCalendar:
    """Decides working days from the package and the administrator's imported notices."""

    def __init__(self, imported: Iterable[CalendarDay] = (), imported_years: Iterable[int] = ()) -> None:
        # Later entries for the same day replace earlier ones, like a re-import would.
        self._imported: dict[date, CalendarDay] = {entry.day: entry for entry in imported}
        self._covered: frozenset[int] = package_years() | frozenset(imported_years)

    def covers(self, year: int) -> bool:
        """Whether holiday data exists for ``year`` (package or a complete imported file)."""
        return year in self._covered

    def is_workday(self, day: date) -> bool:
        """Whether ``day`` is a working day; Monday–Friday in a year without data."""
        entry = self._imported.get(day)
        if entry is not None:
            return entry.is_workday
        if day.year in package_years():
            return _package_is_workday(day)
        return day.weekday() < 5

    def add_working_days(self, start: date, n: int) -> DueDate:
        """The ``n``-th working day after ``start`` (``start`` itself never counts).

        ``uncovered_years`` lists, in order, the years from ``start + 1 day`` to the
        result that have no holiday data: those are the years the count had to guess.
        ``n`` must be at least 1; "the 0th working day after" has no sensible meaning
        for a deadline.
        """
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")
        day = start
        remaining = n
        while remaining:
            day += _ONE_DAY
            if self.is_workday(day):
                remaining -= 1
        years = range((start + _ONE_DAY).year, day.year + 1)
        return DueDate(day, tuple(y for y in years if not self.covers(y)))

    def working_days_left(self, today: date, due: date) -> int:
        """Signed working days between ``today`` and ``due``; the sign says whether it is late.

        * ``today < due``: the number of working days ``d`` with ``today < d <= due``
          (today is already being spent, the due day is still available), at least 1;
        * ``today == due``: 0 (the last day);
        * ``today > due`` (逾期): minus the number of working days ``d`` with
          ``due < d <= today``, at least 1 in size.

        The floor of 1 matters on rest days: on the Saturday after a Friday deadline no
        working day has passed yet, but the opinion is already late, and a 0 would read
        as "due today". With the floor, ``result < 0`` exactly when ``today > due`` and
        ``result == 0`` exactly when ``today == due``.
        """
        if today == due:
            return 0
        if today < due:
            return max(1, self._count_workdays(today, due))
        return -max(1, self._count_workdays(due, today))

    def _count_workdays(self, after: date, through: date) -> int:
        """Working days ``d`` with ``after < d <= through``."""
        count = 0
        day = after + _ONE_DAY
        while day <= through:
            count += self.is_workday(day)
            day += _ONE_DAY
        return count
