#!/usr/bin/env bash
# Install the .deb into a minimal Debian 12 root and run the self-test there: what a student's
# fresh machine sees. Only the package's declared Depends are added to the minimal system.
#
#   packaging/test_in_debootstrap.sh [path/to/desktop-nn_*.deb]     # as root
#
# 1. debootstrap --variant=minbase bookworm (cached as a tarball, unpacked fresh every run)
# 2. apt-get install --no-install-recommends ./desktop-nn.deb inside it (resolves Depends only)
# 3. desktop-nn --self-test --screenshot offscreen, JSON must say ok and lecture true; the same
#    with --lang zh_TW must say zh_TW; with fontconfig pointed at no fonts it must exit 1 with a
#    JSON reason; and the packages that were added are listed
# 4. apt-get purge desktop-nn; nothing of it may be left
#
# Environment: MIRROR (default http://deb.debian.org/debian), SUITE (default bookworm),
# DEBOOTSTRAP_CACHE (default /var/tmp/desktop-nn-debootstrap), KEEP_ROOT=1 to keep the root.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
DEB=${1:-$(ls -t "$HERE"/out/desktop-nn_*.deb 2>/dev/null | head -1)}
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "usage: $0 path/to/desktop-nn_*.deb (run packaging/build.sh first)" >&2; exit 2; }
DEB=$(readlink -f "$DEB")
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SUITE=${SUITE:-bookworm}
CACHE=${DEBOOTSTRAP_CACHE:-/var/tmp/desktop-nn-debootstrap}
TARBALL="$CACHE/$SUITE-minbase.tar"
ROOT=$(mktemp -d /var/tmp/desktop-nn-root.XXXXXX)
OUT="$HERE/out"

