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
from zqdesk.services.errors import Conflict
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
    assert first.status == unsaved.SAVED and first.typed.points == "25"
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


def test_review_texts_are_kept_and_saved_with_the_scores_in_the_order_typed(sheet_owner, monkeypatch, tmp_path):
    meeting_id, expert_id = sheet_owner
    server = Server(monkeypatch)
    real_review = scoring.save_review
    saved_in_order = []

    def save_review(*args, **kwargs):
        if server.down:
            raise ServerUnavailable("与数据库服务器的连接中断")
        saved_in_order.append(next(k for k in ("recommendation", "opinion", "deviation_note") if k in kwargs))
        return real_review(*args, **kwargs)

    monkeypatch.setattr(scoring, "save_review", save_review)
    journal = tmp_path / "j.json"
    queue = unsaved.UnsavedScores(journal)
    server.down = True
    kept = queue.enter_review(meeting_id, expert_id, CODE, "opinion", "需求分析充分，建议压缩机房投资。", expected="")
    assert kept.status == unsaved.KEPT and "项目ZQ-2027-001的评审意见已暂存在本机" in kept.message
    queue.enter(meeting_id, expert_id, CODE, "necessity", D(24), expected=None)
    queue.enter_review(meeting_id, expert_id, CODE, "recommendation", "修改完善后同意", expected="")
    assert queue.kept_for(meeting_id, expert_id) and not queue.kept_for(meeting_id, expert_id + 1)
    # A restart of the app while the server is away: both kinds come back from the journal.
    queue = unsaved.UnsavedScores(journal)
    assert [type(t).__name__ for t in queue.pending()] == ["TypedReview", "TypedScore", "TypedReview"]
    server.down = False
    assert [o.status for o in queue.flush()] == [unsaved.SAVED] * 3
    assert saved_in_order == ["opinion", "recommendation"]
    [line] = [x for x in scoring.expert_sheet(meeting_id, expert_id) if x.code == CODE]
    assert (line.opinion, line.recommendation, line.points) == (
        "需求分析充分，建议压缩机房投资。", "修改完善后同意", {"necessity": D(24)})


def test_a_kept_recommendation_is_not_saved_over_one_typed_elsewhere(sheet_owner, tmp_path):
    meeting_id, expert_id = sheet_owner
    clerk = Actor("会务", ActorRole.CLERK, user_id=2)
    with acting_as(clerk):
        scoring.save_review(meeting_id, expert_id, CODE, recommendation="同意")
    # The expert's screen still showed the field empty when they chose 不同意.
    with pytest.raises(Conflict, match="已被其他终端修改"):
        scoring.save_review(meeting_id, expert_id, CODE, recommendation="不同意", expected="")
    queue = unsaved.UnsavedScores(tmp_path / "j.json")
    outcome = queue.enter_review(meeting_id, expert_id, CODE, "recommendation", "不同意", expected="")
    assert outcome.status == unsaved.CONFLICT and "评审建议已被其他终端修改" in outcome.message
    # Saving what is already there, or with what the screen really showed, is no conflict.
    assert queue.enter_review(meeting_id, expert_id, CODE, "recommendation", "同意", expected="").status == unsaved.SAVED
    assert queue.enter_review(meeting_id, expert_id, CODE, "recommendation", "不同意",
                              expected="同意").status == unsaved.SAVED
