"""Predict, then reveal: a student's prediction of a run, and how well it came true (no Qt).

Before training, the student paints the region each class will get on the decision plot and
names the shape the cost curve will take; after training the app lays the sketch over the real
regions and scores it.

**The sketch** (:class:`Sketch`) is the painted class of each cell of the grid the decision
regions are drawn on — ``n × n`` cells over the plot's ``extent`` (xmin, xmax, ymin, ymax),
row 0 at the lowest y, column 0 at the lowest x, as ``DataView.grid_inputs`` and the regions'
image lay them out — with −1 for a cell left unpainted. A point (x, y) lies in the cell whose
square of the image covers it (:meth:`Sketch.cell`).

**The score** (:func:`score_sketch`) is the mean over classes of the intersection over union of
the sketched and the real region of each class::

    IoU_c = |S_c ∩ P_c| / |S_c ∪ P_c|        score = (1/|C|) Σ_{c ∈ C} IoU_c

where S_c is the set of cells painted class c, P_c the cells the model gives class c, and C the
classes that occur in either. A sketch equal to the regions scores 1; swapping the classes
scores 0; an unpainted cell belongs to no S_c, so it can only lower the score; and painting
everything one class scores at most 1/k of that class's share of the plot (the other classes'
IoU is 0), so it gains nothing unless the model itself put everything in that class.

**The curve's shape** (:func:`classify_curve`) is one of :data:`SHAPES`, named from the epochs
the run trained and why it stopped (the session's :class:`~desktop_nn.training.session.Notice`):

* ``diverges``   — the session stopped it for divergence (the Trainer's rule: NaN/inf, or a cost
  above 10× the first epoch's), or a cost in the history is not finite;
* ``oscillates`` — the stall watch (training.stall) saw it cycle; or, short of that, its rises
  add up to at least its net fall (a falling curve with noise rises far less than it falls);
* ``crawls``     — the stall watch saw it flat; or it fell by less than :data:`CRAWL_SHARE` of
  its first value;
* ``falls``      — otherwise: it fell clearly, with rises small beside the fall.

A history with accuracies and the chance accuracy and no notice (a lecture scene's run, which
no session watched) is run through the same StallWatch, so the two detections stay one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..engine.trace_messages import QT_TRANSLATE_NOOP
from ..training.stall import StallWatch

CONTEXT = "Exercises"

#: the cost curve's shapes a student may predict, in the order they are offered
SHAPES = ("falls", "crawls", "diverges", "oscillates")
#: each shape's name as shown (translated in the "Exercises" context)
SHAPE_NAMES = {
    "falls": QT_TRANSLATE_NOOP("Exercises", "falls"),
    "crawls": QT_TRANSLATE_NOOP("Exercises", "crawls"),
    "diverges": QT_TRANSLATE_NOOP("Exercises", "diverges"),
    "oscillates": QT_TRANSLATE_NOOP("Exercises", "oscillates"),
}
#: a curve that fell by less than this share of its first value crawls
CRAWL_SHARE = 0.2
#: rises smaller than this share of the first cost are rounding, not oscillation
RISE_FLOOR = 0.01
UNPAINTED = -1

#: the overlap score in words: (lowest score, words), best first
SCORE_WORDS = (
    (0.85, QT_TRANSLATE_NOOP("Exercises", "excellent")),
    (0.7, QT_TRANSLATE_NOOP("Exercises", "good")),
    (0.5, QT_TRANSLATE_NOOP("Exercises", "partly right")),
    (0.0, QT_TRANSLATE_NOOP("Exercises", "far off")),
)


def score_words(score: float) -> str:
    """The score in words (untranslated: the UI translates it in the "Exercises" context)."""
    for low, words in SCORE_WORDS:
        if score >= low:
            return words
    return SCORE_WORDS[-1][1]


@dataclass(eq=False)
class Sketch:
    """The class painted in each cell of an ``n × n`` grid over ``extent``; −1: unpainted."""

    extent: tuple[float, float, float, float]
    n: int
    n_classes: int
    labels: np.ndarray = field(default=None)   # (n, n) int, row = y, column = x

    def __post_init__(self):
        if self.labels is None:
            self.labels = np.full((self.n, self.n), UNPAINTED, dtype=np.int64)
        self.labels = np.asarray(self.labels, dtype=np.int64)
        if self.labels.shape != (self.n, self.n):
            raise ValueError(f"a sketch on a {self.n}×{self.n} grid needs labels of that shape, "
                             f"not {self.labels.shape}")

    def copy(self) -> "Sketch":
        return Sketch(tuple(self.extent), self.n, self.n_classes, self.labels.copy())

    @property
    def empty(self) -> bool:
        return not bool((self.labels >= 0).any())

    def cell(self, x: float, y: float) -> tuple[float, float]:
        """(row, column) of the point (x, y), as fractional cell coordinates (the centre of cell
        (i, j) is (i + 0.5, j + 0.5)); outside the grid they fall outside [0, n)."""
        x0, x1, y0, y1 = self.extent
        return (y - y0) / (y1 - y0) * self.n, (x - x0) / (x1 - x0) * self.n

    def paint(self, x: float, y: float, radius: float, label: int) -> None:
        """Paint the cells whose centres lie within ``radius`` cells of (x, y) with ``label``
        (−1 erases)."""
        self.stroke(x, y, x, y, radius, label)

    def stroke(self, xa: float, ya: float, xb: float, yb: float, radius: float, label: int) -> None:
        """Paint along the segment (xa, ya)–(xb, yb) with a round brush of ``radius`` cells: every
        cell whose centre lies within ``radius`` of the segment (a fast mouse leaves no gaps), and
        the cells under its two ends."""
        if not -1 <= int(label) < self.n_classes:
            raise ValueError(f"class {label} is not one of 0…{self.n_classes - 1}")
        ra, ca = self.cell(xa, ya)
        rb, cb = self.cell(xb, yb)
        lo_r, hi_r = int(np.floor(min(ra, rb) - radius)), int(np.ceil(max(ra, rb) + radius))
        lo_c, hi_c = int(np.floor(min(ca, cb) - radius)), int(np.ceil(max(ca, cb) + radius))
        lo_r, lo_c = max(lo_r, 0), max(lo_c, 0)
        hi_r, hi_c = min(hi_r, self.n - 1), min(hi_c, self.n - 1)
        if lo_r > hi_r or lo_c > hi_c:
            return
        rows, cols = np.mgrid[lo_r:hi_r + 1, lo_c:hi_c + 1]
        pr, pc = rows + 0.5, cols + 0.5
        dr, dc = rb - ra, cb - ca
        length2 = dr * dr + dc * dc
        t = np.zeros_like(pr) if length2 == 0 else np.clip(((pr - ra) * dr + (pc - ca) * dc) / length2, 0, 1)
        near = (pr - (ra + t * dr)) ** 2 + (pc - (ca + t * dc)) ** 2 <= radius * radius
        self.labels[rows[near], cols[near]] = int(label)
        for r, c in ((ra, ca), (rb, cb)):
            if 0 <= r < self.n and 0 <= c < self.n:
                self.labels[int(r), int(c)] = int(label)

    def fill_unpainted(self, label: int) -> None:
        """Give every unpainted cell ``label`` (the rest of the plot is that class)."""
        self.labels[self.labels == UNPAINTED] = int(label)

    def clear(self) -> None:
        self.labels[...] = UNPAINTED


def regions_of(grid_probs: np.ndarray) -> np.ndarray:
    """The class each cell of the decision grid is given, from the class probabilities
    (k, n, n): the most probable one, as the regions are drawn (palette.region_image) — with two
    classes, class 1 where P(1) > P(0), class 0 otherwise (also where they are NaN)."""
    probs = np.asarray(grid_probs, dtype=np.float64)
    if probs.shape[0] == 2:
        return (probs[1] > probs[0]).astype(np.int64)
    return np.argmax(np.nan_to_num(probs, nan=-np.inf), axis=0).astype(np.int64)


def class_overlaps(sketch: np.ndarray, predicted: np.ndarray) -> dict[int, float]:
    """IoU_c for every class c that the sketch or the prediction has (see the module's text)."""
    s, p = np.asarray(sketch), np.asarray(predicted)
    if s.shape != p.shape:
        raise ValueError(f"the sketch ({s.shape}) and the regions ({p.shape}) are not on the same grid")
    classes = sorted(set(np.unique(s[s >= 0]).tolist()) | set(np.unique(p[p >= 0]).tolist()))
    out = {}
    for c in classes:
        inter = np.count_nonzero((s == c) & (p == c))
        union = np.count_nonzero((s == c) | (p == c))
        out[int(c)] = inter / union
    return out


def score_sketch(sketch, predicted) -> float:
    """The mean over classes of the intersection over union of sketched and real regions, in
    [0, 1]. ``sketch``: a :class:`Sketch` or its (n, n) labels (−1 unpainted); ``predicted``: the
    (n, n) class of each cell (:func:`regions_of`). An empty sketch scores 0."""
    labels = sketch.labels if isinstance(sketch, Sketch) else np.asarray(sketch)
    overlaps = class_overlaps(labels, predicted)
    if not (labels >= 0).any() or not overlaps:
        return 0.0
    return float(np.mean(list(overlaps.values())))


# --- the cost curve's shape ---------------------------------------------------------------------

def _costs_and_accuracies(history):
    """(costs, accuracies or None) of a History, a sequence of Records, or an array of costs."""
    if hasattr(history, "train_cost"):
        return np.asarray(history.train_cost, float), np.asarray(history.train_accuracy, float)
    items = list(history)
    if items and hasattr(items[0], "train_cost"):
        return (np.array([r.train_cost for r in items], float), np.array([r.train_accuracy for r in items], float))
    return np.asarray(items, dtype=float), None


def classify_curve(history, outcome=None, *, accuracies=None, chance: float | None = None) -> str:
    """The shape (one of :data:`SHAPES`) of a finished run's cost curve.

    ``history``: the epochs the run trained — a History, Records, or the costs alone;
    ``outcome``: why it stopped — the session's Notice (kind "diverged", "stalled" with detail
    "cycling"/"flat", "limit") or None (paused, or a run no session watched); ``accuracies`` and
    ``chance`` (training.stall.chance_accuracy of the labels): given for a run without a notice,
    the stall watch looks at it as the session would have.
    """
    costs, accs = _costs_and_accuracies(history)
    if accuracies is not None:
        accs = np.asarray(accuracies, float)
    kind = getattr(outcome, "kind", outcome if isinstance(outcome, str) else "")
    detail = getattr(outcome, "detail", "")
    if kind == "diverged" or (len(costs) and not np.all(np.isfinite(costs))):
        return "diverges"
    if kind != "stalled" and chance is not None and accs is not None and len(accs) == len(costs):
        watch = StallWatch(chance)
        for cost, acc in zip(costs, accs):
            if watch.add(cost, acc):
                kind, detail = "stalled", "cycling" if watch.cycling else "flat"
                break
    if kind == "stalled":
        return "oscillates" if detail == "cycling" else "crawls"
    if len(costs) < 2:
        return "crawls"
    first, final = float(costs[0]), float(costs[-1])
    steps = np.diff(costs)
    rises = float(steps[steps > 0].sum())
    fall = first - final
    scale = max(abs(first), 1e-12)
    if rises > RISE_FLOOR * scale and rises >= max(fall, 0.0):
        return "oscillates"
    if fall < CRAWL_SHARE * scale:
        return "crawls"
    return "falls"
