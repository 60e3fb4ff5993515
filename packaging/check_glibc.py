"""Fail when any binary of a bundle needs a glibc newer than the oldest target (SPEC §13).

    python3 packaging/check_glibc.py [--max 2.31] [--report FILE] BUNDLE_DIR

Reads the ELF symbol-version requirements (.gnu.version_r) of every ELF file in the folder
and reports, per file, the newest GLIBC_x.y it needs, plus the newest GLIBCXX/CXXABI/GCC
versions (libstdc++ and libgcc_s come from the system: the target's must be at least that
new). Exit 1 when the newest GLIBC is above --max, 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import elfinfo  # noqa: E402

# glibc of the domestic releases in service (as published by the vendors / their base).
TARGETS = [
    ("UOS 20 (1020–1070, Debian 10 base) / 统信UOS 服务器版 20", (2, 28)),
    ("Kylin Desktop V10 (SP1) / 银河麒麟桌面操作系统 V10", (2, 31)),
    ("Kylin Server V10 (SP1–SP3) / 银河麒麟高级服务器 V10", (2, 28)),
    ("Debian 10", (2, 28)),
    ("Ubuntu 20.04 / Debian 11", (2, 31)),
]
FAMILIES = ("GLIBC", "GLIBCXX", "CXXABI", "GCC")


def newest(names) -> str | None:
    keyed = [n for n in names if elfinfo.version_key(n)]
    return max(keyed, key=elfinfo.version_key) if keyed else None


def scan(folder: Path):
    per_file: dict[str, dict[str, str]] = {}
    users: dict[str, list[str]] = defaultdict(list)  # version → files needing it
    for path in elfinfo.elf_files(folder):
        info = elfinfo.read(path)
        wanted: dict[str, set[str]] = defaultdict(set)
        for names in info.versions.values():
            for name in names:
                family = name.split("_")[0]
                if family in FAMILIES:
                    wanted[family].add(name)
        relative = str(path.relative_to(folder))
        per_file[relative] = {family: newest(names) for family, names in wanted.items() if newest(names)}
        for name in wanted.get("GLIBC", ()):
            users[name].append(relative)
    return per_file, users


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--max", default="2.31", help="newest glibc allowed (default 2.31)")
    parser.add_argument("--report", type=Path)
    args = parser.parse_args(argv)
    ceiling = elfinfo.version_key("GLIBC_" + args.max)

    per_file, users = scan(args.bundle)
    overall = {family: newest(v[family] for v in per_file.values() if family in v) for family in FAMILIES}
    top = overall["GLIBC"] or "GLIBC_0"
    lines = [f"{len(per_file)} ELF files in {args.bundle}",
             "newest symbol versions needed: " + ", ".join(f"{v}" for v in overall.values() if v)]
    by_version = sorted(users, key=elfinfo.version_key, reverse=True)
    lines.append("files needing the newest glibc versions:")
    for version in by_version[:4]:
        files = sorted(users[version])
        shown = ", ".join(files[:6]) + (f" … (+{len(files) - 6})" if len(files) > 6 else "")
        lines.append(f"  {version}: {shown}")
    lines.append("runs on (glibc):")
    for name, glibc in TARGETS:
        ok = elfinfo.version_key(top) <= glibc
        lines.append(f"  {'yes' if ok else 'NO '}  {name} — glibc {'.'.join(map(str, glibc))}")
    too_new = elfinfo.version_key(top) > ceiling
    lines.append(f"{'FAIL' if too_new else 'OK'}: newest {top} {'>' if too_new else '<='} GLIBC_{args.max}")
    lines.append("")
    lines.append("per file (newest GLIBC / GLIBCXX / CXXABI / GCC):")
    for relative, wanted in sorted(per_file.items()):
        lines.append(f"  {relative}: " + " ".join(wanted.get(f, "-") or "-" for f in FAMILIES))
    text = "\n".join(lines) + "\n"
    if args.report:
        args.report.write_text(text, encoding="utf-8")
    print("\n".join(lines[: lines.index("") if "" in lines else None]))
    return 1 if too_new else 0


if __name__ == "__main__":
    sys.exit(main())
