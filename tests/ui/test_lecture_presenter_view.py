"""The presenter around the scenes: layout for the screen, the P key, titles that follow the scene,
the presenter view (notes, next scene, elapsed time, clock) and the projector theme's rules."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontInfo

from desktop_nn.ui.lecture import theme, typeset
from desktop_nn.ui.lecture.presenter_view import reflow
from desktop_nn.ui.lecture.scene_file import fill_title


@pytest.fixture
def presenter_at(open_scene):
    """The presenter at a scene, laid out for a screen of ``size`` (1280×800 unless said)."""
    return lambda scene_id=None, size=(1280, 800): open_scene(scene_id, size)[0]


def test_type_is_a_share_of_the_screen_height(presenter_at):
    small = presenter_at("adaline", (1024, 768))
    body = QFontInfo(small.progress_label.font()).pixelSize()
    assert body >= 0.03 * 768
    big = presenter_at("adaline", (1920, 1080))
    assert QFontInfo(big.progress_label.font()).pixelSize() >= 0.03 * 1080
    # the same share of the height on both screens (±1 px of rounding)
    assert abs(QFontInfo(big.title_label.font()).pixelSize() / 1080
               - QFontInfo(small.title_label.font()).pixelSize() / 768) < 1.5 / 768


def test_moving_to_another_screen_lays_the_scenes_out_again(presenter_at, qtbot):
    w = presenter_at("adaline", (1920, 1080))
    index = w.index
    before = QFontInfo(w.current_scene().font()).pixelSize(), QFontInfo(w.title_label.font()).pixelSize()
    w.relayout_for_screen(QSize(1024, 768))
    qtbot.waitUntil(lambda: w.current_scene().has_content(), timeout=5000)
    assert w.index == index
    assert w.layout_size == QSize(1024, 768)
    assert QFontInfo(w.title_label.font()).pixelSize() < before[1]
    assert w.maximumSize() == QSize(1024, 768)


def test_a_large_scene_does_not_widen_the_others(presenter_at, qtbot):
    """The stack takes the size of the page on show, not of the largest page ever shown."""
    w = presenter_at("perceptron-rule", (1920, 1080))
    w.go_to_id("next-step-code")
    qtbot.waitUntil(lambda: w.current_scene().has_content(), timeout=5000)
    assert w.stack.minimumSizeHint() == w.current_scene().minimumSizeHint()
    w.go_to_id("perceptron-rule")
    qtbot.waitUntil(lambda: w.current_scene().has_content(), timeout=5000)
    assert w.stack.minimumSizeHint() == w.current_scene().minimumSizeHint()
    # the hidden page's hint does not count (a plain QStackedWidget takes the largest)
    assert w.stack.layout().minimumSize().width() >= w.stack.minimumSizeHint().width()


def test_p_plays_and_pauses_the_scene_and_space_still_goes_on(presenter_at, qtbot):
    w = presenter_at("adaline")
    scene = w.current_scene()
    assert scene.play_button is not None
    before = scene.play_button.text()
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert scene.play_button.text() != before
    assert ("Pause" in scene.play_button.text()) == ("Play" in before)
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert scene.play_button.text() == before
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert w.scene_ids()[w.index] != "adaline"


def test_p_on_a_scene_without_animation_says_so(presenter_at, qtbot):
    w = presenter_at("matrix-dimensions")
    if w.current_scene().play_button is None:
        qtbot.keyClick(w, Qt.Key.Key_P)
        assert "nothing to play" in w.flash_label.text()


def test_presenter_view_shows_notes_next_scene_elapsed_time_and_clock(presenter_at, qtbot):
    w = presenter_at("perceptron-rule")
    qtbot.keyClick(w, Qt.Key.Key_S)
    view = w.notes_window
    assert view is not None and view.isVisible()
    item = w.items[w.index]
    assert view.notes.toPlainText() == reflow(item.notes)
    assert "\n" not in view.notes.toPlainText().split("\n\n")[0]        # a paragraph is one line, reflowed
    assert view.next.text() == "Next: " + w.title_of(w.index + 1)
    assert view.title.text() == w.title_label.text()
    assert re.fullmatch(r"since the start 0:00:\d\d", view.elapsed.text())
    assert view.started == w.started                 # counts from the lecture's start, not from S
    assert re.fullmatch(r"time \d\d:\d\d", view.clock.text())
    assert view.position.text() == f"{w.index + 1} / {w.count}"
    # on one screen it is asked for, so it shows, but in a corner: it does not cover the slide
    screen = w.screen().availableGeometry()
    assert view.width() * view.height() <= 0.5 * screen.width() * screen.height()
    assert "One screen" in w.flash_label.text()
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert view.title.text() == w.title_label.text()
    assert view.notes.toPlainText() == reflow(w.items[w.index].notes)


def test_in_scene_notes_reflow_and_scroll_whatever_their_length(presenter_at, qtbot):
    w = presenter_at("perceptron-rule", (1024, 768))
    qtbot.keyClick(w, Qt.Key.Key_N)
    assert w.notes_area.isVisible()
    assert w.notes_label.toPlainText() == reflow(w.items[w.index].notes)
    assert w.notes_label.lineWrapMode() != w.notes_label.LineWrapMode.NoWrap
    assert w.width() <= 1024 and w.height() <= 768


def test_titles_fill_their_fields_from_the_scene():
    assert fill_title("A network of L = {L} layers", {"L": 6}) == "A network of L = 6 layers"
    assert fill_title("Parity of {bits} bits", {}) == "Parity of {bits} bits"
    assert fill_title("no fields", {"L": 3}) == "no fields"
    assert fill_title("stray { brace", {"L": 3}) == "stray { brace"


def test_numbers_are_typeset_for_the_back_row():
    assert theme.fmt(-0.44, 2) == "\u22120.44"
    assert theme.fmt(3.175e-16) == "0"
    assert theme.fmt(-0.0) == "0"
    assert theme.fmt(7.4e8) == "7.4 × 10⁸"
    big = theme.fmt(1.234e45)
    assert big == "1.23 × 10⁴⁵" and len(big) < 12
    assert theme.fmt(float("nan")) == "NaN"
    assert theme.fmt(2.58) == "2.58"


def test_text_colours_read_on_white():
    for color in (theme.TEXT, theme.MUTED, theme.INACTIVE):
        assert theme.contrast(color) >= 4.5, color
    for color in (theme.POS, theme.NEG, theme.ACCENT, theme.GREEN, theme.PURPLE):
        dark = theme.readable(color)
        assert theme.contrast(dark) >= 4.5
        assert theme.contrast(dark) < 7.5, "darkened only as far as needed"
    assert theme.readable(theme.TEXT) == theme.TEXT.lower()


def test_typing_a_number_with_a_decimal_point_stays_in_the_spin_box(presenter_at, qtbot):
    """"." is also the clicker's blank key: while a spin box is being typed in, it is a decimal point."""
    from PySide6.QtWidgets import QAbstractSpinBox

    w = presenter_at("learning-rate")
    spin = w.current_scene().findChild(QAbstractSpinBox, "smallRateSpin")      # the right run's α
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.0005")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert not w.blank.isVisible()
    assert spin.value() == pytest.approx(0.0005)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_PageDown)       # the clicker still moves on
    assert w.scene_ids()[w.index] != "learning-rate"


