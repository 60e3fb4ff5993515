"""Child process of test_three_terminals: one terminal of the review room as the experts see it —
the desktop window (offscreen) connected to the server, the clerk signed in, and each of its
experts choosing their name, typing the PIN, typing every score into the desk's fields (Enter
saves), choosing the recommendation, writing the opinion, then signing with the PIN. All
terminals start at one signal."""

import json
import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main(url: str, sheets_file: str, signals: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from zqdesk.gui import tasks
    from zqdesk.gui.app import create_application
    from zqdesk.gui.mainwindow import MainWindow
    from zqdesk.services import accounts
    from zqdesk.services.demo import DEMO_PASSWORDS
    from zqdesk.storage.location import parse_location

    app = create_application(["terminal"], large_text=False, language="zh_CN")

    def settle() -> None:
        """Let the window finish what it started (readings in the background)."""
        for _ in range(2000):
            app.processEvents()
            if tasks.busy() == 0:
                break
            time.sleep(0.005)
        app.processEvents()

    work = json.loads(Path(sheets_file).read_text(encoding="utf-8"))
    window = MainWindow()
    window.show()
    assert window.open_path(parse_location(url), create=False)
    window.session.sign_in_staff(accounts.login("huiwu", DEMO_PASSWORDS["huiwu"]))
    window.session.select_meeting(work[0]["meeting"])
    window.go_to("scoring")
    settle()
    desk = window.pages["scoring"].desk
    folder = Path(signals)
    (folder / f"ready-{Path(sheets_file).stem}").touch()
    while not (folder / "go").exists():
        time.sleep(0.01)
    for person in work:
        login = desk.login.ui
        login.expertCombo.setCurrentIndex(login.expertCombo.findData(person["expert_id"]))
        QTest.keyClicks(login.pinEdit, person["pin"])
        QTest.keyClick(login.pinEdit, Qt.Key.Key_Return)
        assert window.session.user.expert_id == person["expert_id"], desk.login.ui.messageLabel.text()
        settle()
        for line in person["lines"]:
            row = next(n for n, x in enumerate(desk.model.rows()) if x.code == line["code"])
            desk.table.selectRow(row)
            settle()
            form = desk.form
            assert form.line.code == line["code"]
            for key, points in line["points"].items():
                field = form.fields[key]
                field.setFocus()  # as a click into the field: Enter then moves the focus on from here
                field.selectAll()
                QTest.keyClicks(field, points)
                QTest.keyClick(field, Qt.Key.Key_Return)
                assert "已保存" in desk.message.text(), desk.message.text()
            form.recommendation.setCurrentIndex(form.recommendation.findText(line["recommendation"]))
            form.recommendation.activated.emit(form.recommendation.currentIndex())
            form.opinion.setPlainText(line["opinion"])
            QApplication.sendEvent(form.opinion, QFocusEvent(QEvent.Type.FocusOut))  # leaving the box saves it
        assert not window.session.saver.has_kept()
        assert desk.sign_and_submit(person["pin"]), desk.message.text()
        settle()
        desk.log_out()
    tasks.wait_all(30000)
    window.session.saver.stop()
    window.live.stop()
    sys.stdout.write(f"{len(work)} experts done at the desk\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
