"""The Debian packages a bundle expects of the system: every DT_NEEDED library of an ELF
file in the bundle that the bundle does not carry, found in a root's dpkg database (the
bullseye build root, or / on a Debian-family host), as a Depends line.

    python3 packaging/deb/depends.py BUNDLE_DIR [--root /]

Also prints the libraries nothing in the root provides (an error: the root lacks a runtime
package, or the bundle needs something unusual).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import elfinfo  # noqa: E402

GLIBC_ITSELF = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libutil.so.1",
                "ld-linux-x86-64.so.2", "libresolv.so.2", "libcrypt.so.1", "libanl.so.1"}
# Loaded with dlopen, so in no DT_NEEDED list: Qt's D-Bus support (ibus input method, portals).
DLOPENED = {"libdbus-1.so.3"}
# Names that differ between Debian 10/11, Ubuntu 20.04 and the distributions built on them.
ALTERNATIVES = {
    "libgl1": "libgl1 | libgl1-mesa-glx",
    "libegl1": "libegl1 | libegl1-mesa",
    "libgcc-s1": "libgcc-s1 | libgcc1",
}


def packages_by_file(root: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for listing in sorted((root / "var" / "lib" / "dpkg" / "info").glob("*.list")):
        package = listing.stem.split(":")[0]
        for line in listing.read_text(errors="replace").splitlines():
            name = line.rsplit("/", 1)[-1]
            if ".so" in name:
                found.setdefault(name, package)
    return found


def needed_from_system(bundle: Path) -> set[str]:
    files = elfinfo.elf_files(bundle)
    inside = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set(DLOPENED)
    for path in files:
        info = elfinfo.read(path)
        if info.soname:
            inside.add(info.soname)
        needed.update(info.needed)
    return {lib for lib in needed if lib not in inside and lib not in GLIBC_ITSELF}


def depends(bundle: Path, root: Path) -> tuple[list[str], list[str]]:
    owners = packages_by_file(root)
    packages: set[str] = set()
    unresolved = []
    for lib in sorted(needed_from_system(bundle)):
        if lib in owners:
            packages.add(owners[lib])
        else:
            unresolved.append(lib)
    return sorted(ALTERNATIVES.get(p, p) for p in packages), unresolved


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--root", type=Path, default=Path("/"))
    args = parser.parse_args()
    found, unresolved = depends(args.bundle, args.root)
    print(", ".join(found))
    if unresolved:
        print("unresolved: " + " ".join(unresolved), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
