"""The one-folder bundle runs from itself alone, with no network, from any folder, and writes
only to the user's data directory (SPEC §13, issue #7).

Which bundle:
- by default the quick host build: packaging/build-bundle.sh with this interpreter's venv
  (about 1–2 minutes on 2 cores), built once per session into a temporary folder;
- ZQDESK_BUNDLE=/path/to/zqdesk: that bundle instead (`packaging/build-release.sh --test`
  points it at the Debian 11 release build);
- ZQDESK_SKIP_BUNDLE=1 skips the module (e.g. for a quick local run).

Every program runs under `unshare -n` (a network namespace with no interface but a down
loopback) with a scrubbed environment: PATH=/usr/bin:/bin, a fresh HOME, no PYTHONPATH, no
venv, the working directory an empty folder — so nothing of the source tree or of this
interpreter can help it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PASSWORDS = {"admin": "Admin@2027", "huiwu": "Huiwu@2027", "shenji": "Shenji@2027"}

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
    pytest.mark.skipif(os.environ.get("ZQDESK_SKIP_BUNDLE") == "1", reason="ZQDESK_SKIP_BUNDLE=1"),
    # One worker builds the bundle once: two pytest-xdist workers building at the same time
    # share build/host and break each other's PyInstaller run (CI's traceback).
    pytest.mark.xdist_group("bundle"),
]


def _offline_prefix() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"unshare -n not permitted here: {probe.stderr.decode(errors='replace').strip()}")
    return [unshare, "-n", "--"]


@pytest.fixture(scope="session")
def built_bundle(tmp_path_factory) -> Path:
    given = os.environ.get("ZQDESK_BUNDLE")
    if given:
        path = Path(given)
        assert (path / "zqdesk-cli").is_file(), f"ZQDESK_BUNDLE={given} holds no bundle"
        return path
    out = tmp_path_factory.mktemp("bundle-build")
    env = {**os.environ, "ZQDESK_BUILD_PYTHON": sys.executable}
    started = time.monotonic()
    done = subprocess.run(["bash", str(REPO / "packaging" / "build-bundle.sh"), "--out", str(out)],
                          env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    print(f"host bundle built in {time.monotonic() - started:.0f} s")
    return out / "zqdesk"


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def place(built_bundle, tmp_path_factory):
    """A copy of the bundle in an odd folder (spaces, Chinese), a fresh HOME, an empty cwd."""
    base = tmp_path_factory.mktemp("offline")
    bundle = base / "随便 一个 文件夹" / "zqdesk"
    shutil.copytree(built_bundle, bundle, symlinks=True)
    home, cwd, out = base / "home", base / "cwd", base / "out"
    for folder in (home, cwd, out):
        folder.mkdir()
    return {"bundle": bundle, "home": home, "cwd": cwd, "out": out, "before": _snapshot(bundle)}


def _env(place, **extra) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(place["home"]), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.update(extra)
    return env


def cli(place, *args, user: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    command = [*_offline_prefix(), str(place["bundle"] / "zqdesk-cli")]
    extra = {}
    if user:
        command += ["--user", user]
        extra["ZQDESK_PASSWORD"] = PASSWORDS[user]
    done = subprocess.run([*command, *args], env=_env(place, **extra), cwd=place["cwd"],
                          capture_output=True, text=True, timeout=300)
    if check:
        assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done


def test_no_network_inside(place):
    done = subprocess.run([*_offline_prefix(), "cat", "/proc/net/dev"], capture_output=True, text=True)
    interfaces = [line.split(":")[0].strip() for line in done.stdout.splitlines()[2:]]
    assert interfaces == ["lo"]


def test_full_cli_scenario(place):
    out = place["out"]
    assert cli(place, "demo").stdout.strip() == "1"
    database = place["home"] / ".local" / "share" / "zqdesk" / "zqdesk.sqlite3"
    assert database.is_file(), "the default database is the per-user one"

    checked = json.loads(cli(place, "check", "--meeting", "1", "--json", user="huiwu").stdout)
    assert checked
    ranked = json.loads(cli(place, "rank", "--meeting", "1", "--json", user="huiwu").stdout)
    assert ranked
    plan = json.loads(cli(place, "plan", "--meeting", "1", "--json", user="huiwu").stdout)
    assert plan["projects"]
    cli(place, "plan", "--meeting", "1", "--pdf", str(out / "计划.pdf"), "--xlsx", str(out / "计划.xlsx"), user="huiwu")
    cli(place, "opinions", "--meeting", "1", "--pdf", str(out / "意见.pdf"), user="huiwu")
    cli(place, "sheets", "--meeting", "1", "--pdf", str(out / "评分表.pdf"), user="huiwu")
    cli(place, "template", "projects", str(out / "项目申报表.xlsx"), user="huiwu")
    for pdf in ("计划.pdf", "意见.pdf", "评分表.pdf"):
        data = (out / pdf).read_bytes()
        assert data.startswith(b"%PDF"), pdf
        assert b"/FontFile2" in data, f"{pdf}: the bundled TrueType CJK font is embedded"
    for xlsx in ("计划.xlsx", "项目申报表.xlsx"):
        assert (out / xlsx).read_bytes()[:2] == b"PK"

    verified = cli(place, "audit", "verify", user="shenji")
    assert "完整" in verified.stdout
    cli(place, "backup", str(out / "备份.sqlite3"), user="admin")
    assert (out / "备份.sqlite3").stat().st_size > 0


def test_bundle_has_sm3_and_its_sums_tool(place):
    sample = place["out"] / "abc.txt"
    sample.write_bytes(b"abc")
    command = [*_offline_prefix(), str(place["bundle"] / "zqdesk-sums"), "hash", str(sample)]
    done = subprocess.run(command, env=_env(place), cwd=place["cwd"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0" in done.stdout  # GB/T 32905 A.1


def _end_group(process: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
            time.sleep(0.5)  # let the group's other members (Xvfb) go too
        except subprocess.TimeoutExpired:
            continue
    try:
        os.killpg(process.pid, signal.SIGKILL)  # anything of the group still left
    except ProcessLookupError:
        pass


def _start_gui(place, platform: str, extra_env: dict[str, str], display_wrapper: list[str]):
    env = _env(place, QT_QPA_PLATFORM=platform, **extra_env)
    command = [*display_wrapper, *_offline_prefix(), str(place["bundle"] / "zqdesk"), "--demo"]
    log = place["out"] / f"gui-{platform}.log"
    with open(log, "wb") as sink:
        # Its own session: xvfb-run (a shell script) does not pass a terminate on to zqdesk, so
        # the whole process group is ended.
        process = subprocess.Popen(command, env=env, cwd=place["cwd"], stdout=sink, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        demo = place["home"] / ".local" / "share" / "zqdesk" / "demo.sqlite3"
        deadline = time.monotonic() + 180
        try:
            while time.monotonic() < deadline and process.poll() is None and not demo.exists():
                time.sleep(0.5)
            time.sleep(5)  # the demo meeting is being built and shown
            alive = process.poll() is None
        finally:
            _end_group(process)
    text = log.read_text(errors="replace")
    assert alive, f"the GUI exited early ({process.returncode}):\n{text[-4000:]}"
    assert demo.exists(), f"the demo meeting was not built:\n{text[-4000:]}"
    assert "Traceback" not in text, text[-4000:]
    assert "Could not load the Qt platform plugin" not in text, text[-4000:]
    return text


def test_gui_starts_offscreen(place):
    _start_gui(place, "offscreen", {}, [])


def _missing_system_libraries(bundle: Path, *elf_files: Path) -> list[str]:
    """Libraries these ELF files need that neither the bundle nor the system (ldconfig) has."""
    sys.path.insert(0, str(REPO / "packaging"))
    import elfinfo

    known = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    inside = {p.name for p in bundle.rglob("*.so*")}
    needed = {lib for f in elf_files for lib in elfinfo.read(f).needed}
    return sorted(lib for lib in needed if lib not in inside and f" {lib} " not in known.replace("\t", " "))


def test_gui_starts_on_x11_when_xvfb_is_there(place):
    """The xcb platform plugin with the system's X11/xcb/GL libraries (those the .deb
    declares): the path a real desktop takes."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth)")
    qt = place["bundle"] / "_internal" / "PySide6" / "Qt"
    missing = _missing_system_libraries(place["bundle"], qt / "plugins" / "platforms" / "libqxcb.so",
                                        qt / "lib" / "libQt6XcbQpa.so.6")
    if missing:
        pytest.skip(f"this machine lacks what the .deb would pull in: {', '.join(missing)}")
    demo = place["home"] / ".local" / "share" / "zqdesk" / "demo.sqlite3"
    if demo.exists():
        demo.unlink()
    _start_gui(place, "xcb", {}, [xvfb_run, "-a", "-s", "-screen 0 1280x800x24"])


def test_wrote_only_to_the_user_data_directory(place):
    """Runs last in this module (pytest keeps file order): the bundle is unchanged, the
    working directory empty, and HOME holds only zqdesk's data and settings (and caches)."""
    assert _snapshot(place["bundle"]) == place["before"], "the bundle folder was written to"
    assert list(place["cwd"].iterdir()) == []
    written = {str(p.relative_to(place["home"])) for p in place["home"].rglob("*") if p.is_file()}
    allowed = (".local/share/zqdesk/", ".config/zqdesk/", ".cache/")
    assert written, "nothing was written to the data directory"
    assert all(path.startswith(allowed) for path in written), sorted(written)
