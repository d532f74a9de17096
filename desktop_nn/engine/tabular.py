"""A user's own data from a CSV file: preview, checks, and the arrays a model trains on.

Two entry points, both pure pandas/NumPy (no Qt):

* :func:`preview_csv` reads the head of a file (at most ``PREVIEW_BYTES``) and returns a
  :class:`CsvPreview`: the detected delimiter, encoding and header, column names, whether each
  column looks numeric, and the first rows as text — what the import dialog shows.
* :func:`load_csv` reads the whole file and returns :class:`TabularData` — ``X`` (m, n) float64
  with rows as examples (the classic models' layout; ``network.to_columns`` turns it into the
  chapter's columns), ``y`` (m,) class indices 0…k−1 and the class names.

Every bad file is refused with :class:`~desktop_nn.engine.errors.DatasetError` whose message
names the file, the line and column at fault, and what to do: empty, binary (with what it
looks like: an Excel workbook, a ZIP archive, an image …), not UTF-8 (with the encoding that
would work), the wrong delimiter, a line with too many fields, a missing value, text where a
number is expected (with a hint when it is a decimal comma), an infinite value, one class
only, too many classes, too few rows, and the size limits below. Any other exception is a bug.

Long loads report progress and can be cancelled through two optional callables,
``progress(fraction)`` and ``cancelled() -> bool``; cancelling raises :class:`LoadCancelled`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np

if TYPE_CHECKING:          # imported where a file is read: pandas costs ~0.5 s of start-up
    import pandas as pd

from desktop_nn.engine.errors import DatasetError, DesktopNNError

# --- limits (stated in the import dialog) -----------------------------------------------------

MAX_BYTES = 100 * 1024 * 1024     # 100 MB
MAX_ROWS = 1_000_000              # data rows, as the playground's generators
MAX_COLUMNS = 1_000
MAX_CLASSES = 20                  # one colour per class
MIN_ROWS = 4
PREVIEW_BYTES = 256 * 1024
PREVIEW_ROWS = 20

#: delimiters tried, in this order, when none is given
DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars", " ": "spaces"}

_CHUNK = 1 << 20

#: what a binary file that is not a CSV most often is, by its first bytes
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive — an Excel .xlsx or LibreOffice .ods workbook is one"),
    (b"\xd0\xcf\x11\xe0", "an old Excel .xls (Office) file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ", "an xz-compressed file"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x93NUMPY", "a NumPy .npy array"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"PAR1", "a Parquet file"),
)
_WHAT_TO_DO_BINARY = "Open it in its program and save or export it as CSV (comma-separated values, UTF-8)."


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
    y: np.ndarray                    # (m,) int64 class index 0…k−1
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


# --- reading the bytes ------------------------------------------------------------------------


def _describe_binary(raw: bytes) -> str | None:
    """What a non-text file is, or None when it looks like text."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return what
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    head = raw[:8192]
    if b"\x00" in head:
        return "a binary file"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.05:
        return "a binary file"
    return None


def _read_bytes(path: Path, limit: int | None, max_bytes: int, max_rows: int, progress, cancelled) -> tuple[bytes, bool, int]:
    """The file's bytes (all of them, or the first ``limit``), whether that is the whole file, its size."""
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DatasetError(f"'{name}' is a folder, not a CSV file; choose a file inside it.")
        if limit is None and size > max_bytes:
            raise DatasetError(
                f"'{name}' is {size / 2**20:.1f} MB; the limit is {max_bytes / 2**20:.0f} MB. "
                f"Use a sample of its rows (at most {max_rows:,} rows)."
            )
        chunks, total, newlines = [], 0, 0
        with open(path, "rb") as f:
            while True:
                if cancelled is not None and cancelled():
                    raise LoadCancelled(f"Loading '{name}' was cancelled.")
                want = _CHUNK if limit is None else min(_CHUNK, limit - total)
                if want <= 0:
                    break
                chunk = f.read(want)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if limit is None:
                    if total > max_bytes:   # the file grew while we read it
                        raise DatasetError(f"'{name}' is larger than the {max_bytes / 2**20:.0f} MB limit.")
                    newlines += chunk.count(b"\n")
                    if newlines > max_rows + 100:
                        raise DatasetError(
                            f"'{name}' has more than {max_rows:,} rows (stopped reading at line "
                            f"{newlines:,}); the limit is {max_rows:,} rows. Use a random sample "
                            "of the rows, e.g. pandas: df.sample(100_000).to_csv(...)."
                        )
                    if progress is not None and size:
                        progress(0.4 * min(total / size, 1.0))
    except OSError as exc:
        raise DatasetError(f"Cannot read '{name}': {exc.strerror or exc}.") from exc
    raw = b"".join(chunks)
    complete = limit is None or total < limit or total >= size
    return raw, complete, size


