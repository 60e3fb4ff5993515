"""Long work with a progress dialog and a cancel button, through tasks.run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from zqdesk.gui import tasks


def run_with_progress(parent: QWidget, title: str, fn: Callable[..., Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None) -> tasks.Task:
    """fn(progress) runs off the UI thread; the dialog shows its progress and cancels it."""
    dialog = QProgressDialog(title, QCoreApplication.translate("run_with_progress", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if text:
            dialog.setLabelText(text)

    def finished(result: Any) -> None:
        dialog.close()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        if on_error is None:
            raise error
        on_error(error)

    task = tasks.run(fn, finished, failed, progressed)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(dialog.close)
    task.ended.connect(dialog.deleteLater)
    dialog.open()
    parent._progress_dialog = dialog  # kept for tests and to keep it alive
    return task
