"""Fixtures for the UI tests: the real main window, shown offscreen, with its worker thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

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
    """open_scene(scene_id, size=None) opens the lecture at one scene and waits for its live content:
    (presenter, scene). With ``size`` (w, h) the lecture is laid out for a screen of that size
    (the window that size too); without, on the offscreen screen, in a 1600×900 window."""
    made = []

    def make(scene_id, size=None):
        w = create_presenter(scene_id, screen_size=QSize(*size) if size else None)
        qtbot.addWidget(w)
        w.resize(*(size or (1600, 900)))
        w.show()
        if size:
            qtbot.waitExposed(w)
        made.append(w)
        scene = w.current_scene()
        qtbot.waitUntil(scene.has_content, timeout=5000)
        return w, scene

    yield make
    for w in made:
        w.close()
