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
# One of those fixes makes Modules/pyexpat.c use an internal header (pycore_ceval.h); Debian
# builds the module with Py_BUILD_CORE_MODULE, 3.11's setup.py does not: define it in the file,
# as 3.12 does.
if grep -q '"pycore_ceval.h"' Modules/pyexpat.c && ! grep -q Py_BUILD_CORE_MODULE Modules/pyexpat.c; then
  sed -i '1i #ifndef Py_BUILD_CORE_BUILTIN\n#  define Py_BUILD_CORE_MODULE 1\n#endif' Modules/pyexpat.c
fi
cp /work/glibc-compat.h "$SRC/glibc-compat.h"
# SQLite from bullseye's own source package, built with the same header: the bundle carries
# it (one SQLite version everywhere), and bullseye's binary libsqlite3 needs log@GLIBC_2.29.
mkdir -p "$SRC/sqlite"
(cd "$SRC/sqlite" && apt-get source --download-only -q sqlite3/bullseye >/dev/null)
sqlite_dsc=$(ls "$SRC"/sqlite/sqlite3_*.dsc); sqlite_version=${sqlite_dsc##*/sqlite3_}; sqlite_version=${sqlite_version%.dsc}
tar xf "$SRC"/sqlite/sqlite3_"${sqlite_version%%-*}".orig.tar.xz -C "$SRC/sqlite"
(
  cd "$SRC"/sqlite/sqlite3-"${sqlite_version%%-*}"
  CFLAGS="-O2 -include $SRC/glibc-compat.h -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_RTREE \
          -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_SECURE_DELETE -DSQLITE_MAX_VARIABLE_NUMBER=250000" \
    LIBS=-lm ./configure -q --prefix="$PREFIX" --disable-static --disable-tcl --disable-readline >/dev/null
  make -s -j"$(nproc)" libsqlite3.la >/work/sqlite-make.log 2>&1 || { tail -30 /work/sqlite-make.log; exit 1; }
  make -s lib_install sqlite3.h >>/work/sqlite-make.log 2>&1 || { tail -30 /work/sqlite-make.log; exit 1; }
  install -d "$PREFIX/include" && install -m 644 sqlite3.h src/sqlite3ext.h "$PREFIX/include/"
)
test -f "$PREFIX/lib/libsqlite3.so.0"
echo "$sqlite_version" >"$SRC/sqlite-version"
# ac_cv_func_sem_clockwait=no: sem_clockwait is GLIBC_2.30; sem_timedwait does the same job.
./configure -q --prefix="$PREFIX" --enable-shared --with-ensurepip=install \
  ac_cv_func_sem_clockwait=no \
  CFLAGS="-include $SRC/glibc-compat.h" CPPFLAGS="-I$PREFIX/include" \
  LDFLAGS="-L$PREFIX/lib -Wl,-rpath,$PREFIX/lib"
make -s -j"$(nproc)" >/work/cpython-make.log 2>&1 || { tail -50 /work/cpython-make.log; exit 1; }
make -s install >/work/cpython-install.log 2>&1 || { tail -50 /work/cpython-install.log; exit 1; }
"$PREFIX/bin/python3.11" - <<'EOF'
import bz2, ctypes, hashlib, lzma, sqlite3, ssl, sys, zlib, uuid  # the modules the app and pip need
assert "sm3" in hashlib.algorithms_available, "OpenSSL without SM3"
print(sys.version, ssl.OPENSSL_VERSION, "sqlite", sqlite3.sqlite_version)
EOF
# _sqlite3 must load the SQLite built above (its RUNPATH), not the system's.
ldd "$PREFIX"/lib/python3.11/lib-dynload/_sqlite3.*.so | grep -q "$PREFIX/lib/libsqlite3.so.0"
echo "python3.11 $version (Debian bookworm source), $applied Debian fixes applied${skipped:+, skipped:$skipped}; sqlite3 $(cat "$SRC/sqlite-version") (Debian bullseye source)" >"$PREFIX/.zqdesk-source"
rm -rf "$SRC"
