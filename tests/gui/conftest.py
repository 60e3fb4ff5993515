"""GUI fixtures: the application as zqdesk creates it (fonts, translators), a main window
on a fresh or demo database, no thread left running after a test, QSettings kept private."""

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="zqdesk-test-config-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from zqdesk.services.access import Actor, ActorRole  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"
CLERK = Actor("测试经办人", ActorRole.CLERK)


@pytest.fixture(scope="session")
def qapp(qapp_args):
    """pytest-qt's application, created the way `zqdesk` creates it."""
    from zqdesk.gui.app import create_application

    app = create_application(qapp_args or ["zqdesk-tests"], large_text=False, language="zh_CN")
    yield app


@pytest.fixture(autouse=True)
def _no_dangling_tasks(qapp):
    """Fail a test that leaves background work running (napari's _dangling_qthreads), and
    leave nobody signed in for the next test (the services' actor is per thread)."""
    yield
    from zqdesk.gui import results_cache, tasks
    from zqdesk.services.access import set_actor

    finished = tasks.wait_all(20000)
    qapp.processEvents()
    set_actor(None)
    results_cache.forget()
    assert finished, "a background task was still running after the test"


@pytest.fixture
def wait_tasks(qtbot, qapp):
    """Wait until every background task has finished and delivered its result."""
    from zqdesk.gui import tasks

    def wait(timeout: int = 20000) -> None:
        qtbot.wait(80)  # debounced refreshes (the stage list) start their work first
        qtbot.waitUntil(lambda: tasks.busy() == 0, timeout=timeout)
        qapp.processEvents()

    return wait


@pytest.fixture
def window(qtbot, db_path, wait_tasks):
    """The main window on a fresh database with no meeting."""
    from zqdesk.gui.mainwindow import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1360, 860)
    w.show()
    assert w.open_path(db_path, create=False)
    w.session.sign_in_staff(CLERK)
    wait_tasks()
    return w


@pytest.fixture
def demo_window(qtbot, demo_db, tmp_path, wait_tasks):
    """The main window on a private copy of the demo database, meeting 1 open."""
    from zqdesk.gui.mainwindow import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1360, 860)
    w.show()
    assert w.open_path(tmp_path / "demo.sqlite3", create=False)
    w.session.sign_in_staff(CLERK)
    w.session.select_meeting(1)
    wait_tasks()
    return w


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A modal dialog would wait forever offscreen: fail the test at once instead."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    def refuse(*args, **kwargs):
        title = args[0].windowTitle() if args and hasattr(args[0], "windowTitle") else ""
        raise AssertionError(f"a modal dialog was opened in a test: {title!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    for name in ("getText", "getMultiLineText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(refuse))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))


def pytest_terminal_summary(terminalreporter):
    screens = ARTIFACTS / "screens"
    if screens.is_dir() and any(screens.glob("*.png")):
        terminalreporter.write_sep("-", f"screenshots of every screen: {screens}")
