"""Following other terminals' writes (issue #8): the chair's discussion view shows submissions
as they arrive, without restarting.

Every committed write of every terminal lengthens the audit chain, so its length, read every
few seconds off the UI thread, says when to reload. The same reading tells whether the database
server can be reached: the window says so while it cannot (what is shown may be out of date).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from zqdesk.gui import tasks
from zqdesk.gui.session import SCORES, Session
from zqdesk.services.live import change_counter
from zqdesk.storage.db import ServerUnavailable

POLL_MS = 3000


class LiveWatcher(QObject):
    """Polls `live.change_counter()` and tells the pages when someone else wrote."""

    reachable_changed = Signal(bool)  # the database server went away (False) or is back (True)

    def __init__(self, session: Session, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.session = session
        self._last: int | None = None
        self._busy = False
        self.reachable = True
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        session.meeting_opened.connect(self._forget)

    @Slot()
    def _forget(self) -> None:
        self._last = None
        self._set_reachable(True)  # another database: nothing known about it yet

    @Slot()
    def poll(self) -> None:
        if self._busy or self.session.actor is None or self.session.meeting_id is None:
            return
        self._busy = True
        tasks.run(change_counter, self._seen, self._failed)

    def _seen(self, value: int) -> None:
        self._busy = False
        self._set_reachable(True)
        if self._last is not None and value != self._last:
            self.session.notify(SCORES)
        self._last = value

    def _failed(self, error: BaseException) -> None:
        # A refusal or a dropped server connection: try again on the next tick.
        self._busy = False
        if isinstance(error, ServerUnavailable):
            self._set_reachable(False)

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self.reachable:
            self.reachable = reachable
            self.reachable_changed.emit(reachable)

    def stop(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        """Poll again (after the idle lock, or after another database was made the open one)."""
        self._last = None
        self._timer.start()
