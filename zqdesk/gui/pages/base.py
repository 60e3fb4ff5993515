"""What every stage page shares: the session, lazy reloading, refusals shown to the user."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from zqdesk.gui import tasks
from zqdesk.gui.session import EVERYTHING, Session
from zqdesk.io.errors import ImportRefused
from zqdesk.services.errors import Refused
from zqdesk.storage.db import DatabaseRefused

USER_ERRORS = (Refused, ImportRefused, DatabaseRefused)


class StagePage(QWidget):
    """A page reloads when it is shown after something it depends on changed."""

    depends_on: tuple[str, ...] = EVERYTHING
    status_message = Signal(str)  # shown in the window's status bar

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dirty = True
        session.meeting_opened.connect(self._meeting_opened)
        session.changed.connect(self._changed)
        session.user_changed.connect(self.user_changed)

    # -- reloading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read what the page shows from the services (override)."""

    def user_changed(self) -> None:
        """The person at the keyboard changed (override if the page cares)."""

    @Slot()
    def _meeting_opened(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._reload_now()

    @Slot(str)
    def _changed(self, what: str) -> None:
        if what in self.depends_on:
            self._dirty = True
            if self.isVisible():
                self._reload_now()

    def _reload_now(self) -> None:
        self._dirty = False
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._dirty:
            self._reload_now()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.font_changed()

    def font_changed(self) -> None:
        """The application font changed (large text): refit what was sized to the old one."""

    def mark_dirty(self) -> None:
        self._dirty = True

    # -- acting through the services ----------------------------------------------------
    def attempt(self, action: Callable[[], Any], changed: Iterable[str] = (), done: str = "") -> Any:
        """Run a quick service call on the UI thread; a refusal is shown, never raised.
        Returns the call's result, or None when refused."""
        try:
            result = action()
        except USER_ERRORS as error:
            self.show_refusal(error)
            return None
        for what in changed:
            self.session.notify(what)
        if done:
            self.status_message.emit(done)
        return result if result is not None else True

    def show_refusal(self, error: BaseException) -> None:
        show_refusal(self, error)

    def run_task(self, fn: Callable[..., Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None = None) -> tasks.Task:
        """Background work without a dialog; refusals are shown, bugs are raised."""
        return tasks.run(fn, on_done, on_error or self._task_failed)

    def _task_failed(self, error: BaseException) -> None:
        if isinstance(error, USER_ERRORS):
            self.show_refusal(error)
        else:
            raise error


def show_refusal(parent: QWidget, error: BaseException) -> None:
    """A refusal in a message box: the Chinese message, every import error listed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("show_refusal", "未能完成"))
    if isinstance(error, ImportRefused):
        box.setText(QCoreApplication.translate(
            "show_refusal", "文件中有%n处错误，未导入任何内容。请修改后重新导入。", "", len(error.errors)))
        box.setDetailedText("\n".join(str(e) for e in error.errors))
        box.setInformativeText("\n".join(str(e) for e in error.errors[:8]))
    else:
        box.setText(str(error))
    box.open()


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def search_box(parent: QWidget, proxy, placeholder: str) -> QLineEdit:
    """A search field over a table, as on 项目: every word typed must appear in the row."""
    box = QLineEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(placeholder)
    box.setClearButtonEnabled(True)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance(placeholder) + 48)  # the hint read whole
    box.textChanged.connect(proxy.set_search)
    return box


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    label.setStyleSheet("color: #5f6b7a;")
    return label
