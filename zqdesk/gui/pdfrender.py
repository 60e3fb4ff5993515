"""PDF pages as QImages through PDFium (pypdfium2), for the preview and for printing.

QtPdf is in PySide6-Addons, which the bundle leaves out (SPEC §13); PDFium is the same engine
Chromium uses and comes as one small wheel. Pages are rendered off the UI thread (a QImage,
unlike a QPixmap, may be made in any thread). PDFium itself is not thread-safe, so every
call into it goes through one lock.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from zqdesk.services.errors import Refused

POINTS_PER_INCH = 72.0
_LOCK = threading.RLock()  # PDFium: one call at a time, whichever thread


@dataclass(frozen=True)
class PageSize:
    """A page's size in points (1/72 inch)."""

    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def pixels(self, dpi: float) -> tuple[int, int]:
        """The size PDFium renders it at `dpi` (it rounds up)."""
        scale = dpi / POINTS_PER_INCH
        return math.ceil(self.width * scale), math.ceil(self.height * scale)


class PdfPages:
    """An open PDF file: its page count and sizes, and its pages rendered at any resolution."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        with _LOCK:
            try:
                self._doc = pdfium.PdfDocument(str(self.path))
                self.sizes = [PageSize(*self._doc.get_page_size(i)) for i in range(len(self._doc))]
            except (pdfium.PdfiumError, OSError, ValueError):
                raise Refused(QCoreApplication.translate("PdfPages", "“%1”不是有效的PDF文件，或已损坏。")
                              .replace("%1", self.path.name)) from None

    def __len__(self) -> int:
        return len(self.sizes)

    @property
    def closed(self) -> bool:
        return self._doc is None

    def close(self) -> None:
        """Release the file (waits for a render under way in another thread)."""
        with _LOCK:
            if self._doc is not None:
                self._doc.close()
                self._doc = None

    def render(self, index: int, dpi: float, rotation: int = 0, rows: tuple[int, int] | None = None,
               printing: bool = False) -> QImage:
        """Page `index` (from 0) at `dpi`, turned by `rotation` degrees (0, 90, 180, 270).
        `rows` = (first, end) renders only that band of pixel rows of the full image, so a
        page at printer resolution need not be held whole in memory."""
        with _LOCK:
            if self._doc is None:
                raise Refused(QCoreApplication.translate("PdfPages", "预览已关闭。"))
            scale = dpi / POINTS_PER_INCH
            crop = (0.0, 0.0, 0.0, 0.0)
            if rows is not None:
                width, height = self.sizes[index].pixels(dpi)
                if rotation in (90, 270):
                    width, height = height, width
                first, end = max(0, rows[0]), min(height, rows[1])
                # PDFium crops in points and rounds up to pixels: a hair under each edge lands on it.
                crop = (0.0, max(0.0, (height - end - 0.01) / scale), 0.0, max(0.0, (first - 0.01) / scale))
            page = self._doc[index]
            try:
                bitmap = page.render(scale=scale, rotation=rotation, crop=crop, fill_color=(255, 255, 255, 255),
                                     rev_byteorder=True, prefer_bgrx=True, optimize_mode="print" if printing else None,
                                     may_draw_forms=False)
                try:
                    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGBX8888).copy()
                finally:
                    bitmap.close()
            finally:
                page.close()
        return image


def render_dpi(printer_dpi: int, ceiling: int = 600) -> int:
    """The resolution to rasterise at for a printer: its own, or an even fraction of it when
    that is above `ceiling` (a 1200 dpi PDF printer gets 600: half the memory four times over,
    and every printer pixel still maps onto whole rendered pixels)."""
    printer_dpi = max(int(printer_dpi), 1)
    return printer_dpi // math.ceil(printer_dpi / ceiling) if printer_dpi > ceiling else printer_dpi


def is_blank(image: QImage, samples: int = 4096) -> bool:
    """Whether an image is (almost) all one colour, sampled on a grid."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return True
    step = max(1, int(math.sqrt(image.width() * image.height() / samples)))
    first = image.pixel(0, 0)
    return all(image.pixel(x, y) == first for y in range(0, image.height(), step) for x in range(0, image.width(), step))