def _decode(raw: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    """(text, encoding used). UTF-8 (with or without BOM) and BOM-marked UTF-16 are recognised."""
    if encoding is None or encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        else:
            encoding = "utf-8-sig"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DatasetError(f"Unknown encoding {encoding!r}; try utf-8, cp950 (Big5) or cp1252.") from None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        shown = "UTF-8" if encoding == "utf-8-sig" else encoding
        guess = _guess_encoding(raw)
        hint = f" It decodes as {guess}: choose {guess} as the encoding, or save" if guess else " Save"
        raise DatasetError(
            f"'{name}' is not {shown} text: line {line}, character {column} holds byte "
            f"0x{raw[exc.start]:02X}, which {shown} cannot decode.{hint} the file as 'CSV UTF-8' "
            "from your spreadsheet."
        ) from None
    if "\x00" in text:
        raise DatasetError(f"'{name}' contains NUL characters: it is a binary file, not text. {_WHAT_TO_DO_BINARY}")
    return text, encoding


def _guess_encoding(raw: bytes) -> str | None:
    """An encoding that decodes ``raw`` cleanly: Big5 (cp950) when it yields CJK text, else cp1252."""
    sample = raw[: 1 << 16]
    try:
        text = sample.decode("cp950")
        if any("\u4e00" <= ch <= "\u9fff" for ch in text):
            return "cp950"
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return None


# --- the shape of the text: delimiter and header -----------------------------------------------


def _nonblank_lines(text: str, limit: int = 50) -> list[str]:
    lines = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
            if len(lines) >= limit:
                break
    return lines


def _field_counts(lines: Sequence[str], delimiter: str) -> list[int]:
    counts = []
    for line in lines:
        try:
            row = next(csv.reader([line], delimiter=delimiter, skipinitialspace=True))
        except (csv.Error, StopIteration):
            row = line.split(delimiter)
        counts.append(len(row))
    return counts


def _consistent(counts: list[int]) -> int:
    """The number of fields when (nearly) every line has the same, > 1; else 0."""
    if not counts:
        return 0
    mode = max(set(counts), key=counts.count)
    if mode > 1 and counts.count(mode) >= 0.9 * len(counts):
        return mode
    return 0


def _sniff_delimiter(lines: Sequence[str]) -> str | None:
    """The first of ``DELIMITERS`` that splits (nearly) every line into the same number (> 1) of fields."""
    for delimiter in DELIMITERS:
        if _consistent(_field_counts(lines, delimiter)):
            return delimiter
    return None


def _other_separator(lines: Sequence[str]) -> str | None:
    """A punctuation character found the same number of times (≥ 1) on every line, if any."""
    candidates = set(string.punctuation) - set(".-+\"'_()[]") - set(DELIMITERS)
    for ch in sorted(candidates):
        counts = {line.count(ch) for line in lines}
        if len(counts) == 1 and counts.pop() >= 1:
            return ch
    return None


def _delimiter_name(delimiter: str) -> str:
    return DELIMITERS.get(delimiter, f"'{delimiter}'")


def _is_number(field: str) -> bool:
    try:
        float(field)
        return True
    except ValueError:
        return False


def _split_line(line: str, delimiter: str) -> list[str]:
    try:
        row = next(csv.reader([line], delimiter=delimiter, skipinitialspace=True))
    except (csv.Error, StopIteration):
        row = line.split(delimiter)
    return [field.strip() for field in row]


@dataclass(frozen=True)
class _Layout:
    delimiter: str
    has_header: bool
    columns: tuple[str, ...]
    skip: int            # lines before the first data row (leading blank lines + header)


def _layout(text: str, name: str, delimiter: str | None, header: bool | None, decimal: str) -> _Layout:
    lines = _nonblank_lines(text)
    if not lines:
        raise DatasetError(f"'{name}' is empty: it holds no rows. A CSV file needs a header line "
                           "(optional) and one line per example, e.g. x1,x2,label.")
    if delimiter is not None:
        if len(delimiter) != 1 or delimiter in "\r\n\"" or delimiter.isalnum() or delimiter == decimal:
            raise DatasetError(
                f"{delimiter!r} cannot be the delimiter: choose one character such as , ; | or tab"
                f"{' different from the decimal mark' if delimiter == decimal else ''}."
            )
        if _consistent(_field_counts(lines, delimiter)) == 0 and max(_field_counts(lines, delimiter)) <= 1:
            found = _sniff_delimiter(lines) or _other_separator(lines)
            if found is not None and found != delimiter:
                raise DatasetError(
                    f"With {_delimiter_name(delimiter)} as the delimiter '{name}' has a single column, "
                    f"but its lines are separated by {_delimiter_name(found)}: choose "
                    f"{_delimiter_name(found)} ({found!r}) as the delimiter."
                )
    else:
        delimiter = _sniff_delimiter(lines)
        if delimiter is None:
            other = _other_separator(lines)
            counts = _field_counts(lines, ",")
            if other is not None:
                raise DatasetError(
                    f"'{name}' seems to be separated by {other!r}, which is not a usual delimiter: "
                    f"choose {other!r} as the delimiter, or save the file comma-separated."
                )
            if max(counts) <= 1:
                raise DatasetError(
                    f"'{name}' has a single column: line 1 is {lines[0][:60]!r}. A dataset needs at "
                    "least one feature column and a label column, separated by commas (or ; tab |)."
                )
            delimiter = ","        # inconsistent lines: the parser names the first bad one
    first = _split_line(lines[0], delimiter)
    if header is None:
        header = not any(_is_number(f) or _is_number(f.replace(decimal, ".")) for f in first if f)
    leading_blank = 0
    for line in text.splitlines():
        if line.strip():
            break
        leading_blank += 1
    if header:
        columns = [f if f else f"column {i + 1}" for i, f in enumerate(first)]
        seen: dict[str, int] = {}
        for i, c in enumerate(columns):
            if c in seen:
                raise DatasetError(
                    f"'{name}': columns {seen[c] + 1} and {i + 1} of the header are both named {c!r}; "
                    "rename one of them."
                )
            seen[c] = i
    else:
        columns = [f"column {i + 1}" for i in range(len(first))]
    if len(columns) > MAX_COLUMNS:
        raise DatasetError(f"'{name}' has {len(columns):,} columns; the limit is {MAX_COLUMNS:,}.")
    return _Layout(delimiter, bool(header), tuple(columns), leading_blank + (1 if header else 0))


_FIELDS_RE = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def _parse(text: str, name: str, layout: _Layout, decimal: str, text_columns: Sequence[int] = ()) -> "pd.DataFrame":
    import pandas as pd

    """Every data row (blank lines become all-missing rows, so row i is line ``skip + i + 1``)."""
    dtype = {i: object for i in text_columns}
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=layout.delimiter,
            header=None,
            names=list(range(len(layout.columns))),
            skiprows=layout.skip,
            skip_blank_lines=False,
            skipinitialspace=True,
            decimal=decimal,
            dtype=dtype or None,
            engine="c",
            quotechar='"',
            low_memory=False,
        )
    except pd.errors.EmptyDataError:
        return pd.DataFrame(columns=list(range(len(layout.columns))))
    except pd.errors.ParserError as exc:
        match = _FIELDS_RE.search(str(exc))
        if match:
            expected, line, saw = match.groups()
            raise DatasetError(
                f"'{name}' line {line} has {saw} fields, but the {'header' if layout.has_header else 'first line'} "
                f"has {expected} (delimiter: {_delimiter_name(layout.delimiter)}). Check that line: an extra "
                "delimiter, or text containing the delimiter that should be in quotes."
            ) from None
        raise DatasetError(f"'{name}' cannot be read as CSV: {str(exc).strip()[:200]}") from None
    except (ValueError, csv.Error, OverflowError, UnicodeError) as exc:
        raise DatasetError(f"'{name}' cannot be read as CSV: {str(exc).strip()[:200]}") from None
    # lines holding nothing but delimiters are blank too
    return frame


