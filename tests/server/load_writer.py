"""Child process of test_load: one expert's terminal entering its 100 scores as fast as it can,
all terminals starting at one signal, then submitting. Prints one JSON line: the latency of
every write in seconds."""

import json
import sys
import time
from decimal import Decimal
from pathlib import Path

CRITERIA = (("necessity", 30), ("feasibility", 30), ("security", 20), ("sharing", 20))


def points_of(seat: int, project: int, criterion: int) -> Decimal:
    """The points expert `seat` gives criterion `criterion` of project `project`: spread out,
    halves included, never above the maximum — the same in every process and on SQLite."""
    key, maximum = CRITERIA[criterion]
    halves = (seat * 7 + project * 13 + criterion * 5) % 13 + maximum * 2 - 14
    return Decimal(halves) / 2


def writes(seat: int, projects: int) -> list[tuple[str, str, Decimal]]:
    return [(f"ZQ-2027-{p:03d}", CRITERIA[c][0], points_of(seat, p, c))
            for p in range(1, projects + 1) for c in range(len(CRITERIA))]


def main(url: str, meeting_id: int, expert_id: int, seat: int, projects: int, signals: str) -> None:
    from zqdesk.services import scoring
    from zqdesk.services.access import Actor, ActorRole, set_actor
    from zqdesk.storage.db import open_database

    open_database(url, create=False)
    set_actor(Actor(f"专家{seat}", ActorRole.EXPERT, expert_id=expert_id, meeting_id=meeting_id))
    folder = Path(signals)
    (folder / f"ready-{seat}").touch()
    while not (folder / "go").exists():
        time.sleep(0.01)
    latencies = []
    for code, key, points in writes(seat, projects):
        start = time.perf_counter()
        scoring.enter_score(meeting_id, expert_id, code, key, points)
        latencies.append(time.perf_counter() - start)
    for code in sorted({code for code, _key, _points in writes(seat, projects)}):
        scoring.save_review(meeting_id, expert_id, code, recommendation="同意")
    scoring.submit(meeting_id, expert_id)
    sys.stdout.write(json.dumps(latencies) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], *map(int, sys.argv[2:6]), sys.argv[6])
