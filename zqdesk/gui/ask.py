"""Questions and notices in message boxes with buttons that say what they do (删除 / 取消, not
Yes / No), built as objects rather than through QMessageBox's static shortcuts so that a test
can answer them as a person does (tests/gui/person.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ask", text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str | None = None, no: str | None = None,
            default_yes: bool = False, detail: str = "") -> bool:
    """True when the person presses the `yes` button; Esc and `no` say False."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or _tr("确定"), QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or _tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    if detail:
        box.setInformativeText(detail)
    box.exec()
    return box.clickedButton() is yes_button


def choose(parent: QWidget | None, title: str, text: str, options: list[str], cancel: str | None = None) -> int | None:
    """Which of `options` the person pressed (its position), or None for `cancel` / Esc."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(o, QMessageBox.ButtonRole.ActionRole) for o in options]
    escape = box.addButton(cancel or _tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(escape)
    if buttons:
        box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def tell(parent: QWidget | None, title: str, text: str, warning: bool = False, detail: str = "") -> None:
    """A notice the person acknowledges with 确定 (or Enter, or Esc)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(_tr("确定"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def text(parent: QWidget | None, title: str, label: str, secret: bool = False, multiline: bool = False,
         initial: str = "", ok: str | None = None) -> str | None:
    """A line (or, `multiline`, a passage) the person types; None if they cancel."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    if multiline:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput, True)
    if secret:
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setTextValue(initial)
    dialog.setOkButtonText(ok or _tr("确定"))
    dialog.setCancelButtonText(_tr("取消"))
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
