#!/usr/bin/env bash
# README command 1: set up and start the app on the demo meeting.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/dev-setup.sh
exec .venv/bin/zqdesk --demo "$@"
