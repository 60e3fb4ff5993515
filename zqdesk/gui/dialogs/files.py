"""File choosers that remember the last folder (QSettings) and use Qt's own dialog, which is
translated (qtbase_zh_CN, Chinese dates through the default QLocale) and works the same on
every platform and in tests. Built as objects and run with exec(), not through the static
shortcuts, so a test can answer them as a person does (tests/gui/person.py)."""

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


def file_dialog(parent: QWidget, title: str, filters: str, start: str,
                mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
                saving: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    if saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, False)
        suffix = re.search(r"\*\.(\w+)", filters)
        if suffix:
            dialog.setDefaultSuffix(suffix.group(1))
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())


def open_file_name(parent: QWidget, title: str, filters: str, folder: str | None = None) -> str:
    names = _run(file_dialog(parent, title, filters, folder or _folder()))
    name = names[0] if names else ""
    _remember(name)
    return name


def save_file_name(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    names = _run(file_dialog(parent, title, filters, str(Path(_folder()) / suggested), QFileDialog.FileMode.AnyFile,
                             saving=True))
    name = names[0] if names else ""
    _remember(name)
    return name


def open_file_names(parent: QWidget, title: str, filters: str, folder: str | None = None) -> list[str]:
    names = _run(file_dialog(parent, title, filters, folder or _folder(), QFileDialog.FileMode.ExistingFiles))
    if names:
        _remember(names[0])
    return names


def existing_folder(parent: QWidget, title: str, folder: str | None = None) -> str:
    dialog = file_dialog(parent, title, "", folder or _folder(), QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    names = _run(dialog)
    if names:
        QSettings().setValue(_KEY, names[0])
    return names[0] if names else ""


def safe_name(text: str) -> str:
    """A file name part from a meeting's or a person's name (no path separators, reserved
    signs or spaces)."""
    return re.sub(r'[\\/:*?"<>|\s]+', "", text) or "zqdesk"
