"""Colour maps the views share (the neuron heatmaps' orange–white–blue scale), and the rectangles a
running frame is repainted in."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from desktop_nn.ui.kit import palette


def rgb(name: str) -> list[int]:
    return list(QColor(name).getRgb()[:3])


def test_diverging_image_ends_middle_and_steps():
    values = np.array([[-1.0, 0.0, 1.0, 0.5, -0.25, 7.0, np.nan]])
    image = palette.diverging_image(values)
    assert image.shape == (1, 7, 4) and image.dtype == np.uint8
    assert image[0, 0, :3].tolist() == rgb(palette.NEGATIVE)
    assert image[0, 1, :3].tolist() == [255, 255, 255]
    assert image[0, 2, :3].tolist() == rgb(palette.POSITIVE)
    # linear from white: half way to blue, a quarter of the way to orange (within one step)
    half = 255 + (np.array(rgb(palette.POSITIVE)) - 255) * 0.5
    quarter = 255 + (np.array(rgb(palette.NEGATIVE)) - 255) * 0.25
    assert np.all(np.abs(image[0, 3, :3] - half) <= 1.0)
    assert np.all(np.abs(image[0, 4, :3] - quarter) <= 1.5)
    assert image[0, 5, :3].tolist() == rgb(palette.POSITIVE)      # clipped to +1
    assert image[0, 6, :3].tolist() == [255, 255, 255]            # NaN: no colour
    assert np.all(image[..., 3] == 255)


def test_diverging_image_keeps_any_leading_shape():
    stack = np.linspace(-1, 1, 2 * 3 * 5).reshape(2, 3, 5)
    image = palette.diverging_image(stack)
    assert image.shape == (2, 3, 5, 4)
    np.testing.assert_array_equal(image[1], palette.diverging_image(stack[1]))


def test_split_rect_covers_the_rect_with_bands_and_strips():
    from PySide6.QtCore import QRect

    from desktop_nn.ui.kit.drawing import split_rect

    rect = QRect(3, 5, 101, 47)
    for across in (False, True):
        for n in (1, 3, 4, 7):
            parts = split_rect(rect, n, across=across)
            assert len(parts) == n
            covered = sum(p.width() * p.height() for p in parts)
            assert covered == rect.width() * rect.height()        # no gap, no overlap
            united = parts[0]
            for p in parts[1:]:
                united = united.united(p)
            assert united == rect
