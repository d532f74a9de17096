"""The step-through as a Markdown handout: :func:`trace_to_markdown` (re-exported by
:mod:`desktop_nn.engine.trace`), in English or — given the interface's ``translate`` — in its
language (the headings, notes and shapes' words; formulas, names and numbers stay as they are)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .trace_messages import PHASE_TITLES, QT_TRANSLATE_NOOP, Message, Translate
from .trace_records import _fmt, dimension_rows, display_name

HEADINGS = {
    "title": QT_TRANSLATE_NOOP("Trace", "One iteration, step by step: {title}"),
    "rate": QT_TRANSLATE_NOOP("Trace", "Learning rate α = {alpha}; m = {m}{batch}; cost J = {cost}."),
    "dimensions": QT_TRANSLATE_NOOP("Trace", "Matrix dimensions"),
    "symbolic": QT_TRANSLATE_NOOP("Trace", "dimensions: {shapes}"),
    "here": QT_TRANSLATE_NOOP("Trace", "here: {shapes}"),
}

if TYPE_CHECKING:
    from .trace_records import Trace


def _md_matrix(a, max_rows: int = 8, max_cols: int = 8) -> str:
    """A matrix as a Markdown table of rounded numbers, elided in the middle like the grid view."""
    a = np.asarray(a, dtype=float)
    if a.ndim == 0:
        return f"`{float(a):.6g}`"
    if a.ndim == 1:
        a = a.reshape(1, -1)

    def pick(n, limit):
        if n <= limit:
            return list(range(n))
        head = limit // 2
        return list(range(head)) + [None] + list(range(n - (limit - 1 - head), n))

    rows, cols = pick(a.shape[0], max_rows), pick(a.shape[1], max_cols)
    head = "| " + " | ".join("⋯" if j is None else str(j + 1) for j in cols) + " |"
    lines = ["|   " + head, "|---" + "|---:" * len(cols) + "|"]
    for i in rows:
        cells = ["⋮" if i is None or j is None else f"{a[i, j]:.4g}" for j in cols]
        lines.append(f"| {'⋮' if i is None else i + 1} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def trace_to_markdown(trace: Trace, batch: str = "", translate: Translate | None = None) -> str:
    """The whole iteration as a Markdown handout: each step's formula, shapes and numbers; its
    words in the language ``translate`` (e.g. ``QCoreApplication.translate``) gives, else English."""
    def say(key: str, **fields) -> str:
        return Message(HEADINGS[key], fields).text(translate)

    out = ["# " + say("title", title=trace.title_text(translate)), ""]
    out.append(say("rate", alpha=f"{trace.learning_rate:g}", m=trace.m, batch=f" ({batch})" if batch else "",
                   cost=f"{trace.cost:.6g}"))
    out += ["", "## " + say("dimensions"), "", "| l | n[l] | W[l] | b[l] | Z[l], A[l], dZ[l] | dW[l] | db[l] |",
            "|---|---|---|---|---|---|---|"]
    for r in dimension_rows(trace.layer_dims, trace.m) if len(trace.layer_dims) > 1 else []:
        out.append(f"| {r['l']} | {r['n[l]']} | {r['W[l]']} | {r['b[l]']} | {r['Z[l]']} | {r['dW[l]']} | {r['db[l]']} |")
    phase = None
    for s in trace:
        if s.phase != phase:
            phase = s.phase
            out += ["", "## " + (Message(PHASE_TITLES[phase]).text(translate) if phase in PHASE_TITLES
                                 else phase.capitalize())]
        out += ["", f"### {s.index + 1}. `{s.formula}`", "",
                "- " + say("symbolic", shapes=f"`{s.equation.symbolic(translate)}`"),
                "- " + say("here", shapes=f"`{s.equation.text(translate)}`")]
        out += [f"- {b}" for b in s.equation.broadcasts(translate)]
        note = s.note_text(translate)
        if note:
            out.append(f"- {note}")
        for name, value in (*s.operands, s.result):
            shape = _fmt((), translate) if np.ndim(value) == 0 else str(tuple(np.shape(value)))
            out += ["", f"**{display_name(name, translate)}** {shape}", "", _md_matrix(value)]
    out.append("")
    return "\n".join(out)
