"""Where zqdesk finds its shipped assets and keeps the user's data.

The top-level `db/` and `resources/` folders are copied into the wheel as
`zqdesk/_data/...` by the build configuration; a source checkout uses them in place.
"""

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _asset_root() -> Path:
    bundled = _PACKAGE / "_data"
    if bundled.is_dir():
        return bundled
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "zqdesk" / "_data").is_dir():
        return Path(frozen) / "zqdesk" / "_data"
    return _PACKAGE.parent


def db_assets() -> Path:
    """Migrations and seed data (`db/` in the source tree)."""
    return _asset_root() / "db"


def resources() -> Path:
    """Fonts, icons and translations (`resources/` in the source tree)."""
    return _asset_root() / "resources"


def data_dir() -> Path:
    """The per-user folder holding the database and its backups; ZQDESK_HOME overrides it."""
    override = os.environ.get("ZQDESK_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return base / "zqdesk"
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "zqdesk"


def default_database() -> Path:
    """The database file the GUI and `zqdesk-cli` open when none is named."""
    return data_dir() / "zqdesk.sqlite3"
