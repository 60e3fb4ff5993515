"""Registers the bundled CJK fonts with Qt and sets the application font (SPEC §13)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from zqdesk.fonts import BUNDLED, choose_faces, fonts_dir

LARGE_TEXT_SCALE = 1.25
_BASE_SIZE = "zqdeskBasePointSize"  # application property: the size before any scaling
_loaded: dict[str, list[str]] = {}  # bundled file name → families Qt registered from it


def install_application_fonts(app: QApplication, large_text: bool = False) -> str:
    """Add every bundled font file to Qt, set the application font to the ``ui`` face
    (1.25 × the platform's point size when ``large_text``) and return its family."""
    for font in BUNDLED:
        if _loaded.get(font.file):
            continue  # already added; calling again (e.g. to toggle large text) is cheap
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / font.file))
        _loaded[font.file] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []

    ui = choose_faces()["ui"]
    family = ui.family
    if not ui.bundled and family not in QFontDatabase.families():
        font_id = QFontDatabase.addApplicationFont(str(ui.path))
        if font_id < 0:
            ui = choose_faces(prefer_system=False)["ui"]
            family = ui.family
    if ui.bundled:
        families = _loaded.get(ui.path.name, [])
        if families and family not in families:
            family = families[min(ui.subfont_index, len(families) - 1)]

    font = QFont(app.font())
    font.setFamilies([family])
    size = app.property(_BASE_SIZE)
    if not size:
        size = font.pointSizeF()
        if size <= 0:  # the platform font is sized in pixels
            size = 10.0
        app.setProperty(_BASE_SIZE, size)
    font.setPointSizeF(size * LARGE_TEXT_SCALE if large_text else size)
    app.setFont(font)
    return family
