"""What the window is working on: the database (a file, or a server's database), the open
meeting and who is at the keyboard; pages listen to its signals instead of to each other.

Who is at the keyboard is a services `Actor`: the staff member who signed in with their
account, and on top of it, for a while, a panel seat (an expert, or the chair) signed in
with the seat's PIN. The services check every call against the current actor.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from zqdesk.services import maintenance, meetings
from zqdesk.services.expertmode import ExpertModeInfo, expert_mode_info
from zqdesk.services.access import Action, Actor, ActorRole, may, set_actor
from zqdesk.storage.location import Location, ServerAddress, describe, parse_location

# What changed, so that pages reload only what depends on it.
MEETING, PROJECTS, PANEL, SCORES, CONCLUSIONS = "meeting", "projects", "panel", "scores", "conclusions"
EVERYTHING = (MEETING, PROJECTS, PANEL, SCORES, CONCLUSIONS)


class Session(QObject):
    """One per main window."""

    meeting_opened = Signal()  # a (different) meeting or database is now open
    changed = Signal(str)  # one of MEETING, PROJECTS, PANEL, SCORES, CONCLUSIONS (or a note)
    user_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A file path (embedded SQLite) or a ServerAddress (a review room's server).
        self.location: Location | None = None
        self.meeting_id: int | None = None
        self.meeting_name = ""
        self.plan_year: int | None = None
        self.finalised_at: datetime | None = None
        self.panel_open = False
        self.staff: Actor | None = None
        self.seat: Actor | None = None
        # On an expert's laptop: what the open database was made from (services.expertmode).
        self.offline: ExpertModeInfo | None = None
        self.generation = 0  # counts changes; results computed at one generation are current
        from zqdesk.gui.unsaved import ScoreSaver

        # Scores entered here go through it: kept on this terminal while a server is away.
        self.saver = ScoreSaver(self)

    # -- the open meeting ---------------------------------------------------------------
    def open(self, location: Path | ServerAddress | str, meeting_id: int | None) -> None:
        """Another database: whoever was signed in must sign in again (accounts are per file)."""
        self.generation += 1
        self.location = parse_location(location)
        self.meeting_id = meeting_id
        self.staff = self.seat = None
        set_actor(None)
        self.offline = expert_mode_info()
        if self.offline is not None:
            self.meeting_id = self.offline.meeting_id  # the only meeting there
        self._read_meeting()
        self.meeting_opened.emit()
        self.user_changed.emit()

    def select_meeting(self, meeting_id: int | None) -> None:
        self.generation += 1
        self.meeting_id = meeting_id
        self.seat = None
        set_actor(self.actor)
        self._read_meeting()
        self.meeting_opened.emit()
        self.user_changed.emit()

    def _read_meeting(self) -> None:
        if self.meeting_id is None or self.actor is None:
            self.meeting_name, self.plan_year, self.finalised_at, self.panel_open = "", None, None, False
            return
        meeting = meetings.get_meeting(self.meeting_id)
        self.meeting_name = meeting.name
        self.plan_year = meeting.plan_year
        self.finalised_at = meeting.finalised_at
        self.panel_open = bool(meeting.panel_open)

    def notify(self, what: str) -> None:
        """A page wrote something: re-read the meeting row if needed and tell everyone."""
        self.generation += 1
        if what == MEETING:
            self._read_meeting()
        self.changed.emit(what)

    @property
    def has_meeting(self) -> bool:
        return self.meeting_id is not None and self.actor is not None

    @property
    def read_only(self) -> bool:
        """A finalised meeting is read-only (SPEC §3.8); so is no meeting at all."""
        return not self.has_meeting or self.finalised_at is not None

    # -- who is at the keyboard ---------------------------------------------------------
    @property
    def actor(self) -> Actor | None:
        return self.seat or self.staff

    @property
    def user(self) -> Actor | None:
        return self.actor

    def sign_in_staff(self, actor: Actor) -> None:
        self.staff, self.seat = actor, None
        set_actor(actor)
        if self.location is not None:
            # The meeting asked for must be one of this database's (a number carried over from
            # another file or server names nothing here, or something else); else the most recent.
            listed = meetings.list_meetings()
            if self.meeting_id is None or all(m.id != self.meeting_id for m in listed):
                self.meeting_id = listed[0].id if listed else None
        self._read_meeting()
        self.user_changed.emit()
        self.meeting_opened.emit()

    def sign_in_seat(self, actor: Actor) -> None:
        """An expert or the chair, by their seat's PIN, on top of the staff member (on an
        expert's laptop, with nobody beneath)."""
        self.seat = actor
        set_actor(actor)
        if not self.meeting_name:
            self._read_meeting()
        self.user_changed.emit()

    def sign_out_seat(self) -> None:
        self.seat = None
        set_actor(self.staff)
        self.user_changed.emit()

    def sign_out(self) -> None:
        self.staff = self.seat = None
        set_actor(None)
        self.user_changed.emit()
        self.meeting_opened.emit()

    @property
    def role(self) -> ActorRole | None:
        return self.actor.role if self.actor else None

    @property
    def is_chair(self) -> bool:
        return self.role is ActorRole.CHAIR

    @property
    def expert_mode(self) -> bool:
        return self.role is ActorRole.EXPERT

    def results_key(self) -> tuple[int, int, str]:
        """What a cached computation of the results is valid for (see results_cache)."""
        who = f"{self.actor.role}:{self.actor.expert_id}" if self.actor else ""
        return self.meeting_id or 0, self.generation, who

    def may(self, action: Action) -> bool:
        """Whether the services would let the current actor do this in the open meeting."""
        if self.actor is None:
            return False
        return may(action, meeting_id=self.meeting_id)

    def can_edit(self, action: Action) -> bool:
        return not self.read_only and self.may(action)

    def signer(self) -> str:
        """The name recorded with the chair's decisions."""
        return self.actor.name if self.actor else ""

    # -- the database --------------------------------------------------------------------
    @property
    def db_path(self) -> Path | None:
        """The open database file; None with no database, or one on a server (which has no
        file here to back up: the server's own backups take its place)."""
        return self.location if isinstance(self.location, Path) else None

    @property
    def on_server(self) -> bool:
        return isinstance(self.location, ServerAddress)

    def describe_location(self) -> str:
        """The database as shown to people: a path, or the server's address without a password."""
        return describe(self.location) if self.location is not None else "—"

    def last_backup(self) -> datetime | None:
        if self.db_path is None:
            return None
        newest = maintenance.last_backup(self.db_path)
        return datetime.fromtimestamp(newest.stat().st_mtime) if newest else None
