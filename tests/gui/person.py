"""Acting on the window as a person does (issue #12): find a control by what it shows, click
it, type into the field that has focus, press keys, answer the dialogs that open, read what
the screen shows. GUI tests use only these (and qtbot's mouse and key functions); they never
call a slot, a page's or a dialog's method, accept(), reject() or a widget's setter — such a
test cannot see a button that does nothing. tests/gui/test_acting_as_a_person.py enforces it.

Dialogs come two ways:
- one opened with `open()` (not blocking) is found with `dialog(qtbot, title)` and handled
  in line, like any other window;
- one run with `exec()` blocks the click that opened it, so the test says beforehand what
  the person does in it: ``with answer(qtbot, "新建评审会", fill): click(qtbot, ...)``.
  `fill(dialog)` runs once the dialog is on screen; a failure inside it closes the dialog
  and is raised when the `with` block ends. A blocking dialog nobody expected is closed at
  once and fails the test (conftest's `_modal_watch`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QLabel, QLineEdit, QMenu, QMenuBar, QPlainTextEdit, QTabBar, QTabWidget, QTextEdit, QWidget,
)

LEFT = Qt.MouseButton.LeftButton


# -- which ways out of each dialog the tests took (tests/gui/test_zz_every_dialog.py) ---------
closings: dict[str, set[str]] = {}  # dialog class -> {"ok", "cancel", "enter", "esc"}


def _dialog_of(widget: QWidget) -> QDialog | None:
    window = widget.window()
    return window if isinstance(window, QDialog) else None


def _note_closing_click(widget: QWidget) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    owner = _dialog_of(widget)
    if owner is None or not isinstance(widget, QAbstractButton):
        return
    role = None
    if isinstance(owner, QMessageBox):
        role = owner.buttonRole(widget)
        accept, reject = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.RejectRole
        yes, no = QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.NoRole
    else:
        box = widget.parentWidget()
        if isinstance(box, QDialogButtonBox):
            role = box.buttonRole(widget)
        accept, reject = QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole
        yes, no = QDialogButtonBox.ButtonRole.YesRole, QDialogButtonBox.ButtonRole.NoRole
    if role in (accept, yes):
        closings.setdefault(type(owner).__name__, set()).add("ok")
    elif role in (reject, no):
        closings.setdefault(type(owner).__name__, set()).add("cancel")


def _note_closing_key(target: QWidget, key: Qt.Key) -> None:
    owner = _dialog_of(target)
    if owner is None:
        return
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        closings.setdefault(type(owner).__name__, set()).add("enter")
    elif key == Qt.Key.Key_Escape:
        closings.setdefault(type(owner).__name__, set()).add("esc")


# -- reading the screen -------------------------------------------------------------------
def shown(text: str) -> str:
    """A control's text as a person reads it: mnemonic markers ("(&F)", "&") removed."""
    text = re.sub(r"\(&[^)]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def is_showing(widget: QWidget) -> bool:
    return widget.isVisible() and widget.window().isVisible()


def texts(root: QWidget) -> str:
    """Every visible label, button and line of text under `root`, joined: what can be read."""
    parts = []
    for widget in root.findChildren(QWidget):
        if not is_showing(widget):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            parts.append(widget.toPlainText())
    return "\n".join(shown(p) for p in parts if p)


def _matches(candidate: str, wanted: str) -> bool:
    """Equal as read, a label's trailing required-mark or colon aside ("项目名称*", "PIN：")."""
    def plain(text: str) -> str:
        return shown(text).rstrip("*：: ")

    return plain(candidate) == plain(wanted)


def button(root: QWidget, text: str) -> QAbstractButton:
    """The one visible button under `root` that shows `text` (or has it as accessible name)."""
    found = [b for b in root.findChildren(QAbstractButton)
             if is_showing(b) and (_matches(b.text(), text) or (b.accessibleName() and _matches(b.accessibleName(), text)))]
    if isinstance(root, QAbstractButton) and _matches(root.text(), text):
        found.append(root)
    if len(found) != 1:
        visible = sorted({shown(b.text()) for b in root.findChildren(QAbstractButton) if is_showing(b) and b.text()})
        raise AssertionError(f"{len(found)} visible buttons show {text!r}; visible buttons: {visible}")
    return found[0]


def has_button(root: QWidget, text: str) -> bool:
    return any(is_showing(b) and _matches(b.text(), text) for b in root.findChildren(QAbstractButton))


def field(root: QWidget, label: str) -> QWidget:
    """The input a visible label names: its buddy, the field beside it in a form, or an input
    whose accessible name or placeholder is `label`."""
    for lab in root.findChildren(QLabel):
        if not is_showing(lab) or not _matches(lab.text(), label):
            continue
        if lab.buddy() is not None:
            return lab.buddy()
        parent = lab.parentWidget()
        for form in ([parent.layout()] if parent and parent.layout() else []) + parent.findChildren(QFormLayout):
            if isinstance(form, QFormLayout):
                for row in range(form.rowCount()):
                    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                    if item is not None and item.widget() is lab:
                        target = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                        if target is not None and target.widget() is not None:
                            return target.widget()
    for widget in root.findChildren(QWidget):
        if not is_showing(widget):
            continue
        if widget.accessibleName() and _matches(widget.accessibleName(), label):
            return widget
        placeholder = getattr(widget, "placeholderText", None)
        if callable(placeholder) and placeholder() and _matches(placeholder(), label):
            return widget
    raise AssertionError(f"no visible field is labelled {label!r}")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


# -- acting ---------------------------------------------------------------------------------
def click(qtbot, widget: QWidget, pos: QPoint | None = None, button_: Qt.MouseButton = LEFT) -> None:
    """A left click in the middle of the widget (it must be on screen and enabled)."""
    assert is_showing(widget), f"{widget!r} ({_label(widget)}) is not on screen"
    assert widget.isEnabled(), f"{_label(widget)!r} is disabled"
    _note_closing_click(widget)
    _activate_on_click(widget.window())
    qtbot.mouseClick(widget, button_, pos=pos if pos is not None else widget.rect().center())


def _activate_on_click(window: QWidget) -> None:
    """A click on a window that is not the active one makes it active (the window manager does
    that on a desktop; offscreen, or on a bare X server, nobody does, and the keys that follow
    the click would go nowhere)."""
    if not window.isActiveWindow():
        from PySide6.QtTest import QTest

        window.activateWindow()
        QTest.qWaitForWindowActive(window, 2000)


def click_button(qtbot, root: QWidget, text: str) -> None:
    click(qtbot, button(root, text))


def double_click(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert is_showing(widget) and widget.isEnabled(), _label(widget)
    pos = pos if pos is not None else widget.rect().center()
    qtbot.mouseClick(widget, LEFT, pos=pos)
    qtbot.mouseDClick(widget, LEFT, pos=pos)


def _label(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return shown(text()) if callable(text) and isinstance(text(), str) else widget.objectName() or type(widget).__name__


def type_text(qtbot, text: str, widget: QWidget | None = None) -> None:
    """Type into the focused widget: ASCII key by key, anything else committed the way an input
    method commits it (a QInputMethodEvent), so Chinese arrives as a person's IME sends it."""
    target = widget or focused()
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(target, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(target, event)


def fill(qtbot, widget: QWidget, text: str) -> None:
    """Click into a field, select what is there (Ctrl+A) and type `text` over it."""
    click_into(qtbot, widget)
    inner = _editable(widget)
    qtbot.keyClick(inner, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, text, inner)
    else:
        qtbot.keyClick(inner, Qt.Key.Key_Delete)


def fill_field(qtbot, root: QWidget, label: str, text: str) -> QWidget:
    widget = field(root, label)
    fill(qtbot, widget, text)
    return widget


def click_into(qtbot, widget: QWidget) -> None:
    """Put the caret in a field as a person does: click it."""
    target = _editable(widget)
    click(qtbot, target)
    if target.hasFocus():
        return
    # On a real X server the window manager's focus arrives a moment after the click; until it
    # has, the keys that follow would go to the window that had it. Offscreen, a window is not
    # always made active: there the click still makes the field its window's focus widget.
    try:
        qtbot.waitUntil(target.hasFocus, timeout=2000)
    except Exception:  # noqa: BLE001 — pytest-qt's TimeoutError
        assert target.window().focusWidget() is target, f"the click did not put the caret in {_label(target)!r}"


def _editable(widget: QWidget) -> QWidget:
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit) or widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.viewport()
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          widget: QWidget | None = None) -> None:
    """Press a key on the focused widget (Enter, Tab, Esc, arrows, shortcuts)."""
    target = widget or focused()
    _note_closing_key(target, key)
    qtbot.keyClick(target, key, modifier)


def shortcut(qtbot, window: QWidget, sequence: str) -> None:
    """A key combination such as "Ctrl+2", pressed with `window`'s focus where it is."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() if window.isAncestorOf(QApplication.focusWidget() or window) else window
    qtbot.keyClick(target or window, combo.key(), combo.keyboardModifiers())


def check(qtbot, box: QCheckBox, on: bool = True) -> None:
    if box.isChecked() != on:
        click(qtbot, box)
    assert box.isChecked() == on


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Open a drop-down and click the entry that shows `text` (or starts with it)."""
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    model = combo.model()
    rows = [r for r in range(model.rowCount()) if shown(str(model.index(r, combo.modelColumn()).data())) == shown(text)]
    if not rows:
        rows = [r for r in range(model.rowCount())
                if shown(str(model.index(r, combo.modelColumn()).data())).startswith(shown(text))]
    assert rows, f"{text!r} is not among {[model.index(r, 0).data() for r in range(model.rowCount())]}"
    index = model.index(rows[0], combo.modelColumn())
    view.scrollTo(index)
    # Qt ignores a release that comes within a double-click interval of the popup opening.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)
    assert shown(combo.currentText()) == shown(str(index.data())), combo.currentText()
    # The closed popup gives the keyboard back to the combo's window (offscreen, Qt may leave
    # the focus on the hidden list, and the next keys would go nowhere).
    if QApplication.focusWidget() is not combo and combo.isVisible():
        combo.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is combo.window(), timeout=2000)
        combo.setFocus(Qt.FocusReason.PopupFocusReason)


def tab(qtbot, tabs: QTabWidget | QTabBar, text: str) -> None:
    """Click the tab that shows `text`."""
    bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
    for i in range(bar.count()):
        if shown(bar.tabText(i)) == shown(text) or shown(bar.tabText(i)).startswith(shown(text)):
            click(qtbot, bar, pos=bar.tabRect(i).center())
            return
    raise AssertionError(f"no tab {text!r}: {[bar.tabText(i) for i in range(bar.count())]}")


def cell(view: QAbstractItemView, row: int, column: int = 0):
    index = view.model().index(row, column)
    assert index.isValid(), f"no cell ({row}, {column})"
    return index


def click_cell(qtbot, view: QAbstractItemView, row: int, column: int = 0, double: bool = False) -> None:
    """Click a cell of a table or list (scrolling it into view first, as a person would)."""
    index = cell(view, row, column)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    if double:
        double_click(qtbot, view.viewport(), pos)
    else:
        click(qtbot, view.viewport(), pos)


def row_showing(view: QAbstractItemView, text: str, column: int | None = None) -> int:
    """The row of a table whose cells show `text` (in `column`, or in any column)."""
    model = view.model()
    columns = [column] if column is not None else range(model.columnCount())
    for row in range(model.rowCount()):
        for c in columns:
            if str(model.index(row, c).data() or "") == text:
                return row
    raise AssertionError(f"no row shows {text!r}")


def click_row(qtbot, view: QAbstractItemView, text: str, column: int | None = None, double: bool = False) -> int:
    row = row_showing(view, text, column)
    click_cell(qtbot, view, row, column or 0, double=double)
    return row


def table_text(view: QAbstractItemView) -> list[list[str]]:
    model = view.model()
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())] for r in range(model.rowCount())]


