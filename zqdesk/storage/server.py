"""A server database: PostgreSQL, or a PostgreSQL-compatible server (KingbaseES and the like),
for a review room where many terminals score at once. The same models and services run on it.

What SQLite gives a file, this gives the server database:
- identity and schema version in a table `zqdesk_meta(application_id, user_version)` (there is
  no PRAGMA); a foreign or newer database is refused untouched;
- migrations from `db/migrations/pg/`, each file in one transaction with its version;
- one writer at a time: `writing()` asks for "IMMEDIATE", which here is a READ COMMITTED
  transaction that first takes a transaction-level advisory lock, so every client's writes
  queue as SQLite's do and each sees the others' commits; the audit chain stays one chain;
- a connection the server dropped is replaced on the next use outside a transaction, and the
  interrupted call raises ServerUnavailable (zqdesk.services.unsaved keeps typed scores);
- the shared key of the audit chain: every terminal holds the same `keys/<database id>.key`
  (zqdesk.storage.keys); a terminal without it, or with another, is refused.
The password is never put in a message; `ServerAddress.display` has none.
"""

from __future__ import annotations

import ipaddress

import peewee

from zqdesk import netguard
from zqdesk.storage import keys
from zqdesk.storage.db import APPLICATION_ID, DatabaseRefused, ServerUnavailable
from zqdesk.storage.location import ServerAddress
from zqdesk.storage.migrations import migration_files
from zqdesk.storage.models import database

WRITE_LOCK = APPLICATION_ID  # pg_advisory_xact_lock key: the one writer at a time
MIGRATE_LOCK = APPLICATION_ID + 1
META = "zqdesk_meta"

# Set on every connection; a compatible server lacking one of them still works without it.
SESSION_SETTINGS = (
    # A terminal that vanishes mid-transaction must not hold the write lock for long.
    ("idle_in_transaction_session_timeout", "60s"),
    # A writer waits this long for the others at most, then its call says the server is busy.
    ("lock_timeout", "30s"),
    ("tcp_keepalives_idle", "15"),
    ("tcp_keepalives_interval", "5"),
    ("tcp_keepalives_count", "3"),
)

LOST = "与数据库服务器的连接中断，本次操作未保存。请检查网络或服务器，恢复后重试。"
BUSY = "数据库服务器繁忙（等待其他终端写入超过30秒），本次操作未保存，请稍后重试。"
LOCK_NOT_AVAILABLE = "55P03"


class NotInitialised(DatabaseRefused):
    """An empty database on the server: it may be initialised (opened with create=True)."""


