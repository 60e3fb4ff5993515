"""Compile resources/i18n/*.ts into .qm beside them with pyside6-lrelease (a release build
runs this on its staged copy of the sources; see resources/i18n/README.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]


def lrelease() -> str:
    scripts = Path(sys.executable).parent
    for candidate in (scripts / "pyside6-lrelease", scripts / "pyside6-lrelease.exe",
                      Path(PySide6.__file__).parent / "lrelease", Path(PySide6.__file__).parent / "lrelease.exe"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit("pyside6-lrelease not found (PySide6-Essentials ships it)")


def main() -> int:
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    if not sources:
        raise SystemExit("no .ts files under resources/i18n")
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"{qm.relative_to(ROOT)}: {qm.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
