#!/usr/bin/env bash
# README command 2: set up and run the whole test suite, the import contracts first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/dev-setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports
.venv/bin/python -m pytest "$@"
