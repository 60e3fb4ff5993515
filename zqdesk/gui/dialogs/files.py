"""File choosers that remember the last folder (QSettings) and use Qt's own dialog, which is
translated and works the same on every platform and in tests."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_KEY = "files/last_folder"


def _folder() -> str:
    return str(QSettings().value(_KEY, str(Path.home())))


def _remember(name: str) -> None:
    if name:
        QSettings().setValue(_KEY, str(Path(name).parent))


def open_file_name(parent: QWidget, title: str, filters: str, folder: str | None = None) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder or _folder(), filters)
    _remember(name)
    return name


def save_file_name(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(_folder()) / suggested), filters)
    _remember(name)
    return name


def open_file_names(parent: QWidget, title: str, filters: str, folder: str | None = None) -> list[str]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder or _folder(), filters)
    if names:
        _remember(names[0])
    return list(names)


def safe_name(text: str) -> str:
    """A file name part from a meeting's or a person's name (no path separators, reserved
    signs or spaces)."""
    return re.sub(r'[\\/:*?"<>|\s]+', "", text) or "zqdesk"
