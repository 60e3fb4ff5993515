"""The idle lock: after some minutes without keyboard or mouse input, the window (and any
dialog of it) is covered and asks the signed-in person to prove it is still them — a staff
member by their password (accounts.login), an expert or the chair at their seat by their PIN
(accounts.expert_login) — before anything can be seen or touched again.

Nothing typed is lost: while locked, the field that had the keyboard is never told it lost it
(so a half-typed score is neither saved nor put back) and gets the keyboard back on unlocking.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressDialog, QPushButton, QVBoxLayout, QWidget,
)

from zqdesk.gui.lookups import account_username
from zqdesk.services import accounts
from zqdesk.services.errors import Refused
from zqdesk.storage.db import DatabaseRefused, ServerUnavailable

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})
_BLOCKED = _INPUT | {QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease, QEvent.Type.ContextMenu}


def idle_minutes() -> int:
    """The open database's idle-lock minutes (services.settings; 0: never lock)."""
    from zqdesk.gui.app import business_setting
    from zqdesk.services.settings import IDLE_LOCK_MINUTES

    return business_setting(IDLE_LOCK_MINUTES)


class LockCard(QFrame):
    """Who is signed in, the password (or PIN) field and 解锁."""

    def __init__(self, lock: IdleLock, parent: QWidget) -> None:
        super().__init__(parent)
        self.lock = lock
        actor = lock.session.actor
        seat = lock.session.seat is not None
        self.setObjectName("lockCard")
        self.setStyleSheet("#lockCard { background: white; border-radius: 8px; }")
        title = QLabel(self.tr("已锁定"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        staff = lock.session.staff
        who = f"{actor.name}（{actor.role.label}）" if actor is not None else ""
        why = (self.tr("%1锁定了屏幕。").replace("%1", who) if lock.by_hand else
               self.tr("已%1分钟无操作，屏幕已锁定（登录者：%2）。").replace("%1", str(lock.minutes)).replace("%2", who))
        if seat and staff is not None:
            how = self.tr("请输入%1的PIN，或%2的密码继续。").replace("%1", actor.name).replace("%2", staff.name)
        elif seat:
            how = self.tr("请输入%1的PIN继续。").replace("%1", actor.name)
        else:
            how = self.tr("请输入%1的密码继续。").replace("%1", actor.name if actor is not None else "")
        text = QLabel(why + how, self)
        text.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        secret = (self.tr("PIN或密码") if staff is not None else self.tr("PIN")) if seat else self.tr("密码")
        self.password.setAccessibleName(secret)
        self.password.setPlaceholderText(secret)
        self.unlock_button = QPushButton(self.tr("解锁"), self)
        self.unlock_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318;")
        note = QLabel(self.tr("未保存的输入都保留在原处，解锁后可继续。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b7a;")
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(note)
        self.setFixedWidth(max(360, self.fontMetrics().horizontalAdvance("中") * 28))
        self.password.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)

    @Slot()
    def _submit(self) -> None:
        self.lock.try_unlock(self.password.text())

    def show_refusal(self, text: str) -> None:
        self.message.setText(text)
        self.password.clear()
        self.password.setFocus()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 — Tab stays on the card
        (self.unlock_button if self.password.hasFocus() else self.password).setFocus()
        return True


class LockCover(QWidget):
    """An opaque cover over one window, with the card in its middle on the main window."""

    def __init__(self, window: QWidget, lock: IdleLock, card: bool) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#24466b"))
        self.setPalette(palette)
        self.card: LockCard | None = None
        if card:
            self.card = LockCard(lock, self)
            outer = QVBoxLayout(self)
            outer.addStretch(1)
            centre = QHBoxLayout()
            centre.addStretch(1)
            centre.addWidget(self.card)
            centre.addStretch(1)
            outer.addLayout(centre)
            outer.addStretch(2)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()


class LockPrompt(QDialog):
    """The card in a window of its own, above a modal dialog that was open when the lock came
    (a modal dialog takes all input, so the card cannot sit on the covered main window)."""

    def __init__(self, lock: IdleLock) -> None:
        super().__init__(lock.window)
        self.setWindowTitle(self.tr("已锁定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.lock = lock
        self.card = LockCard(lock, self)
        QVBoxLayout(self).addWidget(self.card)
        self.show()

    def reject(self) -> None:  # Esc does not unlock
        pass

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.lock.locked:
            event.ignore()


class IdleLock(QObject):
    """One per main window; watches the application's input events."""

    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.minutes = idle_minutes()
        self.locked = False
        self.by_hand = False  # locked with Ctrl+L rather than for being idle
        self.covers: list[LockCover] = []
        self.prompt_window: LockPrompt | None = None
        self._last_input = time.monotonic()
        self._focus: QWidget | None = None
        self._timer = QTimer(self, interval=5000)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 turns the lock off."""
        self.minutes = max(0, int(minutes))
        self._last_input = time.monotonic()

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    @Slot()
    def check(self) -> None:
        if not self.locked and self.minutes > 0 and self.idle_seconds() >= self.minutes * 60:
            self.lock_now()

    # -- locking ------------------------------------------------------------------------
    def lock_now(self, by_hand: bool = False) -> bool:
        """Cover the window and its dialogs; False when there is nobody to lock for, or long
        work with a progress dialog is under way (tried again on the next check). `by_hand`:
        locked with Ctrl+L, and the card says so instead of counting idle minutes."""
        if self.locked or self.session.actor is None or not self.window.isVisible():
            return False
        self.by_hand = by_hand
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QProgressDialog):
            return False
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self._belongs(focus) else None
        self.locked = True  # from here on the field with the keyboard is not told it lost it
        windows = self._windows()
        inline = modal is None or modal not in windows
        for window in windows:
            self.covers.append(LockCover(window, self, card=inline and window is self.window))
        if not inline:
            self.prompt_window = LockPrompt(self)
        card = self.prompt()
        card.window().activateWindow()
        card.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked_changed.emit(True)
        return True

    def prompt(self) -> LockCard | None:
        """The card that asks for the password or PIN (None when not locked)."""
        if self.prompt_window is not None:
            return self.prompt_window.card
        return next((c.card for c in self.covers if c.card is not None), None)

    def try_unlock(self, secret: str) -> bool:
        """The PIN of the panel seat signed in, or the password of the staff member signed in
        underneath (the clerk at whose terminal the expert sits); with nobody on a seat, the
        staff member's password."""
        actor, seat, staff = self.session.actor, self.session.seat, self.session.staff
        try:
            if actor is None:
                raise Refused(self.tr("当前没有登录的用户。"))
            # A PIN is digits only and a password never is (accounts' password rule): so the
            # clerk's password is never counted as a wrong PIN against the expert's lockout.
            if seat is not None and (staff is None or secret.isdigit()):
                accounts.expert_login(seat.meeting_id or self.session.meeting_id, seat.expert_id, secret)
            elif not self._password_is(staff if seat is not None else actor, secret):
                raise Refused(self.tr("账号或密码不正确。"))
        except ServerUnavailable:
            self._tell(self.tr("与数据库服务器的连接中断，暂时无法核对密码或PIN。请稍后再试。"))
            return False
        except (Refused, DatabaseRefused) as error:
            self._tell(str(error))
            return False
        self.unlock()
        return True

    def _password_is(self, actor, secret: str) -> bool:
        username = account_username(actor.user_id)
        if username is None:
            raise Refused(self.tr("找不到当前用户的账号，无法核对密码。"))
        try:
            return accounts.login(username, secret).user_id == actor.user_id
        except Refused:
            return False

    def _tell(self, text: str) -> None:
        prompt = self.prompt()
        if prompt is not None:
            prompt.show_refusal(text)

    def unlock(self) -> None:
        self.locked = False
        for cover in self.covers:
            cover.hide()
            cover.deleteLater()
        self.covers.clear()
        if self.prompt_window is not None:
            self.prompt_window.hide()
            self.prompt_window.deleteLater()
            self.prompt_window = None
        self._last_input = time.monotonic()
        focus, self._focus = self._focus, None
        if focus is not None:
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked_changed.emit(False)

    # -- which windows ------------------------------------------------------------------
    def _windows(self) -> list[QWidget]:
        found = [self.window]
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and self._belongs(widget):
                found.append(widget)
        return found

    def _belongs(self, widget: QWidget) -> bool:
        """Whether a widget is in this main window or in a window opened from it."""
        window = widget.window()
        while window is not None:
            if window is self.window:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False

    def _in_cover(self, widget: QWidget) -> bool:
        while widget is not None:
            if isinstance(widget, (LockCover, LockPrompt)):
                return True
            widget = widget.parentWidget()
        return False

    # -- the application's events -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not self.locked:
            if kind in _INPUT:
                self._last_input = time.monotonic()
            return False
        if kind == QEvent.Type.Resize:
            for cover in self.covers:
                if cover.parentWidget() is watched:
                    cover.setGeometry(watched.rect())
            return False
        if kind == QEvent.Type.Shortcut:
            owner = watched.parent()
            return isinstance(owner, QWidget) and self._belongs(owner)
        if kind == QEvent.Type.FocusOut or kind in _BLOCKED:
            return isinstance(watched, QWidget) and self._belongs(watched) and not self._in_cover(watched)
        return False
