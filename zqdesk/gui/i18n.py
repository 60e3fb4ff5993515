"""Translators: Chinese is the source language of every string in the code; Qt's own
dialogs get qtbase_zh_CN; an English translation is kept for maintainers.

resources/i18n/zqdesk_en.ts is the Linguist source (pyside6-lupdate). Its compiled .qm is
looked for beside it (a release build puts it there with pyside6-lrelease); in a dev
checkout without it, lrelease compiles it into the user's cache folder on first use.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from zqdesk.paths import data_dir, resources

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


def ts_file(language: str = "en") -> Path:
    return resources() / "i18n" / f"zqdesk_{language}.ts"


def _tool(name: str) -> str | None:
    """A PySide6 tool from this interpreter's environment (venv bin) or the PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    return shutil.which(name)


def compiled_messages(language: str = "en") -> Path | None:
    """The .qm for a language: the shipped one if current, else compiled into the cache."""
    source = ts_file(language)
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    cached = data_dir() / "cache" / "i18n" / shipped.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([lrelease, "-silent", str(source), "-qm", str(cached)], capture_output=True)
    return cached if done.returncode == 0 and cached.exists() else None


def source_files() -> list[Path]:
    """What pyside6-lupdate reads: the GUI's Python (generated forms excepted: their .ui
    files are read instead) and the Designer forms."""
    gui = Path(__file__).resolve().parent
    root = gui.parents[1]
    python = sorted(p for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts)
    return python + sorted((root / "ui").glob("*.ui"))


def update_sources(ts: Path | None = None) -> None:
    """Maintainers: refresh resources/i18n/zqdesk_en.ts from the code (then translate the new
    entries in Linguist)."""
    lupdate = _tool("pyside6-lupdate")
    target = ts or ts_file("en")
    subprocess.run([lupdate, *map(str, source_files()), "-source-language", "zh_CN", "-target-language", "en",
                    "-no-obsolete", "-locations", "none", "-ts", str(target)], check=True, capture_output=True)


def install_translators(app: QCoreApplication, language: str = "zh_CN") -> str:
    """Install Qt's own Chinese messages and, for "en", the English translation of zqdesk.
    Returns the language in effect."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "zh_CN"
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        return language
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qm = compiled_messages(language)
    own = QTranslator(app)
    if qm is not None and own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    return language


if __name__ == "__main__":
    update_sources()
    print(f"updated {ts_file('en')}")
