#!/usr/bin/env bash
# Install the release .deb on a CLEAN Debian 11 (glibc 2.31) root and run it there, as an
# ordinary user, with no network: proves the Depends line is complete and the bundle starts on
# the old glibc. build-release.sh --test runs it (through tests/packaging/test_release.py).
#
#   bash packaging/release/deb-smoke.sh dist/release/zqdesk_0.1.0-1_amd64.deb
#
# The pristine root is cached in ZQDESK_TARGET_ROOT (default /var/tmp/zqdesk-bullseye-target);
# each run works on a fresh copy of it.
set -euo pipefail
DEB=$(readlink -f "${1:?.deb file}")
BASE=${ZQDESK_TARGET_ROOT:-/var/tmp/zqdesk-bullseye-target}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SCRATCH=$(mktemp -d /var/tmp/zqdesk-deb-smoke.XXXXXX)
trap 'rm -rf --one-file-system "$SCRATCH"' EXIT

if [ ! -f "$BASE/.zqdesk-ready" ]; then
  rm -rf --one-file-system "$BASE"
  debootstrap --variant=minbase --include=ca-certificates bullseye "$BASE" "$MIRROR" >/dev/null
  cat >"$BASE/etc/apt/sources.list" <<EOF
deb $MIRROR bullseye main
deb $MIRROR bullseye-updates main
deb ${MIRROR%/debian}/debian-security bullseye-security main
EOF
  cp /etc/ssl/certs/ca-certificates.crt "$BASE/etc/ssl/certs/ca-certificates.crt"
  touch "$BASE/.zqdesk-ready"
fi
cp -a "$BASE" "$SCRATCH/root"
R=$SCRATCH/root
cp "$DEB" "$R/tmp/zqdesk.deb"

in_root() {  # in_root [--offline] COMMAND…  (private mount namespace; --offline adds a netns)
  local net=()
  if [ "$1" = --offline ]; then net=(--net); shift; fi
  unshare --mount "${net[@]}" --fork -- /bin/sh -ec '
    r=$1; shift
    mount -t proc proc "$r/proc"; mount --rbind /dev "$r/dev"
    exec chroot "$r" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin \
      DEBIAN_FRONTEND=noninteractive "$@"' sh "$R" "$@"
}

echo "== glibc of the target: $(in_root /usr/bin/ldd --version | head -1)"
in_root apt-get update -q >/dev/null
in_root apt-get install -y -q --no-install-recommends /tmp/zqdesk.deb >"$SCRATCH/apt.log" 2>&1 || { tail -30 "$SCRATCH/apt.log"; exit 1; }
echo "== installed: $(in_root dpkg-query -W zqdesk)"
grep -E "^(The following NEW|  )" "$SCRATCH/apt.log" | head -12 || true

echo "== every library of the bundle resolves on the target (ldd)"
in_root /bin/sh -c '
  dirs=$(find /opt/zqdesk -name "*.so*" -printf "%h\n" | sort -u | tr "\n" ":")
  find /opt/zqdesk -type f \( -name "*.so*" -o -perm -u+x \) -exec sh -c "file=\$1; head -c4 \"\$file\" | grep -q ELF || exit 0;
    LD_LIBRARY_PATH=$dirs ldd \"\$file\" 2>&1 | grep \"not found\" | sed \"s|^|\$file: |\"" _ {} \; ' >"$SCRATCH/ldd.txt"
if [ -s "$SCRATCH/ldd.txt" ]; then echo "unresolved libraries:"; sort -u "$SCRATCH/ldd.txt"; exit 1; fi

in_root useradd -m panel
as_panel() { in_root --offline /bin/su panel -c "cd /tmp && $*"; }
echo "== offline CLI scenario as an ordinary user"
as_panel "zqdesk-cli demo"
as_panel "ZQDESK_PASSWORD=Huiwu@2027 zqdesk-cli --user huiwu plan --meeting 1 --pdf /tmp/plan.pdf --xlsx /tmp/plan.xlsx"
as_panel "ZQDESK_PASSWORD=Huiwu@2027 zqdesk-cli --user huiwu opinions --meeting 1 --pdf /tmp/opinions.pdf"
as_panel "ZQDESK_PASSWORD=Shenji@2027 zqdesk-cli --user shenji audit verify"
as_panel "zqdesk-sums hash /tmp/plan.pdf" | tail -1
head -c 5 "$R/tmp/plan.pdf" | grep -q '%PDF' && grep -q FontFile2 "$R/tmp/plan.pdf"

echo "== GUI offscreen (as the user, offline)"
rm -f "$R/home/panel/.local/share/zqdesk/demo.sqlite3"
set +e
as_panel "QT_QPA_PLATFORM=offscreen timeout 60 zqdesk --demo" >"$SCRATCH/gui.log" 2>&1
code=$?
set -e
if [ "$code" != 124 ] || [ ! -f "$R/home/panel/.local/share/zqdesk/demo.sqlite3" ] || grep -q Traceback "$SCRATCH/gui.log"; then
  echo "GUI failed (exit $code):"; tail -30 "$SCRATCH/gui.log"; exit 1
fi
echo "GUI ran 60 s and built the demo meeting"

echo "== GUI on X11 (Xvfb added now, after the library check)"
in_root apt-get install -y -q --no-install-recommends xvfb xauth >/dev/null 2>&1
rm -f "$R/home/panel/.local/share/zqdesk/demo.sqlite3"
set +e
as_panel "xvfb-run -a timeout 60 zqdesk --demo" >"$SCRATCH/gui-x11.log" 2>&1
code=$?
set -e
if [ "$code" != 124 ] || grep -q "Traceback\|Could not load the Qt platform plugin" "$SCRATCH/gui-x11.log"; then
  echo "GUI on X11 failed (exit $code):"; tail -30 "$SCRATCH/gui-x11.log"; exit 1
fi
echo "GUI on X11 ran 60 s"

echo "== what the user's runs wrote"
(cd "$R/home/panel" && find . -type f | sed 's|^\./||' | awk -F/ '{print $1"/"$2"/"$3}' | sort | uniq -c)
if (cd "$R/home/panel" && find . -type f | grep -v -E '^\./(\.local/share/zqdesk|\.config/zqdesk|\.cache|\.profile|\.bashrc|\.bash_logout)'); then
  echo "wrote outside the data directory"; exit 1
fi
if [ -n "$(find "$R/opt/zqdesk" -newer "$R/tmp/zqdesk.deb" -type f | head -1)" ]; then
  echo "the program folder was written to"; exit 1
fi
echo "deb smoke test passed"