def menu(qtbot, window: QWidget, *path: str) -> None:
    """Open a menu of the window's menu bar and click an entry, e.g. menu(w, "文件", "立即备份")."""
    bar = window.findChild(QMenuBar)
    assert bar is not None, "the window has no menu bar"
    # The menus are found as the bar's children by title: QAction.menu() hands back a wrapper
    # that PySide may delete under the test.
    menus = {shown(m.title()): m for m in bar.findChildren(QMenu)}
    title, *rest = path
    action = next((a for a in bar.actions() if shown(a.text()) == shown(title)), None)
    assert action is not None and shown(title) in menus, f"no menu {title!r}: {[shown(a.text()) for a in bar.actions()]}"
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(action).center())
    current = menus[shown(title)]
    qtbot.waitUntil(current.isVisible, timeout=2000)
    for name in rest:
        entry = next((a for a in current.actions() if shown(a.text()) == shown(name)), None)
        assert entry is not None, f"no menu entry {name!r}: {[shown(a.text()) for a in current.actions()]}"
        assert entry.isEnabled(), f"menu entry {name!r} is disabled"
        qtbot.mouseClick(current, LEFT, pos=current.actionGeometry(entry).center())
        sub = menus.get(shown(name))
        if sub is not None:
            current = sub
            qtbot.waitUntil(current.isVisible, timeout=2000)


