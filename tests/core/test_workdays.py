"""Article 8 deadlines, counted by hand against the State Council notices (SPEC §9)."""

import sys
from datetime import date

import pytest

from zqdesk.core.workdays import CalendarDay, DueDate, WorkCalendar, package_years


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar()


def test_package_years_match_the_installed_data():
    # chinese-calendar 1.11.0 ships 2004–2026; later releases only add years at the end.
    years = package_years()
    assert min(years) == 2004
    assert 2026 in years
    assert years == frozenset(range(2004, max(years) + 1))


def test_covers(cal):
    assert cal.covers(2004) and cal.covers(2025) and cal.covers(2026)
    assert not cal.covers(2003)
    assert not cal.covers(2031)
    assert WorkCalendar(imported_years=[2031]).covers(2031)


def test_is_workday_follows_the_notice(cal):
    assert not cal.is_workday(date(2025, 10, 1))   # 国庆, a Wednesday
    assert not cal.is_workday(date(2025, 10, 8))   # last day of the 8-day holiday
    assert cal.is_workday(date(2025, 9, 28))       # Sunday, 调休上班
    assert cal.is_workday(date(2025, 10, 11))      # Saturday, 调休上班
    assert not cal.is_workday(date(2025, 10, 12))  # plain Sunday
    assert cal.is_workday(date(2025, 10, 9))       # plain Thursday


def test_due_date_across_national_day_2025(cal):
    # Received Thu 2025-09-25; 国庆 2025: Oct 1–8 off, Sun Sept 28 and Sat Oct 11 worked.
    #  1 Fri 09-26   (Sat 09-27 off)   2 Sun 09-28 (班)   3 Mon 09-29   4 Tue 09-30
    #  (Oct 1–8 off)   5 Thu 10-09   6 Fri 10-10   7 Sat 10-11 (班)   (Sun 10-12 off)
    #  8 Mon 10-13   9 Tue 10-14  10 Wed 10-15  11 Thu 10-16  12 Fri 10-17
    # 13 Mon 10-20  14 Tue 10-21  15 Wed 10-22
    assert cal.add_working_days(date(2025, 9, 25), 15) == DueDate(date(2025, 10, 22), ())


def test_receipt_day_itself_never_counts(cal):
    # Received on a working Friday: the 1st working day after is the Monday.
    assert cal.add_working_days(date(2025, 10, 17), 1).day == date(2025, 10, 20)
    # Received on the 调休 Sunday 2025-09-28: still only from the Monday on.
    assert cal.add_working_days(date(2025, 9, 28), 1).day == date(2025, 9, 29)


def test_due_date_across_spring_festival_2026(cal):
    # Received Mon 2026-02-09; 春节 2026: Feb 15–23 off, Sat Feb 14 and Sat Feb 28 worked.
    #  1 Tue 02-10   2 Wed 02-11   3 Thu 02-12   4 Fri 02-13   5 Sat 02-14 (班)
    #  (Sun 02-15 – Mon 02-23 off)   6 Tue 02-24   7 Wed 02-25   8 Thu 02-26   9 Fri 02-27
    # 10 Sat 02-28 (班)   (Sun 03-01 off)  11 Mon 03-02  12 Tue 03-03  13 Wed 03-04
    # 14 Thu 03-05  15 Fri 03-06
    assert cal.add_working_days(date(2026, 2, 9), 15) == DueDate(date(2026, 3, 6), ())


def test_year_without_data_counts_weekends_only_and_says_so(cal):
    # 2031 has no notice. Received Mon 2031-01-20 (the real 春节 falls on Jan 23, but we
    # cannot know the notice, so only weekends are off):
    #  1 Tue 01-21   2 Wed 01-22   3 Thu 01-23   4 Fri 01-24   5 Mon 01-27   6 Tue 01-28
    #  7 Wed 01-29   8 Thu 01-30   9 Fri 01-31  10 Mon 02-03  11 Tue 02-04  12 Wed 02-05
    # 13 Thu 02-06  14 Fri 02-07  15 Mon 02-10
    due = cal.add_working_days(date(2031, 1, 20), 15)
    assert due == DueDate(date(2031, 2, 10), (2031,))
    assert not due.certain


# A made-up 2031 notice, only to see an import change the count: Wed Jan 22 – Wed Jan 29
# off, Sat Jan 18 and Sat Feb 8 worked.
NOTICE_2031 = [
    *(CalendarDay(date(2031, 1, d), False, "春节") for d in range(22, 30)),
    CalendarDay(date(2031, 1, 18), True, "春节"),
    CalendarDay(date(2031, 2, 8), True, "春节"),
]


def test_imported_notice_changes_the_count():
    cal = WorkCalendar(NOTICE_2031, imported_years=[2031])
    # Received Mon 2031-01-20:
    #  1 Tue 01-21   (Wed 01-22 – Wed 01-29 off)   2 Thu 01-30   3 Fri 01-31   4 Mon 02-03
    #  5 Tue 02-04   6 Wed 02-05   7 Thu 02-06   8 Fri 02-07   9 Sat 02-08 (班)
    # 10 Mon 02-10  11 Tue 02-11  12 Wed 02-12  13 Thu 02-13  14 Fri 02-14  15 Mon 02-17
    due = cal.add_working_days(date(2031, 1, 20), 15)
    assert due == DueDate(date(2031, 2, 17), ())
    assert due.certain


