"""Reading a CSV file for :mod:`desktop_nn.engine.tabular`: its bytes, their encoding, and the
shape of the text (delimiter, decimal mark, header, columns), then pandas' parse of the rows. The
delimiter and the decimal mark are found by :mod:`.tabular_sniff` (how it decides: its docstring).

Each step refuses what it cannot read with a :class:`~desktop_nn.engine.errors.DatasetError`
naming the file and, where there is one, the line: a folder, a file too large or too long, a
binary file (with what it looks like), text that is not in the encoding (with one that would
work), a single column, an unusual separator, duplicate header names, a line with too many fields.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:          # imported where a file is read: pandas costs ~0.5 s of start-up
    import pandas as pd

from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular_sniff import (
    consistent,
    delimiter_name,
    field_counts,
    is_number,
    nonblank_lines,
    other_separator,
    sniff_decimal,
    sniff_delimiter,
    split_line,
)
from desktop_nn.engine.tabular_types import MAX_COLUMNS, NA_STRINGS, LoadCancelled

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


def read_bytes(path: Path, limit: int | None, max_bytes: int, max_rows: int, progress, cancelled) -> tuple[bytes, bool, int]:
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
        chunks, total, newlines, returns = [], 0, 0, 0
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
                    # a line ends in \n, \r\n or a lone \r (old Mac files): pandas reads each
                    # as a row, blank or not, so every one counts before pandas sees them
                    newlines += chunk.count(b"\n")
                    returns += chunk.count(b"\r")
                    lines = max(newlines, returns)
                    if lines > max_rows + 100:
                        raise DatasetError(
                            f"'{name}' has more than {max_rows:,} rows (stopped reading at line "
                            f"{lines:,}; blank lines count too); the limit is {max_rows:,} rows. Use "
                            "a random sample of the rows, e.g. pandas: df.sample(100_000).to_csv(...)."
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


# --- the shape of the text: delimiter, decimal mark and header ---------------------------------


@dataclass(frozen=True)
class Layout:
    """Where the rows are: the delimiter, the decimal mark, the column names, the lines before the first row."""

    delimiter: str
    has_header: bool
    columns: tuple[str, ...]
    skip: int            # lines before the first data row (leading blank lines + header)
    decimal: str = "."


def _check_marks(delimiter: str | None, decimal: str | None) -> None:
    """Refuse a delimiter or decimal mark that cannot be one (or the same character for both)."""
    if decimal is not None and (len(decimal) != 1 or decimal in "\r\n\"" or decimal.isalnum()):
        raise DatasetError(f"{decimal!r} cannot be the decimal mark: choose '.' or ','.")
    if delimiter is not None and (len(delimiter) != 1 or delimiter in "\r\n\"" or delimiter.isalnum()
                                  or delimiter == decimal):
        raise DatasetError(
            f"{delimiter!r} cannot be the delimiter: choose one character such as , ; | or tab"
            f"{' different from the decimal mark' if delimiter == decimal else ''}."
        )


def _detected_delimiter(lines: list[str], name: str, decimal: str | None) -> str:
    """The delimiter found in ``lines``, or the DatasetError that says why there is none."""
    delimiter = sniff_delimiter(lines, decimal)
    if delimiter is not None:
        return delimiter
    if decimal == "," and consistent(field_counts(lines, ",")):
        raise DatasetError(
            f"'{name}' is separated by commas, so its decimal mark cannot be a comma: choose '.' "
            "(or auto) as the decimal mark."
        )
    other = other_separator(lines)
    if other is not None:
        raise DatasetError(
            f"'{name}' seems to be separated by {other!r}, which is not a usual delimiter: "
            f"choose {other!r} as the delimiter, or save the file comma-separated."
        )
    if max(field_counts(lines, ",")) <= 1 and max(field_counts(lines, ";")) <= 1:
        raise DatasetError(
            f"'{name}' has a single column: line 1 is {lines[0][:60]!r}. A dataset needs at "
            "least one feature column and a label column, separated by commas (or ; tab |)."
        )
    # inconsistent lines: the parser names the first bad one
    return ";" if decimal == "," or max(field_counts(lines, ",")) <= 1 else ","


def sniff_layout(text: str, name: str, delimiter: str | None, header: bool | None,
                 decimal: str | None = ".") -> Layout:
    """The text's layout; ``None`` for the delimiter, the decimal mark or the header means: detect
    it (how: :mod:`.tabular_sniff`)."""
    _check_marks(delimiter, decimal)
    lines = nonblank_lines(text)
    if not lines:
        raise DatasetError(f"'{name}' is empty: it holds no rows. A CSV file needs a header line "
                           "(optional) and one line per example, e.g. x1,x2,label.")
    if delimiter is not None:
        if consistent(field_counts(lines, delimiter)) == 0 and max(field_counts(lines, delimiter)) <= 1:
            found = sniff_delimiter(lines, decimal) or other_separator(lines)
            if found is not None and found != delimiter:
                raise DatasetError(
                    f"With {delimiter_name(delimiter)} as the delimiter '{name}' has a single column, "
                    f"but its lines are separated by {delimiter_name(found)}: choose "
                    f"{delimiter_name(found)} ({found!r}) as the delimiter."
                )
    else:
        delimiter = _detected_delimiter(lines, name, decimal)
    if decimal is None:
        decimal = sniff_decimal(lines, delimiter)
    first = split_line(lines[0], delimiter)
    if header is None:
        header = not any(is_number(f) or is_number(f.replace(decimal, ".")) for f in first if f)
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
    return Layout(delimiter, bool(header), tuple(columns), leading_blank + (1 if header else 0), decimal)


_FIELDS_RE = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def parse(text: str, name: str, layout: Layout, text_columns: Sequence[int] = (),
          literal_columns: Sequence[int] = ()) -> "pd.DataFrame":
    """Every data row (blank lines become all-missing rows, so row i is line ``skip + i + 1``).

    ``text_columns`` are read as text; ``literal_columns`` keep every value as written (only an
    empty field is missing): a class may be called "NA" or "None". Elsewhere pandas' missing
    markers (NA_STRINGS) are missing values."""
    import pandas as pd

    dtype = {i: object for i in text_columns}
    literal = set(literal_columns)
    na_values = {i: ([""] if i in literal else sorted(NA_STRINGS)) for i in range(len(layout.columns))}
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=layout.delimiter,
            header=None,
            names=list(range(len(layout.columns))),
            skiprows=layout.skip,
            skip_blank_lines=False,
            skipinitialspace=True,
            decimal=layout.decimal,
            keep_default_na=False,
            na_values=na_values,
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
                f"has {expected} (delimiter: {delimiter_name(layout.delimiter)}). Check that line: an extra "
                "delimiter, or text containing the delimiter that should be in quotes."
            ) from None
        raise DatasetError(f"'{name}' cannot be read as CSV: {str(exc).strip()[:200]}") from None
    except (ValueError, csv.Error, OverflowError, UnicodeError) as exc:
        raise DatasetError(f"'{name}' cannot be read as CSV: {str(exc).strip()[:200]}") from None
    # lines holding nothing but delimiters are blank too
    return frame


def checked_text(raw: bytes, name: str, encoding: str | None, complete: bool) -> tuple[str, str]:
    """(text, encoding used) of a file's bytes, refusing an empty or binary file first."""
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

