"""Which CJK fonts zqdesk uses, for the UI and for PDF documents (SPEC §10, §13).

The app ships three CJK faces with TrueType (``glyf``) outlines under
``resources/fonts/`` — reportlab can embed only TrueType outlines, not CFF/OTF ones such
as Noto CJK — and prefers licensed system fonts (仿宋_GB2312, 方正小标宋, SimSun, SimHei,
KaiTi) when the machine has them. System fonts are found by file name in the usual font
folders, without fontconfig, and a file qualifies only if its header shows TrueType
outlines and its embedding flags let reportlab subset it into a PDF.

Qt-free and stdlib-only; reportlab is imported inside the functions that need it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import struct
import sys
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from zqdesk.paths import resources

#: Roles returned by :func:`choose_faces`.
ROLES = ("title", "body", "heading", "kai", "ui")


@dataclass(frozen=True)
class FontFace:
    """One face of one font file, chosen for a role."""

    role: str
    family: str
    path: Path
    subfont_index: int
    bundled: bool


@dataclass(frozen=True)
class BundledFont:
    """A font file shipped in ``resources/fonts/`` (see its README.md)."""

    role: str  # "song" | "hei" | "kai"
    file: str
    family: str  # English family name of face ``subfont_index`` (name table, ID 1)
    subfont_index: int  # index of the Simplified-Chinese face inside a .ttc
    licence_dir: str  # relative to resources/fonts/


BUNDLED: tuple[BundledFont, ...] = (
    BundledFont("song", "uming.ttc", "AR PL UMing CN", 0, "LICENSES/arphic-uming"),
    BundledFont("hei", "wqy-microhei.ttc", "WenQuanYi Micro Hei", 0, "LICENSES/wqy-microhei"),
    BundledFont("kai", "gkai00mp.ttf", "AR PL KaitiM GB", 0, "LICENSES/arphic-gkai00mp"),
)


def fonts_dir() -> Path:
    """The folder holding the bundled font files."""
    return resources() / "fonts"


def bundled_faces() -> dict[str, FontFace]:
    """The shipped faces by role: ``song``, ``hei`` and ``kai``."""
    base = fonts_dir()
    return {
        b.role: FontFace(b.role, b.family, base / b.file, b.subfont_index, True)
        for b in BUNDLED
    }


# --------------------------------------------------------------------------------------
# Reading the sfnt header (TrueType / OpenType / TrueType Collection) with struct.

OUTLINE_TRUETYPE = "truetype"
OUTLINE_CFF = "cff"
OUTLINE_NONE = "none"  # an sfnt with neither glyf nor CFF (e.g. bitmap-only)


class FontFileError(ValueError):
    """The file is not a readable TrueType/OpenType font (or lacks the subfont asked for)."""


@dataclass(frozen=True)
class SfntInfo:
    outlines: str  # OUTLINE_TRUETYPE | OUTLINE_CFF | OUTLINE_NONE
    num_fonts: int  # faces in the file (1 unless a .ttc)
    fs_type: int | None  # OS/2 embedding flags, None when there is no OS/2 table
    family: str | None  # English family name (name ID 1) when present, else any


_TRUETYPE_VERSIONS = (b"\x00\x01\x00\x00", b"true")


def _read(f, offset: int, size: int) -> bytes:
    f.seek(offset)
    data = f.read(size)
    if len(data) != size:
        raise FontFileError("truncated font file")
    return data


def _table_directory(f, offset: int) -> tuple[bytes, dict[bytes, tuple[int, int]]]:
    version, num_tables = struct.unpack(">4sH", _read(f, offset, 6))
    raw = _read(f, offset + 12, 16 * num_tables)
    tables = {}
    for i in range(num_tables):
        tag, _checksum, t_offset, t_length = struct.unpack_from(">4sIII", raw, 16 * i)
        tables[tag] = (t_offset, t_length)
    return version, tables


def _family_name(f, table: tuple[int, int] | None) -> str | None:
    if table is None:
        return None
    offset, length = table
    data = _read(f, offset, length)
    _fmt, count, string_offset = struct.unpack_from(">HHH", data, 0)
    best: tuple[int, str] | None = None
    for i in range(count):
        platform, encoding, language, name_id, n_len, n_off = struct.unpack_from(
            ">HHHHHH", data, 6 + 12 * i
        )
        if name_id != 1:
            continue
        raw = data[string_offset + n_off : string_offset + n_off + n_len]
        if platform in (0, 3):
            text = raw.decode("utf-16-be", errors="replace")
            rank = 0 if (platform == 3 and language == 0x0409) else 2
        elif platform == 1 and encoding == 0:
            text = raw.decode("mac_roman", errors="replace")
            rank = 1
        else:
            continue
        text = text.strip("\x00 ")
        if text and (best is None or rank < best[0]):
            best = (rank, text)
    return best[1] if best else None


def inspect_sfnt(path: Path | str, subfont_index: int = 0) -> SfntInfo:
    """Read the outline kind, embedding flags and family name of one face of a font file."""
    try:
        with open(path, "rb") as f:
            head = _read(f, 0, 12)
            num_fonts = 1
            offset = 0
            if head[:4] == b"ttcf":
                num_fonts = struct.unpack_from(">I", head, 8)[0]
                if not 0 <= subfont_index < num_fonts:
                    raise FontFileError(f"no subfont {subfont_index} in a collection of {num_fonts}")
                offset = struct.unpack(">I", _read(f, 12 + 4 * subfont_index, 4))[0]
            elif subfont_index != 0:
                raise FontFileError("subfont index given for a single-font file")
            version, tables = _table_directory(f, offset)
            if version in _TRUETYPE_VERSIONS:
                outlines = OUTLINE_TRUETYPE if b"glyf" in tables else OUTLINE_NONE
            elif version == b"OTTO":
                outlines = OUTLINE_CFF
            else:
                raise FontFileError(f"not an sfnt font (version {version!r})")
            fs_type = None
            if b"OS/2" in tables:
                fs_type = struct.unpack(">H", _read(f, tables[b"OS/2"][0] + 8, 2))[0]
            family = _family_name(f, tables.get(b"name"))
    except (OSError, struct.error) as exc:
        raise FontFileError(str(exc)) from exc
    return SfntInfo(outlines, num_fonts, fs_type, family)


def outline_kind(path: Path | str, subfont_index: int = 0) -> str:
    """``"truetype"``, ``"cff"`` or ``"none"``; raises FontFileError for a non-font."""
    return inspect_sfnt(path, subfont_index).outlines


def pdf_embeddable(path: Path | str, subfont_index: int = 0) -> tuple[bool, str]:
    """Whether reportlab can subset this face into a PDF, and if not, why not."""
    try:
        info = inspect_sfnt(path, subfont_index)
    except FontFileError as exc:
        return False, f"unreadable: {exc}"
    if info.outlines == OUTLINE_CFF:
        return False, "CFF (PostScript) outlines; reportlab embeds TrueType outlines only"
    if info.outlines != OUTLINE_TRUETYPE:
        return False, "no glyph outlines"
    # The same rule reportlab applies (restricted licence, or no subsetting / bitmap only).
    if info.fs_type is not None and (info.fs_type == 0x0002 or info.fs_type & 0x0300):
        return False, f"font licence flags forbid embedding (fsType 0x{info.fs_type:04X})"
    return True, "ok"


# --------------------------------------------------------------------------------------
# Licensed system fonts, found by file name.

#: role → candidate (file name, subfont index), best first. Names are compared casefolded.
SYSTEM_FONT_FILES: dict[str, tuple[tuple[str, int], ...]] = {
    # 仿宋_GB2312 is what GB/T 9704 names for body text; FangSong (simfang) is Windows'.
    "fangsong": (
        ("仿宋_GB2312.ttf", 0),
        ("FS_GB2312.ttf", 0),
        ("FangSong_GB2312.ttf", 0),
        ("simfang.ttf", 0),
        ("FangSong.ttf", 0),
        ("仿宋.ttf", 0),
        ("STFANGSO.TTF", 0),
    ),
    # 方正小标宋简体 / 方正小标宋_GBK, the GB/T 9704 title face.
    "title": (
        ("FZXBSJW.TTF", 0),
        ("方正小标宋简体.ttf", 0),
        ("FZXBSK.TTF", 0),
        ("方正小标宋_GBK.ttf", 0),
        ("FZXBSJW--GB1-0.ttf", 0),
    ),
    "song": (("simsun.ttc", 0), ("simsun.ttf", 0), ("宋体.ttf", 0)),
    "hei": (("simhei.ttf", 0), ("黑体.ttf", 0)),
    "kai": (
        ("楷体_GB2312.ttf", 0),
        ("KaiTi_GB2312.ttf", 0),
        ("simkai.ttf", 0),
        ("KaiTi.ttf", 0),
        ("楷体.ttf", 0),
        ("STKAITI.TTF", 0),
    ),
    # Microsoft YaHei, present on every Windows since Vista; used for the UI only.
    "ui": (("msyh.ttc", 0), ("msyh.ttf", 0)),
}


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def system_font_dirs() -> list[Path]:
    """The usual system and per-user font folders of this platform (existing or not)."""
    home = Path.home()
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs = [Path(windir) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data_home / "fonts",
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]


def _index_font_files(dirs: Iterable[Path]) -> dict[str, list[Path]]:
    wanted = {_key(name) for names in SYSTEM_FONT_FILES.values() for name, _ in names}
    found: dict[str, list[Path]] = {}
    seen: set[str] = set()
    for root in dirs:
        if not Path(root).is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            real = os.path.realpath(dirpath)
            if real in seen:  # a symlink loop or a folder reached twice
                dirnames[:] = []
                continue
            seen.add(real)
            for name in filenames:
                key = _key(name)
                if key in wanted:
                    found.setdefault(key, []).append(Path(dirpath) / name)
    return found


@dataclass(frozen=True)
class SkippedFont:
    role: str
    path: Path
    reason: str


@dataclass(frozen=True)
class SystemScan:
    faces: dict[str, FontFace]
    skipped: list[SkippedFont]


def scan_system_fonts(dirs: Iterable[Path] | None = None) -> SystemScan:
    """Find licensed system fonts by role, noting candidates skipped (e.g. CFF outlines)."""
    index = _index_font_files(system_font_dirs() if dirs is None else dirs)
    faces: dict[str, FontFace] = {}
    skipped: list[SkippedFont] = []
    for role, candidates in SYSTEM_FONT_FILES.items():
        for name, subfont in candidates:
            for path in index.get(_key(name), ()):
                ok, reason = pdf_embeddable(path, subfont)
                if not ok:
                    skipped.append(SkippedFont(role, path, reason))
                    continue
                family = inspect_sfnt(path, subfont).family or Path(name).stem
                faces[role] = FontFace(role, family, path, subfont, False)
                break
            if role in faces:
                break
    return SystemScan(faces, skipped)


def system_faces(dirs: Iterable[Path] | None = None) -> dict[str, FontFace]:
    """Licensed system faces usable in PDFs, by role: ``fangsong``, ``title`` (方正小标宋),
    ``song`` (SimSun), ``hei`` (SimHei), ``kai`` (KaiTi) and ``ui`` (Microsoft YaHei)."""
    return scan_system_fonts(dirs).faces


# --------------------------------------------------------------------------------------
# Choosing a face per role.

#: For each chosen role: the system roles to try, best first, then the bundled fallback.
#: Title: 方正小标宋, else SimSun, else the bundled Hei — the bundled Ming (AR PL UMing) is
#: a thin text face that looks weak at title size, while GB/T 9704 titles are a heavy
#: display face; SPEC §10 allows a Song or Hei display face.
#: Body: 仿宋_GB2312/FangSong, else SimSun, else the bundled Song (UMing).
CHOICES: dict[str, tuple[tuple[str, ...], str]] = {
    "title": (("title", "song"), "hei"),
    "body": (("fangsong", "song"), "song"),
    "heading": (("hei",), "hei"),
    "kai": (("kai",), "kai"),
    "ui": (("ui",), "hei"),
}


def choose_faces(
    prefer_system: bool = True,
    *,
    system: Mapping[str, FontFace] | None = None,
    bundled: Mapping[str, FontFace] | None = None,
) -> dict[str, FontFace]:
    """The face for each of ``title``, ``body``, ``heading``, ``kai`` and ``ui``.

    Licensed system fonts win when ``prefer_system``; the bundled faces fill every gap, so
    every role always has a face. ``system``/``bundled`` override the scans (for tests).
    """
    own = bundled_faces() if bundled is None else bundled
    found: Mapping[str, FontFace] = {}
    if prefer_system:
        found = system_faces() if system is None else system
    chosen: dict[str, FontFace] = {}
    for role, (system_roles, fallback) in CHOICES.items():
        face = next((found[r] for r in system_roles if r in found), own[fallback])
        chosen[role] = dataclasses.replace(face, role=role)
    return chosen


# --------------------------------------------------------------------------------------
# reportlab

_lock = threading.Lock()
_registered: dict[tuple[str, int], str] = {}  # (resolved path, subfont) → reportlab name


def _reportlab_name(face: FontFace) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "", face.family) or re.sub(r"[^A-Za-z0-9]+", "", face.path.stem)
    if not stem:
        stem = hashlib.sha1(str(face.path).encode()).hexdigest()[:8]
    name = f"ZQ-{stem}" + (f"-{face.subfont_index}" if face.subfont_index else "")
    taken = set(_registered.values())
    if name in taken:
        name += "-" + hashlib.sha1(str(face.path).encode()).hexdigest()[:6]
    return name


def _register(face: FontFace) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    key = (str(face.path.resolve()), face.subfont_index)
    name = _registered.get(key)
    if name is not None:
        return name
    name = _reportlab_name(face)
    pdfmetrics.registerFont(TTFont(name, str(face.path), subfontIndex=face.subfont_index))
    # <b>/<i> in Paragraph markup map back to the same face instead of failing.
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    _registered[key] = name
    return name


def register_reportlab_fonts(faces: Mapping[str, FontFace] | None = None) -> dict[str, str]:
    """Register each face with reportlab (once per file and subfont) → role: font name.

    ``faces`` defaults to :func:`choose_faces`. A system face reportlab cannot load falls
    back to the bundled face for that role.
    """
    if faces is None:
        faces = choose_faces()
    own = bundled_faces()
    names: dict[str, str] = {}
    with _lock:
        for role, face in faces.items():
            try:
                names[role] = _register(face)
            except Exception:  # reportlab raises assorted errors on odd files
                if face.bundled:
                    raise
                fallback = CHOICES[role][1] if role in CHOICES else role
                if fallback not in own:
                    raise
                names[role] = _register(dataclasses.replace(own[fallback], role=role))
    return names


def missing_chars(font_name: str, text: str) -> str:
    """The distinct characters of ``text`` a registered reportlab TrueType font lacks
    (whitespace and control characters ignored), in order of first appearance."""
    from reportlab.pdfbase import pdfmetrics

    cmap = pdfmetrics.getFont(font_name).face.charToGlyph
    out: dict[str, None] = {}
    for ch in text:
        if ord(ch) not in cmap and not ch.isspace() and unicodedata.category(ch)[0] != "C":
            out[ch] = None
    return "".join(out)
