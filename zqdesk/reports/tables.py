"""Ruled tables: header repeated on every page, rows never split across pages, progress
reported as rows reach the page.

Every cell is a ``Text`` so long names wrap with the Chinese line-breaking rules; a whole
row moves to the next page when it does not fit (reportlab splits only between rows unless
``splitInRow`` is set, which it never is here).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Table

from zqdesk.reports.job import Job
from zqdesk.reports.styles import Styles
from zqdesk.reports.text import CENTER, LEFT, RIGHT, Text

RULE = 0.5  # points; a plain black grid, as printed tables in official documents have
PAD = 2.5


@dataclass(frozen=True)
class Column:
    header: str
    width_mm: float
    align: str = LEFT


@dataclass(frozen=True)
class Row:
    """One table row. ``span`` > 1 merges that many leading cells (group heads, totals);
    ``strong`` sets the row in the heading face; ``units`` counts towards progress."""

    cells: Sequence[str]
    span: int = 1
    strong: bool = False
    units: int = 1
    align: Sequence[str] | None = field(default=None)


class ProgressTable(Table):
    """A Table that reports its rows to a Job as they are drawn, on whatever page."""

    zq_units: list[int]
    zq_job: Job | None

    def split(self, avail_width, avail_height):
        parts = super().split(avail_width, avail_height)
        if len(parts) == 2:
            head, tail = parts
            count = len(head._cellvalues)
            repeat = self.repeatRows if isinstance(self.repeatRows, int) else 0
            head.zq_units = self.zq_units[:count]
            tail.zq_units = self.zq_units[:repeat] + self.zq_units[count:]
            head.zq_job = tail.zq_job = self.zq_job
            # reportlab drops minimum row heights when it splits a table; carry them over.
            minimum = self._minRowHeights
            if minimum:
                head._minRowHeights = minimum[:count]
                tail._minRowHeights = minimum[:repeat] + minimum[count:]
        return parts

    def draw(self):
        super().draw()
        job = getattr(self, "zq_job", None)
        if job is not None:
            job.advance(sum(getattr(self, "zq_units", ())))


def ruled_table(
    columns: Sequence[Column],
    rows: Sequence[Row],
    styles: Styles,
    job: Job | None = None,
    header: bool = True,
    min_row_height_mm: float | None = None,
) -> ProgressTable:
    """A full-width ruled table of text; the header row repeats on every page."""
    data = []
    units = []
    commands = [
        ("GRID", (0, 0), (-1, -1), RULE, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    widths = [c.width_mm * mm for c in columns]
    if header:
        data.append([Text(c.header, styles.header_cell) for c in columns])
        units.append(0)
    for row in rows:
        r = len(data)
        cells = []
        for k, column in enumerate(columns):
            text = row.cells[k] if k < len(row.cells) else ""
            align = row.align[k] if row.align and k < len(row.align) else column.align
            if row.span > 1 and k == 0:
                align = row.align[0] if row.align else LEFT
            cells.append(Text(text, styles.cell_in(align, row.strong)))
        if row.span > 1:
            commands.append(("SPAN", (0, r), (row.span - 1, r)))
        data.append(cells)
        units.append(row.units)
    minimum = None
    if min_row_height_mm is not None:
        minimum = [0] * (1 if header else 0) + [min_row_height_mm * mm] * len(rows)
    table = ProgressTable(
        data, colWidths=widths, repeatRows=1 if header else 0, style=commands,
        splitByRow=1, splitInRow=0, hAlign="CENTER", minRowHeights=minimum,
    )
    table.zq_units = units
    table.zq_job = job
    return table


def fit_widths(columns: Sequence[Column], total_mm: float) -> list[Column]:
    """Scale column widths to fill the text block exactly."""
    scale = total_mm / sum(c.width_mm for c in columns)
    return [Column(c.header, c.width_mm * scale, c.align) for c in columns]


__all__ = ["CENTER", "LEFT", "RIGHT", "Column", "ProgressTable", "Row", "fit_widths", "ruled_table"]
