"""The in-app PDF preview (SPEC §10): page thumbnails, one page at a time with zoom, 打印… through
the system's printers and 另存为…. Documents written by the 文书 page and PDF attachments open
here. Pages are rendered off the UI thread (zqdesk.gui.pdfrender); printing paints them at
the printer's own resolution (zqdesk.gui.printing)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPageSize, QPixmap, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QLabel, QListView, QPushButton, QScrollArea, QSpinBox,
    QSplitter, QVBoxLayout, QWidget,
)

from zqdesk.gui import tasks
from zqdesk.gui.dialogs.files import save_file_name
from zqdesk.gui.models.thumbnails import THUMB_WIDTH, ThumbnailModel
from zqdesk.gui.pdfrender import POINTS_PER_INCH, PdfPages
from zqdesk.gui.printing import pages_to_print, print_pdf
from zqdesk.gui.widgets.progress import run_with_progress

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"
_CACHE = 6  # rendered pages kept for paging back and forth


class PreviewDialog(QDialog):
    """A PDF file in a window of its own; the file is only read, never changed."""

    printed = Signal(int)  # pages printed
    page_shown = Signal(int)  # page index (from 0) now on screen

    def __init__(self, parent: QWidget | None, path: Path | str, title: str = "", save_name: str = "") -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.path = Path(path)
        self.title = title or self.path.stem
        self.save_name = save_name or self.path.name
        self.pages: PdfPages | None = None
        self.current = 0
        self.zoom: str | float = FIT_WIDTH
        self.last_image: QImage | None = None  # the page image on screen (tests look at it)
        self._rendered: dict[tuple[int, int], QImage] = {}
        self._page_task: tasks.Task | None = None
        self._thumb_task: tasks.Task | None = None
        self._printer: QPrinter | None = None
        self._print_task: tasks.Task | None = None
        self.setWindowTitle(self.tr("预览 — %1").replace("%1", self.title))

        self.print_button = QPushButton(self.tr("打印…"), self)
        self.save_button = QPushButton(self.tr("另存为…"), self)
        self.previous_button = QPushButton(self.tr("上一页"), self)
        self.next_button = QPushButton(self.tr("下一页"), self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setAccessibleName(self.tr("页码"))
        self.page_total = QLabel(self)
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.addItem(self.tr("适合页宽"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("整页"), FIT_PAGE)
        for zoom in ZOOMS:
            self.zoom_combo.addItem(f"{zoom:.0%}", zoom)
        self.zoom_combo.setAccessibleName(self.tr("缩放"))
        self.smaller_button = QPushButton(self.tr("缩小"), self)
        self.larger_button = QPushButton(self.tr("放大"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        bar = QHBoxLayout()
        for widget in (self.print_button, self.save_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("第"), self))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(self.smaller_button)
        bar.addWidget(self.zoom_combo)
        bar.addWidget(self.larger_button)
        bar.addStretch(1)
        bar.addWidget(self.close_button)

        self.thumbnails = ThumbnailModel(self)
        self.thumb_view = QListView(self)
        self.thumb_view.setModel(self.thumbnails)
        self.thumb_view.setViewMode(QListView.ViewMode.IconMode)
        self.thumb_view.setFlow(QListView.Flow.TopToBottom)
        self.thumb_view.setWrapping(False)
        self.thumb_view.setMovement(QListView.Movement.Static)
        self.thumb_view.setUniformItemSizes(True)
        self.thumb_view.setSpacing(6)
        self.thumb_view.setIconSize(self.thumbnails.icon_size)
        self.thumb_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.thumb_view.setAccessibleName(self.tr("页面缩略图"))
        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setStyleSheet("background: white;")
        self.scroll = QScrollArea(self)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #6b7280; }")
        self.scroll.setWidget(self.page_label)
        self.scroll.setAccessibleName(self.tr("页面"))
        split = QSplitter(self)
        split.addWidget(self.thumb_view)
        split.addWidget(self.scroll)
        split.setStretchFactor(1, 1)
        split.setSizes([THUMB_WIDTH + 48, 900])
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.state)

        self._resize_timer = QTimer(self, singleShot=True, interval=120)
        self._resize_timer.timeout.connect(self._show_current)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.previous_button.clicked.connect(lambda: self.show_page(self.current - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.current + 1))
        self.page_spin.valueChanged.connect(lambda value: self.show_page(value - 1))
        self.zoom_combo.activated.connect(lambda _i: self.set_zoom(self.zoom_combo.currentData()))
        self.smaller_button.clicked.connect(lambda: self.step_zoom(-1))
        self.larger_button.clicked.connect(lambda: self.step_zoom(+1))
        self.close_button.clicked.connect(self.close)
        self.thumb_view.clicked.connect(lambda index: self.show_page(index.row()))
        for keys, slot in ((QKeySequence.StandardKey.MoveToNextPage, lambda: self.show_page(self.current + 1)),
                           (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.show_page(self.current - 1)),
                           (QKeySequence.StandardKey.MoveToStartOfDocument, lambda: self.show_page(0)),
                           (QKeySequence.StandardKey.MoveToEndOfDocument, lambda: self.show_page(len(self.pages or ()) - 1)),
                           (QKeySequence.StandardKey.Print, self.print_document),
                           (QKeySequence.StandardKey.Save, self.save_as),
                           (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1))):
            QShortcut(QKeySequence(keys), self, slot)
        self._enable(False)
        self.state.setText(self.tr("正在打开“%1”…").replace("%1", self.path.name))
        if parent is not None:
            screen = parent.window().size()
            self.resize(max(820, int(screen.width() * 0.8)), max(640, int(screen.height() * 0.9)))
        else:
            self.resize(1000, 800)
        path = self.path
        self._page_task = tasks.run(lambda: PdfPages(path), self._opened, self._failed)

    # -- opening ------------------------------------------------------------------------
    def _enable(self, on: bool) -> None:
        for widget in (self.print_button, self.save_button, self.previous_button, self.next_button, self.page_spin,
                       self.zoom_combo, self.smaller_button, self.larger_button):
            widget.setEnabled(on)

    def _opened(self, pages: PdfPages) -> None:
        self.pages = pages
        count = len(pages)
        self._enable(count > 0)
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, count))
        self.page_spin.blockSignals(False)
        self.page_total.setText(self.tr("/ %1 页").replace("%1", str(count)))
        first = pages.sizes[0] if count else None
        ratio = first.height / first.width if first else 1.42
        icon = QSize(THUMB_WIDTH, int(THUMB_WIDTH * ratio))
        self.thumbnails.set_count(count, icon)
        self.thumb_view.setIconSize(icon)
        self.thumb_view.setFixedWidth(THUMB_WIDTH + 48)
        self.show_page(0)
        self._next_thumbnail(0)

    def _failed(self, error: BaseException) -> None:
        self.state.setStyleSheet("color: #b42318;")
        self.state.setText(str(error))
        if not isinstance(error, Exception):
            raise error

    @property
    def page_count(self) -> int:
        return len(self.pages) if self.pages is not None else 0

    # -- showing a page -----------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if self.pages is None or not 0 <= index < len(self.pages):
            return
        self.current = index
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self.thumb_view.setCurrentIndex(self.thumbnails.index(index))
        self.scroll.verticalScrollBar().setValue(0)
        self._show_current()

    def set_zoom(self, zoom: str | float) -> None:
        self.zoom = zoom
        found = self.zoom_combo.findData(zoom)
        if found >= 0:
            self.zoom_combo.setCurrentIndex(found)
        self._show_current()

    def step_zoom(self, direction: int) -> None:
        now = self._zoom_factor()
        if direction > 0:
            self.set_zoom(next((z for z in ZOOMS if z > now + 0.01), ZOOMS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOMS) if z < now - 0.01), ZOOMS[0]))

    def _zoom_factor(self) -> float:
        """Screen size over the page's real size (1.0 = as large as on paper)."""
        if self.pages is None:
            return 1.0
        size = self.pages.sizes[self.current]
        inch = self.logicalDpiX()
        if self.zoom == FIT_WIDTH or self.zoom == FIT_PAGE:
            room = self.scroll.viewport().size()
            by_width = (room.width() - 24) / (size.width / POINTS_PER_INCH * inch)
            if self.zoom == FIT_WIDTH:
                return max(0.1, by_width)
            by_height = (room.height() - 24) / (size.height / POINTS_PER_INCH * inch)
            return max(0.1, min(by_width, by_height))
        return float(self.zoom)

    def _show_current(self) -> None:
        if self.pages is None:
            return
        ratio = self.devicePixelRatioF()
        dpi = round(self.logicalDpiX() * self._zoom_factor() * ratio)
        index = self.current
        size = self.pages.sizes[index]
        paper = self.tr("%1×%2毫米").replace("%1", f"{size.width / POINTS_PER_INCH * 25.4:.0f}").replace(
            "%2", f"{size.height / POINTS_PER_INCH * 25.4:.0f}")
        self.state.setStyleSheet("color: #5f6b7a;")
        self.state.setText(self.tr("%1 · 共%2页 · %3 · 缩放 %4").replace("%1", self.title).replace(
            "%2", str(len(self.pages))).replace("%3", paper).replace("%4", f"{self._zoom_factor():.0%}"))
        cached = self._rendered.get((index, dpi))
        if cached is not None:
            self._put_image(index, cached)
            return
        if self._page_task is not None:
            self._page_task.cancel()
        pages = self.pages
        self._page_task = tasks.run(lambda: pages.render(index, dpi),
                                    lambda image: self._page_rendered(index, dpi, image), self._failed)

    def _page_rendered(self, index: int, dpi: int, image: QImage) -> None:
        self._rendered[(index, dpi)] = image
        while len(self._rendered) > _CACHE:
            self._rendered.pop(next(iter(self._rendered)))
        if index == self.current:
            self._put_image(index, image)

    def _put_image(self, index: int, image: QImage) -> None:
        self.last_image = image
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.page_label.setPixmap(pixmap)
        self.page_label.resize(pixmap.deviceIndependentSize().toSize())
        self.page_shown.emit(index)

    def _next_thumbnail(self, index: int) -> None:
        """Thumbnails one after another in the background, so the page itself comes first."""
        if self.pages is None or index >= len(self.pages):
            self._thumb_task = None
            return
        pages = self.pages
        dpi = THUMB_WIDTH * self.devicePixelRatioF() / (pages.sizes[index].width / POINTS_PER_INCH)

        def done(image: QImage) -> None:
            self.thumbnails.set_image(index, image)
            self._next_thumbnail(index + 1)

        self._thumb_task = tasks.run(lambda: pages.render(index, dpi), done, self._failed)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.zoom in (FIT_WIDTH, FIT_PAGE):
            self._resize_timer.start()

    # -- printing and saving ------------------------------------------------------------
    @Slot()
    def print_document(self) -> None:
        if self.pages is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFromTo(1, len(self.pages))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印“%1”").replace("%1", self.title))
        dialog.setMinMax(1, len(self.pages))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            self.print_to(printer, [self.current])
        else:
            self.print_to(printer, pages_to_print(printer, len(self.pages)))

    def print_to(self, printer: QPrinter, indexes: list[int] | None = None) -> tasks.Task | None:
        """Print (off the UI thread, with progress and 取消) on a configured printer."""
        if self.pages is None:
            return None
        self._printer = printer  # kept alive until the job ends
        pages = self.pages
        self._print_task = run_with_progress(self, self.tr("正在打印“%1”…").replace("%1", self.title),
                                             lambda progress: print_pdf(pages, printer, indexes, progress),
                                             self._printed, self._print_failed)
        return self._print_task

    def _printed(self, count: int) -> None:
        self._printer = self._print_task = None
        self.state.setStyleSheet("color: #067647;")
        self.state.setText(self.tr("已发送%1页到打印机。").replace("%1", str(count)))
        self.printed.emit(count)

    def _print_failed(self, error: BaseException) -> None:
        self._printer = self._print_task = None
        self._failed(error)

    @Slot()
    def save_as(self) -> None:
        name = save_file_name(self, self.tr("另存为"), self.save_name, self.tr("PDF 文件 (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> bool:
        try:
            if target.resolve() != self.path.resolve():
                shutil.copyfile(self.path, target)
        except OSError as error:
            self.state.setStyleSheet("color: #b42318;")
            self.state.setText(self.tr("无法保存到“%1”：%2").replace("%1", str(target)).replace(
                "%2", error.strerror or str(error)))
            return False
        self.state.setStyleSheet("color: #067647;")
        self.state.setText(self.tr("已保存：%1").replace("%1", str(target)))
        return True

    # -- closing ------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._release()
        super().closeEvent(event)

    def _release(self) -> None:
        for task in (self._page_task, self._thumb_task, self._print_task):
            if task is not None:
                task.cancel()  # a print job stops at its next page and is aborted
        self._page_task = self._thumb_task = self._print_task = None
        if self.pages is not None:
            self.pages.close()  # waits for a page being rendered in the background


def show_preview(parent: QWidget, path: Path | str, title: str = "", save_name: str = "") -> PreviewDialog:
    """Open a PDF in a preview window of its own (the caller goes on)."""
    dialog = PreviewDialog(parent, path, title, save_name)
    dialog.show()
    return dialog
