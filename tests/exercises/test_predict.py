"""Predict, then reveal: the sketch's score and the cost curve's shape, on real runs.

Expected scores are computed here with plain NumPy set counts, not by the code under test."""

from __future__ import annotations

import time

import numpy as np
import pytest

from desktop_nn.exercises.predict import SHAPES, Sketch, class_overlaps, classify_curve, regions_of, score_sketch
from desktop_nn.training.config import RunConfig, prepare_data
from desktop_nn.training.session import TrainingSession
from desktop_nn.training.stall import chance_accuracy

N = 40


def two_class_regions() -> np.ndarray:
    """Class 1 above the diagonal, class 0 below (row = y, column = x)."""
    rows, cols = np.mgrid[0:N, 0:N]
    return (rows > cols).astype(np.int64)


def three_class_regions() -> np.ndarray:
    """Three vertical bands of unequal width."""
    cols = np.mgrid[0:N, 0:N][1]
    return np.where(cols < 10, 0, np.where(cols < 25, 1, 2)).astype(np.int64)


def mean_iou(s: np.ndarray, p: np.ndarray) -> float:
    """Independent: for each class present anywhere, |S∩P| / |S∪P| by Python set algebra."""
    scores = []
    for c in sorted({int(v) for v in np.unique(s) if v >= 0} | {int(v) for v in np.unique(p)}):
        a = {tuple(ix) for ix in np.argwhere(s == c)}
        b = {tuple(ix) for ix in np.argwhere(p == c)}
        scores.append(len(a & b) / len(a | b))
    return sum(scores) / len(scores)


@pytest.mark.parametrize("regions", [two_class_regions(), three_class_regions()], ids=["two", "three"])
def test_a_sketch_scores_one_against_itself_and_low_against_the_opposite_labelling(regions):
    k = int(regions.max()) + 1
    assert score_sketch(regions, regions) == 1.0
    opposite = (regions + 1) % k        # every cell in another class: 1 − y with two classes
    assert score_sketch(opposite, regions) < 0.6
    assert score_sketch(opposite, regions) == pytest.approx(mean_iou(opposite, regions), abs=1e-12)
    assert score_sketch(Sketch((0, 1, 0, 1), N, k, regions.copy()), regions) == 1.0


@pytest.mark.parametrize("regions", [two_class_regions(), three_class_regions()], ids=["two", "three"])
def test_painting_everything_one_class_scores_low(regions):
    k = int(regions.max()) + 1
    for c in range(k):
        one = np.full_like(regions, c)
        score = score_sketch(one, regions)
        assert score < 0.5
        assert score == pytest.approx(mean_iou(one, regions), abs=1e-12)


def test_a_partly_right_sketch_scores_the_mean_iou_and_unpainted_cells_count_against_it():
    regions = two_class_regions()
    sketch = regions.copy()
    sketch[:, :10] = 1 - sketch[:, :10]           # a quarter of the columns wrong
    sketch[35:, 30:] = -1                         # a corner left unpainted
    score = score_sketch(sketch, regions)
    assert score == pytest.approx(mean_iou(sketch, regions), abs=1e-12)
    assert 0.4 < score < 0.9
    assert score_sketch(np.full_like(regions, -1), regions) == 0.0
    partial = regions.copy()
    partial[regions == 0] = -1                    # only class 1 painted, and rightly so
    assert score_sketch(partial, regions) == pytest.approx(0.5)     # IoU 1 for class 1, 0 for class 0
    assert class_overlaps(partial, regions) == {0: 0.0, 1: 1.0}


