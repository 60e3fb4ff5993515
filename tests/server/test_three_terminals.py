"""Done when (issue #8): the demo meeting can be run from three terminals against one server,
and the result is the same as on one PC.

The clerk's terminal (this process) prepares the demo meeting on the server without scores;
three terminal processes then let the seven experts log in with their PINs and type, all at
once, exactly what the demo's experts typed on one PC — once through the services
(tests/server/terminal.py), once at the desktop window's expert desk (tests/server/gui_terminal.py); the plan, the ranking and the
meeting's content fingerprint then equal the one-PC demo's, through the command line too."""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zqdesk.cli.output import plan_json, results_json
from zqdesk.reports.fingerprint import meeting_fingerprint
from zqdesk.services import panel, results, scoring
from zqdesk.services.demo import DEMO_PASSWORDS, DEMO_PIN, build_demo
from zqdesk.storage.db import close_database, open_database
from zqdesk.storage.verify import verify

ROOT = Path(__file__).resolve().parents[2]
TERMINALS = 3


def one_pc(demo_file, tmp_path):
    """What the demo's experts typed on one PC, and what came of it."""
    path = tmp_path / "one-pc.sqlite3"
    shutil.copy(demo_file, path)
    open_database(path)
    typed = {}
    for seat in panel.panel(1):
        typed[seat.name] = [
            {"code": line.code, "points": {k: str(v) for k, v in line.points.items()},
             "recommendation": line.recommendation, "opinion": line.opinion}
            for line in scoring.expert_sheet(1, seat.expert_id)
        ]
    outcome = results.meeting_results(1)
    expected = (plan_json(outcome), results_json(outcome), meeting_fingerprint(1).hexdigest)
    close_database()
    return path, typed, expected


def cli(db, *argv):
    env = dict(os.environ, PYTHONPATH=str(ROOT), ZQDESK_PASSWORD=DEMO_PASSWORDS["huiwu"])
    done = subprocess.run([sys.executable, "-m", "zqdesk.cli.main", "--db", str(db), "--user", "huiwu", *argv],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("terminal_program", ["tests.server.terminal", "tests.server.gui_terminal"],
                         ids=["services", "desktop-window"])
def test_the_demo_meeting_run_from_three_terminals_ends_as_on_one_pc(demo_file, pg_url, tmp_path, terminal_program):
    single, typed, expected = one_pc(demo_file, tmp_path)
    meeting_id = build_demo(pg_url, scored=False)
    assert meeting_id == 1
    seats = panel.panel(meeting_id)
    assert scoring.submitted_experts(meeting_id) == set()
    close_database()

    signals = tmp_path / "signals"
    signals.mkdir()
    children = []
    for terminal in range(TERMINALS):
        work = [{"meeting": meeting_id, "expert_id": s.expert_id, "pin": DEMO_PIN, "lines": typed[s.name]}
                for s in seats if s.seat % TERMINALS == terminal]
        sheets = tmp_path / f"terminal{terminal + 1}.json"
        sheets.write_text(json.dumps(work, ensure_ascii=False), encoding="utf-8")
        children.append(subprocess.Popen(
            [sys.executable, "-m", terminal_program, pg_url, str(sheets), str(signals)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT))))
    deadline = time.monotonic() + 120
    while len(list(signals.glob("ready-*"))) < TERMINALS:
        assert time.monotonic() < deadline and all(c.poll() is None for c in children), \
            [c.communicate()[1] for c in children if c.poll() is not None]
        time.sleep(0.05)
    (signals / "go").touch()
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0 and "experts done" in out, err

    open_database(pg_url)
    outcome = results.meeting_results(meeting_id)
    assert (plan_json(outcome), results_json(outcome), meeting_fingerprint(meeting_id).hexdigest) == expected
    report = verify()
    assert report.intact, report.problems
    close_database()
    # The same through the command line, on the server and on the one-PC file.
    for command in (["plan", "--meeting", "1", "--json"], ["rank", "--meeting", "1", "--json"]):
        assert cli(pg_url, *command) == cli(single, *command)