@pytest.mark.parametrize("scene_id", ["shallow-network", "summary", "building-blocks", "learning-rate"])
def test_notes_and_messages_float_over_the_scene_and_never_grow_the_window(presenter_at, qtbot, scene_id):
    w = presenter_at(scene_id, (1024, 768))
    before = w.title_label.geometry(), w.stack.geometry()
    qtbot.keyClick(w, Qt.Key.Key_N)
    w.flash("A long message that would have pushed the title onto a second line on a small projector.")
    qtbot.wait(50)
    assert w.notes_area.isVisible() and w.flash_label.isVisible()
    assert w.width() <= 1024 and w.height() <= 768
    assert w.notes_area.geometry().bottom() <= w.height() and w.notes_area.width() == w.width()
    assert (w.title_label.geometry(), w.stack.geometry()) == before     # nothing reflowed


def test_wrapped_formulas_break_between_words_never_inside_an_expression(qtbot):
    kept = typeset.keep_math_together("J = −(1/m) Σ [y log ŷ + (1 − y) log(1 − ŷ)] where P(y = 1 | x)")
    assert "(1\u00a0−\u00a0ŷ)" in kept and "P(y\u00a0=\u00a01\u00a0|\u2060\u00a0x)" in kept   # "|" may not break
    assert " where " in kept                       # prose still wraps
    shapes = typeset.keep_math_together("W[1] (3, 2) · X (2, 5) + b[1] (3, 1) → Z[1] (3, 5)")
    assert "\u00a0· X" in shapes and "(3, 2)" in shapes   # may break after a top-level operator or a comma
    label = theme.label("", wrap=True)
    label.setText("n[5] = 1, dw₂ = x₂ dz")
    assert label.text() == "n[5]\u00a0= 1, dw₂\u00a0= x₂\u00a0dz"     # never before "=", nor inside "x₂ dz"
