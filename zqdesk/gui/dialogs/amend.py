"""Correcting a submitted score against the signed paper sheet: the new value and a written
reason; the earlier value stays in the audit log (scoring.amend_score)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from zqdesk.core.types import Criterion
from zqdesk.gui.dialogs.panel_dialogs import FormDialog
from zqdesk.gui.models.base import points
from zqdesk.gui.widgets.score_entry import HalfPointsValidator
from zqdesk.services import scoring
from zqdesk.services.errors import Refused


class AmendDialog(FormDialog):
    def __init__(self, parent: QWidget | None, meeting_id: int, expert_id: int, expert_name: str, code: str,
                 criterion: Criterion, current: Decimal | None) -> None:
        super().__init__(parent, self.tr("修改已提交的分数"))
        self.value = QLineEdit(self)
        self.value.setValidator(HalfPointsValidator(criterion.max_points, criterion.label, self.value))
        self.value.setText(points(current))
        self.reason = QPlainTextEdit(self)
        self.reason.setMinimumHeight(self.fontMetrics().height() * 4)
        self.form.addRow(QLabel(self.tr("%1 · 项目%2 · %3（0至%4分）").replace("%1", expert_name).replace("%2", code)
                                .replace("%3", criterion.label).replace("%4", points(criterion.max_points))))
        self.form.addRow(self.tr("新分数"), self.value)
        self.form.addRow(self.tr("修改理由"), self.reason)

        def amend() -> None:
            if not self.value.hasAcceptableInput():
                raise Refused(self.value.validator().reason())
            scoring.amend_score(meeting_id, expert_id, code, criterion.key, Decimal(self.value.text()),
                                self.reason.toPlainText())

        self.action = amend
