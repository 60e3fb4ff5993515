"""The auditor verifies the chain and sees a tampered record."""

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from zqdesk.gui.mainwindow import MainWindow
from zqdesk.services import accounts, maintenance
from zqdesk.services.access import ActorRole
from zqdesk.services.demo import DEMO_PASSWORDS


def sign_in(window, username: str):
    actor = accounts.login(username, DEMO_PASSWORDS[username])
    window.session.sign_in_staff(actor)
    window.session.select_meeting(1)
    return actor


@pytest.fixture
def demo_path(demo_window):
    return demo_window.session.db_path


def test_the_auditor_verifies_the_chain_and_sees_a_tampered_record(demo_window, demo_path, wait_tasks):
    window = demo_window
    sign_in(window, "shenji")
    wait_tasks()
    assert window.verify_action.isEnabled()
    box = window.pages["settings"].audit_box
    window.verify_audit()
    assert window.current_stage() == "settings" and box.isVisible()
    wait_tasks()
    report = box.report
    assert report is not None and report.intact and report.count > 10
    assert "审计记录完好" in box.result.text() and report.head in box.result.text()
    assert "#067647" in box.result.styleSheet()
    assert window.status_audit.isVisible() and str(report.count) in window.status_audit.text()
    assert report.head in window.status_audit.toolTip()

    # Someone edits the log behind the application's back: the first problem shows in red.
    raw = sqlite3.connect(demo_path)
    raw.execute("UPDATE audit_entry SET actor = '他人' WHERE seq = 3")
    raw.commit()
    raw.close()
    box.verify()
    wait_tasks()
    assert not box.report.intact
    assert box.result.text().startswith("发现问题：审计记录第3条")
    assert "#b42318" in box.result.styleSheet()
    assert window.status_audit.text() == "审计：发现问题"

    # The clerk may not verify (separation of duties): the box and the menu are not offered.
    sign_in(window, "huiwu")
    assert not window.verify_action.isEnabled()
    window.go_to("settings")
    assert not box.isVisible()
