"""15 terminals scoring at once on one server database (issue #8): 15 processes × 100 score
writes started together; afterwards every write is there, the audit chain verifies as one
chain, and the plan (and the meeting's content fingerprint) equal those of the same scores
entered on one PC's SQLite file. Write latency at 15 concurrent clients is measured and kept
in tests/_artifacts/server_load.json."""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.server.load_writer import writes
from tests.services.test_meeting_flow import expert, facts
from zqdesk.cli.output import plan_json
from zqdesk.core.vocab import Kind
from zqdesk.services import meetings, panel, projects, results, scoring
from zqdesk.services.access import Actor, ActorRole, acting_as
from zqdesk.storage.db import close_database
from zqdesk.storage.models import Score
from zqdesk.storage.verify import verify

from decimal import Decimal

CLIENTS = 15
PROJECTS = 25  # × 4 criteria = 100 writes per client
ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = ROOT / "tests" / "_artifacts" / "server_load.json"


def build_room(location) -> tuple[int, dict[int, int]]:
    """The meeting: 25 projects, 15 experts (none recused); returns its id and seat → expert id."""
    meetings.init_database(location)
    m = meetings.create_meeting(meetings.MeetingSettings("并发评审", Kind.ANNUAL, 2027, budget=Decimal("600")))
    projects.add_projects(m.id, [facts(f"ZQ-2027-{i:03d}", unit=f"钦州市单位{i}", requested=str(30 + i * 3))
                                 for i in range(1, PROJECTS + 1)])
    panel.add_experts(m.id, [expert(f"专家{s}", f"评审单位{s}") for s in range(1, CLIENTS + 1)])
    seats = {e.seat: e.expert_id for e in panel.panel(m.id)}
    return m.id, seats


def outcome(meeting_id: int) -> tuple[dict, str]:
    from zqdesk.reports.fingerprint import meeting_fingerprint

    return plan_json(results.meeting_results(meeting_id)), meeting_fingerprint(meeting_id).hexdigest


def test_fifteen_terminals_score_at_once_and_lose_nothing(pg_url, tmp_path):
    meeting_id, seats = build_room(pg_url)
    audit_before = verify().count
    close_database()
    signals = tmp_path / "signals"
    signals.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    children = [
        subprocess.Popen([sys.executable, "-m", "tests.server.load_writer", pg_url, str(meeting_id),
                          str(seats[seat]), str(seat), str(PROJECTS), str(signals)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        for seat in range(1, CLIENTS + 1)
    ]
    deadline = time.monotonic() + 120
    while len(list(signals.glob("ready-*"))) < CLIENTS:
        assert time.monotonic() < deadline, "the terminals did not get ready"
        assert all(c.poll() is None for c in children), [c.communicate()[1] for c in children if c.poll() is not None]
        time.sleep(0.05)
    started = time.perf_counter()
    (signals / "go").touch()
    latencies = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        latencies += json.loads(out.strip().splitlines()[-1])
    elapsed = time.perf_counter() - started

    # Every write is there, exactly as each terminal sent it.
    from zqdesk.storage.db import open_database

    open_database(pg_url)
    saved = {(p, e, c): v for p, e, c, v in Score.select(Score.project, Score.expert, Score.criterion, Score.points)
             .join(projects.Project).where(projects.Project.meeting == meeting_id).tuples()}
    codes = dict(projects.Project.select(projects.Project.code, projects.Project.id).tuples())
    wanted = {(codes[code], seats[seat], key): points
              for seat in range(1, CLIENTS + 1) for code, key, points in writes(seat, PROJECTS)}
    assert len(latencies) == CLIENTS * PROJECTS * 4 == len(wanted)
    assert saved == wanted
    # One unbroken chain: a record per write, per recommendation and per submitted sheet, nothing else.
    report = verify()
    assert report.intact, report.problems
    assert report.count == audit_before + CLIENTS * PROJECTS * 4 + CLIENTS * PROJECTS + CLIENTS * PROJECTS
    assert scoring.submitted_experts(meeting_id) == set(seats.values())
    on_server = outcome(meeting_id)
    close_database()

    # The same scores typed on one PC.
    single = tmp_path / "one-pc.sqlite3"
    sqlite_meeting, sqlite_seats = build_room(single)
    one_pc_latencies = []
    for seat in range(1, CLIENTS + 1):
        actor = Actor(f"专家{seat}", ActorRole.EXPERT, expert_id=sqlite_seats[seat], meeting_id=sqlite_meeting)
        with acting_as(actor):
            for code, key, points in writes(seat, PROJECTS):
                start = time.perf_counter()
                scoring.enter_score(sqlite_meeting, sqlite_seats[seat], code, key, points)
                one_pc_latencies.append(time.perf_counter() - start)
            for code in sorted({code for code, _key, _points in writes(seat, PROJECTS)}):
                scoring.save_review(sqlite_meeting, sqlite_seats[seat], code, recommendation="同意")
            scoring.submit(sqlite_meeting, sqlite_seats[seat])
    on_one_pc = outcome(sqlite_meeting)
    assert on_server[0]["projects"] == on_one_pc[0]["projects"]
    assert on_server[0]["kendall_w"] == on_one_pc[0]["kendall_w"]
    assert on_server[1] == on_one_pc[1]  # the meeting's content fingerprint

    figures = {
        "clients": CLIENTS, "writes": len(latencies), "wall_seconds": round(elapsed, 2),
        "writes_per_second": round(len(latencies) / elapsed, 1),
        "server_median_ms": round(statistics.median(latencies) * 1000, 1),
        "server_p95_ms": round(statistics.quantiles(latencies, n=20)[-1] * 1000, 1),
        "server_max_ms": round(max(latencies) * 1000, 1),
        "one_pc_sqlite_median_ms": round(statistics.median(one_pc_latencies) * 1000, 1),
        "one_pc_sqlite_p95_ms": round(statistics.quantiles(one_pc_latencies, n=20)[-1] * 1000, 1),
    }
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print("\nserver load:", json.dumps(figures))
