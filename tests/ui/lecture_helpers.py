"""Helpers shared by the lecture tests."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def label_text(scene, name) -> str:
    """A label's text with the typeset minus sign (U+2212) read as '-' and the non-breaking spaces
    that keep formulas whole read as spaces (word joiners dropped), to compare numbers and words."""
    return scene.findChild(QLabel, name).text().replace("\u2212", "-").replace("\u00a0", " ").replace("&nbsp;", " ").replace("\u2060", "")
