"""Scores (and review texts) typed while the database server cannot be reached are kept, not
lost (issue #8).

On a server database a terminal's connection may drop (a cable, a switch, the server
restarting). `UnsavedScores.enter` saves a score at once when it can; when the server is
unreachable it keeps the value the expert typed in memory and in a small journal file on this
terminal (so a restart of the app loses nothing either), and says so. `flush()` saves what is
kept, oldest first, once the server is back, and tells what happened to each.

A kept score remembers the value the cell showed before the expert typed (`expected`), so
when it is saved later it never overwrites a value another terminal entered meanwhile: that
comes back as a conflict for the expert to look at (zqdesk.services.scoring.enter_score).

The expert's recommendation, opinion and deviation explanation go the same way
(`enter_review`, saved by `scoring.save_review`), in the same order as the scores they were
typed with.

No Qt here: the GUI calls `enter` / `enter_review` instead of the scoring services, shows
`Outcome.message`, marks what `pending()` holds as not yet saved, and calls `flush()` from a
timer while `has_pending()`.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from zqdesk.paths import data_dir
from zqdesk.services import scoring
from zqdesk.services.errors import Conflict, Refused
from zqdesk.services.offline import write_atomically
from zqdesk.storage.db import ServerUnavailable
from zqdesk.storage.location import describe

SAVED, KEPT, CONFLICT, REFUSED = "saved", "kept", "conflict", "refused"
UNCHECKED = "unchecked"  # in the journal: save without comparing with what the cell showed


@dataclass(frozen=True)
class TypedScore:
    """One score as the expert typed it, with what the cell showed before (None: empty)."""

    meeting_id: int
    expert_id: int
    code: str
    criterion: str
    points: str
    expected: str | None
    typed_at: str

    @property
    def cell(self) -> tuple[int, int, str, str]:
        return self.meeting_id, self.expert_id, self.code, self.criterion


@dataclass(frozen=True)
class TypedReview:
    """One review text as typed (field: recommendation, opinion or deviation_note), with what
    the field showed before."""

    meeting_id: int
    expert_id: int
    code: str
    field: str
    text: str
    expected: str | None
    typed_at: str

    @property
    def cell(self) -> tuple[int, int, str, str]:
        return self.meeting_id, self.expert_id, self.code, "review:" + self.field


Typed = TypedScore | TypedReview


@dataclass(frozen=True)
class Outcome:
    """What became of one typed score or text; `message` is for the expert (Chinese)."""

    status: str  # SAVED | KEPT | CONFLICT | REFUSED
    typed: Typed
    message: str = ""


def journal_for(location) -> Path:
    """This terminal's journal of unsaved scores for a database (named without asking it)."""
    digest = hashlib.sha256(describe(location).encode("utf-8")).hexdigest()[:16]
    return data_dir() / "unsaved" / f"{digest}.json"


