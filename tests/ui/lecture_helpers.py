"""Helpers shared by the lecture tests."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def label_text(scene, name) -> str:
    """A label's text with the typeset minus sign (U+2212) read as '-', to compare numbers."""
    return scene.findChild(QLabel, name).text().replace("\u2212", "-")
