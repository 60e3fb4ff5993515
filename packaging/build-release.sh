#!/usr/bin/env bash
# The release bundle for Kylin / UOS, built inside a Debian 11 (bullseye, glibc 2.31) root.
#
#   bash packaging/build-release.sh            # root (cached) → CPython 3.11 (cached) → bundle → glibc check → .deb
#   bash packaging/build-release.sh --test     # … then the offline bundle test (tests/packaging) on the result
#   bash packaging/build-release.sh --fresh    # rebuild the root and CPython from nothing
#   bash packaging/build-release.sh --prepare  # only the root and CPython (cached for later runs)
#
# Output: dist/release/zqdesk/ (the one-folder bundle), dist/release/zqdesk_<ver>-1_amd64.deb,
# dist/release/glibc-report.txt, build-times.txt, test-report.txt (--test), and
# dist/release/stick/ — what goes on the USB stick: the .deb, INSTALL.zh.md, glibc-report.txt,
# SHA256SUMS and SM3SUMS.
#
# Why a CPython built here: the code needs Python 3.11 (StrEnum, `X | Y`); bullseye has 3.9,
# and bookworm's python3.11 binary needs glibc 2.34. The root fetches bookworm's python3.11
# *source* package (signed Debian archive), applies Debian's upstream security fixes (not its
# layout patches) and builds it against bullseye's glibc 2.31. See packaging/RELEASE.md.
#
# Needs root, debootstrap, unshare (util-linux) and dpkg-deb. Environment:
#   ZQDESK_BULLSEYE_ROOT  where the root lives (default /var/tmp/zqdesk-bullseye; ~1.7 GB)
#   DEBIAN_MIRROR         default http://deb.debian.org/debian
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
ROOT=${ZQDESK_BULLSEYE_ROOT:-/var/tmp/zqdesk-bullseye}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-${MIRROR%/debian}/debian-security}
OUT=$REPO/dist/release
WORK=$REPO/build/release
PYPREFIX=/opt/zqdesk-python   # inside the root
VENV=/opt/zqdesk-build-venv   # inside the root
RUN_TEST=0
FRESH=0
PREPARE_ONLY=0
for arg in "$@"; do
  case $arg in
    --test) RUN_TEST=1 ;;
    --fresh) FRESH=1 ;;
    --prepare) PREPARE_ONLY=1 ;;
    *) echo "usage: $0 [--prepare] [--test] [--fresh]" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "build-release.sh needs root (debootstrap, chroot)" >&2; exit 2; }

# Packages of the build root: the compiler, the -dev packages CPython's modules need (tcl runs
# SQLite's code generators), and the X11/xcb/GL runtime the bundle expects from the system (for
# PyInstaller's analysis, for resolving the .deb's Depends and for starting the GUI in the root).
BUILD_PKGS="build-essential dpkg-dev xz-utils patch binutils ca-certificates tcl
 libssl-dev libffi-dev libsqlite3-dev zlib1g-dev libbz2-dev liblzma-dev uuid-dev"
RUNTIME_PKGS="libgl1 libegl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1
 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxcb-glx0 libxkbcommon0 libxkbcommon-x11-0
 libxrender1 libsm6 libice6 libcups2 fonts-dejavu-core"

TIMES=()
stamp() { date +%s; }
timed() {  # timed LABEL COMMAND...
  local label=$1 t0 t1; shift
  t0=$(stamp); "$@"; t1=$(stamp)
  TIMES+=("$label $((t1 - t0)) s")
  echo "== $label: $((t1 - t0)) s"
}

# Run a command in the root, in a private mount namespace (nothing leaks to the host, nothing
# to unmount afterwards), with a clean environment: the host's pip settings stay outside.
in_root() {
  mkdir -p "$WORK"
  unshare --mount --fork -- /bin/sh -ec '
    r=$1; w=$2; shift 2
    mount -t proc proc "$r/proc"
    mount --rbind /dev "$r/dev"
    mkdir -p "$r/work"; mount --bind "$w" "$r/work"
    exec chroot "$r" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
      PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 DEBIAN_FRONTEND=noninteractive "$@"' \
    sh "$ROOT" "$WORK" "$@"
}

make_root() {
  if [ "$FRESH" = 1 ] && [ -d "$ROOT" ]; then rm -rf --one-file-system "$ROOT"; fi
  if [ -f "$ROOT/.zqdesk-root-ready" ]; then return; fi
  rm -rf --one-file-system "$ROOT"
  debootstrap --variant=minbase --include=ca-certificates bullseye "$ROOT" "$MIRROR"
  cat >"$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR bullseye main
deb $MIRROR bullseye-updates main
deb $SECURITY_MIRROR bullseye-security main
deb-src $MIRROR bookworm main
deb-src $MIRROR bullseye main
deb-src $SECURITY_MIRROR bullseye-security main
EOF
  # The host's CA bundle, so that pip in the root trusts what the host trusts.
  cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
  in_root apt-get update -q
  # shellcheck disable=SC2086
  in_root apt-get install -y -q --no-install-recommends $BUILD_PKGS $RUNTIME_PKGS
  cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
  in_root apt-get clean
  touch "$ROOT/.zqdesk-root-ready"
}

