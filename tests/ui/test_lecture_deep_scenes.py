"""Lecture scenes of the shallow and deep parts of the chapter: their numbers are the engine's."""

from __future__ import annotations

from tests.ui.lecture_helpers import label_text


def test_why_deep_parity_networks_are_correct_on_every_pattern(open_scene):
    w, scene = open_scene("why-deep")
    assert scene.result["deep"]["dims"] == [8, 8, 4, 2, 1]
    assert scene.result["deep"]["accuracy"] == 1.0 and scene.result["shallow"]["accuracy"] == 1.0
    assert scene.result["shallow"]["dims"] == [8, 128, 1]
    assert "100%" in label_text(scene, "deepLabel") and "2<sup>8</sup> = 256" in label_text(scene, "shallowLabel")
