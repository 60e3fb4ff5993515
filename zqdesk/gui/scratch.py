"""Files the app writes only to show or print (a document for the preview, an expert's slip):
kept in the user's own cache folder under a fresh name each time, so a file still open in a
preview is never overwritten; files older than a week are removed."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from zqdesk.paths import data_dir

KEEP_SECONDS = 7 * 24 * 3600


def scratch_file(kind: str, name: str) -> Path:
    """A new path data_dir()/cache/<kind>/<stem>-<time><suffix> (the folder is created)."""
    folder = data_dir() / "cache" / kind
    folder.mkdir(parents=True, exist_ok=True)
    _prune(folder)
    stem, suffix = Path(name).stem, Path(name).suffix
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{stem}-{stamp}{suffix}"


def _prune(folder: Path) -> None:
    cutoff = time.time() - KEEP_SECONDS
    for old in folder.iterdir():
        try:
            if old.is_file() and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass  # in use (a preview on Windows) or already gone: next time
