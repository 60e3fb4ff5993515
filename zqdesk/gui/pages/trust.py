"""Boxes of the 设置 page that keep the records trustworthy: verifying the audit chain (auditor,
administrator) and the statutory holiday calendar the working-day deadlines use (administrator)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from zqdesk.core.workdays import package_years
from zqdesk.gui import tasks
from zqdesk.gui.dialogs.files import open_file_name
from zqdesk.gui.lookups import imported_calendar_years
from zqdesk.gui.pages.base import USER_ERRORS, hint, show_refusal
from zqdesk.gui.session import Session
from zqdesk.services import auditing, calendar
from zqdesk.services.access import Action
from zqdesk.storage.verify import AuditReport

GOOD, BAD = "#067647", "#b42318"


def year_ranges(years) -> str:
    """2004–2026、2028: consecutive years joined into ranges."""
    years = sorted(set(years))
    parts: list[str] = []
    start = previous = None
    for year in years + [None]:
        if year is not None and previous is not None and year == previous + 1:
            previous = year
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = year
    return "、".join(parts)


class AuditBox(QGroupBox):
    """Runs services.auditing.verify_audit off the UI thread and shows what it found."""

    verified = Signal(object)  # the AuditReport

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("审计记录核验（审计员、系统管理员）"))
        self.session = session
        self.report: AuditReport | None = None
        self.verify_button = QPushButton(self.tr("核验审计记录"), self)
        self.result = QLabel(self.tr("尚未核验。"), self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(self.fontMetrics().height() * 6)
        self.problems.hide()
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "每一次修改（谁、何时、原值、新值、理由）都按哈希链记录。核验检查记录有无被修改、删除或调换顺序，"
            "链头是否与库外保存的一致，每条评分是否与记录相符。")))
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.problems)
        self.verify_button.clicked.connect(self.verify)

    def reload(self) -> None:
        self.setVisible(self.session.location is not None and self.session.may(Action.AUDIT_VERIFY))

    @Slot()
    def verify(self) -> tasks.Task | None:
        if not self.session.may(Action.AUDIT_VERIFY):
            return None
        self.verify_button.setEnabled(False)
        self._show(self.tr("正在核验审计记录…"), "#5f6b7a")
        self.problems.hide()
        return tasks.run(auditing.verify_audit, self._verified, self._failed)

    def _verified(self, report: AuditReport) -> None:
        self.verify_button.setEnabled(True)
        self.report = report
        if report.intact:
            self._show(self.tr("审计记录完好：共%1条，链头 %2").replace("%1", str(report.count))
                       .replace("%2", report.head or "—"), GOOD)
        else:
            self._show(self.tr("发现问题：%1").replace("%1", report.problems[0]), BAD)
            if len(report.problems) > 1:
                self.problems.setPlainText("\n".join(report.problems))
                self.problems.show()
        self.verified.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        if not isinstance(error, USER_ERRORS):
            raise error
        self._show(str(error), BAD)

    def _show(self, text: str, colour: str) -> None:
        self.result.setStyleSheet(f"color: {colour};")
        self.result.setText(text)


class HolidayBox(QGroupBox):
    """Which years the working-day calendar knows, and the administrator's import of a year."""

    imported = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("节假日安排（计算工作日期限）"))
        self.session = session
        self.years = QLabel(self)
        self.years.setWordWrap(True)
        self.import_button = QPushButton(self.tr("导入节假日安排…"), self)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.years)
        layout.addLayout(row)
        layout.addWidget(hint(self.tr(
            "国务院办公厅每年年底发布下一年的放假安排。文件为CSV或xlsx，三列：日期、类型（休 或 班）、名称，"
            "每天一行。未导入的年份只按周末计算期限，并标注“节假日安排未导入”。")))
        self.import_button.clicked.connect(lambda: self.import_file())

    def reload(self) -> None:
        s = self.session
        admin = s.location is not None and s.may(Action.ADMINISTER)
        self.import_button.setEnabled(admin)
        self.import_button.setToolTip("" if admin else self.tr("节假日安排由系统管理员导入"))
        builtin = year_ranges(package_years())
        text = self.tr("程序内置：%1年。").replace("%1", builtin) if builtin else self.tr("程序内置：无。")
        if s.location is not None and s.actor is not None:
            imported = imported_calendar_years()
            if imported:
                text += self.tr("已导入：%1。").replace("%1", "；".join(
                    self.tr("%1年（%2）").replace("%1", str(y.year)).replace("%2", y.source) for y in imported))
            else:
                text += self.tr("尚未导入其他年份。")
        self.years.setText(text)

    @Slot()
    def import_file(self, path: Path | str | None = None) -> tasks.Task | None:
        if path is None:
            path = open_file_name(self, self.tr("导入节假日安排"), self.tr("节假日文件 (*.csv *.xlsx);;所有文件 (*)"))
        if not path:
            return None
        self.import_button.setEnabled(False)
        return tasks.run(lambda: calendar.import_holidays(path), self._imported, self._failed)

    def _imported(self, year: int) -> None:
        self.reload()
        self.imported.emit(year)

    def _failed(self, error: BaseException) -> None:
        self.reload()
        if not isinstance(error, USER_ERRORS):
            raise error
        show_refusal(self, error)
