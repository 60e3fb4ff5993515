#!/usr/bin/env bash
# README command 2: set up and run the whole test suite, the import contracts first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/dev-setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports
# Two workers (ZQDESK_TEST_WORKERS to change; 0 runs in one process): the GUI tests stay together
# in one worker (tests/gui/conftest.py puts them in one xdist group), the rest spread over both.
.venv/bin/python -m pytest -n "${ZQDESK_TEST_WORKERS:-2}" --dist loadgroup "$@"
