"""Finding a CSV text's delimiter and decimal mark from its first lines, for
:mod:`desktop_nn.engine.tabular_read` (``DELIMITERS`` is re-exported by :mod:`desktop_nn.engine.tabular`).

How the delimiter is decided (``sniff_delimiter``), when none is given:

1. A candidate is *consistent* when it splits (nearly, ≥ 90 %) every line into the same number,
   ≥ 2, of fields, as the ``csv`` module splits them (quotes respected). The candidates are tried
   in the order of ``DELIMITERS``: comma, semicolon, tab, vertical bar, space; the decimal mark,
   when it is given, is never one.
2. The first consistent candidate wins — except that a comma loses to a later consistent
   candidate whose fields hold numbers with a decimal comma (``1,5``): in
   ``height;weight\\n1,5;209`` the comma splits every data line in two as well, but the commas sit
   inside the semicolons' fields, as decimal marks. (This holds when the decimal mark is given as
   ``.`` too: the file is still semicolon-separated, and its ``1,5`` is then named as not a number.)

How the decimal mark is decided (``sniff_decimal``), when none is given: a comma-separated text has
a decimal point; otherwise the fields (split by the delimiter) are counted: numbers with a decimal
comma (``1,5``, ``-0,25``, ``,5``, ``1,5e3``) against numbers with a decimal point (``1.5``,
``.5``, ``1.``). More with a comma: decimal comma; else (a tie, or no decimals at all, as in a file
of whole numbers, where the choice makes no difference): decimal point.
"""

from __future__ import annotations

import csv
import re
import string
from typing import Sequence

#: delimiters tried, in this order, when none is given
DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars", " ": "spaces"}

#: a number written with a decimal comma / a decimal point (a whole number is neither)
DECIMAL_COMMA_NUMBER = re.compile(r"[-+]?(\d+,\d+|,\d+)([eE][-+]?\d+)?")
DECIMAL_POINT_NUMBER = re.compile(r"[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?")


def nonblank_lines(text: str, limit: int = 50) -> list[str]:
    """The first ``limit`` lines that hold more than white space."""
    lines = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
            if len(lines) >= limit:
                break
    return lines


def fields(line: str, delimiter: str) -> list[str]:
    """One line's fields as the csv module splits them (a plain split where it cannot)."""
    try:
        return next(csv.reader([line], delimiter=delimiter, skipinitialspace=True))
    except (csv.Error, StopIteration):
        return line.split(delimiter)


def split_line(line: str, delimiter: str) -> list[str]:
    """One line's fields without the white space around them."""
    return [field.strip() for field in fields(line, delimiter)]


def field_counts(lines: Sequence[str], delimiter: str) -> list[int]:
    return [len(fields(line, delimiter)) for line in lines]


def consistent(counts: list[int]) -> int:
    """The number of fields when (nearly) every line has the same, > 1; else 0."""
    if not counts:
        return 0
    mode = max(set(counts), key=counts.count)
    if mode > 1 and counts.count(mode) >= 0.9 * len(counts):
        return mode
    return 0


def _decimal_counts(lines: Sequence[str], delimiter: str) -> tuple[int, int]:
    """(fields that are numbers with a decimal comma, fields that are numbers with a decimal point)."""
    comma = point = 0
    for line in lines:
        for field in split_line(line, delimiter):
            if DECIMAL_COMMA_NUMBER.fullmatch(field):
                comma += 1
            elif DECIMAL_POINT_NUMBER.fullmatch(field):
                point += 1
    return comma, point


def sniff_delimiter(lines: Sequence[str], decimal: str | None = None) -> str | None:
    """The delimiter of ``lines`` (see the module's docstring), or None when no candidate is consistent."""
    found = [d for d in DELIMITERS if d != decimal and consistent(field_counts(lines, d))]
    if not found:
        return None
    if found[0] == ",":
        for delimiter in found[1:]:
            if _decimal_counts(lines, delimiter)[0]:
                return delimiter
    return found[0]


def sniff_decimal(lines: Sequence[str], delimiter: str) -> str:
    """The decimal mark of ``lines`` split by ``delimiter``: ``","`` or ``"."`` (see the module's docstring)."""
    if delimiter == ",":
        return "."
    comma, point = _decimal_counts(lines, delimiter)
    return "," if comma > point else "."


def other_separator(lines: Sequence[str]) -> str | None:
    """A punctuation character found the same number of times (≥ 1) on every line, if any."""
    candidates = set(string.punctuation) - set(".-+\"'_()[]") - set(DELIMITERS)
    for ch in sorted(candidates):
        counts = {line.count(ch) for line in lines}
        if len(counts) == 1 and counts.pop() >= 1:
            return ch
    return None


def delimiter_name(delimiter: str) -> str:
    """The delimiter in words, as messages name it: "commas", "semicolons" … or the character quoted."""
    return DELIMITERS.get(delimiter, f"'{delimiter}'")


def is_number(field: str) -> bool:
    try:
        float(field)
        return True
    except ValueError:
        return False
