"""The documents attached to one application."""

from __future__ import annotations

from zqdesk.gui.models.base import NUMERIC, Column, RowTableModel
from zqdesk.services.attachments import AttachmentInfo


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


class AttachmentTableModel(RowTableModel[AttachmentInfo]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.set_columns([
            Column(self.tr("文件"), lambda a: a.name),
            Column(self.tr("大小"), lambda a: size_text(a.size), lambda a: a.size, NUMERIC),
            Column(self.tr("SHA-256"), lambda a: a.sha256[:16] + "…", tooltip=lambda a: a.sha256),
        ])