class ServerDatabase(peewee.PostgresqlDatabase):
    """peewee's PostgresqlDatabase bound to one ServerAddress, connecting only there."""

    def __init__(self, address: ServerAddress) -> None:
        self.address = address
        self.created = False  # whether opening it initialised an empty database
        super().__init__(
            address.database, host=address.host, port=address.port, user=address.user,
            connect_timeout=5, gssencmode="disable", application_name="zqdesk", client_encoding="UTF8",
            keepalives=1, keepalives_idle=15, keepalives_interval=5, keepalives_count=3,
            # A pulled cable must not hold the window for TCP's minutes of retransmissions: a
            # write unanswered for 10 s counts as a dropped connection (the score is kept).
            tcp_user_timeout=10000,
        )

    # -- connecting --------------------------------------------------------------------

    def _connect(self):
        try:
            import psycopg2
        except ImportError:
            raise DatabaseRefused("本程序未包含数据库服务器驱动（psycopg2），无法连接服务器数据库。请安装完整版本。") from None

        address = self.address
        netguard.check_database(address.host, address.port)
        hostaddr = _resolve(address)
        params = dict(self.connect_params, hostaddr=hostaddr)
        password = address.resolved_password()
        if password is not None:
            params["password"] = password
        try:
            conn = psycopg2.connect(dbname=self.database, **params)
        except psycopg2.Error as error:
            raise ServerUnavailable(
                f"无法连接数据库服务器 {address.display}：{_reason(error, password)}"
                "请确认服务器已开机、网络已连通、地址和账号正确。") from None
        conn.autocommit = True
        # libpq connected below the audit hook: check it reached the one allowed address.
        reached = conn.get_dsn_parameters()
        if reached.get("hostaddr") != hostaddr or int(reached.get("port", 0)) != address.port:
            conn.close()
            raise netguard.NetworkRefused(f"zqdesk 拒绝连接 {reached.get('hostaddr')}:{reached.get('port')}")
        with conn.cursor() as cursor:
            for name, value in SESSION_SETTINGS:
                try:
                    cursor.execute(f"SET {name} = '{value}'")
                except psycopg2.Error:
                    pass
        return conn

    def _dropped(self) -> bool:
        conn = self._state.conn
        return conn is None or bool(conn.closed)

    def _renew_if_dropped(self) -> None:
        state = self._state
        if not state.closed and state.conn is not None and state.conn.closed and not state.transactions:
            # The server dropped this connection between transactions: start a new one.
            state.reset()

    def connection(self):
        self._renew_if_dropped()
        return super().connection()

    def cursor(self, named_cursor=None):
        self._renew_if_dropped()
        return super().cursor(named_cursor)

    # -- statements and transactions ---------------------------------------------------

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except (peewee.OperationalError, peewee.InterfaceError) as error:
            raise self._translated(error) from error

    def _translated(self, error: Exception) -> Exception:
        if self._dropped():
            return ServerUnavailable(LOST)
        original = getattr(error, "orig", None) or error.__context__  # peewee keeps the driver's error
        if getattr(original, "pgcode", None) == LOCK_NOT_AVAILABLE:
            return ServerUnavailable(BUSY)
        return error

    def begin(self, lock=None):
        """BEGIN; with "IMMEDIATE" (what writing() asks for) take the one-writer lock at once."""
        self.execute_sql("BEGIN ISOLATION LEVEL READ COMMITTED")
        if lock == "IMMEDIATE":
            try:
                self.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            except Exception:
                if not self._dropped():
                    self._state.conn.cursor().execute("ROLLBACK")
                raise

    def commit(self):
        if self._dropped():
            raise ServerUnavailable(LOST)
        try:
            with peewee.__exception_wrapper__:
                self._state.conn.cursor().execute("COMMIT")
        except (peewee.OperationalError, peewee.InterfaceError) as error:
            raise self._translated(error) from error

    def rollback(self):
        if self._dropped():
            return  # the server discarded the transaction with the connection
        try:
            with peewee.__exception_wrapper__:
                self._state.conn.cursor().execute("ROLLBACK")
        except (peewee.OperationalError, peewee.InterfaceError):
            if not self._dropped():
                raise


def _resolve(address: ServerAddress) -> str:
    """The one IP address libpq is to use, so that it resolves nothing itself (storage.location
    accepts an IP address or "localhost" only)."""
    if address.host.lower() == "localhost":
        return "127.0.0.1"
    return str(ipaddress.ip_address(address.host))


# libpq's words for the commonest refusals, said in Chinese before its own text.
_KNOWN_REASONS = (
    ("no password supplied", "服务器要求口令，请输入数据库口令（或设置 PGPASSWORD、~/.pgpass）。"),
    ("password authentication failed", "数据库账号或口令不正确。"),
    ("does not exist", "服务器上没有这个数据库或账号，请核对数据库名和账号。"),
    ("Connection refused", "服务器没有在该端口接受连接（数据库服务未启动或端口不对）。"),
    ("timeout expired", "连接超时（服务器未开机或网络不通）。"),
    ("no pg_hba.conf entry", "服务器不允许本机连接（请管理员在 pg_hba.conf 中加入本机地址）。"),
)


def _reason(error: Exception, password: str | None) -> str:
    text = " ".join(str(error).split())
    said = next((chinese for words, chinese in _KNOWN_REASONS if words in text), "")
    text = f"{said}（{text}）" if said and text else text
    if password:
        text = text.replace(password, "***")
    return f"{text}。" if text else ""


# -- opening ---------------------------------------------------------------------------


def open_server_database(address: ServerAddress, create: bool = True) -> ServerDatabase:
    """Connect, refuse what is not ours or too new, migrate, check this terminal's key, and
    bind the models. The models stay bound to the previous database if anything is refused."""
    db = ServerDatabase(address)
    db.connect()
    try:
        version = _inspect(db, create)
        db.created = version == 0
        if version < latest_pg_version():
            _migrate(db)
        _select_key(db)
    except BaseException:
        db.close()
        raise
    database.initialize(db)
    return db


