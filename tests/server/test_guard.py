"""With a database server configured, the network guard lets exactly that address through
and nothing else (issue #8). Run in child processes: the guard cannot be removed once
installed, and pytest-socket's own blocking must not be what refuses here."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import socket, sys
    from zqdesk import netguard
    from zqdesk.storage.db import open_database
    url, port = sys.argv[1], int(sys.argv[2])
    netguard.forbid_network()
    netguard.allow_database("127.0.0.1", port)
    db = open_database(url)
    print("server ok", db.execute_sql("SELECT 1").fetchone()[0])
    for what, call in (
        ("other port", lambda: socket.create_connection(("127.0.0.1", port + 1), timeout=1)),
        ("other host", lambda: socket.create_connection(("127.0.0.2", port), timeout=1)),
        ("name lookup", lambda: socket.getaddrinfo("example.org", 443)),
        ("other database server", lambda: open_database(url.replace(f":{port}/", f":{port + 1}/"))),
        ("same server by another name", lambda: open_database(url.replace("127.0.0.1", "localhost"))),
    ):
        try:
            call()
            print(what, "NOT REFUSED")
        except netguard.NetworkRefused:
            print(what, "refused")
    s = socket.create_connection(("127.0.0.1", port), timeout=5)  # the configured address itself
    s.close()
    print("configured address ok")
""")


def run(*args, env_extra=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT), **(env_extra or {}))
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)


def test_only_the_configured_database_address_gets_through(pg_cluster, pg_url):
    if pg_cluster.host != "127.0.0.1":
        import pytest

        pytest.skip("written for the throwaway server on 127.0.0.1")
    done = run("-c", CHILD, pg_url, str(pg_cluster.port))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "server ok 1"
    assert lines[1:6] == [f"{what} refused" for what in (
        "other port", "other host", "name lookup", "other database server", "same server by another name")]
    assert lines[6] == "configured address ok"


def test_the_command_line_reaches_the_server_it_was_given_and_keeps_the_password_out(pg_cluster, pg_url):
    from tests.pgcluster import PASSWORD

    without_password = pg_url.replace(pg_url.split("@")[0].split(":", 2)[2], "").replace(":@", "@")
    assert PASSWORD.split("-")[0] not in without_password
    env = {"ZQDESK_PASSWORD": "Admin#2027zq", "PGPASSWORD": PASSWORD}
    done = run("-m", "zqdesk.cli.main", "--db", without_password, "init", "--admin", "admin", env_extra=env)
    assert done.returncode == 0, done.stderr
    assert "已创建数据库 postgresql://zqdesk_test@127.0.0.1" in done.stdout and PASSWORD not in done.stdout
    done = run("-m", "zqdesk.cli.main", "--db", without_password, "--user", "admin", "meeting", "list", env_extra=env)
    assert done.returncode == 0, done.stderr
    done = run("-m", "zqdesk.cli.main", "--db", without_password, "init", env_extra=env)
    assert done.returncode == 2 and "已初始化" in done.stderr
