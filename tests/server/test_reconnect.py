"""A terminal whose connection to the server drops keeps what the expert typed and saves it
when the server is back, telling the expert (issue #8). The server is really stopped
(pg_ctl stop) in the middle of the run and started again."""

from decimal import Decimal

import pytest

from tests.services.test_meeting_flow import expert, facts
from zqdesk.core.vocab import Kind
from zqdesk.services import meetings, panel, projects, scoring, unsaved
from zqdesk.services.access import Actor, ActorRole, acting_as
from zqdesk.services.errors import Refused
from zqdesk.storage.db import ServerUnavailable
from zqdesk.storage.verify import verify

D = Decimal


@pytest.fixture
def restartable(pg_cluster):
    if not pg_cluster.can_restart:
        pytest.skip("an external test server is never stopped")
    return pg_cluster


@pytest.fixture
def room(pg_url):
    meetings.init_database(pg_url)
    m = meetings.create_meeting(meetings.MeetingSettings("断线", Kind.ANNUAL, 2027, budget=D("100")))
    projects.add_projects(m.id, [facts("ZQ-2027-001"), facts("ZQ-2027-002")])
    panel.add_experts(m.id, [expert("甲", "单位甲"), expert("乙", "单位乙")])
    names = {e.name: e.expert_id for e in panel.panel(m.id)}
    return m.id, names


def sheet(meeting_id, expert_id):
    return {line.code: line.points for line in scoring.expert_sheet(meeting_id, expert_id)}


def test_scores_typed_while_the_server_is_down_are_kept_and_saved_when_it_is_back(room, restartable, tmp_path):
    pg_cluster = restartable
    meeting_id, names = room
    me = Actor("甲", ActorRole.EXPERT, expert_id=names["甲"], meeting_id=meeting_id)
    journal = tmp_path / "unsaved.json"
    queue = unsaved.UnsavedScores(journal)
    with acting_as(me):
        assert queue.enter(meeting_id, names["甲"], "ZQ-2027-001", "necessity", D(25), expected=None).status == unsaved.SAVED
        pg_cluster.stop()
        try:
            kept = queue.enter(meeting_id, names["甲"], "ZQ-2027-001", "feasibility", D("26.5"), expected=None)
            assert kept.status == unsaved.KEPT and "连接中断" in kept.message and "26.5分" in kept.message
            queue.enter(meeting_id, names["甲"], "ZQ-2027-002", "necessity", D(20), expected=None)
            # Typed again before it could be saved: one entry, the newest value.
            queue.enter(meeting_id, names["甲"], "ZQ-2027-001", "feasibility", D(27), expected=None)
            assert [(t.code, t.criterion, t.points) for t in queue.pending()] == [
                ("ZQ-2027-002", "necessity", "20"), ("ZQ-2027-001", "feasibility", "27")]
            assert queue.kept_value(meeting_id, names["甲"], "ZQ-2027-001", "feasibility") == D(27)
            # Reading says plainly that the server is away; flushing saves nothing yet.
            with pytest.raises(ServerUnavailable, match="连接中断|无法连接"):
                sheet(meeting_id, names["甲"])
            assert queue.flush() == [] and len(queue.pending()) == 2
            # The app closed and opened again while the server was away: nothing is lost.
            queue = unsaved.UnsavedScores(journal)
            assert len(queue.pending()) == 2
        finally:
            pg_cluster.start()
        outcomes = queue.flush()
        assert [o.status for o in outcomes] == [unsaved.SAVED, unsaved.SAVED]
        assert all("已保存到服务器" in o.message for o in outcomes)
        assert not queue.has_pending() and unsaved.UnsavedScores(journal).pending() == []
        assert sheet(meeting_id, names["甲"]) == {
            "ZQ-2027-001": {"necessity": D(25), "feasibility": D(27)}, "ZQ-2027-002": {"necessity": D(20)}}
    assert verify().intact


def test_a_kept_score_never_overwrites_what_another_terminal_saved_meanwhile(room, restartable, tmp_path):
    pg_cluster = restartable
    meeting_id, names = room
    me = Actor("乙", ActorRole.EXPERT, expert_id=names["乙"], meeting_id=meeting_id)
    clerk = Actor("会务", ActorRole.CLERK, user_id=1)
    queue = unsaved.UnsavedScores(tmp_path / "unsaved.json")
    with acting_as(me):
        pg_cluster.stop()
        try:
            assert queue.enter(meeting_id, names["乙"], "ZQ-2027-001", "security", D(15), expected=None).status == unsaved.KEPT
        finally:
            pg_cluster.start()
    with acting_as(clerk):  # the clerk types 乙's paper sheet at another terminal first
        scoring.enter_score(meeting_id, names["乙"], "ZQ-2027-001", "security", D(18), expected=None)
    with acting_as(me):
        [conflict] = queue.flush()
        assert conflict.status == unsaved.CONFLICT and "已被其他终端改为18分" in conflict.message
        assert sheet(meeting_id, names["乙"])["ZQ-2027-001"]["security"] == D(18)
        # What the rules refuse (above the maximum) is said at once and not kept.
        with pytest.raises(Refused):
            queue.enter(meeting_id, names["乙"], "ZQ-2027-001", "security", D(31))
        assert not queue.has_pending()


def test_a_connection_the_server_ended_is_replaced_on_the_next_call(room, pg_cluster):
    meeting_id, names = room
    from zqdesk.storage.models import database

    pid = database.obj.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    pg_cluster.sql(f"SELECT pg_terminate_backend({pid})")
    with pytest.raises(ServerUnavailable):
        scoring.enter_score(meeting_id, names["甲"], "ZQ-2027-001", "necessity", D(21))
    scoring.enter_score(meeting_id, names["甲"], "ZQ-2027-001", "necessity", D(21))
    assert database.obj.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != pid
    assert verify().intact


def test_a_writer_waits_for_the_one_holding_the_write_lock_then_gives_up_plainly(pg_url, pg_cluster, monkeypatch):
    import psycopg2

    from zqdesk.storage import server
    from zqdesk.storage.db import close_database, open_database

    meetings.init_database(pg_url)
    meeting_id = meetings.create_meeting(meetings.MeetingSettings("锁", Kind.ANNUAL, 2027)).id
    close_database()
    monkeypatch.setattr(server, "SESSION_SETTINGS", (("lock_timeout", "1s"),))
    open_database(pg_url)
    holder = psycopg2.connect(pg_url)  # another terminal, in the middle of a write
    try:
        with holder.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (server.WRITE_LOCK,))
        with pytest.raises(ServerUnavailable, match="繁忙"):
            meetings.open_panel_view(meeting_id)
    finally:
        holder.rollback()
        holder.close()
    meetings.open_panel_view(meeting_id)  # the lock released, the same connection writes again
    assert meetings.get_meeting(meeting_id).panel_open
    assert verify().intact
