"""A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl under a temporary folder,
listening on 127.0.0.1 only, on a random port, with password (SCRAM) logins.

PostgreSQL refuses to run as root, so under root (CI) the server programs run as the
`postgres` user that Debian's package creates, through `runuser`.
"""

from __future__ import annotations

import glob
import os
import random
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "zqdesk_test"
PASSWORD = "Zq-test-口令-2027"


def find_bindir() -> Path | None:
    """The folder with initdb/pg_ctl: Debian keeps them in /usr/lib/postgresql/N/bin."""
    override = os.environ.get("ZQDESK_PG_BINDIR")
    candidates = [override] if override else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(str(Path(initdb).resolve().parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _runas() -> list[str]:
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        raise RuntimeError("running as root without runuser: cannot start PostgreSQL")
    return [runuser, "-u", "postgres", "--"]


@dataclass
class Cluster:
    """One running server; `url(name)` addresses a database on it."""

    bindir: Path
    root: Path
    port: int
    host: str = "127.0.0.1"
    can_restart = True  # the tests may stop and start it (tests/server/test_reconnect.py)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str, with_password: bool = True) -> str:
        secret = f":{PASSWORD}" if with_password else ""
        from urllib.parse import quote

        return f"postgresql://{SUPERUSER}{quote(secret, safe=':')}@{self.host}:{self.port}/{database}"

    def _ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*_runas(), str(self.bindir / "pg_ctl"), "-D", str(self.data), *args],
            capture_output=True, text=True, timeout=120, check=check, stdin=subprocess.DEVNULL,
        )

    def start(self) -> None:
        self._ctl("-l", str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._ctl("-m", mode, "-w", "stop", check=False)

    def is_running(self) -> bool:
        return self._ctl("status", check=False).returncode == 0

    def sql(self, statement: str, database: str | None = "postgres") -> list[tuple]:
        """Run one statement as the superuser (autocommit) and return its rows."""
        import psycopg2

        conn = psycopg2.connect(host=self.host, port=self.port, user=SUPERUSER, password=PASSWORD,
                                dbname=database or "postgres", connect_timeout=10, gssencmode="disable")
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(statement)
                return cursor.fetchall() if cursor.description else []
        finally:
            conn.close()

    def create_database(self, name: str) -> str:
        self.sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(bindir: Path, fsync: bool = True) -> Cluster:
    """initdb a new cluster in a temporary folder and start it on a free port of 127.0.0.1."""
    root = Path(tempfile.mkdtemp(prefix="zqdesk-pg-"))
    runas = _runas()
    if runas:
        shutil.chown(root, "postgres", "postgres")
    root.chmod(0o700)
    pwfile = root / "pw"
    pwfile.write_text(PASSWORD + "\n", encoding="utf-8")
    if runas:
        shutil.chown(pwfile, "postgres", "postgres")
    subprocess.run(
        [*runas, str(bindir / "initdb"), "-D", str(root / "data"), "-U", SUPERUSER, f"--pwfile={pwfile}",
         "--auth-host=scram-sha-256", "--auth-local=peer", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
        capture_output=True, text=True, timeout=120, check=True, stdin=subprocess.DEVNULL,
    )
    pwfile.unlink()
    settings = [
        "listen_addresses = '127.0.0.1'",
        f"unix_socket_directories = '{root}'",
        "max_connections = 60",
        "shared_buffers = 32MB",
        f"fsync = {'on' if fsync else 'off'}",
        "log_min_messages = warning",
    ]
    for attempt in range(8):
        port = random.randint(20000, 60000)
        cluster = Cluster(bindir, root, port)
        (root / "data" / "postgresql.auto.conf").write_text("\n".join([*settings, f"port = {port}", ""]))
        try:
            cluster.start()
            return cluster
        except subprocess.CalledProcessError:
            # Most likely the port was taken: try another.
            cluster.stop("immediate")
            time.sleep(0.2)
    raise RuntimeError(f"PostgreSQL did not start; see {root / 'server.log'}")


class ExternalServer(Cluster):
    """An existing server named by ZQDESK_TEST_SERVER=postgresql://user:password@host:port/db
    (a PostgreSQL-compatible server on site, KingbaseES for one): the tests create and drop
    their databases on it and never stop it. The account needs CREATEDB."""

    can_restart = False

    def __init__(self, url: str) -> None:
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(url)
        super().__init__(bindir=Path("."), root=Path("."), port=parts.port or 5432, host=parts.hostname)
        self.user = unquote(parts.username or "")
        self.password = unquote(parts.password or "")
        self.maintenance_db = unquote(parts.path.lstrip("/")) or "postgres"

    def url(self, database: str, with_password: bool = True) -> str:
        from urllib.parse import quote

        secret = f":{quote(self.password, safe='')}" if with_password and self.password else ""
        return f"postgresql://{quote(self.user, safe='')}{secret}@{self.host}:{self.port}/{database}"

    def sql(self, statement: str, database: str | None = None) -> list[tuple]:
        import psycopg2

        conn = psycopg2.connect(host=self.host, port=self.port, user=self.user, password=self.password,
                                dbname=database or self.maintenance_db, connect_timeout=10)
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(statement)
                return cursor.fetchall() if cursor.description else []
        finally:
            conn.close()

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}"')

    def destroy(self) -> None:
        pass
