"""Question scenes in lecture mode: the countdown, the reveal on the live network, the keys, the
class's answer, and a malformed question file shown as a problem page."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_nn.ui.lecture import create_presenter
from tests.exercises import question_reference as ref
from tests.ui.lecture_helpers import label_text

QUESTIONS = ["question-perceptron-update", "question-adaline-cost", "question-diverging-rate", "question-dz",
             "question-zero-init", "question-dw-shape"]


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-12 * max(1.0, abs(b))


def revealed(scene) -> bool:
    return scene.revealed and scene.result is not None and bool(scene.working_label.text())


def expected_key(scene_id: str, s: dict):
    """Each shipped question's key, computed again in NumPy from the settings its file declares."""
    if scene_id == "question-perceptron-update":
        return tuple(ref.perceptron_w_after(s["data"], s["example"], s["eta"]))
    if scene_id == "question-adaline-cost":
        return ref.adaline_sse_after_one_step(s["data"], s["eta"])
    if scene_id == "question-dz":
        return ref.dz_of_example(s["data"], s["layer_dims"], s["activations"][0], s["eta"], s["epochs"], s["seed"], s["example"])
    if scene_id == "question-dw-shape":
        l = s["layer"]
        return (s["layer_dims"][l], s["layer_dims"][l - 1])
    if scene_id == "question-diverging-rate":
        return tuple("ab"[i] for i, r in enumerate(s["options"]) if ref.adaline_costs(s["data"], r, s["epochs"])[-1]
                     > ref.adaline_costs(s["data"], r, s["epochs"])[0])
    W1 = ref.two_layer_gd(s["data"], s["layer_dims"], s["activations"][0], s["eta"], s["epochs"], s["seed"], zeros=True)[0]
    return ("b",) if np.max(np.abs(W1 - W1[0])) < 1e-12 else ("a",)


@pytest.mark.parametrize("scene_id", QUESTIONS)
def test_each_shipped_question_reveals_the_engine_value(open_scene, qtbot, scene_id):
    w, scene = open_scene(scene_id)
    assert label_text(scene, "answerLabel") == "?" and scene.countdown.running
    assert label_text(scene, "questionText") and label_text(scene, "givensLabel")
    if scene.loop is not None:
        scene.loop.set_rate(None)                   # the test does not wait for the narrated pace
    qtbot.keyClick(w, Qt.Key.Key_R)                 # reveal early
    qtbot.waitUntil(lambda: revealed(scene), timeout=20_000)
    assert not scene.countdown.running and scene.countdown.remaining > 0
    key, expected = scene.result.answer, expected_key(scene_id, scene.s)
    if isinstance(expected, float):
        assert close(key, expected)
    elif scene.result.kind == "vector":
        assert all(close(a, b) for a, b in zip(key, expected))
    else:
        assert key == expected
    assert scene.result.answer_text in label_text(scene, "answerLabel").replace("-", "−")
    assert not scene.message.isVisible()


def test_the_countdown_reaches_zero_and_reveals(open_scene, qtbot):
    w, scene = open_scene("question-dw-shape")
    now = [1000.0]
    scene.countdown.clock = lambda: now[0]
    scene.countdown.resume_clock()
    now[0] += 12.0
    qtbot.waitUntil(lambda: scene.countdown.remaining == pytest.approx(18.0), timeout=2000)
    assert label_text(scene, "countdownLabel") == "0:18" and not scene.revealed
    qtbot.keyClick(w, Qt.Key.Key_P)                 # P pauses: time passing does not count
    assert not scene.countdown.running
    now[0] += 100.0
    qtbot.wait(250)
    assert scene.countdown.remaining == pytest.approx(18.0)
    qtbot.keyClick(w, Qt.Key.Key_P)                 # and resumes
    now[0] += 18.5
    qtbot.waitUntil(lambda: revealed(scene), timeout=2000)
    assert label_text(scene, "countdownLabel") == "0:00"
    assert label_text(scene, "answerLabel") == "dW[3]: (4, 5)"
    assert "(n[3], n[2]) = (4, 5)" in label_text(scene, "workingLabel")


def test_leaving_a_question_stops_its_clock_and_right_still_advances(open_scene, qtbot):
    w, scene = open_scene("question-dz")
    now = [50.0]
    scene.countdown.clock = lambda: now[0]
    scene.countdown.resume_clock()
    index = w.index
    qtbot.keyClick(w, Qt.Key.Key_Right)             # the clicker's "next", as in every scene
    assert w.index == index + 1
    now[0] += 300.0                                 # away for five minutes
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert w.current_scene() is scene
    qtbot.wait(250)
    assert scene.countdown.running and scene.countdown.remaining > 30 and not scene.revealed


