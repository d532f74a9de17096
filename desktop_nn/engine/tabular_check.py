"""Checking a parsed CSV for :func:`desktop_nn.engine.tabular.load_csv`: the columns chosen, the
feature values (numbers, present, finite) and the class labels (present, 2 … MAX_CLASSES classes),
and the arrays they become.

Each check refuses what a model cannot use with a :class:`~desktop_nn.engine.errors.DatasetError`
that names the file, the line and column at fault, and what to do. ``where(pos, column)`` is the
caller's description of row ``pos`` of the parsed frame in ``column`` (file line and row number).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np

if TYPE_CHECKING:          # imported where a file is read: pandas costs ~0.5 s of start-up
    import pandas as pd

from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular_types import MAX_CLASSES, MIN_ROWS, NA_STRINGS, name_problem

Where = Callable[[int, str], str]


def chosen_columns(name: str, columns: Sequence[str], feature_columns: Sequence[str] | None,
                   label_column: str | None) -> tuple[list[str], str]:
    """(feature columns, label column): the label defaults to the last column, the features to
    every other column; each must exist, and none may be chosen twice."""
    label_column = columns[-1] if label_column is None else label_column
    if label_column not in columns:
        raise DatasetError(f"'{name}' has no column {label_column!r}; its columns are {_names(columns)}.")
    if feature_columns is None:
        feature_columns = [c for c in columns if c != label_column]
    feature_columns = list(feature_columns)
    if not feature_columns:
        raise DatasetError(f"Choose at least one feature column of '{name}' besides the label {label_column!r}.")
    for column in feature_columns:
        if column not in columns:
            raise DatasetError(f"'{name}' has no column {column!r}; its columns are {_names(columns)}.")
    if label_column in feature_columns:
        raise DatasetError(f"{label_column!r} is the label column; it cannot also be a feature. Untick it.")
    if len(set(feature_columns)) != len(feature_columns):
        raise DatasetError("A feature column is chosen twice; choose each column once.")
    for column in [*feature_columns, label_column]:
        problem = name_problem(column)
        if problem is not None:
            raise DatasetError(
                f"'{name}': the name of column {list(columns).index(column) + 1} in the header, "
                f"{_shown(column)}, cannot be kept: {problem}. Shorten it in the header line."
            )
    return feature_columns, label_column


def feature_values(frame: "pd.DataFrame", columns: list[str], feature_columns: list[str], where: Where,
                   decimal: str, delimiter: str, drop_missing: bool) -> tuple[np.ndarray, np.ndarray]:
    """(values (m, n) float64, missing (m,) bool): the features, numbers only, finite; a missing
    value is refused unless ``drop_missing``, which marks its row in ``missing``."""
    import pandas as pd

    values = np.empty((len(frame), len(feature_columns)), dtype=np.float64)
    missing = np.zeros(len(frame), dtype=bool)
    for j, column in enumerate(feature_columns):
        series = frame[columns.index(column)]
        if series.dtype == bool:
            series = series.astype(np.float64)
        if not pd.api.types.is_numeric_dtype(series.dtype) or series.dtype == object:
            numbers, bad = text_to_numbers(series, decimal)
            if bad.any():
                pos = int(np.argmax(bad))
                field = str(series.iloc[pos]).strip()
                raise DatasetError(f"{where(pos, column)}: {field[:40]!r} is not a number. {_number_hint(field, column, decimal, delimiter)}")
            series = numbers
        column_values = _floats(series).to_numpy(dtype=np.float64, na_value=np.nan)
        nan = np.isnan(column_values)
        if not drop_missing:
            _refuse_missing(nan, lambda pos: where(pos, column), "the value")
        missing |= nan
        infinite = np.isinf(column_values)
        if infinite.any():
            pos = int(np.argmax(infinite))
            raise DatasetError(f"{where(pos, column)}: the value is infinite; use a finite number.")
        values[:, j] = column_values
    return values, missing


def text_to_numbers(text: "pd.Series", decimal: str) -> tuple["pd.Series", np.ndarray]:
    """(numbers, bad) of a column read as text: each value as a number (NaN where it is missing or
    blank), and where a value is present but not a number. With a decimal comma, ``"1,5"`` is 1.5
    and a value with a decimal point (``"1.5"``, perhaps ``1.234`` meant as thousands) is not a
    number: one file, one decimal mark. The import dialog's preview and :func:`feature_values`
    both judge a column by it."""
    import pandas as pd

    as_text = text.astype(object)
    strings = as_text.astype(str).str.strip()
    present = as_text.notna().to_numpy() & ~strings.isin(NA_STRINGS).to_numpy()
    point = np.zeros(len(strings), dtype=bool)
    if decimal != ".":
        point = strings.str.contains(".", regex=False).to_numpy()
        strings = strings.str.replace(decimal, ".", regex=False)
    numbers = _floats(pd.to_numeric(strings.where(present, None), errors="coerce"))
    bad = present & (numbers.isna().to_numpy() | point)
    return numbers.where(~bad), bad


def _floats(numbers: "pd.Series") -> "pd.Series":
    """``numbers`` as float64. pandas may hand back whole numbers too large for int64 as Python
    ints (a 400-digit number), which NumPy cannot turn into a float: those become ±inf, refused
    as infinite with their line and column."""
    import pandas as pd

    if numbers.dtype == np.float64:
        return numbers
    try:
        return numbers.astype(np.float64)
    except (OverflowError, TypeError, ValueError):
        return pd.Series([_float(v) for v in numbers], index=numbers.index, dtype=np.float64)


def _float(value) -> float:
    try:
        return float(value)
    except OverflowError:                 # an int beyond float: its sign, infinitely far
        return math.inf if value > 0 else -math.inf
    except (TypeError, ValueError):
        return math.nan


def labelled_rows(name: str, labels: "pd.Series", label_column: str, values: np.ndarray, missing: np.ndarray,
                  where: Where, drop_missing: bool) -> tuple[np.ndarray, np.ndarray, list[str], int]:
    """(X, y, class names, rows dropped): the rows with a value and a label, y the class index.

    Labels are text (as written) or numbers; classes are numbered 0…k−1 in sorted order
    (numerically when every label is a number). A missing label is refused unless
    ``drop_missing``; so are fewer than MIN_ROWS rows, one class, or more than MAX_CLASSES.
    """
    import pandas as pd

    # factorise first, strip only the distinct values
    codes, uniques = pd.factorize(labels.astype(object), use_na_sentinel=True)
    stripped = [str(u).strip() for u in uniques]
    blank_codes = np.array([s == "" for s in stripped] + [True], dtype=bool)  # [-1] = NaN → blank
    label_missing = blank_codes[codes]
    if not drop_missing:
        _refuse_missing(label_missing, lambda pos: where(pos, label_column), "the class label")
    missing |= label_missing
    keep = ~missing
    all_codes = codes
    values, codes = values[keep], codes[keep]
    n_dropped = int(missing.sum())
    m = len(values)
    if m < MIN_ROWS:
        raise DatasetError(
            f"'{name}' has {m} usable row{'s' if m != 1 else ''}"
            f"{f' ({n_dropped} dropped for missing values)' if n_dropped else ''}; "
            f"a dataset needs at least {MIN_ROWS}."
        )
    present = np.unique(codes)
    class_names = _sorted_classes({stripped[c] for c in present})
    if len(class_names) < 2:
        raise DatasetError(
            f"'{name}': the label column {label_column!r} holds only one class ({class_names[0]!r}); "
            "a classifier needs at least two. Check that the right column is chosen as the label."
        )
    if len(class_names) > MAX_CLASSES:
        raise DatasetError(
            f"'{name}': the label column {label_column!r} has {len(class_names):,} different values; at most "
            f"{MAX_CLASSES} classes are supported. Is it really the class label (not a measurement)? Numbers to "
            "fit are imported as a regression: tick \"the label is a number to fit (regression)\"."
        )
    for label in class_names:
        problem = name_problem(label)
        if problem is not None:
            pos = int(np.argmax(np.array([s == label for s in stripped] + [False])[all_codes]))
            raise DatasetError(
                f"{where(pos, label_column)}: the class label {_shown(label)} cannot be kept: {problem}. "
                f"Shorten it, or choose another label column (is {label_column!r} really the class label?)."
            )
    index = {c: k for k, c in enumerate(class_names)}
    lookup = np.array([index.get(s, -1) for s in stripped] + [-1], dtype=np.int64)
    y = lookup[codes]
    return values, y, class_names, n_dropped


def numeric_target_rows(name: str, frame: "pd.DataFrame", columns: list[str], label_column: str,
                        values: np.ndarray, missing: np.ndarray, where: Where, decimal: str, delimiter: str,
                        drop_missing: bool) -> tuple[np.ndarray, np.ndarray, int]:
    """(X, y float64, rows dropped): the rows with values and a target, when the label column holds
    numbers to fit (a regression) rather than classes. The target is checked as a feature is
    (numbers, present, finite); fewer than MIN_ROWS rows, or one value only, are refused."""
    target, target_missing = feature_values(frame, columns, [label_column], where, decimal, delimiter, drop_missing)
    missing = missing | target_missing
    keep = ~missing
    values, y = values[keep], target[keep, 0]
    n_dropped = int(missing.sum())
    if len(y) < MIN_ROWS:
        raise DatasetError(
            f"'{name}' has {len(y)} usable row{'s' if len(y) != 1 else ''}"
            f"{f' ({n_dropped} dropped for missing values)' if n_dropped else ''}; a dataset needs at least {MIN_ROWS}."
        )
    if np.ptp(y) == 0:
        raise DatasetError(
            f"'{name}': the target column {label_column!r} holds one value only ({y[0]:g}); there is nothing to "
            "fit. Check that the right column is chosen as the target."
        )
    return values, np.ascontiguousarray(y), n_dropped


def _refuse_missing(missing: np.ndarray, where: Callable[[int], str], what: str) -> None:
    """DatasetError naming the first row marked in ``missing`` (``where(row)`` says where it is)."""
    if missing.any():
        pos = int(np.argmax(missing))
        raise DatasetError(
            f"{where(pos)}: {what} is missing. Fill it in, delete the row, or tick "
            "'drop rows with missing values'."
        )


def _shown(text: str) -> str:
    """A name as a message shows it: quoted, its first 40 characters."""
    return repr(text[:40]) + ("…" if len(text) > 40 else "")


def _names(columns: Sequence[str]) -> str:
    shown = ", ".join(repr(c) for c in columns[:12])
    return shown + (f" … ({len(columns)} in all)" if len(columns) > 12 else "")


def _number_hint(field: str, column: str, decimal: str, delimiter: str) -> str:
    if decimal == "." and re.fullmatch(r"\s*[-+]?\d+,\d+\s*", field) and delimiter != ",":
        return "It uses a decimal comma: choose ',' as the decimal mark."
    if decimal == "," and re.fullmatch(r"\s*[-+]?\d*\.\d+\s*", field):
        return ("It has a decimal point, but the decimal mark of this file is ',': use one decimal mark "
                "throughout the file (or choose '.' as the decimal mark if most numbers use a point).")
    return (
        f"Fix or delete that value, or untick {column!r} as a feature if it is a text column "
        "(only the label may be text)."
    )


def _sorted_classes(values) -> list[str]:
    """Class names in order: numerically when every one is a finite number, else as text."""
    values = sorted(str(v) for v in values)
    try:
        numbers = [float(v) for v in values]
    except ValueError:
        return values
    if not all(math.isfinite(x) for x in numbers):      # "nan", "inf", a 400-digit number
        return values
    return sorted(values, key=float)
