"""Where the database is: a file path (embedded SQLite, one PC) or a database server's address
(`postgresql://user[:password]@host[:port]/name`, for a review room's LAN).

The password is never part of what is shown or logged: `ServerAddress.display` leaves it out,
and `repr()` hides it.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432


class BadLocation(ValueError):
    """The database setting cannot be understood; the message (Chinese) says why."""


@dataclass(frozen=True)
class ServerAddress:
    """One PostgreSQL (or PostgreSQL-compatible) database on one host and port."""

    host: str
    port: int
    database: str
    user: str
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def display(self) -> str:
        """The address as shown to people and written to logs: never with the password."""
        return f"postgresql://{self.user}@{self._host_text}:{self.port}/{self.database}"

    @property
    def _host_text(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host

    def resolved_password(self) -> str | None:
        """The password from the setting, else from PGPASSWORD (else libpq reads ~/.pgpass)."""
        return self.password if self.password is not None else os.environ.get("PGPASSWORD")

    def __str__(self) -> str:
        return self.display


Location = Path | ServerAddress


def is_server(location: str | Path | ServerAddress | None) -> bool:
    if isinstance(location, ServerAddress):
        return True
    return isinstance(location, str) and location.split("://", 1)[0].lower() in SCHEMES and "://" in location


def parse_location(value: str | Path | ServerAddress) -> Location:
    """A path stays a path; a postgresql:// URL becomes a ServerAddress."""
    if isinstance(value, ServerAddress):
        return value
    if isinstance(value, Path):
        if value.parts and value.parts[0].rstrip(":").lower() in SCHEMES and value.parts[0].endswith(":"):
            # Path() turned a URL into a file name ("postgresql:/..."): never create that file.
            raise BadLocation("数据库服务器地址被当作文件名处理，请以文本形式传入 postgresql://… 地址。")
        return value
    if not is_server(value):
        return Path(value)
    return parse_server_url(value)


def parse_server_url(url: str) -> ServerAddress:
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise BadLocation(f"数据库地址应以 postgresql:// 开头：{_safe(url)}")
    if parts.query or parts.fragment:
        raise BadLocation("数据库地址不接受“?”后的参数；请只写 postgresql://用户@主机:端口/数据库名。")
    netloc = parts.netloc
    if "," in netloc:
        raise BadLocation("数据库地址只能写一台服务器（不接受以逗号分隔的多个主机）。")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise BadLocation(f"数据库地址的端口不正确：{_safe(url)}") from None
    user = unquote(parts.username) if parts.username else ""
    password = unquote(parts.password) if parts.password is not None else None
    database = unquote(parts.path.lstrip("/"))
    if not host:
        raise BadLocation("数据库地址缺少服务器IP地址，如 postgresql://zqdesk@192.168.10.2:5432/zqdesk。")
    if not _is_ip_address(host) and host.lower() != "localhost":
        # No name lookups: a name would need a resolver on the network; the guard lets one
        # address through, written as such.
        raise BadLocation(f"数据库服务器须写IP地址（如192.168.10.2），不接受主机名“{host}”：本软件不做名称解析。")
    if not user:
        raise BadLocation("数据库地址缺少登录用户名，如 postgresql://zqdesk@192.168.10.2:5432/zqdesk。")
    if not database or "/" in database:
        raise BadLocation("数据库地址缺少数据库名，如 postgresql://zqdesk@192.168.10.2:5432/zqdesk。")
    return ServerAddress(host=host, port=port or DEFAULT_PORT, database=database, user=user, password=password)


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def describe(location: str | Path | ServerAddress) -> str:
    """What to show for a database setting, without any password."""
    try:
        parsed = parse_location(location)
    except BadLocation:
        return _safe(str(location))
    return parsed.display if isinstance(parsed, ServerAddress) else str(parsed)


def _safe(url: str) -> str:
    """A URL with any password replaced by ***."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    credentials, at, tail = rest.rpartition("@")
    if not at:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}{':***' if ':' in credentials else ''}@{tail}"
