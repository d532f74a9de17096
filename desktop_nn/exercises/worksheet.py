"""A printable worksheet of an exercise set, as Markdown or HTML (no Qt).

The worksheet: the title, the seed and the network; the questions numbered, each under what it is
computed from (the network's weights and the example, the flowers of the single neurons), with
its marking rule and room for the answer. Then, on pages of its own, the answer key: one row per
question with its key exactly (``repr`` of the float, so it reads back to the engine's number) and
rounded, and the working.

In HTML the key starts with ``<div style="page-break-before: always">``, which QTextDocument
(the app's PDF export) and browsers honour; the Markdown carries the same ``div``. The Markdown
key is a table a program can read back, :func:`read_markdown_key`::

    | 1 | forward.Z[1][0,0] | -0.194 | −0.194 |
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

from ..engine.trace_messages import QT_TRANSLATE_NOOP, Message, Translate
from .generate import DIFFICULTY_NAMES, ExerciseSet, Given
from .questions import Question
from .wording import answer_text, key_text, matrix_rows, read_key, say

NETWORK_TOPICS = ("forward", "cost", "backward", "update")

SUBTITLE = QT_TRANSLATE_NOOP("Exercises", "Seed {seed} · network n = {dims} · difficulty {difficulty} · "
                                          "{count} questions")
NAME_LINE = QT_TRANSLATE_NOOP("Exercises", "Name:")
QUESTIONS = QT_TRANSLATE_NOOP("Exercises", "Questions")
ANSWER_LINE = QT_TRANSLATE_NOOP("Exercises", "Answer:")
ANSWER_KEY = QT_TRANSLATE_NOOP("Exercises", "Answer key")
KEY_INTRO = QT_TRANSLATE_NOOP("Exercises", "The keys are the app's own numbers for seed {seed}; an answer is "
                                           "right within 1 % of the key (shapes and signs exactly).")
COLUMN_NUMBER = QT_TRANSLATE_NOOP("Exercises", "#")
COLUMN_QUESTION = QT_TRANSLATE_NOOP("Exercises", "question")
COLUMN_KEY = QT_TRANSLATE_NOOP("Exercises", "key")
COLUMN_ROUNDED = QT_TRANSLATE_NOOP("Exercises", "rounded")
WORKING = QT_TRANSLATE_NOOP("Exercises", "Working")
BLANK = "____________________"


def sections(exercise_set: ExerciseSet) -> Iterator[tuple[Given | None, list[tuple[int, Question]]]]:
    """The questions numbered from 1, grouped under the Given they are computed from (in the
    set's order; a question with no Given comes under None)."""
    numbered = list(enumerate(exercise_set.questions, start=1))
    used: set[int] = set()
    for given in exercise_set.givens:
        topics = NETWORK_TOPICS if given.topic == "network" else (given.topic,)
        group = [(n, q) for n, q in numbered if q.topic in topics and n not in used]
        used.update(n for n, _ in group)
        if group:
            yield given, group
    rest = [(n, q) for n, q in numbered if n not in used]
    if rest:
        yield None, rest


def _t(message: Message, translate: Translate | None) -> str:
    return message.text(translate)


def _subtitle(s: ExerciseSet, translate) -> str:
    return _t(say(SUBTITLE, seed=s.seed, dims=list(s.layer_dims), difficulty=say(DIFFICULTY_NAMES[s.difficulty]),
                  count=len(s.questions)), translate)


def matrix_text(name: str, matrix) -> str:
    """``W[1] =`` and the matrix's rows under it (monospace)."""
    return "\n".join([f"{name} ="] + ["  " + row for row in matrix_rows(matrix)])


def side_by_side(blocks: list[str], gap: int = 4) -> str:
    """Blocks of monospace lines set next to each other, their tops aligned."""
    split = [b.splitlines() for b in blocks]
    widths = [max(map(len, lines)) for lines in split]
    height = max(map(len, split))
    rows = []
    for k in range(height):
        parts = [(lines[k] if k < len(lines) else "").ljust(w) for lines, w in zip(split, widths)]
        rows.append((" " * gap).join(parts).rstrip())
    return "\n".join(rows)


def matrices_text(matrices, width: int = 72) -> str:
    """The matrices in pairs (W[l] beside b[l]), as many pairs side by side as fit ``width``
    characters, the lines of pairs one under the other."""
    pairs = [side_by_side([matrix_text(n, m) for n, m in matrices[k:k + 2]], 2) for k in range(0, len(matrices), 2)]
    lines, line, used = [], [], 0
    for pair in pairs:
        w = max(map(len, pair.splitlines()))
        if line and used + 6 + w > width:
            lines.append(side_by_side(line, 6))
            line, used = [], 0
        line.append(pair)
        used += w + (6 if used else 0)
    if line:
        lines.append(side_by_side(line, 6))
    return "\n\n".join(lines)


# --- Markdown ------------------------------------------------------------------------------------

def to_markdown(exercise_set: ExerciseSet, translate: Translate | None = None) -> str:
    """The worksheet as Markdown; the answer key after a page break, as a table."""
    s = exercise_set
    out = [f"# {_t(s.title, translate)}", "", _subtitle(s, translate), "",
           f"{_t(say(NAME_LINE), translate)} {BLANK}", "", f"## {_t(say(QUESTIONS), translate)}", ""]
    for given, group in sections(s):
        if given is not None:
            out += [f"**{_t(given.text, translate)}**", ""]
            if given.matrices:
                out += ["```text", matrices_text(given.matrices), "```", ""]
        for number, q in group:
            out += [f"**{number}.** {_t(q.prompt, translate)}  ", f"*{_t(q.tolerance, translate)}*  ",
                    f"{_t(say(ANSWER_LINE), translate)} {BLANK}", ""]
    out += ['<div style="page-break-before: always"></div>', "", f"## {_t(say(ANSWER_KEY), translate)}", "",
            _t(say(KEY_INTRO, seed=s.seed), translate), ""]
    head = [_t(say(c), translate) for c in (COLUMN_NUMBER, COLUMN_QUESTION, COLUMN_KEY, COLUMN_ROUNDED)]
    out += ["| " + " | ".join(head) + " |", "|---:|---|---|---|"]
    for number, q in enumerate(s.questions, start=1):
        out.append(f"| {number} | `{q.key}` | {key_text(q.answer, q.kind)} | {answer_text(q.answer, q.kind)} |")
    out += ["", f"### {_t(say(WORKING), translate)}", ""]
    for number, q in enumerate(s.questions, start=1):
        working = _t(q.working, translate) if q.working is not None else answer_text(q.answer, q.kind)
        out.append(f"{number}. {working}")
    return "\n".join(out) + "\n"


def read_markdown_key(text: str) -> list[tuple[int, str, str]]:
    """The answer key's rows read back from :func:`to_markdown`'s text: (number, question key,
    the key as written). Read the key with ``wording.read_key(text, kind)``."""
    rows = []
    in_key = False
    for line in text.splitlines():
        if line.startswith("|---:"):
            in_key = True
            continue
        if in_key:
            if not line.startswith("|"):
                break
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rows.append((int(cells[0]), cells[1].strip("`"), cells[2]))
    return rows


def markdown_key_values(text: str, exercise_set: ExerciseSet) -> dict[str, object]:
    """question key → the key read back from the Markdown (by each question's kind)."""
    kinds = {q.key: q.kind for q in exercise_set.questions}
    return {key: read_key(value, kinds[key]) for _, key, value in read_markdown_key(text)}


# --- HTML ----------------------------------------------------------------------------------------

_STYLE = ("body { font-family: sans-serif; font-size: 12pt; } h1 { font-size: 18pt; } h2 { font-size: 15pt; } "
          "pre { font-family: monospace; font-size: 11pt; } td, th { padding: 3px 8px; } "
          ".rule { color: #444444; font-style: italic; }")


def to_html(exercise_set: ExerciseSet, translate: Translate | None = None) -> str:
    """The worksheet as one HTML page; the answer key starts on a new page when printed."""
    s = exercise_set
    e = html.escape

    def t(message):
        return e(_t(message, translate))

    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{t(s.title)}</title>",
           f"<style>{_STYLE}</style></head><body>", f"<h1>{t(s.title)}</h1>",
           f"<p>{e(_subtitle(s, translate))}</p>", f"<p>{t(say(NAME_LINE))} {BLANK}</p>",
           f"<h2>{t(say(QUESTIONS))}</h2>"]
    for given, group in sections(s):
        if given is not None:
            out.append(f"<p><b>{t(given.text)}</b></p>")
            if given.matrices:
                out.append("<pre>" + e(matrices_text(given.matrices)) + "</pre>")
        for number, q in group:
            out.append(f"<p><b>{number}.</b> {t(q.prompt)}<br><span class=\"rule\">{t(q.tolerance)}</span><br>"
                       f"{t(say(ANSWER_LINE))} {BLANK}</p>")
    out += ['<div style="page-break-before: always">', f"<h1>{t(say(ANSWER_KEY))}</h1>",
            f"<p>{t(say(KEY_INTRO, seed=s.seed))}</p>",
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
            "<tr>" + "".join(f"<th>{t(say(c))}</th>" for c in (COLUMN_NUMBER, COLUMN_ROUNDED, WORKING)) + "</tr>"]
    # the printed key names each question by its number, as the sheet does; the exact keys (every
    # digit, the questions' stable names) are the Markdown key's, for a program to check
    for number, q in enumerate(s.questions, start=1):
        working = t(q.working) if q.working is not None else ""
        out.append(f"<tr><td>{number}</td><td><b>{e(answer_text(q.answer, q.kind))}</b></td>"
                   f"<td width=\"60%\">{working}</td></tr>")
    out += ["</table>", "</div>", "</body></html>"]
    return "\n".join(out) + "\n"


def save_markdown(exercise_set: ExerciseSet, path, translate: Translate | None = None) -> Path:
    path = Path(path)
    path.write_text(to_markdown(exercise_set, translate), encoding="utf-8")
    return path


def save_html(exercise_set: ExerciseSet, path, translate: Translate | None = None) -> Path:
    path = Path(path)
    path.write_text(to_html(exercise_set, translate), encoding="utf-8")
    return path
