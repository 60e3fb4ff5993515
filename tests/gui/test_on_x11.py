"""The walk-through once more on a real X server at 1366×768 (issue #12): Xvfb with Qt's xcb
platform, as on an office laptop, instead of the offscreen platform the rest of the suite uses.
Window activation, focus, popups and modal dialogs go through a real window system here, which
offscreen only imitates.

Skipped where xvfb-run is missing, unless ZQDESK_REQUIRE_X11=1 (.ci/run sets it once it has
installed Xvfb), so CI cannot pass by skipping it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WALK_THROUGH = ["tests/gui/test_walkthrough.py", "tests/gui/test_meeting_and_import.py", "tests/gui/test_expert_keyboard.py",
                "tests/gui/test_fit.py"]


def test_the_walk_through_passes_on_a_real_x_display_at_1366x768(tmp_path):
    if os.environ.get("ZQDESK_TEST_ON_X11") == "1":
        pytest.skip("this is the run on X11 itself")
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        if os.environ.get("ZQDESK_REQUIRE_X11") == "1":
            pytest.fail("xvfb-run is not installed, and ZQDESK_REQUIRE_X11=1")
        pytest.skip("xvfb-run is not installed (apt-get install xvfb)")
    env = {**os.environ, "ZQDESK_TEST_ON_X11": "1", "QT_QPA_PLATFORM": "xcb"}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [xvfb, "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-o", "addopts=--disable-socket --allow-unix-socket", *WALK_THROUGH],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    report = done.stdout[-6000:] + done.stderr[-3000:]
    assert done.returncode == 0, report
    assert " passed" in done.stdout and "skipped" not in done.stdout.splitlines()[-1], report
