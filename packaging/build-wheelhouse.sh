#!/usr/bin/env bash
# The offline wheelhouses: every wheel zqdesk needs, pinned with hashes, and an install script
# that uses nothing else (pip install --no-index --find-links … --require-hashes).
#
#   bash packaging/build-wheelhouse.sh        # → dist/wheelhouse/zqdesk-<ver>-wheelhouse-linux-x86_64/
#                                             #   dist/wheelhouse/zqdesk-<ver>-wheelhouse-win-amd64/
#
# Each folder is self-contained (copy it to the stick as is):
#   wheels/            the wheels for that platform and CPython 3.11 (zqdesk's own included)
#   requirements.txt   packaging/requirements/runtime.txt + zqdesk==<ver> with its hash
#   install.sh | install.bat + install.ps1, sums.py, SHA256SUMS, SM3SUMS
# Linux wheels are manylinux ≤ 2_28 (PySide6 6.9 is manylinux_2_28), so the wheelhouse suits
# Kylin / UOS with a CPython 3.11 of their own. Needs this machine's .venv (bash
# packaging/dev-setup.sh) and PyPI.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
PYTHON=${ZQDESK_BUILD_PYTHON:-$REPO/.venv/bin/python}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/zqdesk/__init__.py")
OUT=$REPO/dist/wheelhouse
WORK=$REPO/build/wheelhouse
# PyPI only: this machine's own pip settings (extra indexes, local wheel folders) stay out.
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1
unset PIP_FIND_LINKS PIP_EXTRA_INDEX_URL PIP_INDEX_URL PIP_CONSTRAINT || true
t0=$(date +%s)

# zqdesk's own wheel, from staged sources with the translation compiled (hatchling puts db/,
# resources/ and ui/ into zqdesk/_data).
rm -rf "$WORK"; mkdir -p "$WORK"
bash "$HERE/build-bundle.sh" --stage "$WORK/src"
(cd "$WORK/src" && "$PYTHON" packaging/pyinstaller/compile_messages.py >/dev/null)
"$PYTHON" -m pip wheel --quiet --no-deps -w "$WORK/own" "$WORK/src"
OWN=$(ls "$WORK"/own/zqdesk-"$VERSION"-*.whl)

declare -A PLATFORMS=(
  [linux-x86_64]="--platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64"
  [win-amd64]="--platform win_amd64"
)
rm -rf "$OUT"; mkdir -p "$OUT"
for platform in linux-x86_64 win-amd64; do
  dest=$OUT/zqdesk-$VERSION-wheelhouse-$platform
  mkdir -p "$dest/wheels"
  # shellcheck disable=SC2086
  "$PYTHON" -m pip download --quiet --no-deps --require-hashes --only-binary=:all: \
    ${PLATFORMS[$platform]} --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none \
    -r "$HERE/requirements/runtime.txt" -d "$dest/wheels"
  cp "$OWN" "$dest/wheels/"
  {
    echo "# zqdesk $VERSION — install with the script beside this file (offline, hashes required)."
    grep -v '^#' "$HERE/requirements/runtime.txt" | sed '/^$/d'
    echo "zqdesk==$VERSION \\"
    echo "    --hash=sha256:$(sha256sum "$OWN" | cut -d' ' -f1)"
  } >"$dest/requirements.txt"
  cp "$HERE/sums.py" "$dest/"
  if [ "$platform" = win-amd64 ]; then
    cp "$HERE/wheelhouse/install.ps1" "$HERE/wheelhouse/install.bat" "$dest/"
  else
    cp "$HERE/wheelhouse/install.sh" "$dest/"
  fi
  cp "$HERE/INSTALL.zh.md" "$dest/"
  python3 "$HERE/sums.py" write "$dest" >/dev/null
  echo "$dest: $(ls "$dest/wheels" | wc -l) wheels, $(du -sh "$dest" | cut -f1)"
done
echo "wheelhouses built in $(( $(date +%s) - t0 )) s"