def test_the_brush_paints_cells_under_the_mouse_in_data_coordinates():
    sketch = Sketch((-2.0, 2.0, 0.0, 8.0), 8, 2)        # cells 0.5 wide, 1.0 high
    sketch.paint(-1.9, 7.9, 0.5, 1)                    # the top-left cell only: row 7, column 0
    assert np.argwhere(sketch.labels >= 0).tolist() == [[7, 0]]
    sketch.stroke(-1.75, 0.5, 1.75, 0.5, 0.5, 0)       # along the bottom row, every cell
    assert (sketch.labels[0] == 0).all() and (sketch.labels[1:7] == -1).all()
    sketch.paint(-1.9, 7.9, 0.5, -1)                   # erase
    assert sketch.labels[7, 0] == -1
    sketch.fill_unpainted(1)
    assert (sketch.labels[1:] == 1).all() and (sketch.labels[0] == 0).all()
    with pytest.raises(ValueError):
        sketch.paint(0, 0, 1, 2)
    with pytest.raises(ValueError):
        score_sketch(sketch, np.zeros((4, 4), int))


def test_regions_follow_the_most_probable_class():
    probs = np.zeros((2, 2, 2))
    probs[1] = [[0.2, 0.8], [0.6, np.nan]]
    probs[0] = 1 - probs[1]
    assert regions_of(probs).tolist() == [[0, 1], [1, 0]]
    three = np.array([[[0.1]], [[0.7]], [[0.2]]])
    assert regions_of(three).tolist() == [[1]]


# --- the cost curve's shape on real runs ---------------------------------------------------------

def run(config: RunConfig, seconds: float = 20.0):
    """Train a real session to its end; (history records, the notice it stopped with)."""
    sent = []
    session = TrainingSession(sent.append)
    session.handle(("configure", 1, config))
    session.handle(("start",))
    start = time.monotonic()
    while session.running and time.monotonic() - start < seconds:
        session.train_slice(0.05)
        session.handle(("drawn", 0.0))
    assert not session.running, "the run did not stop"
    frames = [m[1] for m in sent if m[0] == "frame"]
    return [r for f in frames for r in f.history], frames[-1].notice


def test_a_good_learning_rate_falls():
    records, notice = run(RunConfig(dataset="moons", model="network", learning_rate=0.5, max_epochs=2000))
    assert notice.kind == "limit"
    costs = [r.train_cost for r in records]
    assert costs[-1] < 0.1 * costs[0]
    assert classify_curve(records, notice) == "falls"


def test_the_chapters_perceptron_falls_to_zero_errors():
    records, notice = run(RunConfig())
    assert [r.train_cost for r in records] == [2, 2, 3, 2, 1, 0, 0, 0, 0, 0]
    assert classify_curve(records, notice) == "falls"


def test_a_tiny_learning_rate_crawls():
    records, notice = run(RunConfig(dataset="moons", model="network", learning_rate=1e-4, max_epochs=500))
    costs = np.array([r.train_cost for r in records])
    assert np.all(np.diff(costs) < 0) and costs[-1] > 0.99 * costs[0]
    assert classify_curve(records, notice) == "crawls"


def test_too_large_a_learning_rate_diverges():
    records, notice = run(RunConfig(model="adaline", learning_rate=0.01, max_epochs=50))
    assert notice.kind == "diverged"
    assert classify_curve(records, notice) == "diverges"
    assert classify_curve([1.0, 2.0, float("inf")]) == "diverges"


def test_xor_with_eta_ten_oscillates_and_a_watchless_history_is_watched_the_same_way():
    config = RunConfig(dataset="xor", model="network", learning_rate=10, max_epochs=20000)
    records, notice = run(config)
    assert (notice.kind, notice.detail) == ("stalled", "cycling")
    assert classify_curve(records, notice) == "oscillates"
    # the same epochs with no notice (a lecture scene's run): the stall watch sees the cycle
    chance = chance_accuracy(prepare_data(config).y_train)
    costs = [r.train_cost for r in records]
    accs = [r.train_accuracy for r in records]
    assert classify_curve(costs, None, accuracies=accs, chance=chance) == "oscillates"
    # and without accuracies its rises, as large as its fall, say the same
    assert classify_curve(costs) == "oscillates"


def test_every_shape_is_offered():
    assert SHAPES == ("falls", "crawls", "diverges", "oscillates")
