"""文书 (placeholder while the page is built)."""

from PySide6.QtWidgets import QVBoxLayout

from zqdesk.gui.pages.base import StagePage, heading


class DocumentsPage(StagePage):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("文书")))
        layout.addStretch(1)

    def choose_database(self) -> None:
        pass

    def backup_now(self) -> None:
        pass