# --- public API -------------------------------------------------------------------------------


def preview_csv(
    path: str | Path,
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    header: bool | None = None,
    decimal: str = ".",
    n_rows: int = PREVIEW_ROWS,
) -> CsvPreview:
    """The head of the file, to show before loading. ``None`` options are detected."""
    import pandas as pd

    path = Path(path)
    name = path.name
    raw, complete, size = _read_bytes(path, PREVIEW_BYTES, MAX_BYTES, MAX_ROWS, None, None)
    text, encoding = _checked_text(raw, name, encoding, complete)
    if not complete:
        cut = text.rfind("\n")
        text = text[: cut + 1] if cut > 0 else text
    layout = _layout(text, name, delimiter, header, decimal)
    frame = _parse(text, name, layout, decimal, text_columns=range(len(layout.columns)))
    frame = frame[~frame.isna().all(axis=1)]
    head = frame.head(max(int(n_rows), 0))
    rows = tuple(tuple("" if pd.isna(v) else str(v) for v in row) for row in head.itertuples(index=False))
    numeric = []
    for i in range(len(layout.columns)):
        values = frame[i].dropna().astype(str).str.strip()
        values = values[values != ""]
        if decimal != ".":
            values = values.str.replace(decimal, ".", regex=False)
        numeric.append(bool(len(values)) and bool(pd.to_numeric(values, errors="coerce").notna().all()))
    estimated = len(frame) if complete else int(len(frame) * size / max(len(raw), 1))
    return CsvPreview(
        source=name, size_bytes=size, encoding=encoding, delimiter=layout.delimiter,
        has_header=layout.has_header, columns=layout.columns, numeric=tuple(numeric), rows=rows,
        estimated_rows=estimated, complete=complete,
    )


