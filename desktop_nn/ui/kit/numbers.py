"""Numbers as a student reads them, everywhere the app shows one.

Rounded to what is displayed (what rounds to zero is 0, never 3.175e-16), a true minus sign,
no −0, no trailing noise, powers of ten typeset (7.4 × 10⁸) where a plain number would run long.
A vector is rounded as a whole, to a number of significant digits of its largest entry, so
Adaline's w = [3.2e-16, 0.1, −0.2] reads [0, 0.1, −0.2].
"""

from __future__ import annotations

import math

import numpy as np

MINUS = "\u2212"
_SUPERSCRIPT = str.maketrans("0123456789-+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺")


def superscript(n: int) -> str:
    """A whole number as superscript digits: −3 → "⁻³" (for 10⁻³, 2ⁿ …)."""
    return str(int(n)).translate(_SUPERSCRIPT)


def fmt(x: float, digits: int = 3) -> str:
    """``x`` rounded to ``digits`` decimals, typeset (see the module's docstring)."""
    x = float(x)
    if x != x:  # NaN
        return "NaN"
    if math.isinf(x):
        return ("" if x > 0 else MINUS) + "∞"
    v = round(x, digits)
    if v == 0:
        return "0"
    if abs(v) >= 1e6 or abs(v) < 1e-4:
        mantissa, exponent = f"{v:.2e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        text = f"{mantissa} × 10{superscript(exponent)}"
    else:
        text = f"{v:g}"
    return text.replace("-", MINUS)


def fmt_vec(values, digits: int = 3) -> str:
    return "[" + ", ".join(fmt(v, digits) for v in values) + "]"


def vector_text(values, significant: int = 4) -> str:
    """A vector rounded to ``significant`` digits of its largest entry, e.g. a weight vector."""
    values = np.asarray(values, dtype=float).ravel()
    finite = np.abs(values[np.isfinite(values)])
    top = float(finite.max()) if finite.size else 0.0
    digits = significant - 1 - math.floor(math.log10(top)) if top > 0 else significant
    return fmt_vec(values, max(0, digits))
