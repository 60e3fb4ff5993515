"""Cyclic garbage is collected on the GUI thread only (zqdesk/gui/collector.py): an object
caught in a reference cycle survives a worker thread's heavy allocation and is freed by the
GUI thread's timer — the way a Qt wrapper must be, or the program crashes."""

from __future__ import annotations

import gc
import threading

from zqdesk.gui import collector, tasks


class _Cycle:
    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self  # reachable only from itself once dropped

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_the_application_runs_without_automatic_collection(qapp):
    assert not gc.isenabled()
    assert collector.install(qapp) is collector.install(qapp)  # one collector per application


def test_a_cycle_dropped_while_a_worker_allocates_is_freed_on_the_gui_thread(qapp, qtbot, wait_tasks):
    _Cycle.freed_on.clear()
    _Cycle()
    # A worker allocating far past generation 0's threshold and keeping it (as reportlab does
    # reading a font): with automatic collection on, the cycle would be freed in that thread.
    kept = []
    tasks.run(lambda: [[n] for n in range(200_000)], kept.append)
    wait_tasks()
    qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=3000)
    assert kept and _Cycle.freed_on == [threading.main_thread().name]