def _checked_text(raw: bytes, name: str, encoding: str | None, complete: bool) -> tuple[str, str]:
    if not raw.strip():
        raise DatasetError(
            f"'{name}' is empty. A CSV file needs a header line (optional) and one line per example, "
            "e.g. x1,x2,label."
        )
    what = _describe_binary(raw)
    if what is not None:
        raise DatasetError(f"'{name}' is not a CSV text file: it looks like {what}. {_WHAT_TO_DO_BINARY}")
    if not complete:
        # a multi-byte character may be cut at the end of the head: drop the partial line
        cut = raw.rfind(b"\n")
        raw = raw[: cut + 1] if cut > 0 else raw
    return _decode(raw, name, encoding)


def load_csv(
    path: str | Path,
    feature_columns: Sequence[str] | None = None,
    label_column: str | None = None,
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    header: bool | None = None,
    decimal: str = ".",
    drop_missing: bool = False,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TabularData:
    """Load a classification dataset from a CSV file.

    ``label_column`` defaults to the last column; ``feature_columns`` to every other column.
    Column names are the header's, or ``"column 1"``, ``"column 2"`` … without one. Labels may
    be text or numbers; classes are numbered 0…k−1 in sorted order (numerically when every label
    is a number). ``drop_missing`` drops rows with a missing value instead of refusing the file.
    """
    import pandas as pd

    path = Path(path)
    name = path.name
    raw, _, _ = _read_bytes(path, None, max_bytes, max_rows, progress, cancelled)
    text, _ = _checked_text(raw, name, encoding, True)
    del raw
    layout = _layout(text, name, delimiter, header, decimal)
    columns = list(layout.columns)
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
    if cancelled is not None and cancelled():
        raise LoadCancelled(f"Loading '{name}' was cancelled.")
    label_index = columns.index(label_column)
    frame = _parse(text, name, layout, decimal, text_columns=[label_index])
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

    def where(pos: int, column: str) -> str:
        return f"'{name}' line {lines[pos]} (row {pos + 1}), column {column!r}"

    # features: numbers only
    values = np.empty((len(frame), len(feature_columns)), dtype=np.float64)
    missing = np.zeros(len(frame), dtype=bool)
    for j, column in enumerate(feature_columns):
        series = frame[columns.index(column)]
        if series.dtype == bool:
            series = series.astype(np.float64)
        if not pd.api.types.is_numeric_dtype(series.dtype):
            as_text = series.astype(object)
            numbers = pd.to_numeric(as_text, errors="coerce")
            bad = (numbers.isna() & as_text.notna()).to_numpy()
            if bad.any():
                pos = int(np.argmax(bad))
                field = str(as_text.iloc[pos])
                raise DatasetError(f"{where(pos, column)}: {field[:40]!r} is not a number. {_number_hint(field, column, decimal, layout.delimiter)}")
            series = numbers
        column_values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        nan = np.isnan(column_values)
        if not drop_missing:
            _refuse_missing(nan, lambda pos: where(pos, column), "the value")
        missing |= nan
        infinite = np.isinf(column_values)
        if infinite.any():
            pos = int(np.argmax(infinite))
            raise DatasetError(f"{where(pos, column)}: the value is infinite; use a finite number.")
        values[:, j] = column_values

    # the label: text (as written) or numbers; factorise first, strip only the distinct values
    codes, uniques = pd.factorize(frame[label_index].astype(object), use_na_sentinel=True)
    stripped = [str(u).strip() for u in uniques]
    blank_codes = np.array([s == "" for s in stripped] + [True], dtype=bool)  # [-1] = NaN → blank
    label_missing = blank_codes[codes]
    if not drop_missing:
        _refuse_missing(label_missing, lambda pos: where(pos, label_column), "the class label")
    missing |= label_missing
    keep = ~missing
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
            f"{MAX_CLASSES} classes are supported. Is it really the class label (not a measurement)?"
        )
    index = {c: k for k, c in enumerate(class_names)}
    lookup = np.array([index.get(s, -1) for s in stripped] + [-1], dtype=np.int64)
    y = lookup[codes]
    values.flags.writeable = False
    y.flags.writeable = False
    if progress is not None:
        progress(1.0)
    return TabularData(
        X=values, y=y, feature_names=tuple(feature_columns), label_name=label_column,
        class_names=tuple(class_names), source=name, n_dropped=n_dropped,
    )


