"""One place for every colour and font size the app draws with: the projector theme.

Class colours follow Okabe & Ito's colour-blind-safe set: class 0 orange, class 1 blue, class 2
bluish green — the same "orange = negative, blue = positive" reading as TensorFlow Playground,
so a positive weight is drawn blue and a negative one orange everywhere.

``apply_theme(app)`` installs the large-font, high-contrast light theme (a projector washes out
dark themes) and pyqtgraph's matching defaults. Widgets take sizes from here, never hard-code them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QFont, QPalette

# --- colours (Okabe–Ito) -------------------------------------------------------------------
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
BLACK = "#000000"
WHITE = "#FFFFFF"

CLASS_COLORS = (ORANGE, BLUE, BLUISH_GREEN, REDDISH_PURPLE, VERMILLION, SKY_BLUE)
POSITIVE = BLUE          # weights > 0, outputs near +1
NEGATIVE = ORANGE        # weights < 0, outputs near −1 / 0
TEXT = "#111111"
MUTED_TEXT = "#444444"
BACKGROUND = WHITE
PANEL_BACKGROUND = "#F4F4F4"
GRID_LINE = "#BBBBBB"
ERROR = "#B00020"        # inline error text (with an icon/word, never colour alone)
MISCLASSIFIED = BLACK    # the × drawn over a misclassified point
TRAIN_CURVE = BLUE
TEST_CURVE = VERMILLION
ACCURACY_CURVE = BLUISH_GREEN
PINNED_ALPHA = 110       # pinned runs: faded overlay

# --- fonts (points) --------------------------------------------------------------------------
BASE_POINT_SIZE = 12     # every widget's text
LABEL_POINT_SIZE = 13    # axis labels, layer titles
NUMBER_POINT_SIZE = 18   # the numbers that matter: epoch, cost, accuracy
TITLE_POINT_SIZE = 15


def class_color(k: int) -> QColor:
    return QColor(CLASS_COLORS[k % len(CLASS_COLORS)])


def class_rgb(k: int) -> np.ndarray:
    c = class_color(k)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)


def weight_color(w: float) -> QColor:
    return QColor(POSITIVE if w >= 0 else NEGATIVE)


def font(point_size: int = BASE_POINT_SIZE, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(point_size)
    f.setBold(bold)
    return f


def number_font() -> QFont:
    return font(NUMBER_POINT_SIZE, bold=True)


def region_image(probs: np.ndarray, lightness: float = 0.55) -> np.ndarray:
    """RGBA image (ny, nx, 4) uint8 of decision regions from class probabilities (k, ny, nx).

    Each pixel takes the colour of its most probable class, blended towards white by how unsure
    the model is: a confident region is a clear tint, the boundary fades to white. ``lightness``
    keeps even confident regions light enough for the data points to stand out on top.
    """
    k = probs.shape[0]
    probs = np.asarray(probs, dtype=np.float32)
    if k == 2:
        best = (probs[1] > probs[0]).astype(np.intp)
        confidence = np.maximum(probs[0], probs[1])
    else:
        best = np.argmax(probs, axis=0)
        confidence = np.max(probs, axis=0)
    # 1/k (no idea) → 0, 1 (certain) → 1
    strength = np.clip((confidence - 1.0 / k) * (k / (k - 1.0)), 0.0, 1.0) * (1.0 - lightness)
    colors = np.stack([class_rgb(i) for i in range(k)]).astype(np.float32) - 255.0   # (k, 3)
    out = 255.0 + colors[best] * strength[..., None]
    image = np.full(probs.shape[1:] + (4,), 255, dtype=np.uint8)
    image[..., :3] = out
    return image


DIVERGING_STEPS = 128     # levels on each side of 0 in diverging_image


def _diverging_table() -> np.ndarray:
    """(2·DIVERGING_STEPS + 1, 4) RGBA: orange at 0, white in the middle, blue at the end."""
    t = np.linspace(-1.0, 1.0, 2 * DIVERGING_STEPS + 1)[:, None]
    white = np.full(3, 255.0)
    pos = np.array(QColor(POSITIVE).getRgb()[:3], float)
    neg = np.array(QColor(NEGATIVE).getRgb()[:3], float)
    rgb = np.where(t >= 0, white + (pos - white) * t, white + (neg - white) * (-t))
    table = np.full((len(t), 4), 255, dtype=np.uint8)
    table[:, :3] = np.rint(rgb)
    return table


_DIVERGING = _diverging_table()


def diverging_image(values: np.ndarray) -> np.ndarray:
    """RGBA (…, 4) of values in [−1, 1]: orange for −1, white for 0, blue for +1 (NaN: white).

    A table lookup in 2·128 + 1 steps: the hundred heatmaps of a deep network cost ~1 ms."""
    v = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=0.0)
    index = np.rint((np.clip(v, -1.0, 1.0) + 1.0) * DIVERGING_STEPS).astype(np.intp)
    return _DIVERGING[index]


def apply_theme(app) -> None:
    """Large fonts, high contrast, light background; pyqtgraph follows."""
    import pyqtgraph as pg

    app.setStyle("Fusion")
    f = app.font()
    f.setPointSize(BASE_POINT_SIZE)
    app.setFont(f)
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(PANEL_BACKGROUND))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Base, QColor(WHITE))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#EAEAEA"))
    pal.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Button, QColor("#E6E6E6"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(BLUE))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(WHITE))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFE8"))
    pal.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8A8A8A"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8A8A8A"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8A8A8A"))
    app.setPalette(pal)
    # antialiasing is chosen per item (smooth curves when paused); globally it makes every axis
    # and grid line slow to draw
    pg.setConfigOptions(background=BACKGROUND, foreground=TEXT, antialias=False)
