#!/bin/bash
# Runs INSIDE the bullseye root (build-release.sh copies it there): builds CPython 3.11 from
# Debian bookworm's python3.11 source package against bullseye's glibc 2.31.
#
# The source comes from the Debian archive (deb-src bookworm, signature-checked by apt); the
# upstream fixes Debian carries (CVE-*, gh-* backports, crash fixes) are applied, Debian's
# layout patches (dist-packages, multiarch, …) are not, so the result is a plain CPython.
#
# libm's exp/log/pow/exp2/log2 gained new symbol versions in glibc 2.29; compiled code binds
# to them and the interpreter would not start on glibc 2.28 (UOS 20). release/glibc-compat.h
# binds them to the old versions instead (same functions, the old error handling), which keeps
# libpython within glibc 2.28.
set -euo pipefail
PREFIX=${1:-/opt/zqdesk-python}
SRC=/opt/src/python3.11
rm -rf "$SRC"; mkdir -p "$SRC"; cd "$SRC"
apt-get update -q >/dev/null
apt-get source --download-only -q python3.11
dsc=$(ls python3.11_*.dsc); version=${dsc#python3.11_}; version=${version%.dsc}
upstream=${version%%-*}
tar xf python3.11_"$upstream".orig.tar.*
tar xf python3.11_"$version".debian.tar.*
cd Python-"$upstream"
applied=0; skipped=""
start=0
while read -r patch; do
  patch=${patch%%#*}; patch=${patch// /}
  [ -n "$patch" ] || continue
  # Everything from the first upstream fix on; the patches before it change the layout.
  if [ "$patch" = shutdown-deadlock.diff ]; then start=1; fi
  [ "$start" = 1 ] || continue
  if patch -p1 --dry-run -s -f <"../debian/patches/$patch" >/dev/null 2>&1; then
    patch -p1 -s -f <"../debian/patches/$patch"; applied=$((applied + 1))
  else
    skipped="$skipped $patch"
  fi
done <../debian/patches/series
echo "applied $applied Debian fixes; skipped:${skipped:- none}"
cp /work/glibc-compat.h "$SRC/glibc-compat.h"
./configure -q --prefix="$PREFIX" --enable-shared --with-ensurepip=install \
  CFLAGS="-include $SRC/glibc-compat.h" \
  LDFLAGS="-Wl,-rpath,$PREFIX/lib"
make -s -j"$(nproc)" >/work/cpython-make.log 2>&1 || { tail -50 /work/cpython-make.log; exit 1; }
make -s install >/work/cpython-install.log 2>&1 || { tail -50 /work/cpython-install.log; exit 1; }
"$PREFIX/bin/python3.11" - <<'EOF'
import bz2, ctypes, hashlib, lzma, sqlite3, ssl, sys, zlib, uuid  # the modules the app and pip need
assert "sm3" in hashlib.algorithms_available, "OpenSSL without SM3"
print(sys.version, ssl.OPENSSL_VERSION, "sqlite", sqlite3.sqlite_version)
EOF
echo "python3.11 $version (Debian bookworm source), $applied Debian fixes applied${skipped:+, skipped:$skipped}" >"$PREFIX/.zqdesk-source"
rm -rf "$SRC"
