"""Reads what an ELF file asks of the dynamic linker: its DT_NEEDED libraries, its SONAME and
the symbol versions it requires (the .gnu.version_r section), without binutils.

Used by check_glibc.py (the glibc ceiling of the release bundle), by the PyInstaller spec
(dropping Qt libraries nothing in the bundle loads) and by the .deb builder (Depends from the
libraries the bundle expects of the system). ELF64 little-endian only (x86_64, aarch64).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

SHT_STRTAB = 3
SHT_DYNAMIC = 6
SHT_DYNSYM = 11
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NEEDED = 1
DT_SONAME = 14
DT_RPATH = 15
DT_RUNPATH = 29


@dataclass
class ElfInfo:
    path: Path
    soname: str | None = None
    needed: list[str] = field(default_factory=list)
    runpath: list[str] = field(default_factory=list)
    # library file name (e.g. "libc.so.6") → the version names required from it ("GLIBC_2.28")
    versions: dict[str, set[str]] = field(default_factory=dict)


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def _cstr(blob: bytes, offset: int) -> str:
    end = blob.index(b"\0", offset)
    return blob[offset:end].decode("utf-8", "replace")


def read(path: Path | str) -> ElfInfo:
    path = Path(path)
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        raise ValueError(f"{path} is not an ELF file")
    if data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: only ELF64 little-endian is read")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, _shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    sections = []
    for i in range(shnum):
        name, kind, _flags, _addr, offset, size, link, info, _align, entsize = struct.unpack_from(
            "<IIQQQQIIQQ", data, shoff + i * shentsize)
        sections.append((kind, offset, size, link, info, entsize))
    info = ElfInfo(path)

    def strtab(index: int) -> bytes:
        _kind, offset, size, *_ = sections[index]
        return data[offset:offset + size]

    for kind, offset, size, link, count, _entsize in sections:
        if kind == SHT_DYNAMIC:
            strings = strtab(link)
            for pos in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", data, pos)
                if tag == 0:
                    break
                if tag == DT_NEEDED:
                    info.needed.append(_cstr(strings, value))
                elif tag == DT_SONAME:
                    info.soname = _cstr(strings, value)
                elif tag in (DT_RPATH, DT_RUNPATH):
                    info.runpath.extend(p for p in _cstr(strings, value).split(":") if p)
        elif kind == SHT_GNU_VERNEED:
            strings = strtab(link)
            pos = offset
            for _ in range(count):  # sh_info holds the number of Verneed entries
                _version, cnt, file_off, aux, next_off = struct.unpack_from("<HHIII", data, pos)
                library = _cstr(strings, file_off)
                names = info.versions.setdefault(library, set())
                apos = pos + aux
                for _ in range(cnt):
                    _hash, _flags, _other, name_off, anext = struct.unpack_from("<IHHII", data, apos)
                    names.add(_cstr(strings, name_off))
                    if not anext:
                        break
                    apos += anext
                if not next_off:
                    break
                pos += next_off
    return info


def version_key(name: str) -> tuple[int, ...]:
    """GLIBC_2.28 → (2, 28); GLIBCXX_3.4.25 → (3, 4, 25); unparsable → ()."""
    _, _, number = name.partition("_")
    try:
        return tuple(int(part) for part in number.split("."))
    except ValueError:
        return ()


def elf_files(folder: Path) -> list[Path]:
    """Every ELF file under a folder (symlinks not followed twice)."""
    return sorted(p for p in Path(folder).rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))
