"""Progress, cancellation and all-or-nothing output for document writers.

The GUI runs writers off the UI thread: it passes ``progress(done, total)`` to move a bar
and ``cancelled()`` to stop. A cancelled or failed writer leaves no file behind: the PDF is
written to a temporary name beside the target and renamed only when complete.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled the document; no file was written."""

    def __init__(self, message: str = "已取消生成文档，未写入任何文件。"):
        super().__init__(message)


class Job:
    """Counts units of work done (rows, projects, experts) and honours a cancel request."""

    def __init__(self, total: int, progress: Progress | None = None, cancelled: CancelCheck | None = None):
        self.total = max(int(total), 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def advance(self, units: int = 1) -> None:
        self.check()
        if units:
            self.done = min(self.done + units, self.total)
            self._report()

    def start(self) -> None:
        self.check()
        self._report()

    def finish(self) -> None:
        self.done = self.total
        self._report()

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(self.done, self.total)


@contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it into place only if the block succeeds."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        if temporary.exists():
            temporary.unlink()