def _refuse_missing(missing: np.ndarray, where: Callable[[int], str], what: str) -> None:
    """DatasetError naming the first row marked in ``missing`` (``where(row)`` says where it is)."""
    if missing.any():
        pos = int(np.argmax(missing))
        raise DatasetError(
            f"{where(pos)}: {what} is missing. Fill it in, delete the row, or tick "
            "'drop rows with missing values'."
        )


def _names(columns: Sequence[str]) -> str:
    shown = ", ".join(repr(c) for c in columns[:12])
    return shown + (f" … ({len(columns)} in all)" if len(columns) > 12 else "")


def _number_hint(field: str, column: str, decimal: str, delimiter: str) -> str:
    if decimal == "." and re.fullmatch(r"\s*[-+]?\d+,\d+\s*", field) and delimiter != ",":
        return "It uses a decimal comma: choose ',' as the decimal mark."
    return (
        f"Fix or delete that value, or untick {column!r} as a feature if it is a text column "
        "(only the label may be text)."
    )


def _sorted_classes(values) -> list[str]:
    values = [str(v) for v in values]
    try:
        return sorted(values, key=float)
    except ValueError:
        return sorted(values)


__all__ = [
    "CsvPreview", "TabularData", "LoadCancelled", "preview_csv", "load_csv",
    "MAX_BYTES", "MAX_ROWS", "MAX_COLUMNS", "MAX_CLASSES", "MIN_ROWS", "DELIMITERS",
]
