#!/usr/bin/env bash
# 离线安装 zqdesk（wheelhouse 方式）/ Offline install of zqdesk from this folder alone.
#
#   bash install.sh                 # 安装到 ~/.local/share/zqdesk-app（root 运行时为 /opt/zqdesk-venv）
#   bash install.sh /某/目录         # 安装到指定目录
#   PYTHON=/usr/local/bin/python3.11 bash install.sh
#
# 需要本机已有 CPython 3.11（麒麟/统信自带的 Python 版本较低时，请改用 .deb 安装包）。
# Needs a CPython 3.11 on the machine; uses only ./wheels (no index, every hash checked).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-python3.11}
if [ "$(id -u)" = 0 ]; then DEFAULT=/opt/zqdesk-venv; BIN=/usr/local/bin; else DEFAULT=$HOME/.local/share/zqdesk-app; BIN=$HOME/.local/bin; fi
TARGET=${1:-$DEFAULT}
BIN=${ZQDESK_BIN_DIR:-$BIN}   # where the zqdesk / zqdesk-cli links go
command -v "$PYTHON" >/dev/null || { echo "找不到 $PYTHON：请先安装 Python 3.11，或用 PYTHON=… 指定 / $PYTHON not found" >&2; exit 2; }
"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { echo "需要 Python 3.11 / Python 3.11 needed" >&2; exit 2; }
# 先核对拷贝来的文件 / check the copied files first
(cd "$HERE" && sha256sum --quiet -c SHA256SUMS) || { echo "文件校验失败，请重新拷贝 / checksum mismatch" >&2; exit 1; }
"$PYTHON" -m venv "$TARGET"
"$TARGET/bin/python" -m pip install --isolated --disable-pip-version-check --no-index \
  --find-links "$HERE/wheels" --require-hashes --only-binary=:all: -r "$HERE/requirements.txt"
mkdir -p "$BIN"
ln -sf "$TARGET/bin/zqdesk" "$BIN/zqdesk"
ln -sf "$TARGET/bin/zqdesk-cli" "$BIN/zqdesk-cli"
echo "已安装：$TARGET（命令 $BIN/zqdesk、$BIN/zqdesk-cli）/ installed"
