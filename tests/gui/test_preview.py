"""The in-app PDF preview and printing (SPEC §10): a document written by the 文书 page opens in
the preview, its pages render off the UI thread, and printing to a PDF printer gives the same
number of pages; attachments open in the same viewer."""


import pypdf
import pytest
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter

from zqdesk.gui.dialogs.preview import FIT_PAGE, PreviewDialog
from zqdesk.gui.pdfrender import PdfPages, is_blank, render_dpi
from zqdesk.services.errors import Refused


def make_plan(window, wait_tasks, qtbot):
    page = window.pages["documents"]
    window.go_to("documents")
    wait_tasks()
    page.doc_number.setText("钦发改〔2027〕12号")
    page.make_document("plan")
    wait_tasks(60000)
    assert page.last_document is not None and page.last_document.exists()
    preview = page.preview
    assert isinstance(preview, PreviewDialog)
    qtbot.waitUntil(lambda: preview.last_image is not None, timeout=20000)
    wait_tasks()
    return page, preview


def dark_pixels(image) -> int:
    step = 4
    return sum(1 for y in range(0, image.height(), step) for x in range(0, image.width(), step)
               if QColor(image.pixel(x, y)).lightness() < 100)


def test_the_plan_opens_in_the_preview_and_prints_page_for_page(demo_window, qtbot, wait_tasks, tmp_path):
    page, preview = make_plan(demo_window, wait_tasks, qtbot)
    expected = len(pypdf.PdfReader(page.last_document).pages)
    assert expected >= 2
    assert preview.page_count == expected
    assert preview.page_total.text() == f"/ {expected} 页"
    assert not is_blank(preview.last_image) and dark_pixels(preview.last_image) > 200
    # Every thumbnail was rendered in the background, after the page itself.
    assert all(preview.thumbnails.has_image(row) for row in range(expected))

    with qtbot.waitSignal(preview.page_shown, timeout=10000) as shown:
        preview.next_button.click()
    assert shown.args == [1] and preview.page_spin.value() == 2
    assert not preview.previous_button.isHidden() and preview.previous_button.isEnabled()
    width = preview.last_image.width()
    with qtbot.waitSignal(preview.page_shown, timeout=10000):
        preview.step_zoom(+1)
    assert preview.last_image.width() > width
    with qtbot.waitSignal(preview.page_shown, timeout=10000):
        preview.set_zoom(FIT_PAGE)
    assert preview.last_image.height() <= preview.scroll.viewport().height() * preview.devicePixelRatioF()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert printer.resolution() == 1200 and render_dpi(printer.resolution()) == 600
    with qtbot.waitSignal(preview.printed, timeout=120000) as printed:
        preview.print_to(printer)
    assert printed.args == [expected]
    printed_pdf = pypdf.PdfReader(out)
    assert len(printed_pdf.pages) == expected
    box = printed_pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4

    copy = tmp_path / "计划副本.pdf"
    assert preview.save_to(copy)
    assert copy.read_bytes() == page.last_document.read_bytes()
    preview.close()
    assert preview.pages.closed


def test_printing_a_page_range_and_a_cancelled_print(demo_window, qtbot, wait_tasks, tmp_path):
    page, preview = make_plan(demo_window, wait_tasks, qtbot)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    from zqdesk.gui.printing import pages_to_print

    assert pages_to_print(printer, preview.page_count) == [1]
    with qtbot.waitSignal(preview.printed, timeout=60000):
        preview.print_to(printer, pages_to_print(printer, preview.page_count))
    assert len(pypdf.PdfReader(tmp_path / "range.pdf").pages) == 1

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    task = preview.print_to(printer)
    preview._progress_dialog.canceled.emit()  # the user presses 取消
    assert task.is_cancelled
    wait_tasks(60000)
    preview.close()


