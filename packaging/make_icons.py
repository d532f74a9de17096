"""Draw the desktop_nn icon with QPainter and write every format the installers need.

    python packaging/make_icons.py          # rewrites resources/icons/

Output (all from the one drawing below, so they never drift apart):
  resources/icons/desktop-nn.svg            scalable source (hicolor/scalable, README)
  resources/icons/desktop-nn-<N>.png        N = 16 32 48 64 128 256 512 (hicolor, window icon)
  resources/icons/desktop-nn.ico            Windows (PNG-compressed entries 16…256)
  resources/icons/desktop-nn.icns           macOS (PNG-compressed entries 16…1024)

The picture: a small feed-forward network (2 inputs, 3 hidden neurons, 1 output) on a dark
rounded tile, links coloured by sign (orange positive, blue negative) and thick by |w| — the
same visual language as the architecture editor.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
NAME = "desktop-nn"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple Icon Image format).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
    (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
)

BACKGROUND = QColor("#1f2a44")
POSITIVE = QColor("#f28e2b")
NEGATIVE = QColor("#4e9ddb")
NODE_FILL = QColor("#f5f7fa")
NODE_EDGE = QColor("#0d1526")

# Layout in a 256×256 design space.
LAYERS = (
    (QPointF(56, 92), QPointF(56, 164)),
    (QPointF(128, 60), QPointF(128, 128), QPointF(128, 196)),
    (QPointF(200, 128),),
)
# (from layer, from index, to index, weight) — sign gives the colour, |w| the width.
LINKS = (
    (0, 0, 0, 0.9), (0, 0, 1, -0.6), (0, 0, 2, 0.4),
    (0, 1, 0, -0.3), (0, 1, 1, 0.8), (0, 1, 2, -0.9),
    (1, 0, 0, 0.7), (1, 1, 0, -0.8), (1, 2, 0, 0.5),
)


def draw(painter: QPainter, size: float) -> None:
    """Paint the icon into a size×size square."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(size / 256.0, size / 256.0)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BACKGROUND)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    for layer, i, j, weight in LINKS:
        pen = QPen(POSITIVE if weight > 0 else NEGATIVE, 4 + 10 * abs(weight))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(LAYERS[layer][i], LAYERS[layer + 1][j])
    painter.setPen(QPen(NODE_EDGE, 5))
    painter.setBrush(NODE_FILL)
    for column in LAYERS:
        for centre in column:
            painter.drawEllipse(centre, 20, 20)


def render_png(size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    draw(painter, size)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def write_svg(path: Path) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(256, 256))
    generator.setViewBox(QRectF(0, 0, 256, 256))
    generator.setTitle("desktop_nn")
    generator.setDescription("desktop_nn application icon")
    painter = QPainter(generator)
    draw(painter, 256)
    painter.end()


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRYs + PNG payloads (PNG entries are valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, png in pngs.items():
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def icns_bytes(pngs: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    write_svg(OUT / f"{NAME}.svg")
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(size)
        return cache[size]

    for size in PNG_SIZES:
        (OUT / f"{NAME}-{size}.png").write_bytes(png(size))
    (OUT / f"{NAME}.ico").write_bytes(ico_bytes({s: png(s) for s in ICO_SIZES}))
    (OUT / f"{NAME}.icns").write_bytes(icns_bytes({k: png(s) for k, s in ICNS_TYPES}))
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