# -- dialogs --------------------------------------------------------------------------------
def dialogs(title: str | None = None) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and (title is None or shown(w.windowTitle()) == shown(title))]


def dialog(qtbot, title: str, timeout: int = 5000) -> QDialog:
    """A dialog opened without blocking (`open()`), once it is on screen."""
    qtbot.waitUntil(lambda: len(dialogs(title)) == 1, timeout=timeout)
    found = dialogs(title)[0]
    _wait_on_screen(found)
    return found


def no_dialog(title: str) -> bool:
    return not dialogs(title)


class _Expectation:
    def __init__(self, title: str, act: Callable[[QDialog], None]) -> None:
        self.title, self.act = title, act
        self.seen: QDialog | None = None
        self.error: BaseException | None = None


_armed: list[_Expectation] = []
unexpected: list[str] = []  # blocking dialogs nobody expected (conftest fails the test)


@contextmanager
def answer(qtbot, title: str, act: Callable[[QDialog], None]) -> Iterator[_Expectation]:
    """Say what the person does in a blocking dialog titled `title` that the block will open.
    `act(dialog)` types, clicks and finally closes it (OK, Cancel, Enter or Esc)."""
    expectation = _Expectation(title, act)
    _armed.append(expectation)
    try:
        yield expectation
    finally:
        if expectation in _armed:
            _armed.remove(expectation)
    if expectation.error is not None:
        raise expectation.error
    assert expectation.seen is not None, f"the dialog {title!r} never opened"


