#!/usr/bin/env bash
# Wrap dist/desktop_nn.app (from the BUNDLE section of packaging/desktop_nn.spec) in a .dmg.
#
#   pyinstaller --noconfirm --distpath dist --workpath build packaging/desktop_nn.spec
#   packaging/macos/make_dmg.sh dist/desktop_nn.app 0.1.0      # -> packaging/out/desktop-nn-0.1.0-macos-ARCH.dmg
#
# The image holds the app and a link to /Applications, so installing is one drag. The app is
# ad-hoc signed by PyInstaller, not notarised: on first start macOS asks to confirm (right-click
# > Open), see docs/packaging.md. Needs macOS (hdiutil).
set -euo pipefail

APP=${1:?path to desktop_nn.app}
VERSION=${2:?version}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${DESKTOP_NN_OUT:-$HERE/../out}
ARCH=$(uname -m)
DMG="$OUT/desktop-nn-$VERSION-macos-$ARCH.dmg"

[ "$(uname -s)" = Darwin ] || { echo "make_dmg.sh: needs macOS (hdiutil)" >&2; exit 2; }
[ -d "$APP/Contents/MacOS" ] || { echo "make_dmg.sh: $APP is not an .app bundle" >&2; exit 2; }

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/desktop_nn.app"
ln -s /Applications "$STAGE/Applications"
mkdir -p "$OUT"
rm -f "$DMG"
hdiutil create -volname "desktop_nn $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "$DMG ($(du -h "$DMG" | cut -f1))"