step() { printf '\n==> %s\n' "$*"; }
die() { printf 'test_in_debootstrap.sh: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, mount and chroot need it)"

cleanup() {
    for m in dev/pts dev proc sys; do
        mountpoint -q "$ROOT/$m" && umount -l "$ROOT/$m" || true
    done
    if [ "${KEEP_ROOT:-0}" = 1 ]; then echo "kept $ROOT"; else rm -rf "$ROOT"; fi
}
trap cleanup EXIT

step "minimal $SUITE root"
if ! command -v debootstrap >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
if [ ! -f "$TARBALL" ]; then
    mkdir -p "$CACHE"
    fresh=$(mktemp -d "$CACHE/build.XXXXXX")
    debootstrap --variant=minbase "$SUITE" "$fresh" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 \
        || { tail -20 "$CACHE/debootstrap.log"; die "debootstrap from $MIRROR failed (log: $CACHE/debootstrap.log)"; }
    tar -C "$fresh" -cf "$TARBALL.part" . && mv "$TARBALL.part" "$TARBALL"
    rm -rf "$fresh"
fi
tar -C "$ROOT" -xf "$TARBALL"
echo "deb $MIRROR $SUITE main" > "$ROOT/etc/apt/sources.list"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$ROOT/proc"
mount -t sysfs sys "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
in_root() { chroot "$ROOT" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
in_root dpkg-query -W -f='${Package}\n' | sort > "$ROOT/tmp/before.txt"
echo "$(wc -l < "$ROOT/tmp/before.txt") packages in the minimal root; fonts in it: $(in_root sh -c 'ls /usr/share/fonts 2>/dev/null | wc -l')"

step "install $(basename "$DEB") (Depends only, no Recommends)"
cp "$DEB" "$ROOT/tmp/desktop-nn.deb"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends /tmp/desktop-nn.deb > "$ROOT/tmp/install.log" 2>&1 \
    || { tail -30 "$ROOT/tmp/install.log"; die "installing the .deb failed"; }
in_root dpkg-query -W -f='${Package}\n' | sort > "$ROOT/tmp/after.txt"
added=$(comm -13 "$ROOT/tmp/before.txt" "$ROOT/tmp/after.txt" | tr '\n' ' ')
echo "added $(echo "$added" | wc -w) packages: $added"
echo "installed size: $(du -sb "$ROOT/opt/desktop-nn" | awk '{printf "%.1f", $1 / 1e6}') MB (/opt/desktop-nn)"

step "self-test inside the root (offscreen)"
# No python3 in the root (the package must not need one): judge the JSON from outside.
in_root sh -c 'command -v python3' >/dev/null 2>&1 && echo "note: python3 is present in the root"
python3 "$HERE/linux/check_self_test.py" -- chroot "$ROOT" env -i HOME=/tmp PATH=/usr/bin:/bin \
    LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp QT_QPA_PLATFORM=offscreen \
    desktop-nn --self-test --screenshot /tmp/self-test.png || die "self-test failed in the minimal root"
mkdir -p "$OUT"
cp "$ROOT/tmp/self-test.png" "$OUT/self-test-debootstrap.png"
echo "screenshot: $OUT/self-test-debootstrap.png"

step "self-test in zh_TW inside the root (offscreen)"
for qm in "$HERE"/../resources/translations/*.qm; do
    [ -f "$ROOT/opt/desktop-nn/_internal/resources/translations/$(basename "$qm")" ] \
        || die "$(basename "$qm") is not installed under /opt/desktop-nn"
done
# Depends only: no CJK font yet, so the zh_TW self-test must refuse, naming the missing font
zh_run() {
    chroot "$ROOT" env -i HOME=/tmp PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp \
        QT_QPA_PLATFORM=offscreen desktop-nn --lang zh_TW --self-test --screenshot /tmp/self-test-zh_TW.png
}
if out=$(zh_run 2>/dev/null); then
    die "the zh_TW self-test passed without any Chinese font: it would show empty boxes"
fi
echo "$out" | tail -n 1 | grep -q 'Traditional Chinese' \
    || die "without a CJK font the zh_TW self-test failed for another reason: $out"
echo "without a CJK font: refused, as it should be"
# with the package's Recommends (what plain `apt install ./desktop-nn.deb` brings): it must pass
chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null \
    || die "could not install fonts-noto-cjk (the package's Recommends) in the root"
python3 "$HERE/linux/check_self_test.py" --expect-lang zh_TW -- chroot "$ROOT" env -i HOME=/tmp \
    PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp QT_QPA_PLATFORM=offscreen \
    desktop-nn --lang zh_TW --self-test --screenshot /tmp/self-test-zh_TW.png \
    || die "the zh_TW self-test failed in the minimal root with fonts-noto-cjk"
cp "$ROOT/tmp/self-test-zh_TW.png" "$OUT/self-test-debootstrap-zh_TW.png"
cjk=$(find "$ROOT/usr/share/fonts" -iname '*cjk*' 2>/dev/null | head -1)
echo "screenshot: $OUT/self-test-debootstrap-zh_TW.png; CJK font in the root: ${cjk:-none}"

step "with no fonts the self-test must exit 1 with a JSON reason"
cp "$HERE/linux/no-fonts.conf" "$ROOT/tmp/no-fonts.conf"
python3 "$HERE/linux/check_self_test.py" --expect-no-font -- chroot "$ROOT" env -i HOME=/tmp \
    PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp QT_QPA_PLATFORM=offscreen \
    FONTCONFIG_FILE=/tmp/no-fonts.conf desktop-nn --self-test || die "the self-test passed with no fonts"

step "remove"
in_root apt-get purge -y -qq desktop-nn > /dev/null
for leftover in /opt/desktop-nn /usr/bin/desktop-nn /usr/share/applications/desktop-nn.desktop \
        /usr/share/mime/packages/desktop-nn.xml /usr/share/icons/hicolor/scalable/apps/desktop-nn.svg; do
    [ ! -e "$ROOT$leftover" ] && [ ! -L "$ROOT$leftover" ] || die "$leftover is left after removal"
done
echo "removed cleanly"
echo
echo "test_in_debootstrap.sh: passed"
