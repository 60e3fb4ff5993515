"""Regenerate zqdesk/gui/forms/ui_*.py from ui/*.ui with pyside6-uic.

    python -m zqdesk.gui.forms.build           # write the modules
    python -m zqdesk.gui.forms.build --check   # exit 1 if any module is out of date
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FORMS = Path(__file__).resolve().parent
UI = FORMS.parents[2] / "ui"


def uic() -> str:
    here = Path(sys.executable).parent / "pyside6-uic"
    found = str(here) if here.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found (install PySide6-Essentials)")
    return found


def compile_form(source: Path, target: Path) -> None:
    subprocess.run([uic(), "-o", str(target), str(source)], check=True)


def module_for(source: Path) -> Path:
    return FORMS / f"ui_{source.stem}.py"


def stale_forms() -> list[str]:
    """Names of .ui files whose generated module is missing or differs from a fresh compile."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for source in sorted(UI.glob("*.ui")):
            fresh = Path(tmp) / module_for(source).name
            compile_form(source, fresh)
            current = module_for(source)
            if not current.exists() or current.read_text(encoding="utf-8") != fresh.read_text(encoding="utf-8"):
                stale.append(source.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--check" in argv:
        stale = stale_forms()
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    for source in sorted(UI.glob("*.ui")):
        compile_form(source, module_for(source))
        print(f"{source.name} -> {module_for(source).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
