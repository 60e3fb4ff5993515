"""The main window: the meeting's stages in a list, one page per stage, a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget,
)

from zqdesk.gui.screenfit import fitted_size
from zqdesk.gui import tasks
from zqdesk.gui.ask import confirm, tell
from zqdesk.gui.models.stages import STAGES, StageModel
from zqdesk.gui.pages.base import StagePage
from zqdesk.gui.live import LiveWatcher
from zqdesk.gui.session import Session
from zqdesk.gui.unsaved import TYPING_QUIET_S
from zqdesk.services.access import Action, ActorRole
from zqdesk.gui.results_cache import results_for
from zqdesk.services import maintenance
from zqdesk.gui.summary import stage_summary
from zqdesk.gui.widgets.banner import MeetingHeader
from zqdesk.gui.widgets.stagelist import StageList
from zqdesk.core.vocab import MEETING_KIND_LABELS, Kind
from zqdesk.storage.location import ServerAddress


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path | None = None, meeting_id: int | None = None) -> None:
        super().__init__()
        self.session = Session(self)
        self.live = LiveWatcher(self.session, self)
        self.setWindowTitle(self.tr("智慧钦州评审桌面"))
        self.resize(fitted_size(self, 1360, 860))
        self._summary_task: tasks.Task | None = None
        self._summary_timer = QTimer(self, singleShot=True, interval=50)
        self._summary_timer.timeout.connect(self._refresh_summary)
        # An automatic, verified backup every few minutes (设置; 5 by default) while a database is
        # open, and on closing; services.maintenance.automatic_backup keeps the newest 20.
        from zqdesk.gui.app import backup_interval

        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(self._automatic_backup)
        self.set_backup_interval(backup_interval())

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = MeetingHeader(central)
        outer.addWidget(self.header)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.stage_model = StageModel(self)
        self.stage_list = StageList(central)
        self.stage_list.setModel(self.stage_model)
        self.stage_list.setAccessibleName(self.tr("评审阶段"))
        body.addWidget(self.stage_list)
        self.stack = QStackedWidget(central)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.pages: dict[str, StagePage] = {}
        for key, page in self._create_pages().items():
            self.pages[key] = page
            self.stack.addWidget(page)
            page.status_message.connect(self.show_message)
        self.stage_list.selectionModel().currentChanged.connect(self._stage_chosen)

        self._build_status_bar()
        self.live.reachable_changed.connect(self._server_reachable)
        self._build_menus()
        from zqdesk.gui.idlelock import IdleLock

        self.idle_lock = IdleLock(self, self.session)
        # Behind the lock nothing reloads: a reload would replace what is being typed.
        self.idle_lock.locked_changed.connect(lambda locked: self.live.stop() if locked else self.live.resume())
        self.pages["settings"].audit_box.verified.connect(self._audit_verified)
        self.session.meeting_opened.connect(self._meeting_opened)
        self.session.changed.connect(self._session_changed)
        self.session.user_changed.connect(self._user_changed)
        self.go_to("meeting")
        self._restore_geometry()
        if db_path is not None:
            self.session.open(db_path, meeting_id)

    # -- construction -------------------------------------------------------------------
    def _create_pages(self) -> dict[str, StagePage]:
        from zqdesk.gui.pages.discussion import DiscussionPage
        from zqdesk.gui.pages.documents import DocumentsPage
        from zqdesk.gui.pages.meeting import MeetingPage
        from zqdesk.gui.pages.panel import PanelPage
        from zqdesk.gui.pages.plan import PlanPage
        from zqdesk.gui.pages.projects import ProjectsPage
        from zqdesk.gui.pages.scoring import ScoringPage
        from zqdesk.gui.pages.settings import SettingsPage

        s = self.session
        return {
            "meeting": MeetingPage(s, self), "projects": ProjectsPage(s, self), "panel": PanelPage(s, self),
            "scoring": ScoringPage(s, self), "discussion": DiscussionPage(s, self), "plan": PlanPage(s, self),
            "documents": DocumentsPage(s, self), "settings": SettingsPage(s, self),
        }

    def _build_status_bar(self) -> None:
        from zqdesk.gui.widgets.statusbar import StatusLabels

        self.status = StatusLabels(self.statusBar())
        self.status_meeting, self.status_user = self.status.meeting, self.status.user
        self.status_db, self.status_backup, self.status_audit = self.status.db, self.status.backup, self.status.audit

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        open_db = QAction(self.tr("打开数据库…"), self)
        open_db.setShortcut(QKeySequence.StandardKey.Open)
        open_db.triggered.connect(lambda: self.pages["settings"].choose_database())
        file_menu.addAction(open_db)
        package = QAction(self.tr("打开评分数据包（专家离线评分）…"), self)
        package.triggered.connect(self.open_expert_package)
        file_menu.addAction(package)
        backup = QAction(self.tr("立即备份"), self)
        backup.triggered.connect(lambda: self.pages["settings"].backup_now())
        file_menu.addAction(backup)
        switch = QAction(self.tr("切换用户…"), self)
        switch.triggered.connect(self.switch_user)
        file_menu.addAction(switch)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("阶段(&G)"))
        for number, key in enumerate(STAGES, start=1):
            action = QAction(self.stage_model.title(key), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.go_to(k))
            go_menu.addAction(action)
        self.addActions(go_menu.actions())
        tools_menu = self.menuBar().addMenu(self.tr("工具(&T)"))
        self.verify_action = QAction(self.tr("核验审计记录…"), self)
        self.verify_action.triggered.connect(self.verify_audit)
        tools_menu.addAction(self.verify_action)
        self.lock_action = QAction(self.tr("锁定屏幕"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.idle_lock.lock_now(by_hand=True))
        tools_menu.addAction(self.lock_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- navigation ---------------------------------------------------------------------
    def go_to(self, key: str) -> None:
        row = STAGES.index(key)
        if not (self.stage_model.flags(self.stage_model.index(row)) & Qt.ItemFlag.ItemIsEnabled):
            return
        self.stage_list.selectionModel().setCurrentIndex(
            self.stage_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_stage(self) -> str:
        return STAGES[self.stack.currentIndex()]

    @Slot()
    def _stage_chosen(self, current, _previous=None) -> None:
        if current.isValid():
            self.stack.setCurrentIndex(current.row())
            self._show_backup()  # backups made meanwhile (the timer's, the 设置 page's)

    # -- the session --------------------------------------------------------------------
    def open_database(self, path: Path | ServerAddress, meeting_id: int | None = None) -> None:
        self.session.open(path, meeting_id)

    def open_path(self, path: Path | ServerAddress, create: bool, sign_in: bool = False) -> bool:
        """Open a file or connect to a server, explaining a refusal with a way forward; False
        if given up. With sign_in, ask for the staff account at once (False if given up)."""
        from zqdesk.gui.opening import open_with_dialogs

        opened = open_with_dialogs(self, path if isinstance(path, ServerAddress) else Path(path), create)
        if opened is None:
            return False
        self.session.open(opened.location, opened.meeting_id)
        return self.sign_in() if sign_in else True

    def sign_in(self) -> bool:
        """The staff member signs in to the open file (the first one creates the
        administrator account). False if they cancel. On an expert's laptop the expert signs
        in with their PIN on the desk instead; the sign-in window also leads there."""
        from zqdesk.gui.dialogs.staff_login import CONTINUE_OFFLINE, OPEN_PACKAGE, StaffLogin

        if self.session.offline is not None:
            self.go_to("scoring")
            return True
        dialog = StaffLogin(self, self.session.location)
        result = dialog.exec()
        if dialog.choice == OPEN_PACKAGE:
            return self.open_expert_package()
        if dialog.choice == CONTINUE_OFFLINE and dialog.offline_database is not None:
            return self.enter_expert_mode(dialog.offline_database)
        if result != StaffLogin.DialogCode.Accepted or dialog.actor is None:
            return False
        self.session.sign_in_staff(dialog.actor)
        # Each role lands where its work is: the auditor on the audit box of 设置, everyone else
        # on 会议 (issue #12).
        self.go_to("settings" if dialog.actor.role is ActorRole.AUDITOR else "meeting")
        if dialog.first:
            # The administrator just created on a new database: the next step is the clerk's
            # account, so 设置 opens with 新建账号 (经办人 chosen); Esc leaves it for later.
            self.go_to("settings")
            self.pages["settings"].accounts.new_account(ActorRole.CLERK)
        return True

    # -- an expert's laptop (SPEC §8.3; zqdesk.gui.laptop) -------------------------------
    @Slot()
    def open_expert_package(self) -> bool:
        """打开评分数据包: verify a package with the slip's code, make the laptop's database
        from it and go straight to the expert's desk. False if given up."""
        from zqdesk.gui.laptop import open_expert_package

        return open_expert_package(self)

    def enter_expert_mode(self, local: Path, pin: str | None = None) -> bool:
        """Open a laptop database made from a scoring package (the desk asks for the PIN
        unless it is given)."""
        from zqdesk.gui.laptop import enter_expert_mode

        return enter_expert_mode(self, Path(local), pin)

    def pause_background(self) -> None:
        """Nothing may start while another database is being made the open one."""
        self._summary_timer.stop()
        self._backup_timer.stop()
        self.live.stop()
        self.session.saver.stop()

    def resume_background(self) -> None:
        from zqdesk.gui.app import backup_interval

        self.set_backup_interval(backup_interval())
        self.live.resume()
        self.session.saver.resume()

    @Slot()
    def switch_user(self) -> None:
        """Sign out and let another staff member sign in (the window stays open)."""
        if not self._close_with_unsaved_opinions():
            return
        self.session.sign_out()
        if not self.sign_in():
            self.show_message(self.tr("未登录：请从“文件”菜单登录。"))

    def start_demo(self, path: Path) -> None:
        """Open the demo meeting, building it first (off the UI thread) if need be."""
        from zqdesk.gui.opening import build_demo_file, demo_ready

        path = Path(path)
        if demo_ready(path):
            self.open_demo(path)
            return
        self.header.show_meeting(self.tr("正在生成演示评审会…"), self.tr("首次使用需要几秒钟"))
        self.show_message(self.tr("正在生成演示评审会（%1）…").replace("%1", str(path)))
        self.setEnabled(False)
        tasks.run(lambda: build_demo_file(path), lambda built: self.open_demo(built), self._demo_failed)

    def open_demo(self, path: Path) -> None:
        self.setEnabled(True)
        if self.open_path(path, create=False):
            self.session.meeting_id = 1
            if not self.sign_in():
                return
            self.show_message(self.tr("演示评审会已打开。各位专家的演示PIN均为1234。"))

    def _demo_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        tell(self, self.tr("无法生成演示评审会"), str(error), warning=True)

    @Slot()
    def _meeting_opened(self) -> None:
        s = self.session
        self._apply_business_settings()
        self.status.show_db(s.location)
        self._show_backup()
        self._show_meeting()
        if s.has_meeting and not s.expert_mode and s.may(Action.READ_RESULTS):
            self.stage_model.clear_status(self.tr("正在统计…"))
            self._summary_timer.start()
        elif s.has_meeting:
            self.stage_model.clear_status()  # the administrator (or an expert) reads no counts
        else:
            self.stage_model.clear_status()
            self.go_to("meeting")

    def _show_meeting(self) -> None:
        s = self.session
        if s.offline is not None:
            from zqdesk.gui.laptop import show_offline_header

            show_offline_header(self, s.offline)
            return
        if not s.has_meeting:
            self.header.show_meeting(self.tr("尚未打开评审会"), self.tr("请在“会议”中新建或打开一个评审会"))
            self.header.show_read_only(None)
            self.status_meeting.setText(self.tr("评审会：—"))
            self.setWindowTitle(self.tr("智慧钦州评审桌面"))
            return
        from zqdesk.services.meetings import get_meeting

        meeting = get_meeting(s.meeting_id)
        kind = MEETING_KIND_LABELS.get(Kind(meeting.kind), meeting.kind)
        parts = [kind, self.tr("计划年度%1").replace("%1", str(meeting.plan_year))]
        if meeting.held_on:
            parts.append(meeting.held_on.isoformat())
        if meeting.venue:
            parts.append(meeting.venue)
        self.header.show_meeting(meeting.name, " · ".join(parts))
        if s.finalised_at is not None:
            self.header.show_read_only(
                self.tr("本评审会已于%1定稿，所有内容只读，不能再修改。").replace(
                    "%1", s.finalised_at.strftime("%Y-%m-%d %H:%M")))
            self.setWindowTitle(self.tr("%1 [已定稿·只读] — 智慧钦州评审桌面").replace("%1", meeting.name))
        else:
            self.header.show_read_only(None)
            self.setWindowTitle(self.tr("%1 — 智慧钦州评审桌面").replace("%1", meeting.name))
        self.status_meeting.setText(self.tr("评审会：%1").replace("%1", meeting.name))

    @Slot(bool)
    def _server_reachable(self, reachable: bool) -> None:
        self.status.offline.setVisible(not reachable)
        if reachable and self.session.on_server:
            self.show_message(self.tr("已重新连接数据库服务器。"))
            self.session.saver.flush_soon()

    def _show_backup(self) -> None:
        self.status.show_backup(self.session.last_backup(), self.session.on_server)

    @Slot(str)
    def _session_changed(self, what: str) -> None:
        if what == "meeting":
            self._show_meeting()
        self._show_backup()
        self._summary_timer.start()

    @Slot()
    def _user_changed(self) -> None:
        user = self.session.user
        self.verify_action.setEnabled(self.session.may(Action.AUDIT_VERIFY))
        self.lock_action.setEnabled(user is not None)
        if user is None:
            text = self.tr("未登录")
        else:
            names = {ActorRole.ADMIN: self.tr("系统管理员"), ActorRole.CLERK: self.tr("经办人"),
                     ActorRole.CHAIR: self.tr("评审组长"), ActorRole.EXPERT: self.tr("评审专家"),
                     ActorRole.AUDITOR: self.tr("审计员"), ActorRole.SYSTEM: self.tr("系统")}
            text = names[user.role] + (f" {user.name}" if user.name else "")
        self.status_user.setText(self.tr("用户：%1").replace("%1", text))
        self.header.show_user(text)
        if self.session.offline is not None:
            locked = set(STAGES) - {"scoring", "settings"}  # the laptop: the expert's own sheet only
        elif user is None:
            locked = set(STAGES) - {"settings"}  # nothing to read until someone signs in
        elif user.role is ActorRole.EXPERT:
            locked = set(STAGES) - {"scoring"}  # the expert at the keyboard sees only their sheet
        elif user.role is ActorRole.ADMIN:
            locked = set(STAGES) - {"meeting", "settings"}  # separation of duties: no scores
        else:
            locked = set()
        self.stage_model.set_locked(locked)
        if STAGES[self.stack.currentIndex()] in locked:
            self.go_to(next(k for k in STAGES if k not in locked))
        if user is not None and user.role is not ActorRole.EXPERT and self.session.may(Action.READ_RESULTS):
            self._summary_timer.start()
        else:
            self.stage_model.clear_status()  # no counts for whoever may not read the panel's results

    @Slot()
    def _refresh_summary(self) -> None:
        s = self.session
        if not s.has_meeting or s.expert_mode or not s.may(Action.READ_RESULTS):
            return  # an expert (or the administrator) may not read the panel's results
        wait = s.saver.typing(TYPING_QUIET_S)
        if wait:
            # Scores are being typed (each one seen by zqdesk.gui.live as a change): the counts
            # wait for the keyboard to rest. Computing the meeting's results takes a worker
            # half a second at 2,000 projects, and the UI thread waits for the GIL meanwhile.
            self._summary_timer.start(int(wait * 1000) + 1)
            return
        self._summary_timer.setInterval(50)  # (start(ms) above changed it)
        if self._summary_task is not None:
            self._summary_task.cancel()
        meeting_id, key = s.meeting_id, s.results_key()
        self._summary_task = tasks.run(lambda: stage_summary(meeting_id, results_for(*key)),
                                       self._summary_ready, self._summary_failed)

    def _summary_ready(self, summary) -> None:
        if self.session.has_meeting:
            self.stage_model.set_summary(summary)

    def _summary_failed(self, error: BaseException) -> None:
        self.stage_model.clear_status(self.tr("统计失败"))
        self.show_message(str(error))

    def _close_with_kept_scores(self) -> bool:
        """What is kept on this terminal is not lost by closing (they are in a journal file and
        saved at the next start), but the expert should know they are not on the server yet."""
        count = len(self.session.saver.queue.pending())
        return confirm(self, self.tr("还有输入未保存到服务器"), self.tr(
            "与数据库服务器的连接尚未恢复，还有%1项输入（分数或评审意见）暂存在本机。关闭后它们仍保存在本机，"
            "下次打开本程序并连接服务器时自动保存。仍要关闭吗？").replace("%1", str(count)), yes=self.tr("关闭"))

    def _close_with_unsaved_opinions(self) -> bool:
        """Opinion text typed on 汇总讨论 and not saved is lost by closing: say which, ask."""
        codes = self.pages["discussion"].conclusion.unsaved_codes()
        if not codes:
            return True
        return confirm(self, self.tr("评审意见尚未保存"), self.tr(
            "以下项目的评审意见有修改尚未保存：%1。继续的话，这些修改将丢失。").replace("%1", "、".join(codes)),
            yes=self.tr("放弃修改"), no=self.tr("返回"))

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _about(self) -> None:
        from zqdesk import __version__

        tell(self, self.tr("关于"), self.tr(
            "智慧钦州评审桌面 %1\n\n供市发改委组织“智慧钦州”建设项目评审会使用的离线软件。").replace("%1", __version__))

    # -- window state -------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        from zqdesk.gui.app import settings

        geometry = settings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def _apply_business_settings(self) -> None:
        """The open database's idle lock and backup interval (set by its administrator)."""
        from zqdesk.gui.app import backup_interval
        from zqdesk.gui.idlelock import idle_minutes

        minutes = idle_minutes()
        if minutes != self.idle_lock.minutes:
            self.idle_lock.set_minutes(minutes)
        interval = backup_interval() * 60 * 1000
        if self._backup_timer.isActive() and interval != self._backup_timer.interval():
            self._backup_timer.start(interval)

    def set_backup_interval(self, minutes: int) -> None:
        self._backup_timer.start(max(1, int(minutes)) * 60 * 1000)

    @Slot()
    def verify_audit(self) -> None:
        """工具 → 核验审计记录: the 设置 page's audit box, run at once."""
        self.go_to("settings")
        self.pages["settings"].audit_box.verify()

    @Slot(object)
    def _audit_verified(self, report) -> None:
        self.status.show_audit(report)

    @Slot()
    def _automatic_backup(self) -> None:
        path = self.session.db_path
        if path is not None:
            tasks.run(lambda: maintenance.automatic_backup(path, "auto"), lambda _target: self._show_backup(),
                      lambda error: self.show_message(self.tr("自动备份失败：%1").replace("%1", str(error))))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        from zqdesk.gui.app import settings

        if self.session.saver.has_kept() and not self._close_with_kept_scores():
            event.ignore()
            return
        if not self._close_with_unsaved_opinions():
            event.ignore()
            return
        settings().setValue("window/geometry", self.saveGeometry())
        # Nothing may start after this: a result delivered to a deleted window is an error, and
        # a page's deferred reload would read whatever database is open by then.
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.live.stop()
        self.session.saver.stop()
        tasks.cancel_all()
        tasks.wait_all(5000)
        if self.session.db_path is not None and self.session.actor is not None:
            try:
                maintenance.automatic_backup(self.session.db_path, "close")
            except Exception as error:  # noqa: BLE001 — closing must not fail over a backup
                self.show_message(str(error))
        super().closeEvent(event)
