"""A dataset as CSV: one row per example, the feature columns, then the class label or the number
to fit (no Qt).

The file is what the app's own CSV import reads back (``engine.tabular.load_csv``: comma-separated,
a header row, "." decimals, the label in the last column as the class's name): the same points
(numbers written with ``repr``, so the exact float64 values) and the same classes — numbered
again in sorted order of their names, as the import always numbers them.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np

from .errors import DatasetError
from .export import atomic_write


def data_csv_text(X, y, feature_names, label_name: str, class_names) -> str:
    """The CSV text of examples ``X`` (m, n) with classes ``y`` (m,) named by ``class_names`` —
    or, with no class names (a regression), ``y`` the numbers to fit, written as numbers."""
    X = np.asarray(X, dtype=np.float64)
    numbers = not len(class_names)
    y = np.asarray(y, dtype=np.float64 if numbers else np.int64)
    if X.ndim != 2 or len(feature_names) != X.shape[1] or y.shape != (X.shape[0],):
        raise DatasetError(f"The data is {X.shape} with {len(feature_names)} column names and {y.shape} labels.")
    if not len(y):
        raise DatasetError("There are no points to export.")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*feature_names, label_name])
    names = list(class_names)
    for row, k in zip(X.tolist(), y.tolist()):
        writer.writerow([*(repr(float(v)) for v in row), repr(float(k)) if numbers else names[k]])
    return out.getvalue()


def write_data_csv(path: str | Path, X, y, feature_names, label_name: str, class_names) -> None:
    """:func:`data_csv_text` written atomically as UTF-8."""
    atomic_write(path, data_csv_text(X, y, feature_names, label_name, class_names).encode("utf-8"))
