#!/usr/bin/env bash
# The one-folder bundle (PyInstaller) built with the project's own .venv — the quick host build
# that CI tests. Its glibc floor is this machine's (Debian 12: 2.36), so it is NOT the release
# for Kylin/UOS: that is packaging/build-release.sh (the same spec inside a Debian 11 root).
#
#   bash packaging/build-bundle.sh                 # → dist/host/zqdesk/   (bash packaging/dev-setup.sh first)
#   bash packaging/build-bundle.sh --out DIR       # → DIR/zqdesk/
#   bash packaging/build-bundle.sh --stage DIR     # only copy the sources a build needs into DIR
#
# PyInstaller and its helpers are installed into .venv from packaging/requirements/build.txt
# (pinned, with hashes) when missing. The build runs on a staged copy of the sources, so the
# compiled translation never lands in the work tree.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
OUT=$REPO/dist/host
STAGE_ONLY=""
PYTHON=${ZQDESK_BUILD_PYTHON:-$REPO/.venv/bin/python}
while [ $# -gt 0 ]; do
  case $1 in
    --host) ;;  # the default; kept for readability in scripts
    --out) OUT=$2; shift ;;
    --stage) STAGE_ONLY=$2; shift ;;
    *) echo "usage: $0 [--host] [--out DIR] [--stage DIR]" >&2; exit 2 ;;
  esac
  shift
done

stage() {  # stage DIR: the sources a bundle is built from
  local dest=$1
  rm -rf "$dest"; mkdir -p "$dest/packaging"
  (cd "$REPO" && tar cf - --exclude=__pycache__ --exclude='*.pyc' --exclude='*.qm' \
      zqdesk db resources ui pyproject.toml README.md) | tar xf - -C "$dest"
  (cd "$HERE" && tar cf - --exclude=__pycache__ pyinstaller icons elfinfo.py sums.py) | tar xf - -C "$dest/packaging"
}

if [ -n "$STAGE_ONLY" ]; then stage "$STAGE_ONLY"; exit 0; fi

[ -x "$PYTHON" ] || { echo "no $PYTHON: run bash packaging/dev-setup.sh first" >&2; exit 2; }
if ! "$PYTHON" -c 'import PyInstaller, sys; sys.exit(PyInstaller.__version__ != "6.22.3")' 2>/dev/null; then
  PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= PIP_CONSTRAINT= \
    "$PYTHON" -m pip install --quiet --no-deps --require-hashes -r "$HERE/requirements/build.txt"
fi
WORK=$REPO/build/host
t0=$(date +%s)
stage "$WORK/src"
(cd "$WORK/src" && "$PYTHON" packaging/pyinstaller/compile_messages.py)
(cd "$WORK/src" && "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$WORK/dist" --workpath "$WORK/pyi" packaging/pyinstaller/zqdesk.spec)
rm -rf "$OUT/zqdesk"; mkdir -p "$OUT"
mv "$WORK/dist/zqdesk" "$OUT/zqdesk"
echo "bundle: $OUT/zqdesk ($(du -sh "$OUT/zqdesk" | cut -f1), $(( $(date +%s) - t0 )) s)"
