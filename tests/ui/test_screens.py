"""The main window on a 1024×768 laptop, a 1366×768 projector and a 1920×1080 desktop, with and
without the step-through: it fits the screen, the plots keep a usable share of it, the
step-through is inside the window (tests/ui/screens.py measures it in a process whose offscreen
screen has that size)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size", ["1024x768", "1366x768", "1920x1080"])
def test_the_window_fits_the_screen_and_keeps_its_plots_usable(size):
    done = subprocess.run([sys.executable, "-m", "tests.ui.screens", size], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = {row["state"]: row for row in map(json.loads, done.stdout.strip().splitlines())}
    assert set(rows) == {"plain", "stepping", "closed"}
    width, height = map(int, size.split("x"))
    for state, row in rows.items():
        x, y, w, h = row["window"]
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (state, row["window"])
        assert row["cost"] >= 0.14 * height, (state, row["cost"])
        assert row["decision"] >= 0.25 * height, (state, row["decision"])
        assert row["outside"] == [], (state, row["outside"])
    # the settings take what they need, at most 30 % of a small screen: the editor's column gets the rest
    settings, editor, _ = rows["plain"]["columns"]
    assert settings <= max(rows["plain"]["settings_need"], round(0.3 * width)) and settings <= 430
    assert editor >= 0.3 * width, rows["plain"]["columns"]
    sx, sy, sw, sh = rows["stepping"]["stepper"]
    _, _, w, h = rows["stepping"]["window"]
    assert sx >= 0 and sy >= 0 and sx + sw <= w and sy + sh <= h
    assert sh >= 0.3 * height            # room for the formula and its matrices
    assert rows["plain"]["stepper"] is None and rows["closed"]["stepper"] is None
    # closing the step-through gives the plots their room back (the decision plot's readout may stay
    # where it went while stepping when moving it back would gain only a few pixels)
    assert rows["closed"]["cost"] == rows["plain"]["cost"]
    assert rows["closed"]["decision"] >= 0.85 * rows["plain"]["decision"]
