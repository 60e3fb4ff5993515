"""The expert's laptop in the main window (SPEC §8.3): opening a scoring package into a database
of its own, and working in it — the expert's desk only, the PIN chosen on opening, and the
result file exported from the desk (zqdesk.gui.pages.expert_desk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from zqdesk.gui.app import settings
from zqdesk.services import accounts

translate = QCoreApplication.translate
LAST_DATABASE, LAST_LABEL = "expert/last_database", "expert/last_label"


def open_expert_package(window) -> bool:
    """Ask for the package, its code and a PIN; on success go straight to the expert's desk."""
    from zqdesk.gui.dialogs.expert_package import OpenPackageDialog

    window.pause_background()
    dialog = OpenPackageDialog(window, window.session.db_path)
    accepted = dialog.exec() == OpenPackageDialog.DialogCode.Accepted and dialog.local_path is not None
    window.resume_background()
    if not accepted:
        return False
    return enter_expert_mode(window, dialog.local_path, dialog.pin)


def enter_expert_mode(window, local: Path, pin: str | None = None) -> bool:
    """Open a laptop database made from a scoring package; with the PIN just chosen the expert
    is signed in at once, otherwise the desk asks for it. Remembered for the next start."""
    if not window.open_path(local, create=False):
        return False
    info = window.session.offline
    if info is None:
        from zqdesk.gui.ask import tell

        tell(window, translate("laptop", "专家离线评分"),
             translate("laptop", "“%1”不是由评分数据包创建的数据库。").replace("%1", str(local)), warning=True)
        return False
    prefs = settings()
    prefs.setValue(LAST_DATABASE, str(local))
    prefs.setValue(LAST_LABEL, f"{info.expert_name} · {info.meeting_name}")
    if pin:
        window.session.sign_in_seat(accounts.expert_login(info.meeting_id, info.expert_id, pin))
    window.go_to("scoring")
    window.pages["scoring"].desk.reload()
    return True


def last_offline_database() -> tuple[Path, str] | None:
    """The laptop database worked in last (for 继续离线评分 on the sign-in window)."""
    prefs = settings()
    last = str(prefs.value(LAST_DATABASE, "") or "")
    if not last or not Path(last).exists():
        return None
    return Path(last), str(prefs.value(LAST_LABEL, Path(last).stem))


def show_offline_header(window, info) -> None:
    """Header, title and status bar of a laptop database: whose it is, of which meeting."""
    issued = str(info.issued_at)[:16].replace("T", " ")
    window.header.show_meeting(translate("laptop", "专家离线评分：%1").replace("%1", info.expert_name),
                               translate("laptop", "%1 · 评分数据包发放于%2").replace("%1", info.meeting_name)
                               .replace("%2", issued))
    window.header.show_read_only(None)
    window.status_meeting.setText(translate("laptop", "评审会：%1").replace("%1", info.meeting_name))
    window.setWindowTitle(translate("laptop", "%1 [专家离线评分] — 智慧钦州评审桌面").replace("%1", info.expert_name))
