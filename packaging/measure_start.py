"""Time from starting the bundled `zqdesk` to its first window on an X server (Xvfb).

    python3 packaging/measure_start.py BUNDLE_DIR [--runs 3]

Each run uses a fresh HOME (a first start: the per-user database is created). The first run
is "cold" when the page cache can be dropped (root: /proc/sys/vm/drop_caches), later runs
are warm. Needs Xvfb and xwininfo (apt-get install xvfb x11-utils).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOW = re.compile(r'^\s+(0x[0-9a-f]+) ".*": \("zqdesk" "zqdesk"\)\s+(\d+)x(\d+)', re.M)


def window_up(display: str) -> bool:
    """A viewable top-level window of zqdesk's class larger than Qt's helper windows."""
    env = {**os.environ, "DISPLAY": display, "LANG": "C.UTF-8"}
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True).stdout
    for window, width, height in WINDOW.findall(tree):
        if int(width) > 100 and int(height) > 100:
            state = subprocess.run(["xwininfo", "-id", window], env=env, capture_output=True, text=True).stdout
            if "IsViewable" in state:
                return True
    return False


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_run(bundle: Path, display: str, cold: bool) -> tuple[float, bool]:
    dropped = drop_caches() if cold else False
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "DISPLAY": display}
        started = time.monotonic()
        process = subprocess.Popen([str(bundle / "zqdesk")], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            while not window_up(display):
                if process.poll() is not None:
                    raise SystemExit(f"zqdesk exited with {process.returncode} before showing a window")
                if time.monotonic() - started > 120:
                    raise SystemExit("no window after 120 s")
                time.sleep(0.02)
            return time.monotonic() - started, dropped
        finally:
            process.terminate()
            process.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for tool in ("Xvfb", "xwininfo"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} missing (apt-get install xvfb x11-utils)")
    display = ":93"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        for i in range(args.runs):
            seconds, dropped = one_run(args.bundle, display, cold=(i == 0))
            kind = "cold (page cache dropped)" if dropped else ("first run" if i == 0 else "warm")
            print(f"run {i + 1}: first window after {seconds:.2f} s — {kind}")
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
