"""The applications of a meeting with their findings, for the 项目 page."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from zqdesk.core.types import Finding, ProjectFacts, Severity
from zqdesk.gui.models.base import NUMERIC, Column, FilterProxy, RowTableModel, money

FindingsRole = Qt.ItemDataRole.UserRole + 20
SEVERITY_ORDER = {Severity.VETO: 4, Severity.BLOCKER: 3, Severity.WARNING: 2, Severity.INFO: 1}
SEVERITY_COLOURS = {
    Severity.VETO: QColor("#b42318"), Severity.BLOCKER: QColor("#c4320a"),
    Severity.WARNING: QColor("#b54708"), Severity.INFO: QColor("#475467"),
}
SEVERITY_FILLS = {
    Severity.VETO: QColor("#fee4e2"), Severity.BLOCKER: QColor("#ffead5"),
    Severity.WARNING: QColor("#fef0c7"), Severity.INFO: QColor("#eaecf0"),
}


@dataclass(frozen=True)
class ProjectRow:
    facts: ProjectFacts
    findings: tuple[Finding, ...] = ()
    overridden: frozenset[str] = frozenset()

    @property
    def worst(self) -> int:
        return max((SEVERITY_ORDER[f.severity] for f in self.standing), default=0)

    @property
    def standing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.rule_id not in self.overridden or not f.severity.overridable)


def findings_text(row: ProjectRow) -> str:
    # The regulation's article, not the program's rule code (R5), is what a person reads.
    return "  ".join(f"{f.severity.label}·{f.article}" for f in _ordered(row.findings))


def _ordered(findings) -> list[Finding]:
    return sorted(findings, key=lambda f: (-SEVERITY_ORDER[f.severity], f.rule_id))


class ProjectTableModel(RowTableModel[ProjectRow]):
    FINDINGS_COLUMN = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.set_columns([
            Column(self.tr("编号"), lambda r: r.facts.code),
            Column(self.tr("项目名称"), lambda r: r.facts.name, tooltip=lambda r: r.facts.name),
            Column(self.tr("审查意见"), findings_text, lambda r: r.worst * 100 + len(r.standing),
                   tooltip=lambda r: "\n".join(f"{f.article}（{f.severity.label}）{f.message}"
                                               for f in _ordered(r.findings))),
            Column(self.tr("建设单位"), lambda r: r.facts.unit),
            Column(self.tr("项目类别"), lambda r: r.facts.category),
            Column(self.tr("申请资金(万元)"), lambda r: money(r.facts.requested), lambda r: r.facts.requested, NUMERIC),
            Column(self.tr("总投资(万元)"), lambda r: money(r.facts.total_investment), lambda r: r.facts.total_investment, NUMERIC),
            Column(self.tr("资金来源"), lambda r: r.facts.funding_source),
            Column(self.tr("申报类型"), lambda r: r.facts.kind.label),
            Column(self.tr("申报日期"), lambda r: r.facts.submitted_on.isoformat()),
        ])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == FindingsRole and index.isValid():
            row = self.row(index.row())
            return [(f.severity, f.article, f.rule_id in row.overridden) for f in _ordered(row.findings)]
        return super().data(index, role)

    def row_of_code(self, code: str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.facts.code == code:
                return number
        return None


def project_search_text(row: ProjectRow) -> str:
    f = row.facts
    return " ".join((f.code, f.name, f.unit, f.category, f.sub_type, f.funding_source, findings_text(row)))


class ProjectFilter(FilterProxy):
    """Search box plus the severity and category filters of the 项目 page."""

    def __init__(self, parent=None) -> None:
        super().__init__(project_search_text, parent)
        self._severity: Severity | None | str = None  # "none": projects without findings
        self._category = ""
        self.set_predicate(self._accepts)

    def set_severity(self, severity: Severity | str | None) -> None:
        """A Severity, "none" or None (everything); a combo box hands its data back as the
        plain string a Severity is, so that is read as the Severity it names."""
        if isinstance(severity, str) and not isinstance(severity, Severity) and severity != "none":
            severity = Severity(severity)
        self._severity = severity
        self.invalidateRowsFilter()

    def set_category(self, category: str) -> None:
        self._category = category
        self.invalidateRowsFilter()

    def _accepts(self, row: ProjectRow) -> bool:
        if self._category and row.facts.category != self._category:
            return False
        if self._severity == "none":
            return not any(f.severity is not Severity.INFO for f in row.findings)
        if isinstance(self._severity, Severity):
            return any(f.severity is self._severity for f in row.findings)
        return True
