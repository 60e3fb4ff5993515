"""The bundled CJK fonts reach Qt: the UI face has real glyphs for Chinese (SPEC §13)."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported

from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QFontMetrics, QImage, QRawFont, QTextLayout  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from zqdesk import fonts  # noqa: E402
from zqdesk.gui.fonts import LARGE_TEXT_SCALE, install_application_fonts  # noqa: E402

TEXT = "智慧钦州建设项目评审意见"
CHECK_PNG = "/tmp/zqdesk_font_check.png"


def _app() -> QApplication:
    return QApplication.instance() or QApplication([])


def test_ui_family_has_glyphs_and_renders_chinese(tmp_path):
    app = _app()
    family = install_application_fonts(app)
    assert family == fonts.choose_faces()["ui"].family
    assert family in QFontDatabase.families()

    font = app.font()
    assert QFontInfo(font).family() == family  # resolved exactly, no substitute
    assert QFontMetrics(font).inFontUcs4(ord("评"))
    raw = QRawFont.fromFont(font)
    assert raw.isValid() and raw.familyName() == family
    assert raw.supportsCharacter(ord("评"))
    assert 0 not in raw.glyphIndexesForString(TEXT)

    # Every bundled face is usable by Qt under its family name.
    for face in fonts.bundled_faces().values():
        assert face.family in QFontDatabase.families()

    # The label's text is laid out with the UI face itself, not a fallback font.
    layout = QTextLayout(TEXT, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs and {run.rawFont().familyName() for run in runs} == {family}

    label = QLabel(TEXT)
    big = QFont(font)
    big.setPointSizeF(28)  # large enough to tell glyphs from boxes by eye in the PNG
    label.setFont(big)
    label.setStyleSheet("background: white; color: black; padding: 8px;")
    label.adjustSize()
    image = QImage(label.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    label.render(image)
    dark = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    assert dark > 50 * len(TEXT) // 4
    assert image.save(str(tmp_path / "label.png"))
    image.save(CHECK_PNG)


def test_large_text_scales_the_point_size():
    app = _app()
    install_application_fonts(app)
    normal = app.font().pointSizeF()
    install_application_fonts(app, large_text=True)
    assert app.font().pointSizeF() == normal * LARGE_TEXT_SCALE
    install_application_fonts(app, large_text=False)
    assert app.font().pointSizeF() == normal