def test_entries_without_a_declared_year_apply_but_do_not_cover_it():
    cal = WorkCalendar(NOTICE_2031)
    assert not cal.is_workday(date(2031, 1, 22))
    assert cal.add_working_days(date(2031, 1, 20), 15) == DueDate(date(2031, 2, 17), (2031,))


def test_imported_entry_wins_over_the_package():
    # A (hypothetical) corrected notice: Thu 2025-10-09 off as well.
    cal = WorkCalendar([CalendarDay(date(2025, 10, 9), False, "国庆节")])
    assert not cal.is_workday(date(2025, 10, 9))
    # The national-day count above loses 10-09, so everything moves one working day:
    #  4 Tue 09-30   (Oct 1–9 off)   5 Fri 10-10   6 Sat 10-11 (班)   7 Mon 10-13 ...
    # 14 Wed 10-22  15 Thu 10-23
    assert cal.add_working_days(date(2025, 9, 25), 15) == DueDate(date(2025, 10, 23), ())
    # And the other way: a day the package has off, imported as worked.
    assert WorkCalendar([CalendarDay(date(2025, 10, 8), True, "国庆节")]).is_workday(date(2025, 10, 8))


@pytest.mark.skipif(2027 in package_years(), reason="this chinese-calendar already ships 2027")
def test_uncovered_years_span_from_the_day_after_receipt(cal):
    # Received Mon 2026-12-21 (2026 covered, no holidays left in December):
    #  1 Tue 12-22  2 Wed 12-23  3 Thu 12-24  4 Fri 12-25  5 Mon 12-28  6 Tue 12-29
    #  7 Wed 12-30  8 Thu 12-31  9 Fri 2027-01-01 (no 2027 notice: a plain Friday)
    # 10 Mon 01-04 11 Tue 01-05 12 Wed 01-06 13 Thu 01-07 14 Fri 01-08 15 Mon 01-11
    assert cal.add_working_days(date(2026, 12, 21), 15) == DueDate(date(2027, 1, 11), (2027,))
    # Received on New Year's Eve of an uncovered year: only the days after it are touched.
    assert cal.add_working_days(date(2030, 12, 31), 1) == DueDate(date(2031, 1, 1), (2031,))
    # Both ends uncovered: every year in between is listed.
    assert cal.add_working_days(date(2030, 12, 20), 15).uncovered_years == (2030, 2031)


def test_n_must_be_positive(cal):
    with pytest.raises(ValueError):
        cal.add_working_days(date(2025, 1, 6), 0)


def test_days_left_positive_zero_negative(cal):
    due = date(2025, 10, 22)  # the national-day deadline above
    assert cal.working_days_left(date(2025, 9, 25), due) == 15  # on receipt: all 15
    assert cal.working_days_left(date(2025, 10, 17), due) == 3  # Mon 20, Tue 21, Wed 22
    # Across the holiday: after Tue 09-30 only Thu 10-09 remains before a Thu 10-09 due.
    assert cal.working_days_left(date(2025, 9, 30), date(2025, 10, 9)) == 1
    assert cal.working_days_left(due, due) == 0
    assert cal.working_days_left(date(2025, 10, 23), due) == -1  # Thu 23
    assert cal.working_days_left(date(2025, 10, 24), due) == -2  # Thu 23, Fri 24
    assert cal.working_days_left(date(2025, 10, 25), due) == -2  # Saturday adds nothing
    assert cal.working_days_left(date(2025, 10, 27), due) == -3  # Mon 27


def test_late_on_a_rest_day_is_still_negative(cal):
    # Due Fri 2026-03-06. On Sat 03-07 no working day has passed, but it is late: -1.
    due = date(2026, 3, 6)
    assert cal.working_days_left(date(2026, 3, 7), due) == -1
    assert cal.working_days_left(date(2026, 3, 8), due) == -1
    assert cal.working_days_left(date(2026, 3, 9), due) == -1   # Mon 09
    assert cal.working_days_left(date(2026, 3, 10), due) == -2  # Mon 09, Tue 10
    # And a due date given on a rest day ahead is never "0 left".
    assert cal.working_days_left(date(2025, 10, 1), date(2025, 10, 5)) == 1


def test_without_the_package_nothing_is_covered(monkeypatch):
    monkeypatch.setitem(sys.modules, "chinese_calendar.constants", None)  # import fails
    package_years.cache_clear()
    try:
        cal = WorkCalendar()
        assert not cal.covers(2025)
        assert cal.is_workday(date(2025, 10, 1))  # a plain Wednesday now
        # Weekends only: Fri 09-26, Mon 09-29, Tue 09-30, Wed 10-01.
        assert cal.add_working_days(date(2025, 9, 25), 4) == DueDate(date(2025, 10, 1), (2025,))
    finally:
        monkeypatch.undo()
        package_years.cache_clear()
