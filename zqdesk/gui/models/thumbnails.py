"""The pages of a PDF as a list of thumbnails for the preview (zqdesk.gui.dialogs.preview)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

THUMB_WIDTH = 110


class ThumbnailModel(QAbstractListModel):
    """One row per page: its number, and its small image once rendered."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._count = 0
        self._icons: dict[int, QIcon] = {}
        self._blank = QIcon()
        self.icon_size = QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42))

    def set_count(self, count: int, icon_size: QSize) -> None:
        self.beginResetModel()
        blank = QPixmap(icon_size)
        blank.fill(Qt.GlobalColor.white)
        self._count, self._icons, self.icon_size, self._blank = count, {}, icon_size, _icon(blank)
        self.endResetModel()

    def set_image(self, row: int, image: QImage) -> None:
        self._icons[row] = _icon(QPixmap.fromImage(image))
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def has_image(self, row: int) -> bool:
        return row in self._icons

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(index.row(), self._blank)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("第%1页").replace("%1", str(index.row() + 1))
        return None


def _icon(pixmap: QPixmap) -> QIcon:
    """The page as it is, selected or not (the list marks the selection under it, not by tinting)."""
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon
