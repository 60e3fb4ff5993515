"""Every GUI test acts as a person (issue #12): it clicks, types and presses keys through
tests/gui/person.py or qtbot, and reads the screen. A test that calls a slot, a page's or a
dialog's method, accept()/reject()/exec(), or sets a widget's value cannot see a button that
does nothing — the bug that let a clerk's dialogs ship without working buttons while every
test was green. This check reads the tests under tests/gui/ and names every such call.

Setting data up through the services (as the system, behind the screen) is allowed; so are
Qt's read-only accessors and the few entry points a person also uses (starting the program).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUI_TESTS = ROOT / "tests" / "gui"
GUI_CODE = ROOT / "zqdesk" / "gui"
# The toolkit itself: its failsafe closes a dialog a test could not finish.
EXEMPT = {"person.py"}
# Modules written before the rule and not yet rewritten, with the number of calls the check
# found in each when it was introduced. The number may only go down: a rewritten test leaves
# the list, a new violation anywhere fails. Every entry is open work of issue #12.
NOT_YET_REWRITTEN = {
    "test_app_start.py": 10,
    "test_audit_screen.py": 5,
    "test_backups_and_accounts.py": 32,
    "test_clerk_grid.py": 7,
    "test_desk_under_lock.py": 23,
    "test_discussion_flow.py": 25,
    "test_documents.py": 4,
    "test_expert_desk.py": 20,
    "test_expert_laptop.py": 39,
    "test_grid_under_lock.py": 15,
    "test_gui_fonts.py": 5,
    "test_idle_lock.py": 9,
    "test_live.py": 3,
    "test_preview.py": 39,
    "test_screens.py": 62,
    "test_server_desk.py": 20,
    "test_server_grid.py": 21,
    "test_server_lock.py": 10,
}

# Calls that skip the control a person would press, or set a value no keystroke typed.
FORBIDDEN_QT = {
    "accept", "reject", "done", "exec", "exec_", "click", "animateClick", "trigger", "toggle", "emit",
    "setText", "setPlainText", "insertPlainText", "appendPlainText", "setHtml", "setValue", "setCurrentIndex",
    "setCurrentText", "setCurrentWidget", "setCurrentRow", "setCurrentCell", "setChecked", "setDate",
    "setDateTime", "setTime", "selectRow", "selectColumn", "selectAll", "setSelection", "setFocus",
    "activate", "keyboardSearch", "setData", "setEditText", "showPopup", "hidePopup",
}
# Read-only methods of zqdesk's own GUI classes a test may call to read what is shown.
READERS = {
    "row", "rows", "lines", "line", "current_row", "current_line", "current_code", "current_stage", "is_ready",
    "title", "text", "progress", "criterion_at", "total_column", "recommendation_column", "first_open_cell",
    "is_entry_column", "keys", "unsaved_codes", "row_at", "row_of_code", "row_of_id", "chosen_tier",
    "kept_cells", "pending", "has_kept", "kept_for",
}
# zqdesk.gui functions a test may call: starting the program as a person starts it.
ENTRY_POINTS = {"launch", "create_application", "settings", "demo_database"}


def _gui_method_names() -> set[str]:
    """Methods defined on the GUI's widgets, dialogs, pages and window (not on its models,
    which are tested as models, tests/qt/)."""
    names: set[str] = set()
    for path in GUI_CODE.rglob("*.py"):
        if "models" in path.relative_to(GUI_CODE).parts or "forms" in path.relative_to(GUI_CODE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.update(f.name for f in node.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)))
    qt_names = {"show", "hide", "close", "resize", "isVisible", "isEnabled", "grab", "windowTitle", "text",
                "data", "rowCount", "columnCount", "index", "model", "view", "findChild", "findChildren", "open"}
    return names - qt_names


def _gui_imports(tree: ast.Module) -> set[str]:
    """Names a test module imported from zqdesk.gui (functions and classes)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("zqdesk.gui"):
            found.update(alias.asname or alias.name for alias in node.names)
    return found


