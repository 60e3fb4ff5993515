"""The permanent labels of the window's status bar: meeting, user, database, last backup and
the last audit verification (its chain head in the tooltip)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from zqdesk.storage.location import ServerAddress


class StatusLabels(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.meeting, self.user, self.db, self.backup, self.audit = (QLabel(bar) for _ in range(5))
        self.audit.hide()
        self.offline = QLabel(self.tr("服务器连接中断，正在重试…"), bar)
        self.offline.setStyleSheet("color: #ffffff; background: #b42318; padding: 0 6px;")
        self.offline.setToolTip(self.tr("与数据库服务器的连接中断。此时输入的分数暂存在本机，连接恢复后自动保存；"
                                        "界面上显示的内容可能不是最新的。"))
        self.offline.hide()
        for label in (self.offline, self.meeting, self.user, self.db, self.backup, self.audit):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    def show_db(self, location: Path | ServerAddress | None) -> None:
        if isinstance(location, ServerAddress):
            self.db.setText(self.tr("数据库服务器：%1").replace("%1", f"{location.host}:{location.port}/{location.database}"))
            self.db.setToolTip(location.display)
        else:
            self.db.setText(self.tr("数据库：%1").replace("%1", location.name if location else "—"))
            self.db.setToolTip(str(location or ""))
        self.audit.hide()  # a verification was of the file open before

    def show_backup(self, last: datetime | None, on_server: bool = False) -> None:
        if on_server:
            self.backup.setText(self.tr("备份：由服务器管理员负责"))
            return
        text = last.strftime("%Y-%m-%d %H:%M") if last else self.tr("从未备份")
        self.backup.setText(self.tr("最近备份：%1").replace("%1", text))

    def show_audit(self, report) -> None:
        """An AuditReport (storage.verify): intact with its count, or that a problem was found."""
        if report.intact:
            self.audit.setText(self.tr("审计：完好（%1条）").replace("%1", str(report.count)))
            self.audit.setStyleSheet("color: #067647;")
        else:
            self.audit.setText(self.tr("审计：发现问题"))
            self.audit.setStyleSheet("color: #b42318;")
        self.audit.setToolTip(self.tr("审计链头：%1\n共%2条记录，核验于%3").replace("%1", report.head or "—")
                              .replace("%2", str(report.count)).replace("%3", datetime.now().strftime("%Y-%m-%d %H:%M")))
        self.audit.show()
