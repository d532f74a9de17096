"""Lecture mode: the presenter walks every shipped scene with the keyboard; each shows live content."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt

from desktop_nn.ui.lecture import create_presenter, lecture_scene_ids
from desktop_nn.ui.lecture.presenter import LecturePresenter

# the chapter's order (issue 7's scenes, with issue 13's scenes for the slides that had none, and
# issue 17's questions to the class where the chapter asks them)
CHAPTER_ORDER = [
    "mcculloch-pitts-neuron", "perceptron-code", "iris-loading", "perceptron-rule", "question-perceptron-update",
    "perceptron-non-separable", "adaline", "delta-rule-derivation", "adaline-code", "question-adaline-cost",
    "question-diverging-rate", "learning-rate", "feature-scaling", "feature-scaling-code",
    "sgd-vs-batch", "adaline-sgd-code", "linear-models", "logistic-regression", "cross-entropy", "loss-intuition",
    "computation-graph", "logistic-graph", "logistic-derivatives", "vectorization", "numpy-guide",
    "vectorized-logistic", "rank-one-arrays", "shallow-units", "shallow-network", "activation-functions",
    "why-nonlinear", "question-dz", "backprop-one-example", "shallow-backprop", "question-zero-init", "initialization",
    "deep-notation", "deep-forward", "question-dw-shape", "matrix-dimensions", "why-deep", "building-blocks",
    "hyperparameters", "summary", "next-step-code",
]


@pytest.fixture
def presenter(qtbot):
    made = []

    def make(scene_id=None, lectures_dir=None) -> LecturePresenter:
        w = create_presenter(scene_id, lectures_dir)
        qtbot.addWidget(w)
        w.resize(1600, 900)
        w.show()
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()


def test_shipped_lecture_has_every_scene_of_the_chapter_in_order():
    ids = lecture_scene_ids()
    assert ids == [i for i in CHAPTER_ORDER if i in ids]
    assert ids == CHAPTER_ORDER


def test_walk_every_scene_forward_and_back_with_the_keyboard(qtbot, presenter, caplog):
    caplog.set_level(logging.WARNING)
    w = presenter()
    assert w.problems == []
    assert w.index == 0
    n = w.count

    def wait_shown(k: int) -> None:
        # how fast a scene comes up is a benchmark's to measure (the machine may be busy); here
        # every scene must come up, with its content, titled and numbered
        qtbot.waitUntil(lambda: w.index == k and w.current_scene().has_content(), timeout=15_000)
        scene = w.current_scene()
        assert scene.isVisible()
        assert not scene.message.isVisible(), scene.message.text()
        assert w.title_label.text()
        assert w.progress_label.text() == f"{k + 1} / {n}"

    wait_shown(0)
    for k in range(1, n):
        qtbot.keyClick(w, Qt.Key.Key_Right if k % 2 else Qt.Key.Key_PageDown)
        wait_shown(k)
    qtbot.keyClick(w, Qt.Key.Key_Right)      # past the end: stays
    assert w.index == n - 1
    for k in range(n - 2, -1, -1):
        qtbot.keyClick(w, Qt.Key.Key_Left if k % 2 else Qt.Key.Key_PageUp)
        wait_shown(k)
    qtbot.keyClick(w, Qt.Key.Key_End)
    wait_shown(n - 1)
    qtbot.keyClick(w, Qt.Key.Key_Home)
    wait_shown(0)
    bad = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not bad, [r.getMessage() for r in bad]


def test_presenter_keys_blank_notes_list_and_escape(qtbot, presenter):
    w = presenter("adaline")
    assert w.scene_ids()[w.index] == "adaline"
    qtbot.keyClick(w, Qt.Key.Key_B)
    assert w.blank.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_B)
    assert not w.blank.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_N)
    assert w.notes_area.isVisible() and "Widrow" in w.notes_label.toPlainText()
    qtbot.keyClick(w, Qt.Key.Key_L)
    assert w.scene_list.isVisible()
    w.scene_list.setCurrentRow(1)
    qtbot.keyClick(w.scene_list, Qt.Key.Key_Return)
    assert not w.scene_list.isVisible() and w.index == 1
    qtbot.keyClick(w, Qt.Key.Key_Escape)             # one Esc only asks
    assert w.isVisible() and "Esc again" in w.flash_label.text()
    qtbot.keyClick(w, Qt.Key.Key_Escape)             # the second leaves
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=1000)


def test_unknown_start_scene_opens_the_first_with_a_message(presenter):
    w = presenter("no-such-scene")
    assert w.index == 0
    assert "no-such-scene" in w.flash_label.text()