def _modules_behind_the_screen(tree: ast.Module) -> set[str]:
    """Names bound to zqdesk's non-GUI modules (services, io, storage…): a call on them sets data
    up behind the screen, even where a method of the window has the same name (panel.set_pin)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("zqdesk") \
                and not node.module.startswith("zqdesk.gui"):
            found.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update((alias.asname or alias.name).split(".")[0] for alias in node.names
                         if alias.name.startswith("zqdesk") and not alias.name.startswith("zqdesk.gui"))
    return found


def _receiver(node: ast.Attribute) -> str:
    return ast.unparse(node.value)


def violations(path: Path, gui_methods: set[str], root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = _gui_imports(tree)
    behind = _modules_behind_the_screen(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        where = f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)[:90]}"
        if isinstance(func, ast.Attribute):
            name, receiver = func.attr, _receiver(func)
            if receiver.startswith(("qtbot", "monkeypatch", "person", "pytest", "os.", "Path", "json", "re.", "subprocess")):
                continue
            if receiver.split(".")[0] in behind and receiver.split(".")[0] not in imported:
                continue
            if name == "setValue" and "settings" in receiver.lower():
                continue  # QSettings: what a previous run left, set up before the window opens
            if name in FORBIDDEN_QT:
                found.append(where)
            elif receiver.endswith("session") and name not in READERS:
                found.append(where)  # signing in, choosing a meeting: the window's sign-in and 会议 page do that
            elif name.startswith("_") and not name.startswith("__"):
                found.append(where)
            elif name in gui_methods and name not in READERS:
                found.append(where)
        elif isinstance(func, ast.Name) and func.id in imported and func.id not in ENTRY_POINTS:
            found.append(where)  # a dialog built or a GUI function called by the test, not by a click
    return found


def gui_test_files() -> list[Path]:
    return sorted(p for p in GUI_TESTS.rglob("*.py") if p.name not in EXEMPT)


def test_no_gui_test_calls_a_slot_a_method_or_a_setter():
    gui_methods = _gui_method_names()
    found, grown, finished = [], [], []
    for path in gui_test_files():
        calls = violations(path, gui_methods)
        allowed = NOT_YET_REWRITTEN.get(path.name)
        if allowed is None:
            found += calls
        elif len(calls) > allowed:
            grown.append(f"{path.name}: {len(calls)} calls, {allowed} when the rule came:\n" + "\n".join(calls))
        elif not calls:
            finished.append(path.name)
    assert not found, "GUI tests must act as a person (tests/gui/person.py):\n" + "\n".join(found)
    assert not grown, "a module not yet rewritten gained calls a person cannot make:\n" + "\n".join(grown)
    assert not finished, f"rewritten, take them off NOT_YET_REWRITTEN (and lower the other counts): {finished}"


def test_the_list_of_modules_not_yet_rewritten_names_only_modules_that_exist():
    names = {p.name for p in gui_test_files()}
    assert set(NOT_YET_REWRITTEN) <= names, set(NOT_YET_REWRITTEN) - names


@pytest.mark.parametrize("source, caught", [
    ("dialog.accept()", True),
    ("page.import_projects()", True),
    ("ui.nameEdit.setText('x')", True),
    ("window._stage_chosen(1)", True),
    ("person.click(qtbot, person.button(window, '确定'))", False),
    ("qtbot.keyClicks(edit, '25')", False),
    ("model.rows()", False),
    ("settings().setValue('a', 1)", False),
    ("from zqdesk.services import panel\n    panel.set_pin(1, 2, '1234')", False),
    ("window.session.sign_in_staff(CLERK)", True),
    ("from zqdesk.gui.dialogs.meeting_dialog import MeetingDialog\n    MeetingDialog(window)", True),
    ("from zqdesk.gui.app import launch\n    launch(['--db', 'x'])", False),
])
def test_the_check_catches_what_it_must(tmp_path, source, caught):
    probe = tmp_path / "probe.py"
    probe.write_text(f"def test():\n    {source}\n", encoding="utf-8")
    found = violations(probe, _gui_method_names(), root=tmp_path)
    assert bool(found) is caught, found
