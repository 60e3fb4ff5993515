"""SHA-256 and SM3 (GB/T 32905-2016) checksums of the release files.

    python sums.py write DIR [FILE…]   write DIR/SHA256SUMS and DIR/SM3SUMS over every file
                                       under DIR (or the FILEs given), paths relative to DIR
    python sums.py check DIR           check every line of DIR/SHA256SUMS and DIR/SM3SUMS;
                                       exit 1 when a file is missing or differs
    python sums.py hash FILE…          print both sums of each file

The bundle ships the same code as `zqdesk-sums`, so a machine with no Python and no SM3 tool
(Windows) can check a stick too. The files have the `sha256sum` / `gmssl sm3` layout
(`<hex>  <path>`), so `sha256sum -c SHA256SUMS` reads the first. SM3 comes from OpenSSL when
Python's hashlib offers it, else from the pure-Python implementation below (checked against
the standard's test vectors in tests/packaging).
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys
from pathlib import Path

NAMES = {"sha256": "SHA256SUMS", "sm3": "SM3SUMS"}
CHUNK = 1 << 20

_IV = (0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600, 0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E)
_M = 0xFFFFFFFF


def _rotl(x: int, n: int) -> int:
    n %= 32
    return ((x << n) | (x >> (32 - n))) & _M


_T = [_rotl(0x79CC4519 if j < 16 else 0x7A879D8A, j) for j in range(64)]


class PureSM3:
    """SM3 in plain Python (about 1 MB/s: enough for checking a release once)."""

    name = "sm3"
    digest_size = 32

    def __init__(self, data: bytes = b"") -> None:
        self._v = list(_IV)
        self._buffer = b""
        self._length = 0
        self.update(data)

    def update(self, data: bytes) -> None:
        self._length += len(data)
        data = self._buffer + bytes(data)
        whole = len(data) - len(data) % 64
        for i in range(0, whole, 64):
            self._compress(data[i:i + 64])
        self._buffer = data[whole:]

    def _compress(self, block: bytes) -> None:
        w = list(struct.unpack(">16I", block))
        for j in range(16, 68):
            x = w[j - 16] ^ w[j - 9] ^ _rotl(w[j - 3], 15)
            p1 = x ^ _rotl(x, 15) ^ _rotl(x, 23)
            w.append(p1 ^ _rotl(w[j - 13], 7) ^ w[j - 6])
        a, b, c, d, e, f, g, h = self._v
        for j in range(64):
            a12 = _rotl(a, 12)
            ss1 = _rotl((a12 + e + _T[j]) & _M, 7)
            ss2 = ss1 ^ a12
            if j < 16:
                ff, gg = a ^ b ^ c, e ^ f ^ g
            else:
                ff, gg = (a & b) | (a & c) | (b & c), (e & f) | (~e & g)
            tt1 = (ff + d + ss2 + (w[j] ^ w[j + 4])) & _M
            tt2 = (gg + h + ss1 + w[j]) & _M
            d, c, b, a = c, _rotl(b, 9), a, tt1
            h, g, f = g, _rotl(f, 19), e
            e = tt2 ^ _rotl(tt2, 9) ^ _rotl(tt2, 17)
        self._v = [x ^ y for x, y in zip(self._v, (a, b, c, d, e, f, g, h))]

    def digest(self) -> bytes:
        saved = (list(self._v), self._buffer, self._length)
        bits = self._length * 8
        tail = self._buffer + b"\x80" + b"\0" * ((55 - self._length) % 64) + struct.pack(">Q", bits)
        for i in range(0, len(tail), 64):
            self._compress(tail[i:i + 64])
        out = struct.pack(">8I", *self._v)
        self._v, self._buffer, self._length = saved
        return out

    def hexdigest(self) -> str:
        return self.digest().hex()


def new(algorithm: str):
    if algorithm == "sm3":
        try:
            return hashlib.new("sm3")
        except (ValueError, TypeError):
            return PureSM3()
    return hashlib.new(algorithm)


def file_digests(path: Path) -> dict[str, str]:
    hashers = {name: new(name) for name in NAMES}
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            for h in hashers.values():
                h.update(chunk)
    return {name: h.hexdigest() for name, h in hashers.items()}


def _listed(folder: Path, files: list[Path]) -> list[Path]:
    if files:
        return [Path(f) for f in files]
    skip = set(NAMES.values())
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and p.name not in skip)


def write(folder: Path, files: list[Path]) -> int:
    lines: dict[str, list[str]] = {name: [] for name in NAMES}
    for path in _listed(folder, files):
        relative = Path(os.path.relpath(path, folder)).as_posix()
        for name, hexdigest in file_digests(path).items():
            lines[name].append(f"{hexdigest}  {relative}\n")
    for name, listing in lines.items():
        (folder / NAMES[name]).write_text("".join(listing), encoding="utf-8", newline="\n")
    print(f"{len(lines['sha256'])} files → {folder / NAMES['sha256']}, {folder / NAMES['sm3']}")
    return 0


def check(folder: Path) -> int:
    bad = checked = 0
    for name, listing in NAMES.items():
        sums = folder / listing
        if not sums.exists():
            print(f"缺少 {listing} / {listing} missing", file=sys.stderr)
            bad += 1
            continue
        for line in sums.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            expected, _, relative = line.partition("  ")
            path = folder / relative.lstrip("*")
            checked += 1
            if not path.is_file():
                print(f"{name.upper()} 缺失 MISSING  {relative}")
                bad += 1
            elif file_digests(path)[name] != expected.lower():
                print(f"{name.upper()} 不符 FAILED   {relative}")
                bad += 1
    print(f"{checked} 项已核对，{bad} 项不符 / {checked} checked, {bad} failed")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) >= 2 and args[0] == "write":
        return write(Path(args[1]), [Path(a) for a in args[2:]])
    if len(args) == 2 and args[0] == "check":
        return check(Path(args[1]))
    if len(args) >= 2 and args[0] == "hash":
        for path in args[1:]:
            digests = file_digests(Path(path))
            print(f"SHA-256 {digests['sha256']}  {path}\nSM3     {digests['sm3']}  {path}")
        return 0
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
