"""Long work off the UI thread: one small API (STYLE.md, after Anki's taskman).

    run(fn, on_done, on_error, progress)

`fn` runs on a QThreadPool thread. If it takes a `progress` keyword it receives a
`Progress` it may call with (done, total, text); the call raises `Cancelled` once the user
has cancelled. `on_done(result)`, `on_error(exception)` and `progress(done, total, text)` are
called on the main thread through queued signals — never a processEvents loop, never a
widget touched from the worker.
"""

from __future__ import annotations

import contextvars
import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_pool: QThreadPool | None = None
_running: set[Task] = set()


class Cancelled(Exception):
    """The user cancelled the task; its result is dropped."""


class Progress:
    """Handed to the worker function: report progress, and learn whether to stop."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task.is_cancelled

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._task.is_cancelled:
            raise Cancelled()
        self._task.progressed.emit(done, total, text)


class Task(QObject):
    """A handle on one running job. It lives in the main thread, and its signals are
    connected to its own slots, so the worker's emits are queued to the main thread."""

    finished_ok = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    ended = Signal()

    def __init__(self, on_done=None, on_error=None, on_progress=None) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.finished_ok.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)
        self.ended.connect(self._forget)

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        if not self.is_cancelled and self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        if self.is_cancelled:
            return
        if self._on_error is None:
            raise error  # pytest-qt and the app's excepthook report it
        self._on_error(error)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and not self.is_cancelled:
            self._on_progress(done, total, text)

    @Slot()
    def _forget(self) -> None:
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._fn = fn
        # The worker acts for whoever is signed in when the task starts: the services read
        # the current actor from a context variable, which a pool thread does not inherit.
        self._context = contextvars.copy_context()

    def run(self) -> None:  # worker thread
        task = self._task
        try:
            if _wants_progress(self._fn):
                result = self._context.run(self._fn, progress=Progress(task))
            else:
                result = self._context.run(self._fn)
        except Cancelled:
            pass
        except BaseException as error:  # delivered to on_error on the main thread
            task.failed.emit(error)
        else:
            task.finished_ok.emit(result)
        finally:
            _release_connection()
        task.ended.emit()


def _release_connection() -> None:
    """A pool thread keeps no database connection between tasks: an idle connection on
    another thread would keep SQLite from checkpointing the WAL when the window closes or
    switches files."""
    from zqdesk.storage.db import close_database

    try:
        close_database()
    except Exception:  # noqa: BLE001 — a failed close must not hide the task's own outcome
        pass


def _wants_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)  # SQLite has one writer; two readers are plenty
    return _pool


def run(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> Task:
    """Run fn off the UI thread; callbacks run on the main thread. Returns the Task handle
    (call .cancel() on it; a cancelled task calls neither on_done nor on_error)."""
    task = Task(on_done, on_error, progress)
    _running.add(task)
    pool().start(_Runnable(task, fn))
    return task


def cancel_all() -> None:
    """Cancel every running task (their results are dropped); wait_all() to let them end."""
    for task in list(_running):
        task.cancel()


def wait_all(msecs: int = 30000) -> bool:
    """Block until every task has ended (tests and shutdown only)."""
    return pool().waitForDone(msecs)


def busy() -> int:
    return len(_running)
