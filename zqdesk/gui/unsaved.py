"""Scores typed while the database server cannot be reached (issue #8), on the window's side:
the expert desk and the clerk's grid enter every score (`ScoreSaver.enter`) and review text
(`enter_review`) through it, which saves at once or keeps the value on this terminal
(services.unsaved) and says so; every few seconds, and as soon as someone signs in, what is
kept is saved in the background and the pages are told what became of each.

On a SQLite file nothing is ever kept (a file does not go away), so the same path serves both.
"""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from zqdesk.gui import tasks
from zqdesk.services import scoring
from zqdesk.services.unsaved import CONFLICT, KEPT, SAVED, Outcome, TypedReview, TypedScore, UnsavedScores, journal_for

FLUSH_MS = 5000
TYPING_QUIET_S = 2.0  # what waits for the keyboard to rest (the stage counts, 评分's reload) waits this long


class ScoreSaver(QObject):
    """One per session (per open database): the queue of kept scores and its flushing."""

    kept_changed = Signal()  # which cells are kept (not yet on the server) changed
    flushed = Signal(list)  # [Outcome] of a background flush that saved or refused something

    def __init__(self, session, interval_ms: int = FLUSH_MS) -> None:
        super().__init__(session)
        self.session = session
        self.queue: UnsavedScores | None = None
        self._flushing: tasks.Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush_soon)
        self.last_entered = float("-inf")  # time.monotonic() of the latest score or text entered
        session.meeting_opened.connect(self._database_opened)
        session.user_changed.connect(self.flush_soon)  # an expert back at the keyboard: their kept scores

    @Slot()
    def _database_opened(self) -> None:
        location = self.session.location
        if location is None:
            self.queue = None
            return
        journal = journal_for(location)
        if self.queue is None or self.queue.journal != journal:
            self.queue = UnsavedScores(journal)  # what an earlier run kept for this database, too
            self.kept_changed.emit()
        self._run_timer()

    # -- entering ---------------------------------------------------------------------------
    def enter(self, meeting_id: int, expert_id: int, code: str, criterion: str, points: Decimal,
              expected=scoring.UNCHECKED) -> Outcome:
        """Save now or keep; a refusal (bad points, a submitted sheet) is raised as the
        services raise it. The caller shows `Outcome.message` for KEPT and CONFLICT. (Only a
        page of an open database enters anything, so the queue exists.)"""
        return self._entered(self.queue.enter(meeting_id, expert_id, code, criterion, points, expected=expected))

    def enter_review(self, meeting_id: int, expert_id: int, code: str, field: str, text: str,
                     expected=scoring.UNCHECKED) -> Outcome:
        """The recommendation, opinion or deviation explanation, as `enter` a score."""
        return self._entered(self.queue.enter_review(meeting_id, expert_id, code, field, text, expected=expected))

    def _entered(self, outcome: Outcome) -> Outcome:
        self.last_entered = time.monotonic()
        if outcome.status == KEPT:
            self.kept_changed.emit()
            self._run_timer()
        return outcome

    def typing(self, quiet: float) -> float:
        """Seconds until the keyboard will have rested `quiet` seconds since the last entry
        (0: it has)."""
        return max(0.0, self.last_entered + quiet - time.monotonic())

    def kept_cells(self, meeting_id: int, expert_id: int) -> dict[tuple[str, str], Decimal]:
        """(code, criterion) -> the score kept on this terminal for one sheet."""
        if self.queue is None:
            return {}
        return {(t.code, t.criterion): Decimal(t.points) for t in self.queue.pending()
                if isinstance(t, TypedScore) and t.meeting_id == meeting_id and t.expert_id == expert_id}

    def kept_reviews(self, meeting_id: int, expert_id: int) -> dict[tuple[str, str], str]:
        """(code, field) -> the review text kept on this terminal for one sheet."""
        if self.queue is None:
            return {}
        return {(t.code, t.field): t.text for t in self.queue.pending()
                if isinstance(t, TypedReview) and t.meeting_id == meeting_id and t.expert_id == expert_id}

    def kept_for(self, meeting_id: int, expert_id: int) -> bool:
        """Anything of this sheet not yet on the server (it cannot be submitted yet)."""
        return self.queue is not None and self.queue.kept_for(meeting_id, expert_id)

    def has_kept(self) -> bool:
        return self.queue is not None and self.queue.has_pending()

    # -- saving what is kept ------------------------------------------------------------------
    @Slot()
    def flush_soon(self) -> tasks.Task | None:
        """Save the kept scores off the UI thread (nothing happens if none are kept or a flush
        is already under way)."""
        queue = self.queue
        if self._flushing is not None and self._flushing.is_cancelled:
            self._flushing = None  # cancelled (closing, restoring): it delivers nothing
        if queue is None or not queue.has_pending() or self._flushing is not None or self.session.actor is None:
            return None
        self._flushing = tasks.run(queue.flush, self._flushed, self._failed)
        return self._flushing

    def _flushed(self, outcomes: list[Outcome]) -> None:
        self._flushing = None
        self._run_timer()
        if outcomes:
            self.kept_changed.emit()
            self.flushed.emit(outcomes)
            if any(o.status in (SAVED, CONFLICT) for o in outcomes):
                self.session.notify("scores")

    def _failed(self, error: BaseException) -> None:
        self._flushing = None  # tried again on the next tick

    def _run_timer(self) -> None:
        if self.has_kept():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._run_timer()


def flushed_text(outcomes: list[Outcome]) -> tuple[str, bool]:
    """What to tell the person at the keyboard after a flush, and whether it needs a look
    (a conflict or a refusal) rather than being good news."""
    trouble = [o.message for o in outcomes if o.status != SAVED]
    saved = [o for o in outcomes if o.status == SAVED]
    parts = []
    if saved:
        parts.append(f"连接已恢复，暂存在本机的{len(saved)}个分数已保存到服务器。" if len(saved) > 1
                     else saved[0].message)
    parts += trouble
    return "".join(parts), bool(trouble)
