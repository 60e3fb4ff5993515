"""GUI fixtures: the application as zqdesk creates it (fonts, translators), a main window
on a fresh or demo database, no thread left running after a test, QSettings kept private."""

import gc
import os
import tempfile

# Offscreen unless a run on a real X display asked for xcb (tests/gui/test_on_x11.py).
os.environ["QT_QPA_PLATFORM"] = "xcb" if os.environ.get("ZQDESK_TEST_ON_X11") == "1" else "offscreen"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="zqdesk-test-config-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.gui import person  # noqa: E402
from tests.gui.helpers import as_system  # noqa: E402
from zqdesk.services.access import Actor, ActorRole  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"
CLERK = Actor("测试经办人", ActorRole.CLERK)  # for tests not yet rewritten to sign in at the window (issue #12)


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
    # The program collects cyclic garbage on its GUI thread's timer only (zqdesk/gui/collector.py):
    # what this test left is collected here, before the next test's workers start allocating.
    gc.collect()
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


CLERK_LOGIN = ("huiwu", "Huiwu@2027")  # the demo's clerk; the fresh database gets the same account


ADMIN_LOGIN = ("admin", "Admin@2027")


def staff_accounts(clerk: bool = True) -> None:
    """Behind the screen: the administrator, and the clerk 王会务 unless `clerk` is False."""
    from zqdesk.services import accounts

    with as_system():
        accounts.create_first_admin(ADMIN_LOGIN[0], "系统管理员", ADMIN_LOGIN[1])
        if clerk:
            accounts.create_account(CLERK_LOGIN[0], "王会务", ActorRole.CLERK, CLERK_LOGIN[1])


def start_on_small_meeting(qtbot, db_path, wait_tasks, login=CLERK_LOGIN):
    """`zqdesk --db PATH` on a database holding tests.gui.helpers.small_meeting (three projects,
    PIN 1234 for every expert), signed in as `login`. Returns (window, meeting id)."""
    from tests.gui.helpers import small_meeting

    staff_accounts()
    meeting_id = small_meeting()
    return start_program(qtbot, wait_tasks, ["--db", str(db_path)], login), meeting_id


@pytest.fixture
def window(qtbot, db_path, wait_tasks):
    """The program started on a fresh database with no meeting (`zqdesk --db PATH`), the clerk
    王会务 signed in through the sign-in window."""
    staff_accounts()
    return start_program(qtbot, wait_tasks, ["--db", str(db_path)], CLERK_LOGIN)


@pytest.fixture
def demo_window(qtbot, demo_db, tmp_path, wait_tasks):
    """The program started on a private copy of the demo database, the clerk signed in; the
    demo's meeting 1 is the one open."""
    return start_program(qtbot, wait_tasks, ["--db", str(tmp_path / "demo.sqlite3")], CLERK_LOGIN)


def start_program(qtbot, wait_tasks, argv: list[str], login: tuple[str, str] | None):
    """What a person gets by starting `zqdesk ARGS` and signing in at its sign-in window, on
    a 1366×768 screen."""
    from zqdesk.gui.app import launch
    from zqdesk.storage.db import close_database

    close_database()  # the fixture's setup connection: the program opens its own
    if login is None:
        window = launch(argv)
    else:
        with person.answer(qtbot, "登录", lambda d: person.sign_in(qtbot, d, *login)):
            window = launch(argv)
    assert window is not None, "the program gave up at start"
    qtbot.addWidget(window)
    window.resize(1366, 740)
    # A window manager gives the focus back to the window once the sign-in dialog has closed;
    # offscreen, nobody does.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    wait_tasks()
    return window


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True)
def _modal_watch(monkeypatch):
    """A blocking dialog (exec) is answered by the test's `person.answer(...)`; one nobody
    expected is closed at once and fails the test (offscreen, it would wait forever). The
    static shortcuts (QMessageBox.question, QFileDialog.getOpenFileName, QInputDialog.getText…)
    run their dialog inside Qt where no test can answer it: the app builds its dialogs
    (zqdesk.gui.ask, zqdesk.gui.dialogs.files), and a static call fails the test."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    from tests.gui import person

    def refuse(*args, **kwargs):
        raise AssertionError("a static Qt dialog was used; build the dialog (zqdesk.gui.ask) so a person can answer it")

    # Only the classes that define exec themselves: a subclass inheriting it would be tracked twice.
    own = [(cls, cls.__dict__["exec"]) for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog) if "exec" in cls.__dict__]
    for cls, original in own:

        def tracked(self, _original=original):
            person.on_blocking_dialog(self)
            return _original(self)

        monkeypatch.setattr(cls, "exec", tracked)
    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    for name in ("getText", "getMultiLineText", "getItem", "getInt", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(refuse))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))
    person.unexpected.clear()
    yield
    seen, person.unexpected[:] = list(person.unexpected), []
    assert not seen, f"blocking dialogs opened that the test did not expect: {seen}"


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups into the node ids
def pytest_collection_modifyitems(items):
    """With pytest-xdist, every GUI test runs in the same worker: one QApplication, and the
    every-dialog check (test_zz_every_dialog.py) sees what every GUI test pressed."""
    gui = Path(__file__).resolve().parent
    for item in items:
        if gui in Path(item.fspath).resolve().parents:
            item.add_marker(pytest.mark.xdist_group("gui"))


def pytest_terminal_summary(terminalreporter):
    screens = ARTIFACTS / "screens"
    if screens.is_dir() and any(screens.glob("*.png")):
        terminalreporter.write_sep("-", f"screenshots of every screen: {screens}")
