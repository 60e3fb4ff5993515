"""The administrator's holiday file: one State Council holiday notice as CSV (SPEC §9).

The ``chinese-calendar`` package only knows the years it was released with; each later
year's notice (published late in the year before) is imported from a file like::

    日期,类型,名称
    2026-02-14,班,春节
    2026-02-15,休,春节

one line per day: 休 for a day off (every day of the holiday period, weekends included),
班 for an adjusted working day (调休上班, a Saturday or Sunday). Dates are YYYY-MM-DD
(YYYY/M/D, as Excel and WPS re-save them, is accepted too). The file is UTF-8 with or
without BOM, or GB18030 as Excel/WPS save it (an .xlsx with the same columns is read too);
we write UTF-8 with BOM so Excel opens it without garbling the Chinese.

The years a file covers are the years of its dates. A notice's 元旦 can start in the last
days of December of the year before (the 2019 notice did), which is why a file may span
two adjacent years; years far apart are refused as a likely typo, because an imported
year counts as "covered" and would silence the 节假日安排未导入 flag.

Nothing is imported from a file with any bad row; `ImportRefused` lists every bad row
with its row number and the reason in Chinese (SPEC §8.1).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from os import PathLike
from pathlib import Path

from zqdesk.core.workdays import CalendarDay
from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.io.table import CellValue, is_blank, read_table

__all__ = ["HEADER", "HOLIDAY", "WORKDAY", "HolidayFile", "read_holiday_file", "write_holiday_file"]

HEADER = ("日期", "类型", "名称")
HOLIDAY = "休"
WORKDAY = "班"

_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class HolidayFile:
    """A parsed holiday file: the years it covers and its days in date order."""

    years: tuple[int, ...]
    entries: list[CalendarDay]


def read_holiday_file(path: str | PathLike[str]) -> HolidayFile:
    """Read and check a holiday file; raise `ImportRefused` listing every bad row.

    Decoding, blank lines and row numbering are the import tables' (`read_table`), so a
    holiday file behaves like every other file the app imports (an .xlsx works too).
    """
    table = read_table(path)
    name = table.file
    header = list(table.header)
    while header and not header[-1]:
        header.pop()
    if tuple(header) != HEADER:
        raise ImportRefused.single(name, f"表头应为「{','.join(HEADER)}」，实为「{','.join(header)}」", row=1)
    errors: list[RowError] = []
    entries: list[tuple[int, CalendarDay]] = []
    seen: dict[date, int] = {}
    for row in table.rows:
        cells = list(row.cells)
        # Spreadsheets pad rows with empty cells; only a filled extra cell is an error.
        while cells and is_blank(cells[-1]):
            cells.pop()
        if len(cells) > len(HEADER):
            errors.append(RowError(name, row.number, None, f"应有 {len(HEADER)} 列，实有 {len(cells)} 列"))
            continue
        cells += [None] * (len(HEADER) - len(cells))
        entry, row_errors = _parse_row(name, row.number, *cells)
        errors += row_errors
        if entry is None:
            continue
        if entry.day in seen:
            errors.append(RowError(name, row.number, "日期", f"{entry.day.isoformat()} 与第{seen[entry.day]}行重复"))
            continue
        seen[entry.day] = row.number
        entries.append((row.number, entry))
    if not errors and not entries:
        errors.append(RowError(name, None, None, "文件中没有任何日期"))
    errors += _stray_years(name, entries)
    if errors:
        errors.sort(key=lambda e: e.row or 0)
        raise ImportRefused(errors)
    days = sorted((entry for _, entry in entries), key=lambda e: e.day)
    return HolidayFile(tuple(sorted({e.day.year for e in days})), days)


def write_holiday_file(path: str | PathLike[str], entries: Iterable[CalendarDay]) -> None:
    """Write ``entries`` in date order, in the format `read_holiday_file` reads."""
    days = sorted(entries, key=lambda e: e.day)
    for before, after in zip(days, days[1:]):
        if before.day == after.day:
            raise ValueError(f"duplicate day {after.day.isoformat()}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for e in days:
        writer.writerow([e.day.isoformat(), WORKDAY if e.is_workday else HOLIDAY, e.name])
    # BOM: Excel on a Chinese Windows reads a BOM-less CSV as GBK and garbles it.
    Path(path).write_text(out.getvalue(), encoding="utf-8-sig", newline="")


def _parse_row(
    name: str, number: int, day_cell: CellValue, kind_cell: CellValue, name_cell: CellValue,
) -> tuple[CalendarDay | None, list[RowError]]:
    errors = []
    day = _parse_date(day_cell)
    kind = _text(kind_cell)
    holiday = _text(name_cell)
    if day is None:
        errors.append(RowError(name, number, "日期", f"「{_text(day_cell)}」不是有效日期，应为 YYYY-MM-DD"))
    if kind not in (HOLIDAY, WORKDAY):
        errors.append(RowError(name, number, "类型", f"「{kind}」应为「{HOLIDAY}」或「{WORKDAY}」"))
    if not holiday:
        errors.append(RowError(name, number, "名称", "名称为空"))
    # A 班 on a weekday changes nothing, so it is a mistyped date or type, not a notice.
    if day is not None and kind == WORKDAY and day.weekday() < 5:
        errors.append(RowError(
            name, number, "类型", f"调休上班日应为周六或周日，{day.isoformat()} 是星期{_WEEKDAYS[day.weekday()]}"))
    if errors:
        return None, errors
    return CalendarDay(day, kind == WORKDAY, holiday), []


def _text(cell: CellValue) -> str:
    return "" if is_blank(cell) else str(cell).strip()


def _parse_date(cell: CellValue) -> date | None:
    if isinstance(cell, datetime):  # an xlsx date cell
        return cell.date()
    if isinstance(cell, date):
        return cell
    match = _DATE.fullmatch(_text(cell))
    if match is None:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def _stray_years(name: str, entries: list[tuple[int, CalendarDay]]) -> list[RowError]:
    """Rows whose year is cut off from the file's main run of adjacent years (a typo)."""
    by_year: dict[int, list[int]] = {}
    for row, entry in entries:
        by_year.setdefault(entry.day.year, []).append(row)
    runs: list[list[int]] = []
    for year in sorted(by_year):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    if len(runs) <= 1:
        return []
    main = max(runs, key=lambda run: sum(len(by_year[y]) for y in run))
    span = f"{main[0]}" if len(main) == 1 else f"{main[0]}–{main[-1]}"
    return [
        RowError(name, row, "日期", f"{year} 年与文件其余日期（{span} 年）不相连，疑为笔误")
        for run in runs if run is not main
        for year in run
        for row in by_year[year]
    ]
