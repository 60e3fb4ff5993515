"""The meeting header above the pages, with the read-only banner of a finalised meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class MeetingHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QFrame(self)
        top.setObjectName("meetingHeader")
        top.setStyleSheet("#meetingHeader { background: #24466b; } #meetingHeader QLabel { color: white; }")
        row = QHBoxLayout(top)
        row.setContentsMargins(16, 8, 16, 8)
        self.title = QLabel(top)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(top)
        self.user = QLabel(top)
        row.addWidget(self.title)
        row.addSpacing(16)
        row.addWidget(self.detail, 1)
        row.addWidget(self.user)
        layout.addWidget(top)
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "#readOnlyBanner { background: #fff3cd; color: #7a5300; border-bottom: 1px solid #e0c46c;"
            " padding: 6px 16px; font-weight: bold; }")
        self.banner.hide()
        layout.addWidget(self.banner)

    def show_meeting(self, title: str, detail: str) -> None:
        self.title.setText(title)
        self.detail.setText(detail)

    def show_user(self, text: str) -> None:
        self.user.setText(text)

    def show_read_only(self, text: str | None) -> None:
        self.banner.setText(text or "")
        self.banner.setVisible(bool(text))
