"""The kept-score queue's own rules (issue #8), on a SQLite file with the server's absence
simulated: the keyboard never waits on the network while something is kept, and a cell typed
again while a background flush saves its earlier value is checked against that value.
The real server stopped and started: tests/server/test_reconnect.py."""

from decimal import Decimal

import pytest

from tests.services.test_meeting_flow import expert, facts
from zqdesk.core.vocab import Kind
from zqdesk.services import meetings, panel, projects, scoring, unsaved
from zqdesk.services.access import Actor, ActorRole, acting_as
from zqdesk.storage.db import ServerUnavailable

D = Decimal
CODE = "ZQ-2027-001"


@pytest.fixture
def sheet_owner(db_path):
    meetings.init_database(db_path)
    m = meetings.create_meeting(meetings.MeetingSettings("暂存", Kind.ANNUAL, 2027, budget=D("100")))
    projects.add_projects(m.id, [facts(CODE), facts("ZQ-2027-002")])
    panel.add_experts(m.id, [expert("甲", "单位甲")])
    [seat] = panel.panel(m.id)
    me = Actor("甲", ActorRole.EXPERT, expert_id=seat.expert_id, meeting_id=m.id)
    with acting_as(me):
        yield m.id, seat.expert_id


class Server:
    """scoring.enter_score as a server that is away (`down`), counting the calls it gets."""

    def __init__(self, monkeypatch):
        self.down = False
        self.calls = 0
        self.during_save = None  # run inside the next save (what the keyboard does meanwhile)
        real = scoring.enter_score

        def enter_score(*args, **kwargs):
            self.calls += 1
            if self.down:
                raise ServerUnavailable("与数据库服务器的连接中断")
            if self.during_save is not None:
                meanwhile, self.during_save = self.during_save, None
                meanwhile()
            return real(*args, **kwargs)

        monkeypatch.setattr(scoring, "enter_score", enter_score)


def saved_points(meeting_id, expert_id):
    return {line.code: dict(line.points) for line in scoring.expert_sheet(meeting_id, expert_id)}


def test_with_a_score_kept_the_next_is_kept_without_asking_the_server(sheet_owner, monkeypatch, tmp_path):
    meeting_id, expert_id = sheet_owner
    server = Server(monkeypatch)
    queue = unsaved.UnsavedScores(tmp_path / "j.json")
    server.down = True
    assert queue.enter(meeting_id, expert_id, CODE, "necessity", D(25), expected=None).status == unsaved.KEPT
    assert server.calls == 1
    # The keyboard is not held up by a second try at the server: kept behind the first.
    assert queue.enter(meeting_id, expert_id, CODE, "feasibility", D(20), expected=None).status == unsaved.KEPT
    assert server.calls == 1
    assert queue.flush() == [] and server.calls == 2  # still away: the first one tried, nothing lost
    server.down = False
    assert [o.status for o in queue.flush()] == [unsaved.SAVED, unsaved.SAVED]
    assert saved_points(meeting_id, expert_id)[CODE] == {"necessity": D(25), "feasibility": D(20)}
    # Nothing kept any more: the next score goes straight to the database again.
    assert queue.enter(meeting_id, expert_id, CODE, "security", D(15), expected=None).status == unsaved.SAVED


def test_a_cell_typed_again_during_a_flush_is_checked_against_the_value_that_flush_saved(
        sheet_owner, monkeypatch, tmp_path):
    meeting_id, expert_id = sheet_owner
    server = Server(monkeypatch)
    queue = unsaved.UnsavedScores(tmp_path / "j.json")
    server.down = True
    queue.enter(meeting_id, expert_id, CODE, "necessity", D(25), expected=None)
    server.down = False
    # While the background flush saves 25, the expert changes the cell to 27: the cell showed
    # 25, so 27 is no conflict with the 25 just saved ...
    server.during_save = lambda: queue.enter(meeting_id, expert_id, CODE, "necessity", D(27), expected=D(25))
    [first] = queue.flush()
    assert first.status == unsaved.SAVED and first.score.points == "25"
    [still] = queue.pending()
    assert (still.points, still.expected) == ("27", "25")
    [second] = queue.flush()
    assert second.status == unsaved.SAVED
    assert saved_points(meeting_id, expert_id)[CODE] == {"necessity": D(27)}
    assert not queue.has_pending() and unsaved.UnsavedScores(tmp_path / "j.json").pending() == []


def test_a_kept_score_of_someone_else_s_sheet_waits_for_them(sheet_owner, monkeypatch, tmp_path):
    """Kept by the expert, then the expert signs out and the clerk (who may write the sheet too)
    is at the keyboard: the clerk's flush saves it; the auditor's would not."""
    meeting_id, expert_id = sheet_owner
    server = Server(monkeypatch)
    queue = unsaved.UnsavedScores(tmp_path / "j.json")
    server.down = True
    queue.enter(meeting_id, expert_id, CODE, "sharing", D(12), expected=None)
    server.down = False
    with acting_as(Actor("审计", ActorRole.AUDITOR, user_id=9)):
        assert queue.flush() == [] and len(queue.pending()) == 1
    with acting_as(Actor("会务", ActorRole.CLERK, user_id=2)):
        [saved] = queue.flush()
    assert saved.status == unsaved.SAVED and "已保存到服务器" in saved.message
    assert saved_points(meeting_id, expert_id)[CODE] == {"sharing": D(12)}