class UnsavedScores:
    """The scores typed on this terminal that the server has not yet got, oldest first."""

    def __init__(self, journal: Path) -> None:
        self.journal = Path(journal)
        self._lock = threading.RLock()
        self._pending: list[Typed] = self._load()

    # -- what the GUI calls ---------------------------------------------------------------

    def enter(self, meeting_id: int, expert_id: int, code: str, criterion: str, points: Decimal,
              expected=scoring.UNCHECKED) -> Outcome:
        """Save now, or keep until the server is back. Refused (bad points, a submitted sheet,
        no right to write it) is raised as `scoring.enter_score` raises it; nothing is kept then."""
        typed = TypedScore(
            meeting_id, expert_id, code, criterion, str(Decimal(points)),
            UNCHECKED if expected is scoring.UNCHECKED else (None if expected is None else str(Decimal(expected))),
            datetime.now().isoformat(timespec="seconds"),
        )
        return self._enter(typed)

    def enter_review(self, meeting_id: int, expert_id: int, code: str, field: str, text: str,
                     expected=scoring.UNCHECKED) -> Outcome:
        """The recommendation, opinion or deviation explanation, as `enter` does a score."""
        if field not in scoring.REVIEW_FIELD_LABELS:
            raise ValueError(f"not a review field: {field}")
        typed = TypedReview(meeting_id, expert_id, code, field, text,
                            UNCHECKED if expected is scoring.UNCHECKED else expected,
                            datetime.now().isoformat(timespec="seconds"))
        return self._enter(typed)

    def _enter(self, typed: Typed) -> Outcome:
        with self._lock:
            if self._pending:
                # The server was away a moment ago: keep this one behind the others (in the
                # order typed) without waiting on the network; flush() saves them all.
                return self._keep(typed)
        try:
            self._save(typed)
        except ServerUnavailable:
            with self._lock:
                return self._keep(typed)
        except Conflict as conflict:
            return Outcome(CONFLICT, typed, str(conflict))
        return Outcome(SAVED, typed)

    def flush(self) -> list[Outcome]:
        """Save the kept scores in the order typed; stops at the first one the server cannot
        take yet (they stay kept). Scores of a sheet the current user may not write stay kept
        for whoever may (the expert logging in again).

        The lock is not held while the server is asked, so `enter` (the keyboard) never waits
        for a flush that runs in the background; a cell typed again meanwhile stays kept, now
        checked against the value this flush saved."""
        with self._lock:
            batch = list(self._pending)
        outcomes: list[Outcome] = []
        done: list[Typed] = []
        for typed in batch:
            if not scoring.may_write_sheet(typed.meeting_id, typed.expert_id):
                continue
            try:
                self._save(typed)
            except ServerUnavailable:
                break
            except Conflict as conflict:
                done.append(typed)
                outcomes.append(Outcome(CONFLICT, typed, str(conflict)))
            except Refused as refusal:
                done.append(typed)
                outcomes.append(Outcome(REFUSED, typed, f"{_cell_text(typed)}未能保存：{refusal}"))
            else:
                done.append(typed)
                outcomes.append(Outcome(SAVED, typed, f"{_cell_text(typed)}已保存到服务器。"))
        if done:
            with self._lock:
                # A cell typed again while its earlier value was being saved: the cell now
                # shows that value, so that is what the newer one is checked against.
                saved = {o.typed.cell: _value(o.typed) for o in outcomes if o.status == SAVED}
                remaining = []
                for typed in self._pending:
                    if typed in done:
                        continue
                    if typed.cell in saved and typed.expected != UNCHECKED:
                        typed = replace(typed, expected=saved[typed.cell])
                    remaining.append(typed)
                self._pending = remaining
                self._write()
        return outcomes

    def pending(self) -> list[Typed]:
        with self._lock:
            return list(self._pending)

    def has_pending(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def kept_value(self, meeting_id: int, expert_id: int, code: str, criterion: str) -> Decimal | None:
        """The value typed for a cell and not yet saved (None: nothing kept for it)."""
        with self._lock:
            for typed in reversed(self._pending):
                if typed.cell == (meeting_id, expert_id, code, criterion):
                    return Decimal(typed.points)
        return None

    def kept_for(self, meeting_id: int, expert_id: int) -> bool:
        """Whether anything typed for this sheet waits to be saved (submitting must wait)."""
        with self._lock:
            return any(t.meeting_id == meeting_id and t.expert_id == expert_id for t in self._pending)

    # -- inside -----------------------------------------------------------------------------

    def _save(self, typed: Typed) -> None:
        if isinstance(typed, TypedReview):
            expected = scoring.UNCHECKED if typed.expected == UNCHECKED else typed.expected
            scoring.save_review(typed.meeting_id, typed.expert_id, typed.code, expected=expected,
                                **{typed.field: typed.text})
            return
        expected = scoring.UNCHECKED if typed.expected == UNCHECKED else (
            None if typed.expected is None else Decimal(typed.expected))
        scoring.enter_score(typed.meeting_id, typed.expert_id, typed.code, typed.criterion,
                            Decimal(typed.points), expected=expected)

    def _keep(self, typed: Typed) -> Outcome:
        earlier = next((t for t in self._pending if t.cell == typed.cell), None)
        if earlier is not None:
            # Typed again before it was saved: one entry, still checked against what the
            # cell showed before the first of them.
            typed = replace(typed, expected=earlier.expected)
            self._pending = [t for t in self._pending if t.cell != typed.cell]
        self._pending.append(typed)
        self._write()
        return Outcome(KEPT, typed, f"与数据库服务器的连接中断：{_cell_text(typed)}已暂存在本机，"
                                    "连接恢复后自动保存，届时会再提示。请勿关闭本机。")

    def _load(self) -> list[Typed]:
        try:
            items = json.loads(self.journal.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        return [TypedReview(**item) if "field" in item else TypedScore(**item) for item in items]

    def _write(self) -> None:
        self.journal.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps([asdict(t) for t in self._pending], ensure_ascii=False).encode("utf-8")
        write_atomically(self.journal, lambda target: target.write_bytes(data))


def _cell_text(typed: Typed) -> str:
    if isinstance(typed, TypedReview):
        return f"项目{typed.code}的{scoring.REVIEW_FIELD_LABELS[typed.field]}"
    return f"项目{typed.code}“{_label(typed.criterion)}”的{typed.points}分"


# The default criteria's names; kept here because a message must be worded while the server,
# which holds each meeting's criteria, cannot be asked.
_LABELS = {"necessity": "必要性", "feasibility": "可行性", "security": "安全性", "sharing": "协同共享范围"}


def _value(typed: Typed) -> str:
    return typed.text if isinstance(typed, TypedReview) else typed.points


def _label(criterion: str) -> str:
    return _LABELS.get(criterion, criterion)
