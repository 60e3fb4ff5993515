"""Child process of test_three_terminals: one terminal of the review room. Each of its experts
logs in with the PIN and types their sheets (the values in a JSON file), then submits; all
terminals start at one signal."""

import json
import sys
import time
from decimal import Decimal
from pathlib import Path


def main(url: str, sheets_file: str, signals: str) -> None:
    from zqdesk.services import accounts, scoring
    from zqdesk.services.access import set_actor
    from zqdesk.storage.db import open_database

    open_database(url, create=False)
    work = json.loads(Path(sheets_file).read_text(encoding="utf-8"))
    folder = Path(signals)
    (folder / f"ready-{Path(sheets_file).stem}").touch()
    while not (folder / "go").exists():
        time.sleep(0.01)
    for person in work:
        set_actor(accounts.expert_login(person["meeting"], person["expert_id"], person["pin"]))
        for line in person["lines"]:
            for key, points in line["points"].items():
                scoring.enter_score(person["meeting"], person["expert_id"], line["code"], key, Decimal(points))
            scoring.save_review(person["meeting"], person["expert_id"], line["code"],
                                recommendation=line["recommendation"], opinion=line["opinion"])
        scoring.submit(person["meeting"], person["expert_id"])
        set_actor(None)
    sys.stdout.write(f"{len(work)} experts done\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
