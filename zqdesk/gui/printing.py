"""Printing a PDF through QPrinter: each page rendered at the printer's own resolution and
painted onto the paper (SPEC §10: print without leaving the app).

Runs off the UI thread (Qt allows QPainter on a QPrinter in any thread); the QPrintDialog
that configures the printer stays on the UI thread. A page is rendered in bands of rows, so a
1200 dpi printer never needs a whole page image in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from zqdesk.gui.pdfrender import PdfPages, render_dpi
from zqdesk.services.errors import Refused

BAND_BYTES = 24 * 1024 * 1024  # at most this much of a page image at a time


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The page indexes (from 0) the print dialog asked for: all, or a range (1-based there)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        return list(range(first - 1, last))
    return list(range(count))


def print_pdf(pages: PdfPages, printer: QPrinter, indexes: Sequence[int] | None = None,
              progress: Callable[[int, int, str], None] | None = None) -> int:
    """Paint the pages onto the printer; returns how many were printed. `progress(done,
    total, text)` may raise to cancel (tasks.Cancelled), which aborts the print job."""
    indexes = list(range(len(pages)) if indexes is None else indexes)
    if not indexes:
        raise Refused(QCoreApplication.translate("print_pdf", "没有要打印的页。"))
    if not printer.supportsMultipleCopies() and printer.copyCount() > 1:
        indexes = indexes * printer.copyCount()  # the driver cannot make copies: print them, collated
    printer.setFullPage(True)  # the PDF carries its own margins (GB/T 9704)
    dpi = render_dpi(printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        raise Refused(QCoreApplication.translate("print_pdf", "无法开始打印：打印机不可用或输出文件无法写入。"))
    try:
        for number, index in enumerate(indexes):
            if progress is not None:
                progress(number, len(indexes), QCoreApplication.translate("print_pdf", "正在打印第%1页，共%2页…")
                         .replace("%1", str(number + 1)).replace("%2", str(len(indexes))))
            if number and not printer.newPage():
                raise Refused(QCoreApplication.translate("print_pdf", "打印机拒绝了新的一页，打印中止。"))
            paint_page(painter, pages, index, printer, dpi)
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
    if progress is not None:
        progress(len(indexes), len(indexes), "")
    return len(indexes)


def paint_page(painter: QPainter, pages: PdfPages, index: int, printer: QPrinter, dpi: int) -> None:
    """One PDF page fitted to the paper (turned a quarter if its orientation differs), centred."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    size = pages.sizes[index]
    rotation = 90 if size.landscape != (paper.width() > paper.height()) else 0
    width, height = size.pixels(dpi)
    if rotation:
        width, height = height, width
    device = printer.resolution() / dpi  # printer pixels per rendered pixel
    scale = min(1.0, paper.width() / (width * device), paper.height() / (height * device)) * device
    left = paper.x() + (paper.width() - width * scale) / 2
    top = paper.y() + (paper.height() - height * scale) / 2
    band = max(64, BAND_BYTES // (width * 4))
    for first in range(0, height, band):
        image = pages.render(index, dpi, rotation, rows=(first, first + band), printing=True)
        painter.drawImage(QRectF(left, top + first * scale, image.width() * scale, image.height() * scale), image)
