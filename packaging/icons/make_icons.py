"""Draw the zqdesk icon (a seal-red rounded square with 评 in white) into the PNG sizes of the
hicolor theme and a Windows .ico. The outputs are committed; run again only to change them:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/make_icons.py
"""
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

HERE = Path(__file__).resolve().parent
FONT = HERE.parents[1] / "resources" / "fonts" / "wqy-microhei.ttc"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int, family: str) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.04
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#b22222"))
    p.drawRoundedRect(rect, size * 0.18, size * 0.18)
    font = QFont(family)
    font.setPixelSize(int(size * 0.68))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "评")
    p.end()
    return image


def main() -> None:
    app = QGuiApplication([])
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT)))[0]
    for size in SIZES:
        draw(size, family).save(str(HERE / f"zqdesk-{size}.png"))
    big = Image.open(HERE / "zqdesk-256.png")
    big.save(HERE / "zqdesk.ico", sizes=[(s, s) for s in SIZES])
    del app


if __name__ == "__main__":
    main()
