"""Ruled tables: the header row repeated on every page, rows never split across pages,
progress reported as rows reach the paper.

The table is laid out page by page here rather than by reportlab's Table.split: every
row's height is measured once, each page takes the rows that fit and becomes a small
reportlab Table of its own. reportlab re-examines the whole remainder of a table at every
page break (its span bookkeeping is proportional to the rows left), which made a 2,000-row
plan several times slower than the same rows as plain strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from zqdesk.reports.job import Job
from zqdesk.reports.styles import Styles
from zqdesk.reports.text import CENTER, LEFT, RIGHT, Text, draw_texts, measure

RULE = 0.5  # points; a plain black grid, as printed tables in official documents have
PAD = 2.5


@dataclass(frozen=True)
class Column:
    header: str
    width_mm: float
    align: str = LEFT
    strong: bool = False  # a column of labels, set in the heading face
    fit: bool = False  # codes and amounts never wrap: the column widens to its widest cell
    flex: bool = False  # gives up the width the fitted columns need


@dataclass(frozen=True)
class Row:
    """One table row. ``span`` > 1 merges that many leading cells (group heads, totals);
    ``strong`` sets the row in the heading face; ``units`` counts towards progress."""

    cells: Sequence[str]
    span: int = 1
    strong: bool = False
    units: int = 1
    align: Sequence[str] | None = field(default=None)
    merge: Sequence[tuple[int, int]] = ()  # further (first, last) column ranges to merge

    def ranges(self) -> list[tuple[int, int]]:
        spans = [(0, self.span - 1)] if self.span > 1 else []
        return spans + list(self.merge)


class _Page(Table):
    """One page's share of a RuledTable; draws its cells' text in one go and reports its
    rows when drawn."""

    def _drawCell(self, cellval, cellstyle, pos, size):
        cell = cellval[0] if isinstance(cellval, (tuple, list)) and len(cellval) == 1 else cellval
        if not isinstance(cell, Text):
            return super()._drawCell(cellval, cellstyle, pos, size)
        (x, y), (width, height) = pos, size
        box = cell.wrap(width - 2 * PAD, height)[1]
        self._zq_cells.append((cell, x + PAD, y + (height - box) / 2))

    def draw(self):
        self._zq_cells = []
        super().draw()
        draw_texts(self.canv, self._zq_cells)
        if self.zq_job is not None:
            self.zq_job.advance(self.zq_units)


@dataclass
class _Body:
    """Cells, heights and bookkeeping shared by every piece of one table."""

    widths: list[float]
    header: list[Text] | None
    header_height: float
    rows: list[list[Text]]
    spans: list[list[tuple[int, int]]]
    heights: list[float]
    units: list[int]
    commands: list
    job: Job | None


class RuledTable(Flowable):
    """A full-width ruled table of text that breaks between rows, header on every page."""

    def __init__(self, body: _Body, start: int = 0):
        super().__init__()
        self._body = body
        self._start = start
        self.width = sum(body.widths)
        self.height = body.header_height + sum(body.heights[start:])

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def split(self, avail_width, avail_height):
        body = self._body
        room = avail_height - body.header_height
        end = self._start
        while end < len(body.rows) and body.heights[end] <= room + 1e-6:
            room -= body.heights[end]
            end += 1
        if end == self._start:
            return []
        if end == len(body.rows):
            return [self]
        return [self._page(self._start, end), RuledTable(body, end)]

    def draw(self):
        page = self._page(self._start, len(self._body.rows))
        page.wrapOn(self.canv, self.width, self.height)
        page.drawOn(self.canv, 0, 0)

    def _page(self, start: int, end: int) -> _Page:
        body = self._body
        offset = 1 if body.header else 0
        data = ([body.header] if body.header else []) + body.rows[start:end]
        heights = ([body.header_height] if body.header else []) + body.heights[start:end]
        commands = list(body.commands)
        for r in range(start, end):
            for first, last in body.spans[r]:
                commands.append(("SPAN", (first, r - start + offset), (last, r - start + offset)))
        page = _Page(data, colWidths=body.widths, rowHeights=heights, style=commands, hAlign="CENTER")
        page.zq_job = body.job
        page.zq_units = sum(body.units[start:end])
        return page


def _height(cells: Sequence[Text], widths: Sequence[float], spans: Sequence[tuple[int, int]], minimum: float) -> float:
    covered = {k: (first, last) for first, last in spans for k in range(first, last + 1)}
    tallest = 0.0
    for k, cell in enumerate(cells):
        first, last = covered.get(k, (k, k))
        if k != first:
            continue
        width = sum(widths[first:last + 1]) - 2 * PAD
        tallest = max(tallest, cell.wrap(width, 1e9)[1])
    return max(tallest + 2 * PAD, minimum)


def ruled_table(
    columns: Sequence[Column],
    rows: Sequence[Row],
    styles: Styles,
    job: Job | None = None,
    header: bool = True,
    min_row_height_mm: float | None = None,
) -> RuledTable:
    """A full-width ruled table of text; the header row repeats on every page."""
    widths = _fitted_widths(columns, rows, styles)
    minimum = (min_row_height_mm or 0.0) * mm
    head = [Text(c.header, styles.header_cell) for c in columns] if header else None
    cells, spans, heights, units = [], [], [], []
    looks: dict[tuple[str, bool], object] = {}
    for row in rows:
        line = []
        for k, column in enumerate(columns):
            text = row.cells[k] if k < len(row.cells) else ""
            align = row.align[k] if row.align and k < len(row.align) else column.align
            if row.span > 1 and k == 0 and not row.align:
                align = LEFT
            look = (align, row.strong or column.strong)
            style = looks.get(look)
            if style is None:
                style = looks[look] = styles.cell_in(*look)
            line.append(Text(text, style))
        cells.append(line)
        spans.append(row.ranges())
        heights.append(_height(line, widths, spans[-1], minimum))
        units.append(row.units)
    # Only the grid: _Page places every cell itself (padding, vertical centring) and the row
    # heights are given, so reportlab's per-cell font and padding settings would go unused
    # while costing a pass over every cell of every page.
    commands = [("GRID", (0, 0), (-1, -1), RULE, (0, 0, 0))]
    header_height = _height(head, widths, [], 0.0) if head else 0.0
    return RuledTable(_Body(widths, head, header_height, cells, spans, heights, units, commands, job))


def _fitted_widths(columns: Sequence[Column], rows: Sequence[Row], styles: Styles) -> list[float]:
    """Column widths in points, widened where a fitted column's widest cell needs it; the
    flexible columns (or else the widest other one) give up the difference."""
    widths = [c.width_mm * mm for c in columns]
    fitted = [k for k, c in enumerate(columns) if c.fit]
    if not fitted:
        return widths
    need = dict.fromkeys(fitted, 0.0)
    for row in rows:
        covered = {k for first, last in row.ranges() for k in range(first, last + 1)}
        for k in fitted:
            if k < len(row.cells) and k not in covered:
                style = styles.strong_cell if (row.strong or columns[k].strong) else styles.cell
                need[k] = max(need[k], measure(row.cells[k], style) + 2 * PAD + 0.5)
    grow = {k: need[k] - widths[k] for k in fitted if need[k] > widths[k]}
    if not grow:
        return widths
    donors = [k for k, c in enumerate(columns) if c.flex] or [
        max((k for k in range(len(columns)) if k not in need), key=lambda k: widths[k])
    ]
    pool = sum(widths[k] for k in donors)
    for k, extra in grow.items():
        widths[k] += extra
    taken = sum(grow.values())
    for k in donors:
        widths[k] -= taken * widths[k] / pool
    return widths


def fit_widths(columns: Sequence[Column], total_mm: float) -> list[Column]:
    """Scale column widths to fill the text block exactly."""
    scale = total_mm / sum(c.width_mm for c in columns)
    return [Column(c.header, c.width_mm * scale, c.align, c.strong, c.fit, c.flex) for c in columns]


__all__ = ["CENTER", "LEFT", "RIGHT", "Column", "Row", "RuledTable", "fit_widths", "ruled_table"]
