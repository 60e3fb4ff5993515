#!/usr/bin/env bash
# Maintainers: re-pin the release's dependencies, with the hashes of every file on PyPI for
# each pinned version (so one lock serves Linux x86_64 and Windows amd64).
#   runtime.txt  — what zqdesk needs to run (from pyproject.toml); the wheelhouse and the bundle
#   build.txt    — PyInstaller and its helpers, for building the bundle
#   build-windows.txt — build.txt plus PyInstaller's Windows-only dependencies (pip-compile run
#                  here drops requirements whose marker does not match this machine)
# Run after changing pyproject.toml's dependencies, then rebuild and re-test the release.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
TOOLS=$REPO/build/tools-venv
# PyPI only: a machine's own pip settings (extra indexes, local wheel folders) stay out.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS PIP_EXTRA_INDEX_URL PIP_INDEX_URL PIP_CONSTRAINT || true
PYTHON=${PYTHON:-python3.11}
if [ ! -x "$TOOLS/bin/pip-compile" ]; then
  "$PYTHON" -m venv "$TOOLS"
  "$TOOLS/bin/python" -m pip install --quiet "pip-tools==7.6.2"
fi
cd "$REPO"
COMPILE=("$TOOLS/bin/pip-compile" --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url
         --no-emit-find-links --resolver=backtracking)
CUSTOM_COMPILE_COMMAND="bash packaging/requirements/update-locks.sh" \
  "${COMPILE[@]}" --output-file packaging/requirements/runtime.txt pyproject.toml
CUSTOM_COMPILE_COMMAND="bash packaging/requirements/update-locks.sh" \
  "${COMPILE[@]}" --output-file packaging/requirements/build.txt packaging/requirements/build.in

# PyInstaller's Windows-only requirements (Requires-Dist …; sys_platform == 'win32'), hashed
# from the files pip picks for win_amd64 / CPython 3.11.
WINDOWS_ONLY=("pefile==2024.8.26" "pywin32-ctypes==0.2.3")
tmp=$(mktemp -d)
"$TOOLS/bin/python" -m pip download --quiet --no-deps --only-binary=:all: --platform win_amd64 \
  --python-version 3.11 --implementation cp -d "$tmp" "${WINDOWS_ONLY[@]}"
{
  cat packaging/requirements/build.txt
  echo "# Windows only (PyInstaller's dependencies there):"
  for req in "${WINDOWS_ONLY[@]}"; do
    name=${req%%==*}; file=$(ls "$tmp" | grep -i "^${name//-/_}-" | head -1)
    echo "$req \\"
    echo "    --hash=sha256:$(sha256sum "$tmp/$file" | cut -d' ' -f1)"
  done
} >packaging/requirements/build-windows.txt
rm -rf "$tmp"
