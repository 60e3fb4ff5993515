"""What the bundle leaves out (STYLE.md › Packaging: trim what the bundle does not need;
Anki's `cleanup_paths`). Used by zqdesk.spec on every platform.

Three kinds of cut:
- Qt plugins and translations zqdesk never loads (it is a Widgets application: no QML, no
  network, no SQL drivers, no Wayland compositor);
- on Linux, the display stack and the C++ runtime: X11/xcb, xkbcommon, GL/EGL, fontconfig/
  freetype, glib, D-Bus and libstdc++/libgcc_s come from the installed system (the .deb
  declares them), because copies from the build machine clash with the system's GPU drivers,
  input methods and font configuration;
- Qt libraries that nothing left in the bundle needs (a closure over DT_NEEDED).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import elfinfo  # noqa: E402  (packaging/elfinfo.py)

QT_PLUGINS_KEPT = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qdirect2d"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qsvg", "qico", "qgif", "qjpeg"},
    "iconengines": {"qsvgicon"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},  # printing (zqdesk.gui.printing)
}
QT_TRANSLATIONS_KEPT = re.compile(r"^qt(base)?_(zh_CN|en)\.qm$")

# Linux libraries the system provides (the .deb's Depends): the display stack and runtimes.
SYSTEM_LIBRARIES = re.compile(r"^lib(" + "|".join([
    # libxcb-util.so.1 stays in the bundle: Debian 10 (UOS 20's base) has only libxcb-util.so.0.
    r"X11(-xcb)?", r"X(au|dmcp|ext|render|i|fixes|cursor|randr|inerama)", r"xcb(-(?!util\.so)[a-z0-9-]+)?",
    r"xkbcommon(-x11)?", r"E?GL(X|dispatch|ESv2)?", r"OpenGL", r"drm", r"gbm", r"wayland-[a-z]+",
    r"fontconfig", r"freetype", r"png16", r"brotli(common|dec|enc)", r"harfbuzz", r"graphite2",
    r"expat", r"uuid", r"bsd", r"md",
    r"g(lib|object|io|module|thread)-2\.0", r"pcre2?(-8)?", r"mount", r"blkid", r"selinux",
    r"dbus-1", r"systemd", r"lz4", r"gcrypt", r"gpg-error", r"cap",
    r"stdc\+\+", r"gcc_s", r"(SM|ICE)",
    r"cups",  # the print plugin talks to the CUPS the system runs: use the system's client library
]) + r")\.so(\.[0-9.]+)?$")

# Python modules the bundle never imports, though something may name them. Qt modules are not
# listed: PyInstaller takes only those zqdesk imports (a list here broke the build once already,
# when the GUI started printing through QtPrintSupport).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "readline", "test", "unittest.test", "lib2to3", "idlelib", "pydoc_data", "ensurepip",
    "distutils", "setuptools", "pip", "pkg_resources", "IPython", "numpy", "pytest",
    "MySQLdb", "pymysql", "mx",  # peewee's optional drivers other than PostgreSQL's
    # PySide6/__init__.py imports QtNetwork only on Windows, and only when the package has an
    # `openssl` folder (the PyPI wheels have none); zqdesk itself never imports it. Without this
    # line the bundle carries QtNetwork and, on Linux, the system's Kerberos libraries.
    "PySide6.QtNetwork",
]


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def _plugin_name(file: str) -> str:
    stem = file.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def from_system(source: str) -> bool:
    """Whether a library file comes from the build machine's system folders (not from a wheel:
    wheels carry their own, renamed copies, e.g. Pillow's `pillow.libs/libxcb-9065bb12.so.1.1.0`)."""
    return source.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/"))


def keep(dest: str, source: str = "") -> bool:
    """Whether a bundle entry (its destination inside the bundle, its source file) stays."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts and len(parts) == parts.index("plugins") + 3:  # …/plugins/<kind>/<file>
        kind = parts[parts.index("plugins") + 1]
        return kind in QT_PLUGINS_KEPT and _plugin_name(name) in QT_PLUGINS_KEPT[kind]
    if "translations" in parts and name.endswith(".qm") and "PySide6" in parts:
        return bool(QT_TRANSLATIONS_KEPT.match(name))
    if sys.platform.startswith("linux") and SYSTEM_LIBRARIES.match(name) and from_system(str(source)):
        return False
    return True


def apply(toc):
    """The TOC (a list of (dest, source, kind) tuples) without what the bundle leaves out."""
    return [entry for entry in toc if keep(entry[0], entry[1] or "")]


def prune_unreachable(binaries):
    """On Linux, drop shared libraries (Qt's above all) that no extension module, plugin or
    other kept library loads. Roots: every ELF that is not a plain `lib*.so*` library (Python
    extensions, Qt plugins), libpython, and the libraries inside other packages' folders."""
    if not sys.platform.startswith("linux"):
        return binaries
    by_name: dict[str, tuple] = {}
    roots = []
    for entry in binaries:
        dest, source = entry[0], entry[1]
        name = _parts(dest)[-1]
        if not elfinfo.is_elf(Path(source)):
            roots.append(entry)
            continue
        parts = _parts(dest)
        is_plain_library = re.match(r"^lib.*\.so(\.[0-9.]+)?$", name) and "plugins" not in parts
        # Only Qt's libraries and those PyInstaller pulled in as dependencies (top level) can
        # go: a library inside another package may be loaded with ctypes (pypdfium2's libpdfium).
        prunable = len(parts) == 1 or parts[:3] == ("PySide6", "Qt", "lib")
        if is_plain_library and prunable and not name.startswith("libpython"):
            by_name[name] = entry
        else:
            roots.append(entry)
    kept: dict[str, tuple] = {}
    todo = [entry[1] for entry in roots if elfinfo.is_elf(Path(entry[1]))]
    while todo:
        for lib in elfinfo.read(todo.pop()).needed:
            if lib in by_name and lib not in kept:
                kept[lib] = by_name[lib]
                todo.append(by_name[lib][1])
    return roots + list(kept.values())


def drop_dangling_links(toc, *others):
    """SYMLINK entries (PyInstaller links `_internal/libX.so` to `PySide6/Qt/lib/libX.so`)
    whose target is in neither this TOC nor the others."""
    present = {PurePosixPath(entry[0].replace("\\", "/"))
               for entry in [*toc, *[e for other in others for e in other]] if entry[2] != "SYMLINK"}
    kept = []
    for entry in toc:
        if entry[2] == "SYMLINK":
            dest = PurePosixPath(entry[0].replace("\\", "/"))
            target = PurePosixPath(*_normal((dest.parent / entry[1].replace("\\", "/")).parts))
            if target not in present:
                continue
        kept.append(entry)
    return kept


def _normal(parts):
    out: list[str] = []
    for part in parts:
        if part == "..":
            out.pop()
        elif part != ".":
            out.append(part)
    return out or ["."]
