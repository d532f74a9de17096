"""Every lecture scene fits the projector and reads from the back row, at three common screens.

The presenter is laid out for each screen size (as it does for the screen it is on), then every
scene is walked forward and backward with the clicker's keys; after each step the rules of
:mod:`tests.ui.lecture_layout` are checked: the presenter no larger than the screen, no visible
widget outside the window, plots ≥ 12 % of the screen height and 15 % of its width, no one-line
label cut, no text under 2 % of the screen height, text colours ≥ 4.5:1 on white.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from desktop_nn.ui.lecture import create_presenter
from tests.ui.lecture_layout import layout_problems

SCREENS = [(1024, 768), (1280, 800), (1920, 1080)]


@pytest.mark.parametrize("width,height", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_every_scene_fits_the_screen_and_reads_from_the_back_row(qtbot, width, height):
    w = create_presenter(screen_size=QSize(width, height))
    qtbot.addWidget(w)
    w.resize(width, height)
    w.show()
    qtbot.waitExposed(w)
    problems: list[str] = []

    def check(k: int) -> None:
        qtbot.waitUntil(lambda: w.index == k and w.current_scene().has_content(), timeout=5000)
        qtbot.wait(20)            # let the layout settle
        problems.extend(layout_problems(w))

    check(0)
    for k in range(1, w.count):
        qtbot.keyClick(w, Qt.Key.Key_Right)
        check(k)
    for k in range(w.count - 2, -1, -1):
        qtbot.keyClick(w, Qt.Key.Key_Left)
        check(k)
    w.close()
    unique = list(dict.fromkeys(problems))
    assert not unique, f"{len(unique)} problems at {width}×{height}:\n" + "\n".join(unique)
