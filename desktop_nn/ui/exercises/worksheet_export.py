"""A worksheet written to a file: PDF through Qt's printing, or the Markdown / HTML of
:mod:`desktop_nn.exercises.worksheet`. No dialog here — the window asks for the path, tests call
:func:`write_worksheet` directly.

The PDF is the worksheet's HTML laid out by a QTextDocument on A4 pages and printed by a
QPdfWriter; the answer key's ``page-break-before: always`` starts it on a page of its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop_nn.exercises.generate import ExerciseSet
from desktop_nn.exercises.worksheet import save_html, save_markdown, to_html
from desktop_nn.ui.kit import palette

FORMATS = ("pdf", "md", "html")


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def write_pdf(exercise_set: ExerciseSet, path) -> Path:
    """The worksheet as a PDF of A4 pages (the key on pages of its own)."""
    path = Path(path)
    document = QTextDocument()
    document.setDefaultFont(palette.font(11))
    document.setHtml(to_html(exercise_set, _translate))
    writer = QPdfWriter(str(path))
    writer.setTitle(exercise_set.title.text(_translate))
    writer.setCreator("desktop_nn")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)   # the document's own 2 cm
    document.print_(writer)
    del writer                                  # finishes the file
    return path


def write_worksheet(exercise_set: ExerciseSet, path, kind: str | None = None) -> Path:
    """Write the worksheet as ``kind`` ("pdf", "md", "html"; default: from the file's suffix)."""
    path = Path(path)
    kind = kind or path.suffix.lower().lstrip(".")
    kind = {"markdown": "md", "htm": "html"}.get(kind, kind)
    if kind == "pdf":
        return write_pdf(exercise_set, path)
    if kind == "md":
        return save_markdown(exercise_set, path, _translate)
    if kind == "html":
        return save_html(exercise_set, path, _translate)
    raise ValueError(f"unknown worksheet format {kind!r}; one of {', '.join(FORMATS)}")
