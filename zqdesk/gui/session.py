"""What the window is working on: the database file, the open meeting and who is at the
keyboard; pages listen to its signals instead of to each other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from zqdesk.services import meetings
from zqdesk.storage.backup import backup_folder


class Role(StrEnum):
    CLERK = "clerk"
    CHAIR = "chair"
    EXPERT = "expert"


@dataclass(frozen=True)
class User:
    """The person at the keyboard: the clerk by default, the chair or an expert after a PIN."""

    role: Role = Role.CLERK
    name: str = ""
    expert_id: int | None = None


# What changed, so that pages reload only what depends on it.
MEETING, PROJECTS, PANEL, SCORES, CONCLUSIONS = "meeting", "projects", "panel", "scores", "conclusions"
EVERYTHING = (MEETING, PROJECTS, PANEL, SCORES, CONCLUSIONS)


class Session(QObject):
    """One per main window."""

    meeting_opened = Signal()  # a (different) meeting or database is now open
    changed = Signal(str)  # one of MEETING, PROJECTS, PANEL, SCORES, CONCLUSIONS
    user_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path: Path | None = None
        self.meeting_id: int | None = None
        self.meeting_name = ""
        self.plan_year: int | None = None
        self.finalised_at: datetime | None = None
        self.panel_open = False
        self.user = User()

    # -- the open meeting ---------------------------------------------------------------
    def open(self, db_path: Path, meeting_id: int | None) -> None:
        self.db_path = Path(db_path)
        self.meeting_id = meeting_id
        self.user = User()
        self._read_meeting()
        self.meeting_opened.emit()
        self.user_changed.emit()

    def select_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.user = User()
        self._read_meeting()
        self.meeting_opened.emit()
        self.user_changed.emit()

    def _read_meeting(self) -> None:
        if self.meeting_id is None:
            self.meeting_name, self.plan_year, self.finalised_at, self.panel_open = "", None, None, False
            return
        meeting = meetings.get_meeting(self.meeting_id)
        self.meeting_name = meeting.name
        self.plan_year = meeting.plan_year
        self.finalised_at = meeting.finalised_at
        self.panel_open = bool(meeting.panel_open)

    def notify(self, what: str) -> None:
        """A page wrote something: re-read the meeting row if needed and tell everyone."""
        if what == MEETING:
            self._read_meeting()
        self.changed.emit(what)

    @property
    def has_meeting(self) -> bool:
        return self.meeting_id is not None

    @property
    def read_only(self) -> bool:
        """A finalised meeting is read-only (SPEC §3.8); so is no meeting at all."""
        return self.meeting_id is None or self.finalised_at is not None

    # -- who is at the keyboard ---------------------------------------------------------
    def set_user(self, user: User) -> None:
        self.user = user
        self.user_changed.emit()

    @property
    def is_chair(self) -> bool:
        return self.user.role is Role.CHAIR

    @property
    def expert_mode(self) -> bool:
        return self.user.role is Role.EXPERT

    def signer(self) -> str:
        """The name recorded with the chair's decisions."""
        return self.user.name or "经办人"

    # -- the file -----------------------------------------------------------------------
    def last_backup(self) -> datetime | None:
        if self.db_path is None:
            return None
        folder = backup_folder(self.db_path)
        if not folder.is_dir():
            return None
        stamps = [p.stat().st_mtime for p in folder.glob(f"{self.db_path.stem}-*.sqlite3")]
        return datetime.fromtimestamp(max(stamps)) if stamps else None
