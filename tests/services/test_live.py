"""Another terminal's writes reach this one without reopening anything: the change counter
moves and the results show the new submission (on a SQLite file and on a server database)."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.services.test_meeting_flow import ids, meeting, score_all  # noqa: F401 — the fixture
from zqdesk.services import live, meetings, results, scoring
from zqdesk.services.access import Actor, ActorRole, acting_as
from zqdesk.storage.db import is_server_database
from zqdesk.storage.models import database

ROOT = Path(__file__).resolve().parents[2]
OTHER_TERMINAL = textwrap.dedent("""
    import sys
    from decimal import Decimal
    from zqdesk.services import scoring
    from zqdesk.services.access import SYSTEM, set_actor
    from zqdesk.storage.db import open_database
    open_database(sys.argv[1], create=False)
    set_actor(SYSTEM)
    meeting, expert = int(sys.argv[2]), int(sys.argv[3])
    for code in ("ZQ-2027-001", "ZQ-2027-002", "ZQ-2027-003"):
        for key, points in zip(("necessity", "feasibility", "security", "sharing"), (25, 25, 18, 18)):
            scoring.enter_score(meeting, expert, code, key, Decimal(points))
        scoring.save_review(meeting, expert, code, recommendation="同意")
    scoring.submit(meeting, expert)
""")


def test_the_chairs_view_sees_submissions_from_another_terminal(meeting, db_path):
    names = ids(meeting)
    # 乙 is recused from 002 (own unit), 丙 from 003 (declared).
    for code in ("ZQ-2027-001", "ZQ-2027-002"):
        score_all(meeting, names["丙"], code)
    for code in ("ZQ-2027-001", "ZQ-2027-003"):
        score_all(meeting, names["乙"], code)
    scoring.submit(meeting, names["丙"])
    scoring.submit(meeting, names["乙"])
    chair = Actor("甲", ActorRole.CHAIR, expert_id=names["甲"], meeting_id=meeting)
    with acting_as(chair):
        seen = live.change_counter()
        before = results.meeting_results(meeting).outcome("ZQ-2027-001").result
        assert live.change_counter() == seen  # reading changes nothing
        if not is_server_database():
            # A second process reads a SQLite file's header before opening it, and the header
            # written by the migration may still sit in the WAL: let it reach the file first.
            database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        done = subprocess.run(
            [sys.executable, "-c", OTHER_TERMINAL, str(db_path), str(meeting), str(names["甲"])],
            capture_output=True, text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT)
        assert done.returncode == 0, done.stderr
        assert live.change_counter() > seen
        after = results.meeting_results(meeting).outcome("ZQ-2027-001").result
        assert scoring.submitted_experts(meeting) == set(names.values())
    assert len(after.counted) == len(before.counted) + 1
    assert meetings.get_meeting(meeting).id == meeting


def test_the_counter_is_cheap_and_starts_at_the_chain_length(db_path):
    from zqdesk.storage.verify import verify

    assert live.change_counter() == verify().count