def test_the_class_answer_is_checked_and_the_answer_revealed(open_scene, qtbot):
    w, scene = open_scene("question-perceptron-update")
    scene.answer_edit.setText("0; 0,38; 0,66")
    scene.check_button.click()
    qtbot.waitUntil(lambda: revealed(scene), timeout=5000)
    assert label_text(scene, "verdictLabel").startswith("✓")
    assert label_text(scene, "answerLabel") == "w = [0, 0.38, 0.66]"
    scene.answer_edit.setText("[0, 0.4, 0.66]")
    scene.check_button.click()
    assert label_text(scene, "verdictLabel").startswith("✗") and "[0, 0.38, 0.66]" in label_text(scene, "verdictLabel")
    scene.answer_edit.setText("zero")
    scene.check_button.click()
    assert "is not a number" in label_text(scene, "verdictLabel")
    scene.again_button.click()                      # ask again: hidden, the countdown full
    assert label_text(scene, "answerLabel") == "?" and scene.countdown.remaining == scene.countdown.total


def test_the_teacher_types_the_answer_without_clicking_the_box_and_the_keys_come_back(open_scene, qtbot):
    """Keys typed at the lecture go into the answer box from its first digit on: '.' and B are
    typed there instead of blacking the projector; after Enter, → moves on again."""
    w, scene = open_scene("question-dw-shape")
    index = w.index
    qtbot.keyClick(w, Qt.Key.Key_4)                             # no click on the box first
    assert scene.answer_edit.hasFocus() and scene.answer_edit.text() == "4"
    qtbot.keyClicks(scene.answer_edit, "b.x5")                  # B and '.' edit the text here
    assert not w.blank.isVisible() and scene.answer_edit.text() == "4b.x5"
    scene.answer_edit.setText("4x5")
    qtbot.keyClick(scene.answer_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: revealed(scene), timeout=5000)
    assert label_text(scene, "verdictLabel").startswith("✓")          # dW[3] is (4, 5)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert w.index == index + 1


def test_a_vote_on_a_question_that_trains_is_marked_after_the_training(open_scene, qtbot):
    w, scene = open_scene("question-diverging-rate")
    assert "a) α = 0.01" in label_text(scene, "optionsLabel")
    scene.answer_edit.setText("b")
    scene.check_button.click()
    qtbot.waitUntil(lambda: bool(label_text(scene, "verdictLabel")), timeout=10_000)
    assert label_text(scene, "verdictLabel").startswith("✗") and scene.result.answer == ("a",)
    assert len(scene.view.curves[0].getData()[0]) == 10           # the trained curves are drawn
    assert "✓ a) α = 0.01" in label_text(scene, "optionsLabel")


BAD_QUESTIONS = {
    "020-no-hide.toml": ('id = "q1"\ntitle = "Q"\nview = "question"\n[settings]\nquestion = "?"\n',
                         "a question scene needs 'hide'"),
    "030-example.toml": ('id = "q2"\ntitle = "Q"\nview = "question"\n[settings]\nhide = "perceptron_update"\n'
                         'question = "?"\nexample = 500\n', "'example' must be from 0 to 99"),
    "040-layer.toml": ('id = "q3"\ntitle = "Q"\nview = "question"\n[settings]\nhide = "dw_shape"\nquestion = "?"\n'
                       'layer_dims = [2, 3, 1]\nlayer = 4\n', "'layer' must be from 1 to L = 2, got 4"),
    "050-type.toml": ('id = "q4"\ntitle = "Q"\nview = "question"\n[settings]\nhide = "dw_shape"\nquestion = "?"\n'
                      'countdown = "long"\n', "setting 'countdown' must be a whole number"),
}


def test_a_malformed_question_file_is_a_problem_page(tmp_path, qtbot):
    (tmp_path / "010-ok.toml").write_text('id = "ok"\ntitle = "Shape"\nview = "question"\n[settings]\n'
                                          'hide = "dw_shape"\nquestion = "Shape of dW[3]?"\n', encoding="utf-8")
    for name, (text, _) in BAD_QUESTIONS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    w = create_presenter(None, tmp_path)
    qtbot.addWidget(w)
    w.show()
    assert w.count == 1 + len(BAD_QUESTIONS)
    messages = {p.path.name: p.message for p in w.problems}
    for name, (_, expected) in BAD_QUESTIONS.items():
        assert expected in messages[name], messages[name]
    for k in range(1, w.count):
        w.go_to(k)
        qtbot.waitUntil(w.current_scene().has_content, timeout=2000)
        name = w.items[k].path.name
        assert BAD_QUESTIONS[name][1] in label_text(w.current_scene(), "problemText")
    w.close()
