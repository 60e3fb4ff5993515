"""The conclusion of one project beside the results table: decision, findings (override
with a reason), tier (move with a reason), deviation explanations and the panel's opinion
text, drafted from the scores and findings and editable."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from zqdesk.core.types import Decision
from zqdesk.gui.dialogs.chair import ReasonDialog, chair_decides, ensure_chair
from zqdesk.gui.models.results import DECISION_COLOURS
from zqdesk.gui.pages.base import show_refusal
from zqdesk.gui.session import CONCLUSIONS, SCORES, Session
from zqdesk.services import conclusions, scoring
from zqdesk.services.errors import Refused
from zqdesk.services.results import MeetingResults


class ConclusionPanel(QWidget):
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.meeting_opened.connect(self.edits_forgotten)
        self.results: MeetingResults | None = None
        self.names: dict[int, str] = {}
        self.code: str | None = None
        # Opinion text typed but not saved yet, per project: kept when another project is
        # chosen or the results are re-read, shown again on return, asked about on closing.
        self.edits: dict[str, str] = {}
        self._loading = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.findings_box = QGroupBox(self.tr("审查意见"), self)
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.tier_label = QLabel(self)
        self.tier_button = QPushButton(self.tr("调整档次…"), self)
        tier_row = QHBoxLayout()
        tier_row.addWidget(self.tier_label, 1)
        tier_row.addWidget(self.tier_button)
        self.deviation_box = QGroupBox(self.tr("偏离说明"), self)
        self.deviation_layout = QVBoxLayout(self.deviation_box)
        self.opinion = QPlainTextEdit(self)
        self.opinion_state = QLabel(self)
        self.draft_button = QPushButton(self.tr("按评分和审查意见重新起草"), self)
        self.save_button = QPushButton(self.tr("保存评审意见"), self)
        opinion_row = QHBoxLayout()
        opinion_row.addWidget(self.opinion_state, 1)
        opinion_row.addWidget(self.draft_button)
        opinion_row.addWidget(self.save_button)
        opinion_box = QGroupBox(self.tr("评审意见"), self)
        box_layout = QVBoxLayout(opinion_box)
        box_layout.addWidget(self.opinion)
        box_layout.addLayout(opinion_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(tier_row)
        layout.addWidget(self.findings_box)
        layout.addWidget(self.deviation_box)
        layout.addWidget(opinion_box, 1)
        self.tier_button.clicked.connect(self.move_tier)
        self.draft_button.clicked.connect(self.draft)
        self.save_button.clicked.connect(self.save_opinion)
        self.opinion.textChanged.connect(self._opinion_typed)
        self.show_project(None)

    def set_results(self, results: MeetingResults, names: dict[int, str]) -> None:
        self.results, self.names = results, names

    def show_project(self, code: str | None) -> None:
        left = self.code
        if left is not None and left != code and left in self.edits:
            self.message.emit(self.tr("项目%1的评审意见有未保存的修改，已保留：回到该项目后可继续编辑并保存。").replace("%1", left))
        self.code = code
        read_only = self.session.read_only
        for layout in (self.findings_layout, self.deviation_layout):
            while layout.count():
                row = layout.takeAt(0).widget()
                if row is not None:
                    # Hidden and detached at once: until deleteLater runs, the old rows would
                    # still be painted under the new ones. Held in a name: once detached, the
                    # layout item no longer knows its widget.
                    row.hide()
                    row.setParent(None)
                    row.deleteLater()
        if code is None or self.results is None:
            self.summary.setText(self.tr("在左侧表格中选择一个项目。"))
            self.tier_label.clear()
            self.tier_button.setEnabled(False)
            self._set_opinion("")
            self.findings_box.hide()
            self.deviation_box.hide()
            return
        o = self.results.outcome(code)
        colour = DECISION_COLOURS[o.decision].name()
        score = "—" if o.result.score is None else f"{o.result.score:.2f}"
        method = o.result.method.label if o.result.method else self.tr("无有效评分")
        self.summary.setText(
            f"<b>{html.escape(o.project.code)} {html.escape(o.project.name)}</b><br/>"
            f"{self.tr('结论')}：<b style='color:{colour}'>{o.decision.label}</b>　{self.tr('得分')}：<b>{score}</b>"
            f"（{html.escape(method)}）　{self.tr('排名')}：{o.rank or '—'}")
        if o.tier is not None:
            reason = self.results.tier_reasons.get(code, "") if o.tier_overridden else ""
            self.tier_label.setText(self.tr("档次：%1档").replace("%1", str(o.tier))
                                    + (self.tr("（组长调整，理由：%1）").replace("%1", reason) if reason else ""))
        else:
            self.tier_label.setText(self.tr("档次：—（仅通过的项目分档）"))
        self.tier_button.setEnabled(o.decision is Decision.PASS and not read_only)
        self.findings_box.setVisible(bool(o.findings))
        for f in o.findings:
            row = QHBoxLayout()
            overridden = f.rule_id in o.overridden and f.severity.overridable
            text = f"<b>{f.severity.label}</b>（{f.article}）{html.escape(f.message)}"
            if overridden:
                text = f"<s>{text}</s><br/>" + self.tr("已推翻，理由：%1").replace(
                    "%1", html.escape(self.results.override_reasons.get((code, f.rule_id), "")))
            label = QLabel(text)
            label.setWordWrap(True)
            row.addWidget(label, 1)
            if f.severity.overridable and not overridden and not read_only:
                button = QPushButton(self.tr("推翻…"))
                button.clicked.connect(lambda _=False, rule=f.rule_id: self.override(rule))
                row.addWidget(button)
            holder = QWidget()
            holder.setLayout(row)
            self.findings_layout.addWidget(holder)
        notes = {s.expert_id: s.deviation_note for s in self.results.sheets.get(code, ())}
        self.deviation_box.setVisible(bool(o.result.deviating))
        for expert_id in o.result.deviating:
            row = QHBoxLayout()
            note = notes.get(expert_id, "").strip()
            label = QLabel(f"<b>{html.escape(self.names.get(expert_id, str(expert_id)))}</b>："
                           + (html.escape(note) if note else f"<span style='color:#b42318'>{self.tr('尚未说明')}</span>"))
            label.setWordWrap(True)
            row.addWidget(label, 1)
            if not read_only:
                button = QPushButton(self.tr("录入说明…"))
                button.clicked.connect(lambda _=False, e=expert_id: self.enter_deviation(e))
                row.addWidget(button)
            holder = QWidget()
            holder.setLayout(row)
            self.deviation_layout.addWidget(holder)
        saved = conclusions.opinion_text(self.session.meeting_id, code)
        if code in self.edits:
            if self.opinion.toPlainText() != self.edits[code]:  # the same text (a re-read) keeps the caret
                self._set_opinion(self.edits[code])
            self._show_state()
        elif saved is None:
            self._set_opinion(conclusions.draft_opinion(self.results, code))
            self.opinion_state.setStyleSheet("")
            self.opinion_state.setText(self.tr("草稿（尚未保存）"))
        else:
            self._set_opinion(saved)
            self.opinion_state.setStyleSheet("")
            self.opinion_state.setText(self.tr("已保存"))
        self.opinion.setReadOnly(read_only)
        self.draft_button.setEnabled(not read_only)
        self.save_button.setEnabled(not read_only)

    # -- the chair's decisions ----------------------------------------------------------
    @Slot()
    def override(self, rule_id: str) -> None:
        if self.code is None:
            return

        def decide() -> None:
            dialog = ReasonDialog(self, self.tr("推翻审查意见"), self.tr(
                "推翻项目%1依据%2的审查意见。理由将记录在案并写入评审意见。").replace("%1", self.code).replace(
                    "%2", self._article(rule_id)))
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.apply_override(rule_id, dialog.text())

        chair_decides(self, self.session, decide)

    def _article(self, rule_id: str) -> str:
        """The regulation's article a rule's finding cites: what the screen names (not R5)."""
        findings = self.results.outcome(self.code).findings if self.results is not None and self.code else ()
        return next((f.article for f in findings if f.rule_id == rule_id), rule_id)

    def apply_override(self, rule_id: str, reason: str) -> bool:
        return self._apply(lambda: conclusions.override_finding(
            self.session.meeting_id, self.code, rule_id, reason, by=self.session.signer()),
            self.tr("已推翻%1的审查意见。").replace("%1", self._article(rule_id)))

    @Slot()
    def move_tier(self) -> None:
        if self.code is None or self.results is None:
            return
        current = self.results.outcome(self.code).tier

        def decide() -> None:
            dialog = ReasonDialog(self, self.tr("调整档次"), self.tr("调整项目%1的轻重缓急档次。").replace("%1", self.code),
                                  with_tier=current)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.set_tier(dialog.chosen_tier(), dialog.text())

        chair_decides(self, self.session, decide)

    def set_tier(self, tier, reason: str) -> bool:
        return self._apply(lambda: conclusions.set_tier(
            self.session.meeting_id, self.code, tier, reason, by=self.session.signer()),
            self.tr("已调整档次。"))

    def _apply(self, action, done: str) -> bool:
        try:
            action()
        except Refused as error:
            show_refusal(self, error)
            return False
        self.message.emit(done)
        self.session.notify(CONCLUSIONS)
        return True

    @Slot()
    def enter_deviation(self, expert_id: int) -> None:
        if self.code is None:
            return
        if self.session.seat is not None:
            # Explanations are typed by the clerk from the expert's written note.
            show_refusal(self, Refused(self.tr("偏离说明由经办人按专家的书面说明录入：请先点击“退出组长身份”。")))
            return
        from zqdesk.gui.ask import text as ask_text

        text = ask_text(self, self.tr("偏离说明"), self.tr("%1对项目%2的偏离说明（按专家书面说明录入）：")
                        .replace("%1", self.names.get(expert_id, "")).replace("%2", self.code), multiline=True)
        if text is not None and text.strip():
            self.save_deviation(expert_id, text)

    def save_deviation(self, expert_id: int, text: str) -> bool:
        """The deviation explanation, typed by the clerk from the expert's written note."""
        done = self._apply(lambda: scoring.save_review(
            self.session.meeting_id, expert_id, self.code, deviation_note=text.strip()), self.tr("已保存偏离说明。"))
        if done:
            self.session.notify(SCORES)
        return done

    # -- the opinion --------------------------------------------------------------------
    def _set_opinion(self, text: str) -> None:
        self._loading = True
        try:
            self.opinion.setPlainText(text)
        finally:
            self._loading = False

    @Slot()
    def _opinion_typed(self) -> None:
        if self._loading or self.code is None:
            return
        self.edits[self.code] = self.opinion.toPlainText()
        self._show_state()

    def _show_state(self) -> None:
        self.opinion_state.setText(self.tr("有未保存的修改"))
        self.opinion_state.setStyleSheet("color: #b54708; font-weight: bold;")

    @Slot()
    def edits_forgotten(self) -> None:
        """Another meeting or database: its projects are not these (the window asked first)."""
        self.edits.clear()

    def unsaved_codes(self) -> list[str]:
        """Projects whose opinion was typed in and not saved (the window asks before closing)."""
        return sorted(self.edits)

    @Slot()
    def draft(self) -> None:
        """Redraft from the scores and findings. Text typed by hand is replaced only after the
        person agrees, and as one edit in the text's own undo history (Ctrl+Z brings it back)."""
        if self.code is None or self.results is None:
            return
        drafted = conclusions.draft_opinion(self.results, self.code)
        current = self.opinion.toPlainText()
        if current == drafted:
            return
        from zqdesk.gui.ask import confirm

        if current.strip() and not confirm(self, self.tr("重新起草评审意见"), self.tr(
                "用按评分和审查意见重新起草的文本替换当前的评审意见？替换后可按 Ctrl+Z 撤销。"),
                yes=self.tr("替换")):
            return
        cursor = self.opinion.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(drafted)
        cursor.endEditBlock()
        self.opinion.setTextCursor(cursor)
        self.opinion.setFocus()

    @Slot()
    def save_opinion(self) -> None:
        if self.code is None or not ensure_chair(self, self.session):
            return
        code, text = self.code, self.opinion.toPlainText().strip()
        try:
            conclusions.save_opinion(self.session.meeting_id, code, text)
        except Refused as error:
            show_refusal(self, error)
            return
        self.edits.pop(code, None)
        self.opinion.document().setModified(False)
        self.opinion_state.setStyleSheet("")
        self.opinion_state.setText(self.tr("已保存"))
        self.message.emit(self.tr("已保存项目%1的评审意见。").replace("%1", code))
        self.session.notify("opinions")
