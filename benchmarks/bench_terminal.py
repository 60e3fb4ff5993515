#!/usr/bin/env python
"""Terminal benchmark (issue #8): what one score typed at a terminal costs on the keyboard's
thread — on a SQLite file and on a PostgreSQL server — and what happens when the server goes
away and comes back. Prints figures; nothing here passes or fails.

    .venv/bin/python benchmarks/bench_terminal.py            # 400 scores per figure
    .venv/bin/python benchmarks/bench_terminal.py --quick    # 80

Needs PostgreSQL's server programs (initdb, pg_ctl: the distribution's `postgresql`); a
throwaway cluster on 127.0.0.1 is made and removed (tests/pgcluster.py).

1. save: `UnsavedScores.enter` (what the expert desk and the clerk's grid call) for N scores
   of one expert's sheet, one at a time, each checked against what the cell showed.
   floor: the same N values written with the plain driver (sqlite3 / psycopg2), one
   INSERT … ON CONFLICT UPDATE and one COMMIT each, into a one-table database.
2. away: the server stopped (pg_ctl stop -m fast): the first score typed finds the connection
   gone and is kept (how long the keyboard waited), then N more are kept (each).
3. back: the server started again: one background `flush()` saves the N+1 kept scores.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ZQDESK_HOME", tempfile.mkdtemp(prefix="zqdesk-bench-home-"))

from tests import pgcluster  # noqa: E402
from tests.services.test_meeting_flow import expert, facts  # noqa: E402
from zqdesk.core.vocab import Kind  # noqa: E402
from zqdesk.services import meetings, panel, projects, unsaved  # noqa: E402
from zqdesk.services.access import Actor, ActorRole, set_actor  # noqa: E402
from zqdesk.storage.db import close_database  # noqa: E402

KEYS = ("necessity", "feasibility", "security", "sharing")
FLOOR_TABLE = "CREATE TABLE score (cell TEXT PRIMARY KEY, points TEXT NOT NULL)"
FLOOR_WRITE = "INSERT INTO score VALUES (%s, %s) ON CONFLICT (cell) DO UPDATE SET points = excluded.points"


def meeting_on(location, projects_count: int) -> tuple[int, int]:
    set_actor(Actor("系统", ActorRole.SYSTEM))
    meetings.init_database(location)
    m = meetings.create_meeting(meetings.MeetingSettings("基准", Kind.ANNUAL, 2027, budget=Decimal("100000")))
    projects.add_projects(m.id, [facts(f"ZQ-2027-{n:03d}") for n in range(1, projects_count + 1)])
    panel.add_experts(m.id, [expert("甲", "单位甲")])
    [seat] = panel.panel(m.id)
    set_actor(Actor("甲", ActorRole.EXPERT, expert_id=seat.expert_id, meeting_id=m.id))
    return m.id, seat.expert_id


def cells(count: int, value: int):
    """(code, key, points) for `count` cells, four per project."""
    for n in range(count):
        yield f"ZQ-2027-{n // 4 + 1:03d}", KEYS[n % 4], Decimal(value + n % 2)


def timed_saves(queue, meeting_id, expert_id, count, value, expected) -> list[float]:
    times = []
    for code, key, points in cells(count, value):
        start = time.perf_counter()
        outcome = queue.enter(meeting_id, expert_id, code, key, points, expected=expected(code, key))
        times.append(time.perf_counter() - start)
        assert outcome.status in (unsaved.SAVED, unsaved.KEPT), outcome.message
    return times


def floor_sqlite(path: Path, count: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=full")
    conn.execute(FLOOR_TABLE)
    times = []
    for code, key, points in cells(count, 10):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(FLOOR_WRITE.replace("%s", "?"), (f"{code}/{key}", str(points)))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def floor_server(url: str, count: int) -> list[float]:
    import psycopg2

    conn = psycopg2.connect(url)
    with conn.cursor() as cursor:
        cursor.execute(FLOOR_TABLE)
    conn.commit()
    times = []
    with conn.cursor() as cursor:
        for code, key, points in cells(count, 10):
            start = time.perf_counter()
            cursor.execute(FLOOR_WRITE, (f"{code}/{key}", str(points)))
            conn.commit()
            times.append(time.perf_counter() - start)
    conn.close()
    return times


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"median {statistics.median(values) * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    count = 80 if parser.parse_args().quick else 400
    projects_count = count // 4 + 1
    work = Path(tempfile.mkdtemp(prefix="zqdesk-bench-terminal-"))
    bindir = pgcluster.find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL's server programs (initdb, pg_ctl) are not installed.")
    cluster = pgcluster.start_cluster(bindir)
    try:
        print(f"{count} scores per figure; Python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
        shown: dict[tuple[str, str], Decimal] = {}

        def expected(code, key):
            return shown.get((code, key))

        results = {}
        for backend, location in (("sqlite", work / "zqdesk.sqlite3"), ("server", cluster.create_database("bench"))):
            meeting_id, expert_id = meeting_on(location, projects_count)
            queue = unsaved.UnsavedScores(work / f"{backend}.json")
            shown.clear()
            times = timed_saves(queue, meeting_id, expert_id, count, 15, expected)
            shown.update({(c, k): p for c, k, p in cells(count, 15)})
            results[backend] = (times, location, meeting_id, expert_id, queue)
            close_database()
        floors = {"sqlite": floor_sqlite(work / "floor.sqlite3", count),
                  "server": floor_server(cluster.create_database("floor"), count)}
        print("1. save one score (UnsavedScores.enter, sealed and audited) vs the plain driver")
        for backend in ("sqlite", "server"):
            times = results[backend][0]
            ratio = statistics.median(times) / statistics.median(floors[backend])
            print(f"   {backend:6}  zqdesk {ms(times)}   floor {ms(floors[backend])}   ratio {ratio:4.1f}×")

        times, location, meeting_id, expert_id, queue = results["server"]
        from zqdesk.storage.db import open_database

        open_database(location)
        set_actor(Actor("甲", ActorRole.EXPERT, expert_id=expert_id, meeting_id=meeting_id))
        spare = f"ZQ-2027-{projects_count:03d}"  # a project the other figures never touch
        cluster.stop()
        start = time.perf_counter()
        first = queue.enter(meeting_id, expert_id, spare, "sharing", Decimal(12), expected=None)
        detect = time.perf_counter() - start
        assert first.status == unsaved.KEPT
        kept = timed_saves(queue, meeting_id, expert_id, count, 8, expected)
        print("\n2. server stopped")
        print(f"   first score typed: kept after {detect * 1000:.1f} ms (connection found gone)")
        print(f"   next {count} scores: kept, {ms(kept)}")
        cluster.start()
        start = time.perf_counter()
        outcomes = queue.flush()
        took = time.perf_counter() - start
        assert [o.status for o in outcomes] == [unsaved.SAVED] * (count + 1), {o.status for o in outcomes}
        print("\n3. server started again")
        print(f"   flush: {len(outcomes)} kept scores saved in {took:.2f} s "
              f"({took / len(outcomes) * 1000:.1f} ms each), none left: {not queue.has_pending()}")
        close_database()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
