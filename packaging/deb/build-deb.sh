#!/usr/bin/env bash
# Wrap a one-folder bundle as a .deb for Kylin / UOS (dpkg-deb, no debhelper needed).
#
#   bash packaging/deb/build-deb.sh BUNDLE_DIR OUT_DIR [--resolve-root ROOT]
#
# Installs the bundle under /opt/zqdesk, links zqdesk, zqdesk-cli and zqdesk-sums into
# /usr/bin, adds the desktop entry and the hicolor icons. Depends: the libraries the bundle
# expects of the system (X11/xcb, xkbcommon, GL/EGL, fontconfig/freetype, glib, D-Bus, the C++
# runtime), found from the bundle's DT_NEEDED entries in ROOT's dpkg database (the bullseye
# build root for the release; / by default), plus libc6 at the glibc the bundle needs.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
BUNDLE=${1:?bundle folder}; OUT=${2:?output folder}; shift 2
RESOLVE_ROOT=/
while [ $# -gt 0 ]; do
  case $1 in
    --resolve-root) RESOLVE_ROOT=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/zqdesk/__init__.py")
DEBVERSION=${ZQDESK_DEB_REVISION:+$VERSION-$ZQDESK_DEB_REVISION}
DEBVERSION=${DEBVERSION:-$VERSION-1}
PKG=$REPO/build/deb/zqdesk_${DEBVERSION}_amd64
rm -rf "$PKG"; mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/doc/zqdesk"
cp -a "$BUNDLE" "$PKG/opt/zqdesk"
for program in zqdesk zqdesk-cli zqdesk-sums; do ln -s "/opt/zqdesk/$program" "$PKG/usr/bin/$program"; done
install -m 644 "$HERE/zqdesk.desktop" "$PKG/usr/share/applications/zqdesk.desktop"
for size in 16 24 32 48 64 128 256; do
  install -D -m 644 "$REPO/packaging/icons/zqdesk-$size.png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/zqdesk.png"
done
install -m 644 "$REPO/packaging/INSTALL.zh.md" "$PKG/usr/share/doc/zqdesk/INSTALL.zh.md"
cat >"$PKG/usr/share/doc/zqdesk/copyright" <<COPY
zqdesk $VERSION — 智慧钦州评审桌面. Licence: proprietary (see the project's pyproject.toml).
Bundled third-party components keep their own licences:
- Qt 6 / PySide6 (LGPL-3.0), CPython (PSF), reportlab (BSD), openpyxl (MIT), peewee (MIT),
  Pillow (MIT-CMU), chinese-calendar (MIT), OpenSSL 1.1.1 (OpenSSL/SSLeay), SQLite (public domain);
- the CJK fonts under /opt/zqdesk/_internal/zqdesk/_data/resources/fonts/LICENSES.
COPY
find "$PKG" -type d -exec chmod 755 {} +
chmod -R u+rw,go+r,go-w "$PKG/opt/zqdesk"

DEPENDS=$(python3 "$HERE/depends.py" "$BUNDLE" --root "$RESOLVE_ROOT")
GLIBC=$(cd "$REPO/packaging" && python3 -c "
import sys, check_glibc
per_file, _ = check_glibc.scan(__import__('pathlib').Path(sys.argv[1]))
top = check_glibc.newest(v['GLIBC'] for v in per_file.values() if 'GLIBC' in v)
print(top.split('_')[1])" "$BUNDLE")
SIZE=$(du -sk --apparent-size "$PKG" | cut -f1)
cat >"$PKG/DEBIAN/control" <<CONTROL
Package: zqdesk
Version: $DEBVERSION
Architecture: amd64
Maintainer: zqdesk maintainers <zqdesk@localhost>
Installed-Size: $SIZE
Depends: libc6 (>= $GLIBC), $DEPENDS
Section: misc
Priority: optional
Description: 智慧钦州评审桌面 — offline review desk for Smart Qinzhou IT projects
 Expert panel software for reviewing smart-city IT project applications:
 compliance pre-check, scoring, discussion statistics, the annual plan and
 the printed documents. Self-contained (Python, Qt and fonts inside
 /opt/zqdesk); never opens a network connection. User data lives in
 ~/.local/share/zqdesk.
CONTROL
mkdir -p "$OUT"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$OUT/zqdesk_${DEBVERSION}_amd64.deb" >/dev/null
rm -rf "$PKG"
echo "$OUT/zqdesk_${DEBVERSION}_amd64.deb: $(du -h "$OUT/zqdesk_${DEBVERSION}_amd64.deb" | cut -f1); Depends: libc6 (>= $GLIBC), $DEPENDS"
