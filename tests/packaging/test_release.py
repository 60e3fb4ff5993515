"""The release .deb on a clean Debian 11 root (glibc 2.31): installs with its Depends, every
library resolves, the CLI scenario and the GUI (offscreen and X11) run offline as an ordinary
user, writing only to the user's data directory (packaging/release/deb-smoke.sh).

Runs only when ZQDESK_DEB names the .deb — `bash packaging/build-release.sh --test` sets it;
it needs root, debootstrap and the Debian archive, so the normal suite skips it.
"""

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not os.environ.get("ZQDESK_DEB"), reason="ZQDESK_DEB not set (packaging/build-release.sh --test)")
def test_deb_on_clean_bullseye():
    done = subprocess.run(["bash", str(REPO / "packaging" / "release" / "deb-smoke.sh"), os.environ["ZQDESK_DEB"]],
                          capture_output=True, text=True, timeout=1800)
    print(done.stdout)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
