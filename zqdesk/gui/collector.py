"""Python's cyclic garbage collection, run only on the GUI thread.

The collector normally runs in whichever thread happens to allocate. When a QThreadPool
worker allocates heavily (reportlab reading a font for the plan PDF) and a Qt wrapper caught in
a reference cycle is freed there, the C++ object is destroyed off the GUI thread and the process
crashes — seen as a segfault inside reportlab while 预览和打印 wrote the plan. So while the
application runs, automatic collection is off and a timer on the GUI thread collects, with the
interpreter's own thresholds deciding which generation is due.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(INTERVAL_MS)

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; the number of
        unreachable objects found (0 when nothing was due)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0


def install(app: QObject) -> GuiThreadCollector:
    """Once per application (a second call returns the first collector)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
