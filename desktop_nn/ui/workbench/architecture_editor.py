"""The network editor: inputs, hidden layers as columns of neurons, the output (QGraphicsView).

(A little over 400 lines: drawing the network and editing it share every coordinate; what it reads
out of a snapshot — heatmaps, hover formulas — is in editor_readouts.py.)

* + / − buttons add and remove hidden layers (0–8) and neurons (1–16 per layer); every edit is a
  change of the document's settings, so Undo/Redo (the document's) walk it back and forth.
* Links are coloured by the weight's sign (blue +, orange −) and thick by |w|, updated live from
  each Snapshot; each neuron shows its own output over the input plane, Playground-style.
* Hovering a neuron shows that heatmap enlarged with its formula, e.g. a[2]₃ = tanh(w·a[1] + b);
  hovering a link shows its weight.
* The model selector also offers the chapter's single-neuron models, drawn as the neuron they are.

The editor is bound to a :class:`~desktop_nn.document.Document`: its buttons and model selector
change the document's settings, and it draws whatever architecture the document holds (an undo,
an opened project). ``architectureChanged`` / ``modelChanged`` say that what is drawn changed.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.document import SETTINGS, Change, Document
from desktop_nn.training.config import MAX_HIDDEN_LAYERS, MAX_NEURONS, RunConfig
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.drawing import repaint_calls, split_rect
from desktop_nn.ui.kit.numbers import vector_text
from desktop_nn.ui.workbench.editor_readouts import CLASSIC_FORMULA, NeuronReadouts, input_label
from desktop_nn.ui.workbench.network_items import (
    NEURON_SIZE,
    ButtonItem,
    LinkItem,
    NeuronItem,
    link_styles,
)

COLUMN_GAP = 190.0
ROW_GAP = 58.0
NARROW_WIDTH = 520           # px: below this the header leaves out "Network"
COMPACT_HEIGHT = 360         # px: below this the hover read-out drops its enlarged heatmap
LINKS_PER_STRIP = 400        # repaint_parts: about this many links drawn per call

MODEL_NAMES = {     # shown through self.tr(); marked here so pyside6-lupdate finds them
    "network": QT_TRANSLATE_NOOP("ArchitectureEditor", "Neural network"),
    "perceptron": QT_TRANSLATE_NOOP("ArchitectureEditor", "Perceptron (Rosenblatt)"),
    "adaline": QT_TRANSLATE_NOOP("ArchitectureEditor", "Adaline, batch GD"),
    "adaline_sgd": QT_TRANSLATE_NOOP("ArchitectureEditor", "Adaline, SGD"),
    "logistic": QT_TRANSLATE_NOOP("ArchitectureEditor", "Logistic regression"),
}


class ArchitectureEditor(NeuronReadouts, QWidget):
    """Draws and edits the network; renders Snapshots."""

    # payload: tuple of hidden-layer sizes, e.g. (4, 2)
    architectureChanged = Signal(tuple)
    # payload: model key ("network", "perceptron", …)
    modelChanged = Signal(str)

    def __init__(self, hidden=(4, 2), model: str = "perceptron", parent: QWidget | None = None, *,
                 document: Document | None = None):
        """Bound to ``document``; without one (a test, a lone editor) it makes its own from
        ``hidden`` and ``model``."""
        super().__init__(parent)
        self.setObjectName("architectureEditor")
        if document is None:
            document = Document(RunConfig(model=model, hidden=tuple(int(n) for n in hidden)).with_fitting_init())
        self.document = document
        self._hidden = document.settings.hidden         # what is drawn
        self._model = model = document.settings.model
        self._input_labels: tuple[str, ...] = ("x₁", "x₂")
        self._n_out = 1
        self._activations: tuple[str, ...] = ()
        self._snapshot = None
        self._heat_time = 0.0
        self.neurons: dict[tuple[int, int], NeuronItem] = {}
        self.links: list[LinkItem] = []
        self._link_styles = np.zeros(0, dtype=np.int64)     # link_styles of what is drawn
        self.neuron_buttons: dict[tuple[int, str], ButtonItem] = {}

        self.modelCombo = QComboBox()
        self.modelCombo.setObjectName("modelCombo")
        for key, name in MODEL_NAMES.items():
            self.modelCombo.addItem(self.tr(name), key)
        self.modelCombo.setCurrentIndex(list(MODEL_NAMES).index(model))
        self.modelCombo.currentIndexChanged.connect(self._on_model_combo)
        # as wide as the header allows, able to shrink on a small screen (the popup shows all)
        self.modelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.modelCombo.setMinimumContentsLength(8)
        self.removeLayerButton = self._tool_button("−", "removeLayerButton", self.tr("Remove the last hidden layer"))
        self.addLayerButton = self._tool_button("+", "addLayerButton", self.tr("Add a hidden layer"))
        self.removeLayerButton.clicked.connect(self.remove_layer)
        self.addLayerButton.clicked.connect(self.add_layer)
        self.weightsLabel = QLabel()
        self.weightsLabel.setObjectName("weightsLabel")
        self.weightsLabel.setFont(palette.number_font())
        self.layerCountLabel = QLabel()
        self.layerCountLabel.setObjectName("layerCountLabel")
        self.layerCountLabel.setFont(palette.font(palette.LABEL_POINT_SIZE, bold=True))
        # on a small screen (1366 or 1280 pixels wide) the weights go on a line of their own under
        # the header (see resizeEvent) instead of squeezing the decision regions out of the window
        self.weightsLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.weightsLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layerCountLabel.setWordWrap(True)      # "2 hidden / layers" when narrow
        header = QHBoxLayout()
        title = self._title = QLabel(self.tr("Network"))
        title.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))

        header.addWidget(title)
        header.addWidget(self.modelCombo)
        header.addWidget(self.weightsLabel, 1)
        header.addStretch(0)               # keeps the buttons right when the weights are below
        header.addWidget(self.removeLayerButton)
        header.addWidget(self.layerCountLabel)
        header.addWidget(self.addLayerButton)

        self.scene = QGraphicsScene(self)
        # links change width every frame, which would rebuild a BSP index before each paint
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.view = QGraphicsView(self.scene)
        self.view.setObjectName("networkView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMouseTracking(True)
        self.view.setBackgroundBrush(QColor(palette.WHITE))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.viewport().installEventFilter(self)

        # hover read-out: the neuron's heatmap and formula, or the link's weight
        self.neuronInfo = QLabel()
        self.neuronInfo.setObjectName("neuronInfo")
        self.neuronInfo.setTextFormat(Qt.TextFormat.RichText)
        self.neuronInfo.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.neuronInfo.setMinimumHeight(40)
        self.neuronInfo.setWordWrap(True)
        self.neuronInfo.setText(self.tr("<i>Point at a neuron to see its formula and its output over the "
                                        "input plane; point at a link to read its weight.</i>"))
        self.neuronHeatmap = QLabel()
        self.neuronHeatmap.setObjectName("neuronHeatmap")
        # reserved (but on a short editor, see resizeEvent): the layout does not jump on hover;
        # it does not count towards the editor's minimum height
        self.neuronHeatmap.setFixedWidth(110)
        self.neuronHeatmap.setMaximumHeight(110)
        self.neuronHeatmap.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        self.neuronHeatmap.setScaledContents(True)
        info = QHBoxLayout()
        info.addWidget(self.neuronHeatmap)
        info.addWidget(self.neuronInfo, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        self._header = header
        self._weights_row = QHBoxLayout()        # holds the weights when the header is too narrow
        layout.addLayout(self._weights_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(info)
        self._rebuild()
        document.observe(self._on_document_changed)

    def _place_weights(self) -> None:
        """The weights in the header if they fit there whole, else on the line below it."""
        in_header = self._header.indexOf(self.weightsLabel) >= 0
        # every item at its natural width; the header counts the weights (an Ignored width) as 0
        needed = self._header.sizeHint().width() + self.weightsLabel.sizeHint().width()
        if not in_header:
            needed += self._header.spacing()
        margins = self.layout().contentsMargins()
        fits = needed <= self.width() - margins.left() - margins.right()
        if fits and not in_header:
            self._weights_row.removeWidget(self.weightsLabel)
            self._header.insertWidget(2, self.weightsLabel, 1)
        elif not fits and in_header:
            self._header.removeWidget(self.weightsLabel)
            self._weights_row.addWidget(self.weightsLabel, 1)

    def _tool_button(self, text, name, tip) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        b.setMinimumSize(36, 36)
        return b

    # --- the architecture ------------------------------------------------------------------------

    def hidden_sizes(self) -> tuple[int, ...]:
        return self._hidden

    def model(self) -> str:
        return self._model

    def set_model(self, model: str) -> None:
        """Switch the document to ``model`` (settings that go with it: see RunConfig.with_model)."""
        if model != self.document.settings.model:
            self.document.set_settings(self.document.settings.with_model(model), self)

    def set_hidden(self, hidden: tuple[int, ...]) -> None:
        """Replace the hidden layers (one undoable edit of the document)."""
        self.document.update(self, hidden=tuple(int(n) for n in hidden))

    def add_layer(self) -> None:
        if self._model != "network" or len(self._hidden) >= MAX_HIDDEN_LAYERS:
            return
        size = self._hidden[-1] if self._hidden else 4
        self.set_hidden(self._hidden + (size,))

    def remove_layer(self) -> None:
        if self._model != "network" or not self._hidden:
            return
        self.set_hidden(self._hidden[:-1])

    def add_neuron(self, layer: int) -> None:
        """Add a neuron to hidden layer ``layer`` (1-based, as in the chapter)."""
        h = list(self._hidden)
        if self._model == "network" and 1 <= layer <= len(h) and h[layer - 1] < MAX_NEURONS:
            h[layer - 1] += 1
            self.set_hidden(tuple(h))

    def remove_neuron(self, layer: int) -> None:
        h = list(self._hidden)
        if self._model == "network" and 1 <= layer <= len(h) and h[layer - 1] > 1:
            h[layer - 1] -= 1
            self.set_hidden(tuple(h))

    def _on_model_combo(self, index: int) -> None:
        self.set_model(self.modelCombo.itemData(index))

    def _on_document_changed(self, change: Change) -> None:
        """Draw the architecture the document now holds."""
        if SETTINGS not in change:
            return
        settings = self.document.settings
        model_changed = settings.model != self._model
        hidden_changed = settings.hidden != self._hidden
        if not (model_changed or hidden_changed):
            return
        self._model, self._hidden = settings.model, settings.hidden
        was = self.modelCombo.blockSignals(True)
        self.modelCombo.setCurrentIndex(list(MODEL_NAMES).index(self._model))
        self.modelCombo.blockSignals(was)
        self._rebuild()
        if hidden_changed:
            self.architectureChanged.emit(self._hidden)
        if model_changed:
            self.modelChanged.emit(self._model)

    # --- snapshots -------------------------------------------------------------------------------

    def update_snapshot(self, snapshot, heatmaps: bool = True) -> None:
        """Show a snapshot: link colours and widths, the weight count, and (unless ``heatmaps``
        is False: the caller will call :meth:`refresh_heatmaps`) the neurons' heatmaps."""
        self._snapshot = snapshot
        # while training, draw fast (no antialiasing); a paused network is drawn smooth
        smooth = not snapshot.running
        if bool(self.view.renderHints() & QPainter.RenderHint.Antialiasing) != smooth:
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        dims = snapshot.layer_dims
        labels = snapshot.data.input_labels
        if labels != self._input_labels or dims[-1] != self._n_out or tuple(snapshot.activations) != self._activations:
            self._input_labels, self._n_out = labels, dims[-1]
            self._activations = tuple(snapshot.activations)
            self._rebuild()
        if tuple(dims) != self._drawn_dims():
            return    # the worker has not built the edited network yet
        params = snapshot.params
        # the links were made layer by layer, row by row: in the order of W1, W2, … ravelled
        weights = np.concatenate([np.asarray(params[f"W{l}"], dtype=np.float64).ravel() for l in range(1, len(dims))])
        with np.errstate(invalid="ignore"):
            scale = max(1.0, float(np.nanmax(np.abs(weights), initial=0.0)))
        styles = link_styles(weights, scale)
        changed = styles != self._link_styles if styles.shape == self._link_styles.shape else np.ones(len(styles), bool)
        for k in np.flatnonzero(changed):
            self.links[k].set_style(int(styles[k]))
        self._link_styles = styles
        if heatmaps:
            self.refresh_heatmaps()
        if "w_" in params:
            text = "w = " + vector_text(params["w_"])
        else:
            text = self.tr("{} weights").format(sum(params[f"W{l}"].size + params[f"b{l}"].size
                                                    for l in range(1, len(dims))))
        if text != self.weightsLabel.text():
            self.weightsLabel.setText(text)
            self._place_weights()            # a longer text may no longer fit in the header

    def repaint_parts(self) -> list:
        """Draw the network now, in vertical strips, one call each: a deep network's thousands of
        links would otherwise stall the GUI for one long paint (a strip per ~LINKS_PER_STRIP)."""
        viewport = self.view.viewport()
        n = max(1, min(len(self._drawn_dims()), -(-len(self.links) // LINKS_PER_STRIP)))
        return repaint_calls(viewport, split_rect(viewport.rect(), n, across=True))

    def _drawn_dims(self) -> tuple[int, ...]:
        hidden = self._hidden if self._model == "network" else ()
        return (len(self._input_labels), *hidden, self._n_out)

    # --- drawing ---------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        network = self._model == "network"
        self.addLayerButton.setEnabled(network and len(self._hidden) < MAX_HIDDEN_LAYERS)
        self.removeLayerButton.setEnabled(network and bool(self._hidden))
        count = len(self._hidden)
        self.layerCountLabel.setText(self.tr("single neuron") if not network
                                     else self.tr("1 hidden layer") if count == 1
                                     else self.tr("{} hidden layers").format(count))
        self._place_weights()                # the header's other texts changed
        self.scene.clear()
        self.neurons.clear()
        self.links.clear()
        self._link_styles = np.zeros(0, dtype=np.int64)
        self.neuron_buttons.clear()
        dims = self._drawn_dims()
        positions: list[list[QPointF]] = []
        tallest = max(dims)
        for l, n in enumerate(dims):
            x = l * COLUMN_GAP
            top = -(n - 1) * ROW_GAP / 2
            positions.append([QPointF(x, top + j * ROW_GAP) for j in range(n)])
        for l in range(1, len(dims)):
            for j, end in enumerate(positions[l]):
                for i, start in enumerate(positions[l - 1]):
                    link = LinkItem(l, j, i, start + QPointF(NEURON_SIZE / 2, 0),
                                    end - QPointF(NEURON_SIZE / 2, 0), self)
                    self.scene.addItem(link)
                    self.links.append(link)
        for l, column in enumerate(positions):
            for j, p in enumerate(column):
                item = NeuronItem(l, j, self)
                item.setPos(p)
                self.scene.addItem(item)
                self.neurons[(l, j)] = item
        label_font = palette.font(palette.TITLE_POINT_SIZE + 1)
        for j, p in enumerate(positions[0]):
            text = self._text(input_label(self._input_labels[j]) if j < len(self._input_labels) else f"x{j + 1}",
                              label_font)
            r = text.boundingRect()
            text.setPos(p.x() - NEURON_SIZE / 2 - 8 - r.width(), p.y() - r.height() / 2)
        header_y = -(tallest - 1) * ROW_GAP / 2 - NEURON_SIZE / 2 - 8
        L = len(dims) - 1
        for l in range(len(dims)):
            x = l * COLUMN_GAP
            if l == 0:
                title = self.tr("inputs")
            elif l == L:
                g = self._activations[-1] if self._activations else ""
                title = (self.tr("output\n{}").format(g) if network
                         else self.tr("{}\n{}").format(self.tr(MODEL_NAMES[self._model]).split(",")[0].split("，")[0], CLASSIC_FORMULA[self._model]))
            else:
                g = self._activations[l - 1] if l - 1 < len(self._activations) else ""
                title = self.tr("layer {}\n{} · {}").format(l, dims[l], g)
            text = self._text(title, palette.font(palette.TITLE_POINT_SIZE, bold=True))
            r = text.boundingRect()
            text.setPos(x - r.width() / 2, header_y - r.height())
            if network and 1 <= l < L:
                for sign, dx, handler, tip in (("−", -20, self.remove_neuron, self.tr("Remove a neuron")),
                                               ("+", 20, self.add_neuron, self.tr("Add a neuron"))):
                    button = ButtonItem(sign, tip)
                    button.setPos(x + dx, header_y - r.height() - 18)
                    button.clicked.connect(lambda handler=handler, l=l: handler(l))
                    button.set_enabled(dims[l] < MAX_NEURONS if sign == "+" else dims[l] > 1)
                    self.scene.addItem(button)
                    self.neuron_buttons[(l, sign)] = button
        rect = self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.scene.setSceneRect(rect)
        self._fit()

    def _text(self, text: str, font: QFont) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(text)
        item.setFont(font)
        item.setBrush(QColor(palette.TEXT))
        self.scene.addItem(item)
        return item

    def _fit(self) -> None:
        rect = self.scene.sceneRect()
        if rect.isEmpty() or self.view.viewport().width() < 10:
            return
        vw, vh = self.view.viewport().width(), self.view.viewport().height()
        scale = min(vw / rect.width(), vh / rect.height(), 1.35)
        self.view.resetTransform()
        self.view.scale(scale, scale)
        self.view.centerOn(rect.center())

    def eventFilter(self, obj, event) -> bool:
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def minimumSizeHint(self):
        # the heading gives way on a narrow editor (see resizeEvent): not part of the minimum
        hint = super().minimumSizeHint()
        if self._title.isVisibleTo(self):
            hint.setWidth(hint.width() - self._title.sizeHint().width() - self._header.spacing())
        return hint

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._place_weights()
        # a short editor (a small screen with the step-through open) keeps the network and the
        # read-out's text, and gives up the enlarged heatmap beside it
        self.neuronHeatmap.setVisible(event.size().height() >= COMPACT_HEIGHT)
        # a narrow one (a 1024-pixel screen) leaves out its heading: the model selector names it
        self._title.setVisible(event.size().width() >= NARROW_WIDTH)
        self._fit()

    def showEvent(self, event):
        super().showEvent(event)
        self._fit()
