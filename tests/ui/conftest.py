"""Fixtures for the UI tests: the real main window, shown offscreen, with its worker thread."""

from __future__ import annotations

import pytest

from desktop_nn.app import create_main_window
from desktop_nn.ui.lecture import create_presenter

SNAPSHOT_TIMEOUT_MS = 10_000


@pytest.fixture
def window(qtbot):
    """The real main window after the worker's first snapshot; closed (thread stopped) afterwards."""
    w = create_main_window()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=SNAPSHOT_TIMEOUT_MS)
    yield w
    w.close()
    assert w.controller.thread.isFinished(), "the training thread is still running after close"


@pytest.fixture
def open_scene(qtbot):
    """Opens the lecture at one scene (1600×900) and waits for its live content: (presenter, scene)."""
    made = []

    def make(scene_id):
        w = create_presenter(scene_id)
        qtbot.addWidget(w)
        w.resize(1600, 900)
        w.show()
        made.append(w)
        scene = w.current_scene()
        qtbot.waitUntil(scene.has_content, timeout=3000)
        return w, scene

    yield make
    for w in made:
        w.close()