def latest_pg_version() -> int:
    return migration_files("pg")[-1][0]


def _inspect(db: ServerDatabase, create: bool) -> int:
    """The schema version of a database that is ours (0 for an empty one we may initialise)."""
    where = db.address.display
    encoding = db.execute_sql("SHOW server_encoding").fetchone()[0]
    if encoding.upper().replace("-", "") != "UTF8":
        raise DatabaseRefused(f"服务器数据库 {where} 的字符集为{encoding}，须为UTF8。请按管理员指南重新创建数据库。")
    tables = db.get_tables()
    if META not in tables:
        if tables:
            raise DatabaseRefused(f"服务器数据库 {where} 已有其他数据表，不是zqdesk评审数据库，未作任何改动。请指定为zqdesk新建的空数据库。")
        if not create:
            raise NotInitialised(f"服务器数据库 {where} 尚未初始化。请由系统管理员在连接该服务器时选择“初始化”"
                                 "（或在服务器上执行初始化命令，见管理员指南）。")
        return 0
    row = db.execute_sql(f'SELECT "application_id", "user_version" FROM "{META}"').fetchone()
    if row is None or row[0] != APPLICATION_ID:
        raise DatabaseRefused(f"服务器数据库 {where} 不是zqdesk评审数据库，未作任何改动。")
    if row[1] > latest_pg_version():
        raise DatabaseRefused(
            f"服务器数据库 {where} 由更新版本的zqdesk创建（数据库版本{row[1]}，本程序支持到{latest_pg_version()}），"
            "未作任何改动。请升级本终端的zqdesk后再连接。")
    return row[1]


def _migrate(db: ServerDatabase) -> None:
    """Apply the pending `db/migrations/pg` files, each in one transaction with its version,
    under a lock so that terminals starting together migrate once."""
    for number, path in migration_files("pg"):
        with db.atomic():
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            if META not in db.get_tables():
                db.execute_sql(f'CREATE TABLE "{META}" ("application_id" BIGINT NOT NULL, "user_version" INTEGER NOT NULL)')
                db.execute_sql(f'INSERT INTO "{META}" VALUES (%s, 0)', (APPLICATION_ID,))
            current = db.execute_sql(f'SELECT "user_version" FROM "{META}"').fetchone()[0]
            if number <= current:
                continue
            # No parameters: the script goes to the server as written, several statements at once.
            db.cursor().execute(path.read_text(encoding="utf-8"))
            db.execute_sql(f'UPDATE "{META}" SET "user_version" = %s', (number,))


def _select_key(db: ServerDatabase) -> None:
    """Use the database's shared key on this terminal: made here for a new database, else
    the copy the administrator put here; refused when missing or not the database's."""
    database_id = _setting(db, "database_id")
    path = keys.server_key_file(database_id)
    expected = _setting(db, "key_check")
    made_here = False
    if expected is None:
        made_here = not path.exists()
        keys.select_key_file(path)
        check = keys.key_check(keys.installation_key(), database_id)
        with db.atomic():
            db.execute_sql(
                'INSERT INTO "setting" ("key", "value") VALUES (%s, %s) ON CONFLICT ("key") DO NOTHING',
                ("key_check", check))
        expected = _setting(db, "key_check")
    elif not path.exists():
        raise DatabaseRefused(
            f"本终端没有服务器数据库 {db.address.display} 的密钥文件“{path}”，未作任何改动。"
            "请系统管理员从创建该数据库的终端复制此文件（见管理员指南“终端密钥”）。")
    keys.select_key_file(path)
    if keys.key_check(keys.installation_key(), database_id) != expected:
        keys.select_key_file(None)
        if made_here:
            path.unlink(missing_ok=True)  # another terminal initialised the database first
            keys.forget(path)
        raise DatabaseRefused(
            f"本终端的密钥文件“{path}”与服务器数据库 {db.address.display} 不符，未作任何改动。"
            "请系统管理员从创建该数据库的终端重新复制此文件。")


def _setting(db: ServerDatabase, key: str) -> str | None:
    row = db.execute_sql('SELECT "value" FROM "setting" WHERE "key" = %s', (key,)).fetchone()
    return None if row is None else row[0]