def test_documents_also_export_to_excel(demo_window, wait_tasks, tmp_path):
    from openpyxl import load_workbook

    page = demo_window.pages["documents"]
    demo_window.go_to("documents")
    wait_tasks()
    target = tmp_path / "评分汇总表.xlsx"
    page.export_workbook("summary", str(target))
    wait_tasks(60000)
    assert page.last_workbook == target
    assert load_workbook(target).sheetnames


def test_a_pdf_attachment_opens_in_the_same_viewer(demo_window, qtbot, wait_tasks, tmp_path):
    from zqdesk.reports.signin import write_signin_pdf
    from zqdesk.services import attachments
    from zqdesk.services.results import meeting_results

    source = tmp_path / "建设方案.pdf"
    write_signin_pdf(meeting_results(1), source)
    attachments.attach(1, "ZQ-2027-018", source)
    window = demo_window
    projects = window.pages["projects"]
    window.go_to("projects")
    wait_tasks()
    projects.select_code("ZQ-2027-018")
    wait_tasks()
    detail = projects.detail
    qtbot.waitUntil(lambda: detail.files.rowCount() >= 1)
    row = next(r for r in range(detail.files.rowCount()) if detail.files.row(r).name == "建设方案.pdf")
    detail.file_view.selectRow(row)
    detail.open_attachment()
    wait_tasks()
    preview = detail.preview
    qtbot.waitUntil(lambda: preview.last_image is not None, timeout=20000)
    assert preview.page_count == len(pypdf.PdfReader(source).pages)
    assert not is_blank(preview.last_image)
    preview.close()


def test_a_damaged_pdf_is_refused_with_a_message(qtbot, tmp_path, wait_tasks):
    bad = tmp_path / "坏文件.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(Refused, match="不是有效的PDF文件"):
        PdfPages(bad)
    dialog = PreviewDialog(None, bad)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_tasks()
    qtbot.waitUntil(lambda: "不是有效的PDF文件" in dialog.state.text())
    assert not dialog.print_button.isEnabled()
    dialog.close()


def test_rendering_in_bands_matches_the_whole_page(qapp, tmp_path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from zqdesk.gui.pdfrender import PageSize

    assert PageSize(595.28, 841.89).pixels(300) == (2481, 3508)
    assert render_dpi(1200) == 600 and render_dpi(600) == 600 and render_dpi(300) == 300 and render_dpi(720) == 360
    path = tmp_path / "stripes.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for y in range(40, 800, 37):
        canvas.rect(50, y, 480, 11, fill=1)
    canvas.showPage()
    canvas.setPageSize(landscape(A4))
    canvas.rect(100, 100, 300, 200, fill=1)
    canvas.showPage()
    canvas.save()
    pages = PdfPages(path)
    assert len(pages) == 2 and not pages.sizes[0].landscape and pages.sizes[1].landscape
    whole = pages.render(0, 150)
    top = pages.render(0, 150, rows=(0, 700))
    bottom = pages.render(0, 150, rows=(700, whole.height()))
    assert top.height() + bottom.height() == whole.height() and top.width() == whole.width()
    assert top == whole.copy(0, 0, whole.width(), 700)
    assert bottom == whole.copy(0, 700, whole.width(), whole.height() - 700)
    turned = pages.render(1, 72, rotation=90)
    assert (turned.width(), turned.height()) == (596, 842)  # a landscape page turned upright (PDFium rounds up)
    assert not is_blank(turned)
    pages.close()
    with pytest.raises(Refused):
        pages.render(0, 72)


def test_copies_a_printer_cannot_make_are_printed_collated(qapp, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from zqdesk.gui.printing import print_pdf

    source = tmp_path / "two.pdf"
    canvas = Canvas(str(source))
    for text in ("one", "two"):
        canvas.drawString(100, 700, text)
        canvas.showPage()
    canvas.save()
    pages = PdfPages(source)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "copies.pdf"))
    printer.setCopyCount(2)
    expected = 2 if printer.supportsMultipleCopies() else 4
    assert print_pdf(pages, printer) == expected
    assert len(pypdf.PdfReader(tmp_path / "copies.pdf").pages) == expected
    pages.close()
