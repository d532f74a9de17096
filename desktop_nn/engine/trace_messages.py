"""The step-through's sentences as templates the interface translates (no Qt here).

A :class:`Message` is an English template with ``{named}`` fields and the values to put in them::

    m = Message(TRACE_NOTES["update"], {"alpha": "0.1"})
    str(m)                                     # "One small step downhill: learning rate α = 0.1."
    m.text(QCoreApplication.translate)         # the same sentence in the interface's language

Every template is written once, here, inside ``QT_TRANSLATE_NOOP("Trace", …)``: pyside6-lupdate
finds it there (``resources/translations/*.ts``, context "Trace"), and the UI passes the template
to ``QCoreApplication.translate("Trace", template)`` before filling in the values. A value may
itself be a Message (a loss's name inside a sentence) and is translated the same way. The English
text is the template, so ``str(message)`` — what the engine's tests and the Markdown handout of an
English interface read — is the sentence as it has always been. The numbers are formatted by the
engine before they go into a message; translating never changes them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

CONTEXT = "Trace"

#: ``translate(context, text) -> text``, e.g. ``QCoreApplication.translate``
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks ``text`` for extraction into the translation files; returns it unchanged."""
    return text


def _same(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """One sentence (or part of one) for the student: a template and its fields' values."""

    template: str
    fields: Mapping[str, object] = None  # type: ignore[assignment]
    context: str = CONTEXT           # the translation context the template is marked in

    def text(self, translate: Translate | None = None) -> str:
        """The sentence in the language ``translate`` gives (English without one)."""
        tr = translate or _same
        values = {k: (v.text(tr) if isinstance(v, Message) else v) for k, v in (self.fields or {}).items()}
        return tr(self.context, self.template).format(**values)

    def __str__(self) -> str:
        return self.text()


def message(template: str, **fields) -> Message:
    return Message(template, fields)


def join(parts: Iterable[Message], translate: Translate | None = None) -> str:
    """Parts of one note, each translated, one after the other (each carries its punctuation)."""
    return "".join(p.text(translate) for p in parts)


def name_of(names: Mapping[str, str], key: str) -> Message:
    """A name from one of the tables below as a Message (a key not in the table is shown as it is,
    with "_" read as a space)."""
    return Message(names[key]) if key in names else Message("{name}", {"name": key.replace("_", " ")})


# --- names that go into sentences ------------------------------------------------------------------

LOSS_NAMES = {
    "binary_cross_entropy": QT_TRANSLATE_NOOP("Trace", "binary cross entropy"),
    "categorical_cross_entropy": QT_TRANSLATE_NOOP("Trace", "categorical cross entropy"),
    "squared_error": QT_TRANSLATE_NOOP("Trace", "squared error"),
}
OUTPUT_NAMES = {
    "sigmoid": QT_TRANSLATE_NOOP("Trace", "sigmoid"),
    "softmax": QT_TRANSLATE_NOOP("Trace", "softmax"),
    "linear": QT_TRANSLATE_NOOP("Trace", "linear"),
}
MODEL_NAMES = {                      # the single neurons trace_classic traces
    "perceptron": QT_TRANSLATE_NOOP("Trace", "perceptron"),
    "adaline": QT_TRANSLATE_NOOP("Trace", "adaline"),
    "adaline_sgd": QT_TRANSLATE_NOOP("Trace", "adaline sgd"),
    "logistic": QT_TRANSLATE_NOOP("Trace", "logistic"),
}
PHASE_TITLES = {                     # the Markdown handout's sections
    "forward": QT_TRANSLATE_NOOP("Trace", "Forward"),
    "cost": QT_TRANSLATE_NOOP("Trace", "Cost"),
    "backward": QT_TRANSLATE_NOOP("Trace", "Backward"),
    "update": QT_TRANSLATE_NOOP("Trace", "Update"),
}

# --- the shapes' words ---------------------------------------------------------------------------------

SCALAR = QT_TRANSLATE_NOOP("Trace", "scalar")
ELEMENTWISE = QT_TRANSLATE_NOOP("Trace", "→ {name} (elementwise)")
SUM_ROWS = QT_TRANSLATE_NOOP("Trace", "→ sum over the m columns")
SUM_ALL = QT_TRANSLATE_NOOP("Trace", "→ sum of all entries")
BROADCAST = QT_TRANSLATE_NOOP("Trace", "{name} {shape} is broadcast to {target}: the same column is used "
                                       "for each of the {columns} columns")
NEW = QT_TRANSLATE_NOOP("Trace", "{name} new")          # a parameter after its update: "W[1] new"

# --- the notes under the steps ---------------------------------------------------------------------------

NOTES = {
    # Z[l] = W[l] A[l-1] + b[l]: which rows weigh what, then what b does
    "Z_rows_inputs": QT_TRANSLATE_NOOP("Trace", "Each of the {rows} rows of W[{l}] weighs the {n} inputs; "
                                                "one column per example"),
    "Z_rows_outputs": QT_TRANSLATE_NOOP("Trace", "Each of the {rows} rows of W[{l}] weighs the {n} outputs of "
                                                 "layer {prev}; one column per example"),
    "Z_row_inputs": QT_TRANSLATE_NOOP("Trace", "The one row of W[{l}] weighs the {n} inputs; one column per example"),
    "Z_row_outputs": QT_TRANSLATE_NOOP("Trace", "The one row of W[{l}] weighs the {n} outputs of layer {prev}; "
                                                "one column per example"),
    "Z_broadcast": QT_TRANSLATE_NOOP("Trace", "; b[{l}] is added to every one of the {m} columns (broadcasting)."),
    "Z_end": QT_TRANSLATE_NOOP("Trace", "."),
    # A[l] = g(Z[l])
    "A_applied": QT_TRANSLATE_NOOP("Trace", "{g} is applied to every entry"),
    "A_softmax": QT_TRANSLATE_NOOP("Trace", "{g} is applied to every entry of each column (softmax: the column "
                                            "sums to 1)"),
    "A_cache": QT_TRANSLATE_NOOP("Trace", "; the cache (A[{prev}], W[{l}], b[{l}], Z[{l}]) is kept for the "
                                          "backward pass."),
    "A_prediction": QT_TRANSLATE_NOOP("Trace", "  A[{L}] = Ŷ, the prediction."),
    # the cost and the output's dZ
    "cost_many": QT_TRANSLATE_NOOP("Trace", "The {loss} averaged over the {m} examples: one number that gradient "
                                            "descent makes smaller."),
    "cost_one": QT_TRANSLATE_NOOP("Trace", "The {loss} averaged over the {m} example: one number that gradient "
                                           "descent makes smaller."),
    "dZ_natural": QT_TRANSLATE_NOOP("Trace", "{output} output with {loss}: the chain rule collapses to prediction "
                                             "minus target."),
    "dA_loss": QT_TRANSLATE_NOOP("Trace", "The loss's own derivative: this output and loss are not a natural pair."),
    "dZ_chain": QT_TRANSLATE_NOOP("Trace", "Chain rule through the output activation, entry by entry."),
    "dZ_softmax": QT_TRANSLATE_NOOP("Trace", "Softmax mixes the units of a column, so its Jacobian is applied per "
                                             "column."),
    # a layer's backward steps
    "dW_many": QT_TRANSLATE_NOOP("Trace", "Uses {input} — the input of layer {l} (the slide's summary misprints "
                                          "A[L]ᵀ here); the product sums over the {m} examples."),
    "dW_one": QT_TRANSLATE_NOOP("Trace", "Uses {input} — the input of layer {l} (the slide's summary misprints "
                                         "A[L]ᵀ here); the product sums over the {m} example."),
    "db": QT_TRANSLATE_NOOP("Trace", "The average of each row of dZ: one number per neuron, shaped like b."),
    "dA": QT_TRANSLATE_NOOP("Trace", "The error flows back through the weights W[{l}]ᵀ (not dW[{l}]ᵀ, as the "
                                     "slide's summary misprints)."),
    "dZ_hidden": QT_TRANSLATE_NOOP("Trace", "* multiplies entry by entry: {g}'s slope at each Z[{prev}] scales the "
                                            "error."),
    # the update, and the first step before it is computed
    "update": QT_TRANSLATE_NOOP("Trace", "One small step downhill: learning rate α = {alpha}."),
    "computing": QT_TRANSLATE_NOOP("Trace", "Computing the forward pass…"),
    # the single neurons
    "perceptron_delta": QT_TRANSLATE_NOOP("Trace", "Zero when the sample is classified correctly: the perceptron "
                                                   "then does not move."),
    "adaline_error": QT_TRANSLATE_NOOP("Trace", "Adaline learns from the linear output z."),
    "rows_are_examples": QT_TRANSLATE_NOOP("Trace", "Rows are examples here, as in the classic models' slides."),
}

# --- titles -------------------------------------------------------------------------------------------------

TITLES = {
    "network": QT_TRANSLATE_NOOP("Trace", "{dims} network, m = {m}"),
    "network_example": QT_TRANSLATE_NOOP("Trace", "{dims} network, one example x({i}), m = 1"),
    "classic": QT_TRANSLATE_NOOP("Trace", "{model} on {m} examples"),
}
