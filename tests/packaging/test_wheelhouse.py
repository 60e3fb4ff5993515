"""The Linux wheelhouse installs with no network from its folder alone (pip --no-index
--require-hashes through its install.sh) and the installed zqdesk-cli runs the demo meeting.

Runs when ZQDESK_WHEELHOUSE names a built wheelhouse folder
(`bash packaging/build-wheelhouse.sh` → dist/wheelhouse/zqdesk-<ver>-wheelhouse-linux-x86_64).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WHEELHOUSE = os.environ.get("ZQDESK_WHEELHOUSE")


@pytest.mark.skipif(not WHEELHOUSE, reason="ZQDESK_WHEELHOUSE not set")
@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare missing")
def test_offline_install_and_run(tmp_path):
    base = Path(sys.base_prefix) / "bin" / "python3.11"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8", "PYTHON": str(base),
           "ZQDESK_BIN_DIR": str(tmp_path / "bin")}
    target = tmp_path / "app"
    done = subprocess.run(["unshare", "-n", "bash", str(Path(WHEELHOUSE) / "install.sh"), str(target)],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    demo = subprocess.run(["unshare", "-n", str(target / "bin" / "zqdesk-cli"), "demo"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert demo.returncode == 0 and demo.stdout.strip() == "1", demo.stderr[-3000:]
    verify = subprocess.run(["unshare", "-n", str(target / "bin" / "zqdesk-cli"), "--user", "shenji", "audit", "verify"],
                            env={**env, "ZQDESK_PASSWORD": "Shenji@2027"}, capture_output=True, text=True, timeout=300)
    assert verify.returncode == 0 and "完整" in verify.stdout, verify.stderr[-3000:]
