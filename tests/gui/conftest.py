"""GUI fixtures: the application as zqdesk creates it (fonts, translators), a main window
on a fresh or demo database, no thread left running after a test, QSettings kept private."""

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="zqdesk-test-config-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"


@pytest.fixture(scope="session")
def qapp(qapp_args):
    """pytest-qt's application, created the way `zqdesk` creates it."""
    from zqdesk.gui.app import create_application

    app = create_application(qapp_args or ["zqdesk-tests"], large_text=False, language="zh_CN")
    yield app


@pytest.fixture(autouse=True)
def _no_dangling_tasks(qapp):
    """Fail a test that leaves background work running (napari's _dangling_qthreads)."""
    yield
    from zqdesk.gui import tasks

    finished = tasks.wait_all(20000)
    qapp.processEvents()
    assert finished, "a background task was still running after the test"


@pytest.fixture
def wait_tasks(qtbot, qapp):
    """Wait until every background task has finished and delivered its result."""
    from zqdesk.gui import tasks

    def wait(timeout: int = 20000) -> None:
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
    w.session.select_meeting(1)
    wait_tasks()
    return w


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