build_python() {
  if [ "$FRESH" = 0 ] && [ -x "$ROOT$PYPREFIX/bin/python3.11" ] && [ -f "$ROOT$PYPREFIX/.zqdesk-ready" ]; then return; fi
  cp "$HERE/release/build-cpython.sh" "$HERE/release/glibc-compat.h" "$WORK/"
  in_root /bin/bash /work/build-cpython.sh "$PYPREFIX"
  touch "$ROOT$PYPREFIX/.zqdesk-ready"
}

build_venv() {
  # Recreated whenever the locks change: the runtime lock (also the wheelhouse's) and the
  # build tools' lock, both with hashes.
  local want have
  want=$(cat "$HERE/requirements/runtime.txt" "$HERE/requirements/build.txt" | sha256sum | cut -c1-16)
  have=$(cat "$ROOT$VENV/.zqdesk-locks" 2>/dev/null || true)
  if [ "$want" = "$have" ]; then return; fi
  mkdir -p "$WORK/req"
  cp "$HERE/requirements/runtime.txt" "$HERE/requirements/build.txt" "$WORK/req/"
  in_root /bin/sh -ec "
    rm -rf $VENV
    $PYPREFIX/bin/python3.11 -m venv $VENV
    $VENV/bin/python -m pip install --quiet --no-deps --require-hashes -r /work/req/runtime.txt -r /work/req/build.txt
    $VENV/bin/python -m pip check"
  echo "$want" >"$ROOT$VENV/.zqdesk-locks"
}

build_bundle() {
  rm -rf "$WORK/src" "$WORK/pyi" "$WORK/dist"
  ZQDESK_STAGE_ONLY=1 bash "$HERE/build-bundle.sh" --stage "$WORK/src"
  in_root /bin/sh -ec "
    cd /work/src
    $VENV/bin/python packaging/pyinstaller/compile_messages.py
    $VENV/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
      --distpath /work/dist --workpath /work/pyi packaging/pyinstaller/zqdesk.spec"
  rm -rf "$OUT/zqdesk"; mkdir -p "$OUT"
  cp -a "$WORK/dist/zqdesk" "$OUT/zqdesk"
}

check_glibc() {
  python3 "$HERE/check_glibc.py" --max 2.31 --report "$OUT/glibc-report.txt" "$OUT/zqdesk"
}

build_deb() {
  bash "$HERE/deb/build-deb.sh" "$OUT/zqdesk" "$OUT" --resolve-root "$ROOT"
}

run_test() {
  # The bundle test (tests/packaging/test_bundle.py) on the release bundle, then the .deb on a
  # clean bullseye root (test_release.py → release/deb-smoke.sh).
  ZQDESK_BUNDLE="$OUT/zqdesk" ZQDESK_DEB="$(ls "$OUT"/zqdesk_*_amd64.deb | tail -1)" \
    "$REPO/.venv/bin/python" -m pytest -p no:cacheprovider -q -s "$REPO/tests/packaging" 2>&1 | tee "$OUT/test-report.txt"
  [ "${PIPESTATUS[0]}" = 0 ]
}

T0=$(stamp)
timed "root (debootstrap + apt, cached)" make_root
timed "CPython 3.11 in the root (cached)" build_python
if [ "$PREPARE_ONLY" = 1 ]; then printf '%s\n' "${TIMES[@]}"; exit 0; fi
timed "build venv (pinned, hashed)" build_venv
timed "PyInstaller bundle" build_bundle
timed "glibc check" check_glibc
timed ".deb" build_deb
if [ "$RUN_TEST" = 1 ]; then timed "offline bundle test" run_test; fi
TIMES+=("total $(( $(stamp) - T0 )) s")
{
  printf '%s\n' "${TIMES[@]}"
  echo "bundle folder: $(du -sb "$OUT/zqdesk" | cut -f1) bytes ($(du -sh "$OUT/zqdesk" | cut -f1))"
  for deb in "$OUT"/zqdesk_*_amd64.deb; do echo "$(basename "$deb"): $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1))"; done
  echo "CPython: $(cat "$ROOT$PYPREFIX/.zqdesk-source" 2>/dev/null || echo '?')"
} | tee "$OUT/build-times.txt"
# What goes on the stick, with its sums: dist/release/stick/
rm -rf "$OUT/stick"; mkdir -p "$OUT/stick"
cp "$OUT"/zqdesk_*_amd64.deb "$HERE/INSTALL.zh.md" "$OUT/glibc-report.txt" "$OUT/stick/"
python3 "$HERE/sums.py" write "$OUT/stick"
