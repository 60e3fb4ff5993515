"""The working-day calendar: the package's years plus the administrator's imported years."""

from pathlib import Path

from zqdesk.core.workdays import CalendarDay, WorkCalendar
from zqdesk.io.holidays import read_holiday_file
from zqdesk.services.access import Action, require
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.models import CalendarEntry, CalendarYear


def load_calendar() -> WorkCalendar:
    entries = [CalendarDay(e.day, e.is_workday, e.name) for e in CalendarEntry.select()]
    years = [y.year for y in CalendarYear.select()]
    return WorkCalendar(entries, years)


def import_holidays(path: Path | str) -> int:
    """Import an administrator's holiday file and return the year it arranges.

    A file is for its latest year; a few days of the year before (元旦 starting on 31
    December) are taken as given but do not mark that earlier year as complete. Importing a
    year again replaces it whole.
    """
    require(Action.ADMINISTER)
    path = Path(path)
    holiday_file = read_holiday_file(path)
    year = max(holiday_file.years)
    days = [entry.day for entry in holiday_file.entries]
    with writing():
        CalendarEntry.delete().where(
            ((CalendarEntry.day >= f"{year}-01-01") & (CalendarEntry.day <= f"{year}-12-31"))
            | CalendarEntry.day.in_(days)
        ).execute()
        CalendarYear.delete().where(CalendarYear.year == year).execute()
        CalendarYear.create(year=year, source=path.name)
        for entry in holiday_file.entries:
            CalendarEntry.create(day=entry.day, is_workday=entry.is_workday, name=entry.name)
        audit.record("导入节假日安排", f"calendar/{year}", None,
                     [[e.day, e.is_workday, e.name] for e in holiday_file.entries], path.name)
    return year
