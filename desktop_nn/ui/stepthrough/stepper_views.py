"""The step-through's overviews: the timeline, the dimensions table and the corrected summary slide.

* :class:`StepTimeline` — every step of the trace in four groups (forward propagation, cost,
  backward propagation, update); a click emits ``stepClicked(index)``.
* :class:`DimensionsTable` — the chapter's "matrix dimensions" slide for the loaded network: one
  row per layer l = 1..L with n[l] and the shapes of W[l], b[l], Z[l], A[l], dW[l], db[l]; the
  current step's layer is selected.
* :func:`summary_html` — the chapter's "Summary of Forward/Backward Computations" slide for this
  network, with its typos corrected, each line a link ``step:<index>`` to its step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.engine.trace import PHASES, dimension_rows
from desktop_nn.ui.kit import palette

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)
TABLE_POINT_SIZE = 17
COLUMNS = ("l", "n[l]", "W[l]", "b[l]", "Z[l]", "A[l]", "dW[l]", "db[l]")
SYMBOLIC = {
    "l": QT_TRANSLATE_NOOP("DimensionsTable", "layer"), "n[l]": QT_TRANSLATE_NOOP("DimensionsTable", "units"),
    "W[l]": "(n[l],n[l−1])", "b[l]": "(n[l], 1)", "Z[l]": "(n[l], m)",
    "A[l]": "(n[l], m)", "dW[l]": "(n[l],n[l−1])", "db[l]": "(n[l], 1)",
}
HEADER_POINT_SIZE = 16
CORRECTION = "#B34700"


class StepTimeline(QTreeWidget):
    # payload: index of the clicked step
    stepClicked = Signal(int)

    TITLES = {"forward": QT_TRANSLATE_NOOP("StepTimeline", "Forward propagation"),
              "cost": QT_TRANSLATE_NOOP("StepTimeline", "Cost"),
              "backward": QT_TRANSLATE_NOOP("StepTimeline", "Backward propagation"),
              "update": QT_TRANSLATE_NOOP("StepTimeline", "Update")}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepTimeline")
        self.setHeaderHidden(True)
        self.setFont(palette.font(13))
        self.setMinimumWidth(280)
        self.itemClicked.connect(self._on_clicked)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._items: list[QTreeWidgetItem] = []

    def clear_steps(self) -> None:
        self.clear()
        self._items, self._groups = [], {}
        for phase in PHASES:
            group = QTreeWidgetItem([self.tr(self.TITLES[phase])])
            f = group.font(0)
            f.setBold(True)
            group.setFont(0, f)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(group)
            group.setExpanded(True)
            self._groups[phase] = group

    def add_step(self, step) -> None:
        if not self._groups:
            self.clear_steps()
        text = step.formula.split("   ")[0].replace(", axis=1, keepdims=True)", ")").replace("np.sum(", "Σ(")
        item = QTreeWidgetItem([f"{step.index + 1}. {text}"])
        item.setData(0, Qt.ItemDataRole.UserRole, step.index)
        item.setToolTip(0, step.formula)
        self._groups[step.phase].addChild(item)
        self._items.append(item)

    def select(self, index: int) -> None:
        if 0 <= index < len(self._items):
            self.setCurrentItem(self._items[index])
            self.scrollToItem(self._items[index])

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is not None:
            self.stepClicked.emit(int(index))


class DimensionsTable(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dimensionsPage")
        self.caption = QLabel()
        self.caption.setObjectName("dimensionsCaption")
        self.caption.setFont(palette.font(18, bold=True))
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("dimensionsTable")
        self.table.setFont(palette.font(TABLE_POINT_SIZE))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setFont(palette.font(HEADER_POINT_SIZE, bold=True))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for c in (0, 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumHeight(70)
        self.table.setHorizontalHeaderLabels([f"{c}\n{translate('DimensionsTable', SYMBOLIC[c])}" for c in COLUMNS])
        self.table.setStyleSheet(
            f"QTableWidget {{ gridline-color: {palette.GRID_LINE}; color: {palette.TEXT}; }}"
            f"QTableWidget::item:selected {{ background: {palette.YELLOW}; color: {palette.TEXT}; }}")
        self.footer = QLabel()
        self.footer.setObjectName("dimensionsFooter")
        self.footer.setFont(palette.font(15))
        self.footer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)

    def set_network(self, layer_dims, m: int, batch_text: str = "") -> None:
        rows = dimension_rows(layer_dims, m)
        self.caption.setText(
            translate("DimensionsTable", "Matrix dimensions of the {} network").format('-'.join(map(str, layer_dims)))
            + f" &nbsp; (L = {len(layer_dims) - 1}, n<sup>[0]</sup> = {layer_dims[0]}, m = {m}"
            + (f", {batch_text}" if batch_text else "") + ")")
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(COLUMNS):
                item = QTableWidgetItem(row[key])
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if key in ("l", "n[l]"):
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.table.setItem(r, c, item)
            self.table.setRowHeight(r, 44)
        self.footer.setText(translate(
            "DimensionsTable", "Z, A and dZ have one column per example; b[l] (n[l], 1) is broadcast across the m "
            "columns when it is added to W[l] A[l−1]. dW[l] always has the shape of W[l], and db[l] that of b[l]."))

    def select_layer(self, layer: int) -> None:
        if 1 <= layer <= self.table.rowCount():
            self.table.selectRow(layer - 1)
        else:
            self.table.clearSelection()

    def cell(self, layer: int, column: str) -> str:
        return self.table.item(layer - 1, COLUMNS.index(column)).text()


def _index(steps, phase, layer, key):
    for s in steps:
        if s.phase == phase and s.layer == layer and s.key == key:
            return s.index
    return None


def _line(index, rich, shape="", note="") -> str:
    link = f'<a href="step:{index}" style="color:{palette.TEXT}; text-decoration:none">{rich}</a>' \
        if index is not None else rich
    extra = f' <span style="color:{palette.MUTED_TEXT}; font-size:15pt">{shape}</span>' if shape else ""
    fix = f'<br><span style="color:{CORRECTION}; font-size:14pt">✎ {note}</span>' if note else ""
    return f'<p style="margin:4px 0">{link}{extra}{fix}</p>'


def summary_html(steps, layer_dims, activations) -> str:
    """The summary slide for this network, corrected; every formula links to its step."""
    L = len(layer_dims) - 1

    def s(l, T=""):
        return f"<sup>[{l}]{T}</sup>"

    def prev(l, T=""):
        return f"X<sup>{T}</sup>" if l == 1 and T else ("X" if l == 1 else f"A{s(l - 1, T)}")

    fwd = []
    for l in range(1, L + 1):
        fwd.append(_line(_index(steps, "forward", l, "Z"), f"Z{s(l)} = W{s(l)} {prev(l)} + b{s(l)}",
                         f"({layer_dims[l]}, m)"))
        tail = " = Ŷ" if l == L else ""
        fwd.append(_line(_index(steps, "forward", l, "A"),
                         f"A{s(l)} = g{s(l)}(Z{s(l)}){tail}", f"g{s(l)} = {activations[l - 1]}"))
    back = [_line(_index(steps, "cost", L, "J"), "J = <sup>1</sup>&frasl;<sub>m</sub> Σ L(ŷ, y)", translate("Trace", "scalar"))]
    back.append(_line(_index(steps, "backward", L, "dZ"), f"dZ{s(L)} = A{s(L)} − Y", f"({layer_dims[L]}, m)"))
    for l in range(L, 0, -1):
        if l < L:
            note = ""
            if l == L - 1:
                note = translate("StepSummary", "the slide prints {printed}: it is the weights {weights} and the slope of "
                                 "layer {layer}'s own activation").format(
                    printed=f"dW{s(L, 'T')} and g′{s(L)}", weights=f"W{s(L, 'T')}", layer=L - 1)
            elif l == 1:
                note = translate("StepSummary", "the slide prints {printed}: it is {right}").format(
                    printed=f"dW{s('L', 'T')} dZ{s(2)}", right=f"W{s(2, 'T')} dZ{s(2)}")
            back.append(_line(_index(steps, "backward", l, "dA"),
                              f"dZ{s(l)} = W{s(l + 1, 'T')} dZ{s(l + 1)} ∗ g{s(l)}′(Z{s(l)})",
                              f"({layer_dims[l]}, m)", note))
        note = ""
        if l == L:
            note = translate("StepSummary", "the slide prints {printed}: the input of layer {layer} is {input}, so {right}").format(
                printed=f"A{s(L, 'T')}", layer=L, input=f"A{s(L - 1)}", right=f"A{s(L - 1, 'T')}")
        elif l == 1:
            note = translate("StepSummary", "the slide prints {printed}: the input of layer {layer} is {input}, so {right}").format(
                printed=f"A{s(1, 'T')}", layer=1, input=f"A{s(0)} = X", right="X<sup>T</sup>")
        back.append(_line(_index(steps, "backward", l, "dW"),
                          f"dW{s(l)} = <sup>1</sup>&frasl;<sub>m</sub> dZ{s(l)} {prev(l, 'T') if l > 1 else 'X<sup>T</sup>'}",
                          f"({layer_dims[l]}, {layer_dims[l - 1]})", note))
        back.append(_line(_index(steps, "backward", l, "db"),
                          f"db{s(l)} = <sup>1</sup>&frasl;<sub>m</sub> np.sum(dZ{s(l)}, axis=1, keepdims=True)",
                          f"({layer_dims[l]}, 1)"))
    upd = []
    for l in range(1, L + 1):
        upd.append(_line(_index(steps, "update", l, "W"), f"W{s(l)} := W{s(l)} − α dW{s(l)}"))
        upd.append(_line(_index(steps, "update", l, "b"), f"b{s(l)} := b{s(l)} − α db{s(l)}"))
    head = f'style="font-size:20pt; color:{palette.TEXT}"'
    return (
        f'<div style="font-size:19pt; color:{palette.TEXT}">'
        f'<p style="font-size:15pt; color:{palette.MUTED_TEXT}">'
        + translate("StepSummary", "The chapter's summary slide for this network, with its typos corrected (✎). Click a "
                    "formula to go to its step; ∗ multiplies entry by entry.") + '</p>'
        f'<table width="100%" cellspacing="12"><tr>'
        f'<td valign="top" width="45%"><p {head}><b>' + translate("StepTimeline", "Forward propagation")
        + f'</b></p>{"".join(fwd)}'
        f'<p {head}><b>' + translate("StepTimeline", "Update") + '</b> &nbsp;'
        + translate("StepSummary", "(α = learning rate)") + f'</p>{"".join(upd)}</td>'
        f'<td valign="top"><p {head}><b>' + translate("StepTimeline", "Backward propagation")
        + f'</b></p>{"".join(back)}</td>'
        f'</tr></table></div>'
    )


def classic_summary_html(steps, kind: str) -> str:
    """A single neuron's rule as the slides write it; each formula links to its first step.
    ``kind`` is the model's name as shown ("perceptron", or its translation)."""
    seen, lines = set(), []
    for step in steps:
        if step.key not in seen:
            seen.add(step.key)
            lines.append(_line(step.index, step.rich))
    return (f'<div style="font-size:19pt; color:{palette.TEXT}">'
            f'<p style="font-size:15pt; color:{palette.MUTED_TEXT}">'
            + translate("StepSummary", "The {} as the chapter writes it (rows are examples, w_[0] is the bias). Click a "
                        "formula to go to its step.").format(kind) + f'</p>{"".join(lines)}</div>')
