"""Fixtures for the UI tests: the real main window, shown offscreen, with its worker thread."""

from __future__ import annotations

import pytest

from desktop_nn.app import create_main_window

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
