"""PDFs are written off the UI thread with progress and can be cancelled."""

from zqdesk.gui import tasks


def test_plan_pdf_is_written_in_the_background(demo_window, tmp_path, wait_tasks):
    page = demo_window.pages["documents"]
    demo_window.go_to("documents")
    page.open_after = False
    target = tmp_path / "年度建设计划.pdf"
    page.make_document("plan", str(target))
    wait_tasks(60000)
    assert page.last_document == target
    assert target.read_bytes().startswith(b"%PDF")


def test_a_cancelled_document_leaves_no_file(demo_window, tmp_path, qtbot):
    page = demo_window.pages["documents"]
    page.open_after = False
    target = tmp_path / "评审意见.pdf"
    page.make_document("opinions", str(target))
    page._progress_dialog.canceled.emit()  # the user presses 取消
    assert tasks.wait_all(60000)
    qtbot.wait(50)
    assert not target.exists()
    assert page.last_document is None
