#!/usr/bin/env bash
# Build the .deb from a PyInstaller one-folder bundle.
#
#   packaging/linux/build_deb.sh BUNDLE_DIR OUT_DIR VERSION "DEPENDS"
#
# Layout installed:
#   /opt/desktop-nn/                      the bundle (desktop-nn + _internal/)
#   /usr/bin/desktop-nn                   symlink to /opt/desktop-nn/desktop-nn
#   /usr/share/applications/desktop-nn.desktop
#   /usr/share/icons/hicolor/{16..512}/apps/desktop-nn.png, scalable/apps/desktop-nn.svg
#   /usr/share/mime/packages/desktop-nn.xml  (*.dnn projects)
#   /usr/share/doc/desktop-nn/copyright
# No maintainer scripts: Debian's icon-cache, desktop-database and MIME triggers run by
# themselves, and dpkg removes every file it installed (nothing is written under /opt at run time).
set -euo pipefail

BUNDLE=${1:?bundle dir}
OUT=${2:?out dir}
VERSION=${3:?version}
DEPENDS=${4:?depends}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
ICONS="$REPO/resources/icons"
ARCH=$(dpkg --print-architecture)
STAGE="$OUT/deb-root"
DEB="$OUT/desktop-nn_${VERSION}_${ARCH}.deb"

rm -rf "$STAGE"
install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/doc/desktop-nn" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/desktop-nn"
ln -s /opt/desktop-nn/desktop-nn "$STAGE/usr/bin/desktop-nn"
install -m 644 "$HERE/desktop-nn.desktop" "$STAGE/usr/share/applications/desktop-nn.desktop"
install -m 644 "$HERE/desktop-nn-mime.xml" "$STAGE/usr/share/mime/packages/desktop-nn.xml"
for size in 16 32 48 64 128 256 512; do
    install -D -m 644 "$ICONS/desktop-nn-$size.png" \
        "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/desktop-nn.png"
done
install -m 644 "$ICONS/desktop-nn.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/desktop-nn.svg"
cat > "$STAGE/usr/share/doc/desktop-nn/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: desktop_nn
Comment: The bundle under /opt/desktop-nn also contains Python ($(python3 -c 'import sys;print(sys.version.split()[0])' 2>/dev/null || echo 3)),
 Qt and PySide6 (LGPL-3.0), pyqtgraph (MIT), NumPy and pandas (BSD-3-Clause),
 OpenBLAS (BSD-3-Clause) and ICU (Unicode-3.0); their licence texts ship inside the bundle.

Files: *
Copyright: desktop_nn developers
License: MIT
COPYRIGHT

# Directories 0755, files 0644, executables 0755, whatever the umask of the build was.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f ! -perm /111 -exec chmod 0644 {} +
find "$STAGE" -type f -perm /111 -exec chmod 0755 {} +
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)

cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: desktop-nn
Version: $VERSION
Architecture: $ARCH
Maintainer: desktop_nn developers <maintainers@desktop-nn.invalid>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: fonts-noto-cjk
Section: education
Priority: optional
Description: teach neural networks, from the perceptron to deep networks
 desktop_nn shows a neural network being built and trained live: an editor of
 layers and neurons, the cost curve and the decision regions redrawn as it
 learns, and a step-through of one forward and backward pass with every matrix.
 A lecture mode replays the chapter from McCulloch-Pitts to deep networks.
 .
 This package is self-contained (Python, Qt, NumPy and pandas are bundled
 under /opt/desktop-nn); it needs only the system's X11, OpenGL and fontconfig
 libraries.
CONTROL

rm -f "$DEB"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
rm -rf "$STAGE"
echo "$DEB"
