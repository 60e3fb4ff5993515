#!/usr/bin/env bash
# Maintainers: re-pin the release's dependencies, with the hashes of every file on PyPI for
# each pinned version (so one lock serves Linux x86_64 and Windows amd64).
#   runtime.txt  — what zqdesk needs to run (from pyproject.toml); the wheelhouse and the bundle
#   build.txt    — PyInstaller and its helpers, for building the bundle
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
