"""Windows and dialogs that fit the screen they open on: a 1366×768 office laptop keeps the
main window's status bar and every dialog's buttons in view, with large text too (issue #12)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget

# Room left on the screen for the window manager's title bar and frame (and a taskbar that
# availableGeometry does not know about).
FRAME_ALLOWANCE = QSize(16, 48)


def screen_room(widget: QWidget) -> QSize | None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry().size() - FRAME_ALLOWANCE


def fitted_size(widget: QWidget, width: int, height: int) -> QSize:
    """The size wanted, cut down to the room on the widget's screen."""
    room = screen_room(widget)
    if room is None:
        return QSize(width, height)
    return QSize(min(width, room.width()), min(height, room.height()))


def keep_on_screen(dialog: QDialog) -> bool:
    """When the dialog would be taller than the screen, everything above its buttons moves into
    a scroll area and the dialog takes the screen's height: the buttons stay visible. True when
    it had to."""
    layout = dialog.layout()
    hint = dialog.sizeHint()
    room = screen_room(dialog)
    if layout is None or room is None or hint.height() <= room.height():
        return False
    items = [layout.takeAt(0) for _ in range(layout.count())]
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    below = []
    for item in items:
        widget = item.widget()
        if isinstance(widget, QDialogButtonBox):
            below.append(widget)
        elif widget is not None:
            body_layout.addWidget(widget)
        elif item.layout() is not None:
            body_layout.addLayout(item.layout())
        else:
            body_layout.addItem(item)
    scroll = QScrollArea(dialog)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    layout.addWidget(scroll, 1)
    for widget in below:
        layout.addWidget(widget)
    bar = scroll.verticalScrollBar().sizeHint().width()
    dialog.resize(min(hint.width() + bar, room.width()), room.height())
    return True
