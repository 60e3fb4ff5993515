"""The chair confirms with their PIN before a chair's decision; and the small reason dialogs
those decisions need (every override and tier change carries a written reason)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from zqdesk.core.types import Tier
from zqdesk.core.vocab import Role as PanelRole
from zqdesk.gui.dialogs.panel_dialogs import FormDialog
from zqdesk.gui.session import Session
from zqdesk.services import accounts, panel
from zqdesk.services.access import ActorRole
from zqdesk.services.errors import Refused


class ChairLogin(FormDialog):
    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent, self.tr("组长确认身份"))
        self.session = session
        chairs = [e for e in panel.panel(session.meeting_id) if e.role is PanelRole.CHAIR]
        self.chair = chairs[0] if chairs else None
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        name = self.chair.name if self.chair else self.tr("（本评审会尚未指定组长）")
        self.form.addRow(QLabel(self.tr("以下操作须由评审组长确认：开放专家组评分、开启重新评分、推翻审查意见、调整档次、定稿。")))
        self.form.addRow(self.tr("评审组长"), QLabel(name))
        self.form.addRow(self.tr("PIN"), self.pin)
        self.action = self._verify

    def _verify(self) -> None:
        if self.chair is None:
            raise Refused(self.tr("本评审会尚未指定组长，请在“专家”中增加组长。"))
        actor = accounts.expert_login(self.session.meeting_id, self.chair.expert_id, self.pin.text())
        if actor.role is not ActorRole.CHAIR:
            raise Refused(self.tr("该专家不是本评审会组长。"))
        self.session.sign_in_seat(actor)


def ensure_chair(parent: QWidget, session: Session) -> bool:
    """True when the chair is at the keyboard, asking for their PIN if need be."""
    if session.is_chair:
        return True
    return ChairLogin(parent, session).exec() == QDialog.DialogCode.Accepted


def chair_decides(parent: QWidget, session: Session, decide: Callable[[], object]) -> object | None:
    """One of the chair's decisions (open the panel view, a new round, an override, a tier,
    定稿): the chair's PIN every time, even with the chair signed in, and the identity lapses
    once the decision is taken or given up, so a terminal the chair walked away from cannot
    take the next one unasked (issue #12). None when the PIN was not given."""
    if ChairLogin(parent, session).exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return decide()
    finally:
        if session.is_chair:
            session.sign_out_seat()


class ReasonDialog(FormDialog):
    """A written reason, required; optionally a tier to move to."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, with_tier: Tier | None = None,
                 text: str = "") -> None:
        super().__init__(parent, title)
        self.tier: QComboBox | None = None
        self.form.addRow(QLabel(prompt))
        if with_tier is not None:
            self.tier = QComboBox(self)
            for tier in Tier:
                self.tier.addItem(self.tr("%1档").replace("%1", str(tier)), str(tier))
            self.tier.setCurrentIndex(self.tier.findData(str(with_tier)))
            self.form.addRow(self.tr("档次"), self.tier)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlainText(text)
        self.reason.setMinimumHeight(self.fontMetrics().height() * 5)
        self.form.addRow(self.tr("理由"), self.reason)
        self.action = self._check

    def _check(self) -> None:
        if not self.text().strip():
            raise Refused(self.tr("请写明理由。"))

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def chosen_tier(self) -> Tier | None:
        return Tier(self.tier.currentData()) if self.tier is not None else None
