"""A user's own data from a CSV file: preview, checks, and the arrays a model trains on.

Two entry points, both pure pandas/NumPy (no Qt):

* :func:`preview_csv` reads the head of a file (at most ``PREVIEW_BYTES``) and returns a
  :class:`CsvPreview`: the detected delimiter, decimal mark, encoding and header, column names,
  whether each column looks numeric (and, where not, the first line and value that is not a
  number), and the first rows as text — what the import dialog shows.
* :func:`load_csv` reads the whole file and returns :class:`TabularData` — ``X`` (m, n) float64
  with rows as examples (the classic models' layout; ``network.to_columns`` turns it into the
  chapter's columns), ``y`` (m,) class indices 0…k−1 and the class names.

Every bad file is refused with :class:`~desktop_nn.engine.errors.DatasetError` whose message
names the file, the line and column at fault, and what to do: empty, binary (with what it
looks like: an Excel workbook, a ZIP archive, an image …), not UTF-8 (with the encoding that
would work), the wrong delimiter, a line with too many fields, a missing value, text where a
number is expected (with a hint when it is a decimal comma), an infinite value (a 400-digit
number is one), one class only, too many classes, too few rows, a chosen column's name or a class
label longer than ``MAX_NAME`` characters or not Unicode text (a project file could not hold it:
the import and the .dnn file keep one rule, :func:`name_problem`), and the size limits below —
``MAX_ROWS`` counted over every line, blank ones too, whether it ends in ``\n``, ``\r\n`` or a
lone ``\r``, before pandas parses anything, and ``MAX_VALUES`` feature values (rows × feature
columns; what a project file may hold too). Any other exception is a bug.

In feature columns pandas' missing markers (``NA_STRINGS``: NA, null, None, nan …) are missing
values; in the label column they are class names, and only an empty label is missing.

Long loads report progress and can be cancelled through two optional callables,
``progress(fraction)`` and ``cancelled() -> bool``; cancelling raises :class:`LoadCancelled`.

The delimiter and the decimal mark are detected together: a semicolon-separated file with decimal
commas (``height;weight\n1,5;209``) is read as such, and comma- or tab-separated files with
decimal points as before (the rules: :mod:`.tabular_sniff`).

The work is done in modules this one puts together: :mod:`.tabular_read` (the bytes, their
encoding, the delimiter, decimal mark and header, pandas' parse), :mod:`.tabular_sniff` (how the
delimiter and decimal mark are found), :mod:`.tabular_check` (the chosen columns, the feature
values, the class labels) and :mod:`.tabular_types` (the limits and the types).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular_check import (
    chosen_columns,
    feature_values,
    labelled_rows,
    numeric_target_rows,
    text_to_numbers,
)
from desktop_nn.engine.tabular_read import checked_text, parse, read_bytes, sniff_layout
from desktop_nn.engine.tabular_sniff import DELIMITERS
from desktop_nn.engine.tabular_types import (
    MAX_BYTES,
    MAX_CLASSES,
    MAX_COLUMNS,
    MAX_NAME,
    MAX_ROWS,
    MAX_VALUES,
    MIN_ROWS,
    NA_STRINGS,
    PREVIEW_BYTES,
    PREVIEW_ROWS,
    CsvPreview,
    LoadCancelled,
    TabularData,
    clean_name,
    name_problem,
)

# --- public API -------------------------------------------------------------------------------


def preview_csv(
    path: str | Path,
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    header: bool | None = None,
    decimal: str | None = None,
    n_rows: int = PREVIEW_ROWS,
) -> CsvPreview:
    """The head of the file, to show before loading. ``None`` options are detected."""
    import pandas as pd

    path = Path(path)
    name = path.name
    raw, complete, size = read_bytes(path, PREVIEW_BYTES, MAX_BYTES, MAX_ROWS, None, None)
    text, encoding = checked_text(raw, name, encoding, complete)
    if not complete:
        cut = text.rfind("\n")
        text = text[: cut + 1] if cut > 0 else text
    layout = sniff_layout(text, name, delimiter, header, decimal)
    every = range(len(layout.columns))
    frame = parse(text, name, layout, text_columns=every, literal_columns=every)   # cells as written
    blank = frame.isna().all(axis=1).to_numpy()
    lines = (np.arange(len(frame)) + layout.skip + 1)[~blank]     # file line of each row
    frame = frame[~blank]
    head = frame.head(max(int(n_rows), 0))
    rows = tuple(tuple("" if pd.isna(v) else str(v) for v in row) for row in head.itertuples(index=False))
    numeric, non_numbers = [], []
    for i in range(len(layout.columns)):
        numbers, bad = text_to_numbers(frame[i], layout.decimal)
        numeric.append(bool(numbers.notna().any()) and not bad.any())
        if bad.any():
            pos = int(np.argmax(bad))
            non_numbers.append((int(lines[pos]), str(frame[i].iloc[pos]).strip()))
        else:
            non_numbers.append(None)
    estimated = len(frame) if complete else int(len(frame) * size / max(len(raw), 1))
    return CsvPreview(
        source=name, size_bytes=size, encoding=encoding, delimiter=layout.delimiter,
        has_header=layout.has_header, columns=layout.columns, numeric=tuple(numeric), rows=rows,
        estimated_rows=estimated, complete=complete, decimal=layout.decimal, non_numbers=tuple(non_numbers),
    )


def load_csv(
    path: str | Path,
    feature_columns: Sequence[str] | None = None,
    label_column: str | None = None,
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    header: bool | None = None,
    decimal: str | None = None,
    drop_missing: bool = False,
    numeric_target: bool = False,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
    max_values: int = MAX_VALUES,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TabularData:
    """Load a classification dataset from a CSV file.

    ``label_column`` defaults to the last column; ``feature_columns`` to every other column.
    Column names are the header's, or ``"column 1"``, ``"column 2"`` … without one. Labels may
    be text or numbers; classes are numbered 0…k−1 in sorted order (numerically when every label
    is a number). ``drop_missing`` drops rows with a missing value instead of refusing the file.
    ``None`` for the delimiter, the decimal mark or the header means: detect it, as
    :func:`preview_csv` does (pass a preview's ``delimiter`` and ``decimal`` to load what it showed).
    ``numeric_target``: the label column holds numbers to fit (a regression): ``y`` is float64,
    there are no classes (``TabularData.is_regression``).
    """
    path = Path(path)
    name = path.name
    raw, _, _ = read_bytes(path, None, max_bytes, max_rows, progress, cancelled)
    text, _ = checked_text(raw, name, encoding, True)
    del raw
    layout = sniff_layout(text, name, delimiter, header, decimal)
    columns = list(layout.columns)
    feature_columns, label_column = chosen_columns(name, columns, feature_columns, label_column)
    if cancelled is not None and cancelled():
        raise LoadCancelled(f"Loading '{name}' was cancelled.")
    label_index = columns.index(label_column)
    frame = parse(text, name, layout, text_columns=[label_index], literal_columns=[label_index])
    del text
    if progress is not None:
        progress(0.8)
    if cancelled is not None and cancelled():
        raise LoadCancelled(f"Loading '{name}' was cancelled.")

    blank = frame.isna().all(axis=1).to_numpy()
    lines = np.arange(len(frame)) + layout.skip + 1          # file line of each row
    frame = frame[~blank]
    lines = lines[~blank]
    if len(frame) > max_rows:
        raise DatasetError(
            f"'{name}' has {len(frame):,} rows; the limit is {max_rows:,}. Use a random sample of the rows."
        )
    if len(frame) * len(feature_columns) > max_values:
        raise DatasetError(
            f"'{name}' has {len(frame):,} rows × {len(feature_columns)} feature columns = "
            f"{len(frame) * len(feature_columns):,} values; the limit is {max_values:,} values "
            f"({max_values * 8 / 1e6:,.0f} MB). Choose fewer feature columns, or use a random sample of the rows."
        )

    def where(pos: int, column: str) -> str:
        return f"'{name}' line {lines[pos]} (row {pos + 1}), column {column!r}"

    values, missing = feature_values(frame, columns, feature_columns, where, layout.decimal, layout.delimiter,
                                     drop_missing)
    if numeric_target:
        values, y, n_dropped = numeric_target_rows(name, frame, columns, label_column, values, missing, where,
                                                   layout.decimal, layout.delimiter, drop_missing)
        class_names = ()
    else:
        values, y, class_names, n_dropped = labelled_rows(
            name, frame[label_index], label_column, values, missing, where, drop_missing)
    values.flags.writeable = False
    y.flags.writeable = False
    if progress is not None:
        progress(1.0)
    return TabularData(
        X=values, y=y, feature_names=tuple(feature_columns), label_name=label_column,
        class_names=tuple(class_names), source=clean_name(name), n_dropped=n_dropped,
    )


__all__ = [
    "CsvPreview", "TabularData", "LoadCancelled", "preview_csv", "load_csv",
    "MAX_BYTES", "MAX_ROWS", "MAX_COLUMNS", "MAX_VALUES", "MAX_CLASSES", "MAX_NAME", "MIN_ROWS", "DELIMITERS",
    "NA_STRINGS", "clean_name", "name_problem",
]
