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


@pytest.mark.skipif(not WHEELHOUSE, reason="ZQDESK_WHEELHOUSE not set")
def test_windows_wheelhouse_resolves_offline():
    """The Windows folder beside it (…-win-amd64) satisfies its requirements.txt for CPython
    3.11 win_amd64 with no index and every hash checked (pip's dry run with --platform)."""
    windows = Path(WHEELHOUSE).with_name(Path(WHEELHOUSE).name.replace("linux-x86_64", "win-amd64"))
    if not windows.is_dir():
        pytest.skip(f"no {windows.name} beside it")
    done = subprocess.run(
        ["unshare", "-n", sys.executable, "-m", "pip", "install", "--isolated", "--dry-run", "--no-index",
         "--find-links", str(windows / "wheels"), "--require-hashes", "--only-binary=:all:", "--platform", "win_amd64",
         "--python-version", "3.11", "--implementation", "cp", "--target", str(windows / "_dry_run_target"),
         "-r", str(windows / "requirements.txt")],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Would install" in done.stdout and "zqdesk-" in done.stdout
