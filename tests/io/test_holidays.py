"""The administrator's holiday file (SPEC §9): format, refusals, and its effect on deadlines."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from zqdesk.core.workdays import CalendarDay, DueDate, WorkCalendar
from zqdesk.io.errors import ImportRefused
from zqdesk.io.holidays import read_holiday_file, write_holiday_file

SEED_2026 = Path(__file__).resolve().parents[2] / "db" / "holidays" / "2026.csv"

# A made-up 2031 notice (the real one does not exist yet): Wed Jan 22 – Wed Jan 29 off,
# Sat Jan 18 and Sat Feb 8 worked.
NOTICE_2031 = """日期,类型,名称
2031-01-18,班,春节
2031-01-22,休,春节
2031-01-23,休,春节
2031-01-24,休,春节
2031-01-25,休,春节
2031-01-26,休,春节
2031-01-27,休,春节
2031-01-28,休,春节
2031-01-29,休,春节
2031-02-08,班,春节
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "notice.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def refusal(path: Path) -> list[tuple[int | None, str | None]]:
    with pytest.raises(ImportRefused) as caught:
        read_holiday_file(path)
    return [(e.row, e.column) for e in caught.value.errors]


def test_seed_2026_is_the_packages_notice():
    import chinese_calendar

    notice = read_holiday_file(SEED_2026)
    assert notice.years == (2026,)
    by_day = {e.day: e for e in notice.entries}
    day = date(2026, 1, 1)
    while day.year == 2026:
        from_file = by_day[day].is_workday if day in by_day else day.weekday() < 5
        assert from_file == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)
    assert by_day[date(2026, 2, 14)] == CalendarDay(date(2026, 2, 14), True, "春节")
    assert by_day[date(2026, 10, 7)] == CalendarDay(date(2026, 10, 7), False, "国庆节")


def test_imported_file_changes_the_deadline(tmp_path):
    notice = read_holiday_file(write(tmp_path, NOTICE_2031))
    assert notice.years == (2031,)
    assert len(notice.entries) == 10
    # Without the file: weekends only, Mon 2031-01-20 + 15 = Mon 02-10, flagged.
    assert WorkCalendar().add_working_days(date(2031, 1, 20), 15) == DueDate(date(2031, 2, 10), (2031,))
    # With it:  1 Tue 01-21  (Jan 22–29 off)  2 Thu 01-30  3 Fri 01-31  4 Mon 02-03
    # 5 Tue 02-04  6 Wed 02-05  7 Thu 02-06  8 Fri 02-07  9 Sat 02-08 (班)  10 Mon 02-10
    # 11 Tue 02-11  12 Wed 02-12  13 Thu 02-13  14 Fri 02-14  15 Mon 02-17
    cal = WorkCalendar(notice.entries, notice.years)
    assert cal.add_working_days(date(2031, 1, 20), 15) == DueDate(date(2031, 2, 17), ())


def test_write_then_read_round_trips(tmp_path):
    entries = [
        CalendarDay(date(2031, 2, 8), True, "春节"),
        CalendarDay(date(2031, 1, 22), False, "春节"),
    ]
    path = tmp_path / "2031.csv"
    write_holiday_file(path, entries)
    assert path.read_bytes().startswith("\ufeff日期,类型,名称\r\n".encode())
    notice = read_holiday_file(path)
    assert notice.entries == sorted(entries, key=lambda e: e.day)
    assert notice.years == (2031,)


def test_write_refuses_a_day_twice(tmp_path):
    with pytest.raises(ValueError):
        write_holiday_file(tmp_path / "x.csv", [CalendarDay(date(2031, 1, 22), False, "春节")] * 2)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_encodings(tmp_path, encoding):
    notice = read_holiday_file(write(tmp_path, NOTICE_2031, encoding))
    assert notice.entries[0] == CalendarDay(date(2031, 1, 18), True, "春节")


def test_spreadsheet_habits_are_accepted(tmp_path):
    # Excel re-saves dates as YYYY/M/D, pads with empty cells and leaves blank lines.
    text = "日期,类型,名称,,\r\n2031/1/22, 休 ,春节,,\r\n\r\n2031/2/8,班,春节\r\n,,\r\n"
    notice = read_holiday_file(write(tmp_path, text))
    assert notice.entries == [
        CalendarDay(date(2031, 1, 22), False, "春节"),
        CalendarDay(date(2031, 2, 8), True, "春节"),
    ]


def test_every_bad_row_is_listed_with_its_number_and_reason(tmp_path):
    text = "\n".join([
        "日期,类型,名称",
        "2031-01-22,休,春节",       # 2 fine
        "2031-02-30,休,春节",       # 3 no such date
        "2031-01-23,放假,春节",     # 4 type must be 休/班
        "2031-01-24,休,",           # 5 name missing
        "2031-01-27,班,春节",       # 6 a Monday cannot be an adjusted working day
        "2031-01-22,休,春节",       # 7 same day as row 2
        "2031-01-25,休,春节,多余",  # 8 a fourth column
        "31-1-26,班,",              # 9 bad date and no name
        "",
    ])
    path = write(tmp_path, text, name="2031.csv")
    with pytest.raises(ImportRefused) as caught:
        read_holiday_file(path)
    errors = caught.value.errors
    assert [(e.row, e.column) for e in errors] == [
        (3, "日期"), (4, "类型"), (5, "名称"), (6, "类型"), (7, "日期"), (8, None), (9, "日期"), (9, "名称"),
    ]
    assert all(e.file == "2031.csv" for e in errors)
    message = str(caught.value)
    assert "2031.csv 第3行「日期」：「2031-02-30」不是有效日期" in message
    assert "「放假」应为「休」或「班」" in message
    assert "2031-01-27 是星期一" in message
    assert "与第2行重复" in message
    assert "应有 3 列，实有 4 列" in message


def test_wrong_header_is_refused(tmp_path):
    assert refusal(write(tmp_path, "date,type,name\n2031-01-22,休,春节\n")) == [(1, None)]


def test_a_file_without_days_is_refused(tmp_path):
    assert refusal(write(tmp_path, "日期,类型,名称\n\n")) == [(None, None)]


def test_new_years_day_may_start_in_december(tmp_path):
    # The 2019 notice: Dec 30, 2018 – Jan 1, 2019 off, Sat Dec 29, 2018 worked.
    text = "日期,类型,名称\n2018-12-29,班,元旦\n2018-12-30,休,元旦\n2018-12-31,休,元旦\n2019-01-01,休,元旦\n"
    assert read_holiday_file(write(tmp_path, text)).years == (2018, 2019)


def test_a_year_far_from_the_rest_is_a_typo(tmp_path):
    # 2062 for 2026: importing it would mark 2062 as covered and hide the flag.
    text = "日期,类型,名称\n2026-10-01,休,国庆节\n2062-10-02,休,国庆节\n2026-10-03,休,国庆节\n"
    with pytest.raises(ImportRefused) as caught:
        read_holiday_file(write(tmp_path, text))
    [error] = caught.value.errors
    assert (error.row, error.column) == (3, "日期")
    assert "2062 年与文件其余日期（2026 年）不相连" in error.reason


def test_xlsx_with_date_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日期", "类型", "名称"])
    sheet.append([date(2031, 1, 22), "休", "春节"])
    path = tmp_path / "2031.xlsx"
    book.save(path)
    assert read_holiday_file(path).entries == [CalendarDay(date(2031, 1, 22), False, "春节")]
