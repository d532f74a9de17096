"""The CSV import's limits and the types it returns: :class:`CsvPreview` (the head of a file, as
the import dialog shows it) and :class:`TabularData` (a loaded dataset), and :class:`LoadCancelled`.

Re-exported by :mod:`desktop_nn.engine.tabular`, where they are documented and imported from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from desktop_nn.engine.errors import DesktopNNError

# --- limits (stated in the import dialog) -----------------------------------------------------

MAX_BYTES = 100 * 1024 * 1024     # 100 MB
MAX_ROWS = 1_000_000              # data rows, as the playground's generators
MAX_COLUMNS = 1_000
MAX_VALUES = 10_000_000           # feature values (rows × feature columns): X is at most 80 MB
MAX_CLASSES = 20                  # one colour per class
MAX_NAME = 400                    # characters of a column name or a class label
MIN_ROWS = 4
PREVIEW_BYTES = 256 * 1024
PREVIEW_ROWS = 20


#: what pandas reads as a missing value by default; the label column keeps them as class names
#: (a class may be called "NA" or "None"), only an empty label is missing there
NA_STRINGS = frozenset({
    "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A",
    "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
})


_SURROGATE = re.compile("[\ud800-\udfff]")


def name_problem(text: str, max_len: int = MAX_NAME) -> str | None:
    """Why ``text`` cannot be a name or label the app keeps (and a project file holds), or None.

    The one rule of the CSV import and the project file: at most ``max_len`` characters, and
    Unicode text (no lone surrogate, which no file can encode)."""
    if len(text) > max_len:
        return f"it is {len(text):,} characters long; at most {max_len:,}"
    lone = _SURROGATE.search(text)
    if lone is not None:
        return (f"character {lone.start() + 1} is U+{ord(lone.group()):04X}, half of a surrogate pair, "
                "which is not Unicode text")
    return None


def clean_name(text: str, max_len: int = MAX_NAME) -> str:
    """``text`` made a name the app can keep: lone surrogates replaced by U+FFFD, cut to
    ``max_len`` characters (with … at the end). For names that only inform (a file's name)."""
    text = _SURROGATE.sub("\ufffd", text)
    return text if len(text) <= max_len else text[: max_len - 1] + "…"


class LoadCancelled(DesktopNNError):
    """The user cancelled a load; nothing was loaded."""


@dataclass(frozen=True)
class CsvPreview:
    """The head of a CSV file, as the import dialog shows it (every cell as text)."""

    source: str                      # the file's name
    size_bytes: int
    encoding: str
    delimiter: str
    has_header: bool
    columns: tuple[str, ...]
    numeric: tuple[bool, ...]        # per column: every non-missing value in the head is a number
    rows: tuple[tuple[str, ...], ...]
    estimated_rows: int              # from the head's line lengths and the file size
    complete: bool                   # the head is the whole file
    decimal: str = "."               # the decimal mark: "." or ","
    # per column: (file line, value) of the first value in the head that is not a number, else None
    non_numbers: tuple[tuple[int, str] | None, ...] = ()

    def non_number(self, column: str) -> tuple[int, str] | None:
        """(file line, value) of the first value of ``column`` in the head that is not a number."""
        if column not in self.columns or not self.non_numbers:
            return None
        return self.non_numbers[self.columns.index(column)]

    @property
    def default_label(self) -> str:
        """The label column to propose: the last text column, else the last column."""
        for name, is_number in zip(reversed(self.columns), reversed(self.numeric)):
            if not is_number:
                return name
        return self.columns[-1]

    @property
    def default_features(self) -> tuple[str, ...]:
        """The feature columns to propose: every numeric column but the label."""
        label = self.default_label
        return tuple(c for c, n in zip(self.columns, self.numeric) if n and c != label)


@dataclass(frozen=True, eq=False)
class TabularData:
    """A loaded dataset, rows are examples. The arrays are read-only."""

    X: np.ndarray                    # (m, n) float64
    y: np.ndarray                    # (m,) int64 class index 0…k−1, or float64 numbers to fit (no classes)
    feature_names: tuple[str, ...]
    label_name: str
    class_names: tuple[str, ...]     # class k is class_names[k]
    source: str = ""
    n_dropped: int = 0               # rows dropped for missing values (drop_missing=True)

    @property
    def m(self) -> int:
        return int(self.X.shape[0])

    @property
    def n_features(self) -> int:
        return int(self.X.shape[1])

    @property
    def n_classes(self) -> int:
        return len(self.class_names)

    @property
    def is_regression(self) -> bool:
        """True when the target holds numbers to fit (load_csv(numeric_target=True)), not classes."""
        return self.y.dtype.kind == "f"
