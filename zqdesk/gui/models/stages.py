"""The stage list beside the pages: title and how far the stage has got."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from zqdesk.gui.summary import StageSummary

STAGES = ("meeting", "projects", "panel", "scoring", "discussion", "plan", "documents", "settings")
StatusRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
AttentionRole = Qt.ItemDataRole.UserRole + 3  # True: something in this stage needs doing


class StageModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._titles = {
            "meeting": self.tr("会议"), "projects": self.tr("项目"), "panel": self.tr("专家"),
            "scoring": self.tr("评分"), "discussion": self.tr("汇总讨论"), "plan": self.tr("年度计划"),
            "documents": self.tr("文书"), "settings": self.tr("设置"),
        }
        self._status: dict[str, str] = {}
        self._attention: dict[str, bool] = {}
        self._locked: set[str] = set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(STAGES)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = STAGES[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[key]
        if role == StatusRole:
            return self._status.get(key, "")
        if role == KeyRole:
            return key
        if role == AttentionRole:
            return self._attention.get(key, False)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._titles[key]}\n{self._status.get(key, '')}".strip()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._titles[key]} {self._status.get(key, '')}".strip()
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if STAGES[index.row()] in self._locked:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def title(self, key: str) -> str:
        return self._titles[key]

    def set_locked(self, keys: set[str]) -> None:
        """Stages the person at the keyboard may not open (an expert sees only 评分)."""
        self._locked = set(keys)
        self.dataChanged.emit(self.index(0), self.index(len(STAGES) - 1))

    def clear_status(self, text: str = "") -> None:
        self._status = {key: text for key in STAGES if key != "settings"}
        self._attention = {}
        self.dataChanged.emit(self.index(0), self.index(len(STAGES) - 1))

    def set_summary(self, s: StageSummary) -> None:
        findings = s.projects_with_findings
        self._status = {
            "meeting": self.tr("已定稿（只读）") if s.finalised else self.tr("进行中"),
            "projects": self.tr("%1项 · %2项有审查意见").replace("%1", str(s.projects)).replace("%2", str(findings)),
            "panel": self.tr("%1位专家 · 回避%2人次").replace("%1", str(s.experts)).replace("%2", str(s.recusals)),
            "scoring": self.tr("已提交 %1/%2").replace("%1", str(s.submitted)).replace("%2", str(s.experts)),
            "discussion": (self.tr("W=%1 · 偏离%2处").replace("%1", f"{s.kendall_w:.2f}" if s.kendall_w is not None else "—")
                           .replace("%2", str(s.deviations))),
            "plan": self.tr("安排%1项 · 储备%2项").replace("%1", str(s.funded)).replace("%2", str(s.reserve)),
            "documents": self.tr("意见已存 %1/%2").replace("%1", str(s.opinions_saved)).replace("%2", str(s.projects)),
            "settings": "",
        }
        self._attention = {
            "projects": findings > 0,
            "panel": s.pins_missing > 0 and not s.finalised,
            "scoring": s.submitted < s.experts,
            "discussion": s.deviations_unexplained > 0,
            "meeting": s.finalised,
        }
        self.dataChanged.emit(self.index(0), self.index(len(STAGES) - 1))
