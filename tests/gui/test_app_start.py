"""Starting the application: `zqdesk --demo` builds the demo in its own file and opens
meeting 1; a database the storage refuses is explained with a way forward, never a
traceback; generated forms are current."""

import pytest
from PySide6.QtWidgets import QMessageBox

from zqdesk.gui import app, opening
from zqdesk.gui.mainwindow import MainWindow
from zqdesk.gui.opening import Choice, RefusedDialog
from zqdesk.paths import data_dir
from zqdesk.storage.db import DatabaseRefused


def test_demo_is_built_in_its_own_file_and_opened_on_meeting_one(qtbot, monkeypatch, wait_tasks):
    signed_in = []
    monkeypatch.setattr(MainWindow, "sign_in", lambda self: signed_in.append(self) or True)
    window = MainWindow()
    qtbot.addWidget(window)
    path = app.demo_database()
    assert path.parent == data_dir() and path.name == "demo.sqlite3"
    assert not opening.demo_ready(path)
    window.start_demo(path)
    assert not window.isEnabled()  # built off the UI thread; the window waits
    qtbot.waitUntil(lambda: window.isEnabled(), timeout=60000)
    wait_tasks()
    assert opening.demo_ready(path)
    assert window.session.db_path == path and window.session.meeting_id == 1
    assert signed_in == [window]
    # A second start finds the demo ready and does not rebuild it.
    stamp = path.stat().st_mtime_ns
    window.start_demo(path)
    assert window.isEnabled() and path.stat().st_mtime_ns == stamp


def test_refused_database_is_explained_with_a_way_forward(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 20)
    shown = []

    def fake_exec(dialog):
        shown.append((dialog.text(), [b.text() for b in dialog.buttons.values()]))
        dialog.buttons[Choice.QUIT].click()
        return 0

    monkeypatch.setattr(RefusedDialog, "exec", fake_exec)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(broken, create=False)
    text, buttons = shown[0]
    assert "不是数据库文件或已损坏" in text
    assert buttons == ["选择其他文件…", "打开备份…", "新建数据库…", "退出"]

    # Choosing to open a backup works on a copy, so the backup itself stays untouched.
    good = tmp_path / "backups" / "broken-20270101-manual.sqlite3"
    good.parent.mkdir()
    from zqdesk.services.meetings import init_database
    from zqdesk.storage.db import close_database

    init_database(good)
    close_database()
    answers = iter([Choice.BACKUP])
    monkeypatch.setattr(RefusedDialog, "exec", lambda dialog: 0)
    monkeypatch.setattr(RefusedDialog, "choice", lambda dialog: next(answers))
    monkeypatch.setattr(opening, "open_file_name", lambda *a, **k: str(good))
    assert window.open_path(broken, create=False)
    assert window.session.db_path != good and "从备份恢复" in window.session.db_path.name
    assert good.exists()


def test_main_returns_when_the_user_gives_up(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(RefusedDialog, "exec", lambda dialog: 0)
    monkeypatch.setattr(RefusedDialog, "choice", lambda dialog: Choice.QUIT)
    monkeypatch.setattr(app.QApplication, "exec", lambda *a: pytest.fail("must not start the event loop"))
    missing = tmp_path / "missing.sqlite3"
    assert app.main(["--db", str(missing)]) == 1
    assert not missing.exists()  # --db never creates a file silently
    for widget in app.QApplication.topLevelWidgets():
        widget.close()


def test_refused_dialog_shows_the_storage_message(qtbot, tmp_path):
    dialog = RefusedDialog(None, DatabaseRefused("“x”由更新版本的zqdesk创建"), tmp_path / "x")
    qtbot.addWidget(dialog)
    assert dialog.icon() == QMessageBox.Icon.Warning and "更新版本" in dialog.text()


def test_generated_forms_are_current():
    from zqdesk.gui.forms.build import stale_forms

    assert stale_forms() == [], "run: python -m zqdesk.gui.forms.build"


def test_at_start_the_remembered_server_is_tried_and_a_local_file_can_be_chosen_instead(qtbot, tmp_path, monkeypatch):
    """设置 remembered a server; it is away when the program starts: the refusal offers retry,
    connection settings or a local file, and choosing a file opens it with no address allowed."""
    from zqdesk import netguard
    from zqdesk.services.meetings import init_database
    from zqdesk.storage.db import close_database
    from zqdesk.storage.location import parse_location

    local = tmp_path / "local.sqlite3"
    init_database(local)
    close_database()
    away = parse_location("postgresql://zqdesk@127.0.0.1:1/zqdesk")  # nothing listens on port 1
    app.remember_location(away)
    shown = []
    monkeypatch.setattr(RefusedDialog, "exec", lambda dialog: shown.append((dialog.windowTitle(), dialog.text())))
    monkeypatch.setattr(RefusedDialog, "choice", lambda dialog: Choice.OTHER)
    monkeypatch.setattr(opening, "open_file_name", lambda *a, **k: str(local))
    monkeypatch.setattr(app.QApplication, "exec", lambda *a: 0)
    opened = []
    monkeypatch.setattr(MainWindow, "sign_in", lambda window: opened.append(window) or True)
    try:
        assert app.main([]) == 0
    finally:
        app.settings().remove(app.DATABASE_SETTING)
    [(title, text)] = shown
    assert title == "无法连接数据库服务器" and "postgresql://zqdesk@127.0.0.1:1/zqdesk" in text
    [window] = opened
    assert window.session.location == local and netguard.allowed_addresses() == frozenset()
    for widget in app.QApplication.topLevelWidgets():
        widget.close()
