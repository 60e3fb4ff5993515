"""Where the database is: a file path, or a server written as an IP address (no name lookups:
the guard lets exactly that address through); the password never shown."""

from pathlib import Path

import pytest

from zqdesk.storage.location import BadLocation, ServerAddress, describe, parse_location


def test_a_path_stays_a_path():
    assert parse_location("/data/评审.sqlite3") == Path("/data/评审.sqlite3")


@pytest.mark.parametrize("url, host, port", [
    ("postgresql://zqdesk@192.168.10.2/zqdesk", "192.168.10.2", 5432),
    ("postgres://zqdesk@192.168.10.2:6543/zqdesk", "192.168.10.2", 6543),
    ("postgresql://zqdesk@[fd00::2]:5432/zqdesk", "fd00::2", 5432),
    ("postgresql://zqdesk@localhost:5433/zqdesk", "localhost", 5433),
])
def test_a_server_is_an_ip_address_and_port(url, host, port):
    address = parse_location(url)
    assert isinstance(address, ServerAddress) and (address.host, address.port, address.database) == (host, port, "zqdesk")


@pytest.mark.parametrize("url", ["postgresql://zqdesk@dbserver:5432/zqdesk", "postgresql://zqdesk@db.room.lan/zqdesk"])
def test_a_host_name_is_refused_with_what_to_write_instead(url):
    with pytest.raises(BadLocation, match="须写IP地址.*不接受主机名"):
        parse_location(url)


def test_the_password_is_never_shown():
    address = parse_location("postgresql://zqdesk:s3cret-口令@192.168.10.2:5432/zqdesk")
    assert address.password == "s3cret-口令"
    assert "s3cret" not in address.display and "s3cret" not in repr(address)
    assert describe(address) == "postgresql://zqdesk@192.168.10.2:5432/zqdesk"
    assert "s3cret" not in describe("postgresql://zqdesk:s3cret@dbserver:5432/zqdesk")  # even when refused