def on_blocking_dialog(dialog_: QDialog) -> None:
    """Called (by conftest's patched exec) as a blocking dialog starts: answer it from the
    innermost expectation with its title, or close it and note it as unexpected."""
    title = shown(dialog_.windowTitle())
    expectation = next((e for e in reversed(_armed) if shown(e.title) == title and e.seen is None), None)
    if expectation is None:
        unexpected.append(title or type(dialog_).__name__)
        QTimer.singleShot(0, lambda: _close(dialog_))
        return
    expectation.seen = dialog_

    def run() -> None:
        try:
            _wait_on_screen(dialog_)
            expectation.act(dialog_)
            if dialog_.isVisible():
                raise AssertionError(f"the dialog {title!r} was left open by the test's answer")
        except BaseException as error:  # noqa: BLE001 — raised again when the with-block ends
            expectation.error = error
            _close(dialog_)

    QTimer.singleShot(0, run)


def _wait_on_screen(window: QWidget) -> None:
    """On a real window system a new window is mapped and given the focus a moment after it is
    shown; a click or a key sent before that is lost."""
    from PySide6.QtTest import QTest

    assert QTest.qWaitForWindowExposed(window, 3000), f"{window.windowTitle()!r} never appeared on screen"
    if not window.isActiveWindow():
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 3000)


def _close(dialog_: QDialog) -> None:
    """The way out of a dialog a test could not finish: Esc, as a person would."""
    if dialog_.isVisible():
        from PySide6.QtTest import QTest

        QTest.keyClick(dialog_, Qt.Key.Key_Escape)
    if dialog_.isVisible():
        dialog_.hide()  # a dialog that ignores Esc must still not hang the run


# -- common answers -------------------------------------------------------------------------
def pick_file(qtbot, file_dialog: QDialog, path) -> None:
    """In Qt's file dialog: type the whole path into 文件名 and press Enter. (Saving over an
    existing file makes Qt ask from inside its own code, where no test can answer: tests save
    to new names.)"""
    name_edit = file_dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None and is_showing(name_edit), "not Qt's own file dialog"
    fill(qtbot, name_edit, str(path))
    press(qtbot, Qt.Key.Key_Return, widget=name_edit)


def file_answer(qtbot, path) -> Callable[[QDialog], None]:
    return lambda d: pick_file(qtbot, d, path)


def sign_in(qtbot, login: QDialog, user: str, password: str) -> None:
    """The staff sign-in window: account, password, Enter."""
    fill_field(qtbot, login, "账号", user)
    fill_field(qtbot, login, "密码", password)
    press(qtbot, Qt.Key.Key_Return)


def press_button(qtbot, text: str) -> Callable[[QDialog], None]:
    """An answer that only presses one button of the dialog (确定, 取消, 删除…)."""
    return lambda d: click(qtbot, button(d, text))


def press_key(qtbot, key: Qt.Key) -> Callable[[QDialog], None]:
    """An answer that presses one key in the dialog (Enter for its default button, Esc)."""
    return lambda d: press(qtbot, key, widget=QApplication.focusWidget() if d.isAncestorOf(QApplication.focusWidget()) else d)
