"""Child process of test_crash_safety: enters scores forever, acknowledging each one on stdout
only after the service call returned (that is, after its commit)."""

import itertools
import sys
from decimal import Decimal

CRITERIA = (("necessity", 30), ("feasibility", 30), ("security", 20), ("sharing", 20))


def write_of(n: int, targets: list[tuple[str, str]]) -> tuple[str, str, str, Decimal]:
    """The n-th write: which sheet and criterion, and the points — the same in both processes."""
    expert_id, code = targets[n % len(targets)]
    key, maximum = CRITERIA[(n // len(targets)) % len(CRITERIA)]
    return expert_id, code, key, Decimal(n % (maximum * 2 + 1)) / 2


def main(db_path: str, start: int) -> None:
    from zqdesk.services import scoring
    from zqdesk.services.access import SYSTEM, set_actor
    from zqdesk.storage.db import open_database

    open_database(db_path)
    set_actor(SYSTEM)
    targets = [tuple(item.split(":")) for item in sys.stdin.readline().split()]
    for n in itertools.count(start):
        expert_id, code, key, points = write_of(n, targets)
        scoring.enter_score(1, int(expert_id), code, key, points)
        sys.stdout.write(f"{n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
