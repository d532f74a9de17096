"""The settings panel: data, input features, and the training hyperparameters.

Every control carries an objectName (tests and checks find widgets by it). The panel is bound
to a :class:`~desktop_nn.document.Document`: a control the user changes changes that one setting
in the document (``document.update``), and the panel shows whatever settings the document holds
(an undo, an opened project, imported data). Input the settings refuse (a learning rate of "abc"
or −1, no input feature ticked) shows a message, changes nothing, and the controls go back to
the document's values: what the panel shows is what trains.
"""

from __future__ import annotations

import math

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.document import DATA, SETTINGS, Change, Document
from desktop_nn.engine.datasets import IRIS_FEATURE_LABELS, IRIS_FEATURES
from desktop_nn.engine.errors import ConfigError
from desktop_nn.training.config import CLASSIC_INITS, FEATURE_LABELS, FEATURES, IMPORTED, RunConfig
from desktop_nn.training.regression import ONE_INPUT_FEATURES, raw_inputs
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.fold import FoldingGroups
from desktop_nn.ui.workbench.setting_names import (
    DATASET_NAMES,
    INIT_NAMES,
    IRIS_CLASS_CHOICES,
    LEARNING_RATE_PRESETS,
    OPTIMIZER_NAMES,
    OUTPUT_NAMES,
    activation_names,
)

COMBO_MIN_CHARACTERS = 9
PER_LAYER, PER_LAYER_ROLE = "per layer", Qt.ItemDataRole.UserRole + 1


def _combo(name: str, items: dict) -> QComboBox:
    c = QComboBox()
    c.setObjectName(name)
    # as wide as the panel allows, but able to shrink on a small screen (the popup shows all)
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    c.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
    for key, text in items.items():
        c.addItem(QCoreApplication.translate("HyperparametersPanel", text), key)
    return c


def _group(title: str, rows) -> QGroupBox:
    """A titled group of (label, field) rows; a row without a label spans both columns."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    for label, field in rows:
        if label is None:
            form.addRow(field)
        else:
            form.addRow(label, field)
    return box


def _select(combo: QComboBox, key) -> None:
    i = combo.findData(key)
    if i >= 0:
        combo.setCurrentIndex(i)


def imported_name(data) -> str:
    """How the user's own data is named in the dataset list: its file's name."""
    return Path(data.source).name if data.source else "data"


class HyperparametersPanel(QWidget):
    """Data, inputs and hyperparameters, bound to a document's settings."""

    # payload: the sentence shown when input is refused
    inputRejected = Signal(str)

    def __init__(self, config: RunConfig | None = None, parent: QWidget | None = None, *,
                 document: Document | None = None):
        """Bound to ``document``; without one (a test, a lone panel) it makes its own from ``config``."""
        super().__init__(parent)
        self.setObjectName("hyperparameters")
        if document is None:
            document = Document((config or RunConfig()).with_fitting_init())
        self.document = document
        config = document.settings
        self._learning_rate = config.learning_rate
        self._m = 100
        self._blocking = True
        self._shown: dict = {}           # the values last shown (the document's)

        # --- data ---
        self.datasetCombo = _combo("datasetCombo", DATASET_NAMES)
        self.irisClassesCombo = _combo("irisClassesCombo", {v: k for k, v in IRIS_CLASS_CHOICES.items()})
        self.irisFeatureX = _combo("irisFeatureX", {f: IRIS_FEATURE_LABELS[f] for f in IRIS_FEATURES})
        self.irisFeatureY = _combo("irisFeatureY", {f: IRIS_FEATURE_LABELS[f] for f in IRIS_FEATURES})
        schema = RunConfig.schema()          # every range below is the one schema's
        self.datasetSize = QSpinBox(objectName="datasetSize", minimum=int(schema["n_samples"][0].low),
                                    maximum=int(schema["n_samples"][0].high), singleStep=20)
        self.noise = QDoubleSpinBox(objectName="noise", minimum=0.0, maximum=schema["noise"][0].high,
                                    singleStep=0.05, decimals=2)
        self.testRatio = QDoubleSpinBox(objectName="testRatio", minimum=0.0, maximum=100 * schema["test_ratio"][0].high,
                                        singleStep=10.0, decimals=1, suffix=" %")
        self.testRatio.setToolTip(self.tr("Share of the data held out as a test set (0 = train on everything, as the chapter does)"))
        data_box = _group(self.tr("Data"), [
            (self.tr("dataset"), self.datasetCombo), (self.tr("Iris classes"), self.irisClassesCombo),
            (self.tr("Iris x₁"), self.irisFeatureX), (self.tr("Iris x₂"), self.irisFeatureY),
            (self.tr("points"), self.datasetSize), (self.tr("noise"), self.noise),
            (self.tr("test share"), self.testRatio)])

        # --- inputs ---
        inputs_box = QGroupBox(self.tr("Input features"))
        grid = QGridLayout(inputs_box)
        self.featureChecks: dict[str, QCheckBox] = {}
        for n, key in enumerate(FEATURES):
            box = QCheckBox(FEATURE_LABELS[key])
            box.setObjectName(f"feature_{key}")
            self.featureChecks[key] = box
            grid.addWidget(box, n // 4, n % 4)
        self.standardizeCheck = QCheckBox(self.tr("standardise  (x − μ) / σ"))
        self.standardizeCheck.setObjectName("standardizeCheck")
        grid.addWidget(self.standardizeCheck, 2, 0, 1, 4)
        # a project made in Python may order its inputs otherwise: W[1]'s columns follow that order
        self.featureOrderLabel = QLabel(objectName="featureOrderLabel")
        self.featureOrderLabel.setWordWrap(True)
        self.featureOrderLabel.hide()
        grid.addWidget(self.featureOrderLabel, 3, 0, 1, 4)

        # --- training ---
        self.learningRate = QComboBox(objectName="learningRate")
        self.learningRate.setEditable(True)
        self.learningRate.addItems(LEARNING_RATE_PRESETS)
        self.learningRate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.learningRate.lineEdit().setValidator(None)   # check ourselves and explain
        self.learningRate.setToolTip(self.tr("Type a value (e.g. 0.03 or 1e-4) and press Enter, or pick a preset"))
        self.learningRateError = QLabel()
        self.learningRateError.setObjectName("learningRateError")
        self.learningRateError.setStyleSheet(f"color: {palette.ERROR}; font-weight: bold;")
        self.learningRateError.setWordWrap(True)
        self.learningRateError.hide()
        self.batchSize = QSpinBox(objectName="batchSize", minimum=1, maximum=100)
        self.batchModeLabel = QLabel(objectName="batchModeLabel")
        self.batchModeLabel.setMinimumWidth(90)
        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batchSize, 1)
        batch_row.addWidget(self.batchModeLabel)
        self.activationCombo = _combo("activationCombo", activation_names())
        self.activationCombo.setToolTip(self.tr("Activation of every hidden layer"))
        self.outputCombo = _combo("outputCombo", OUTPUT_NAMES)
        self.initCombo = _combo("initCombo", INIT_NAMES)
        self.initCombo.setToolTip(self.tr("The single-neuron models start from zeros unless 'small random' is chosen"))
        self.l2Spin = QDoubleSpinBox(objectName="l2Spin", minimum=0.0, maximum=schema["l2"][0].high, decimals=4,
                                     singleStep=0.001)
        self.optimizerCombo = _combo("optimizerCombo", OPTIMIZER_NAMES)
        self.seedSpin = QSpinBox(objectName="seedSpin", minimum=0, maximum=int(schema["seed"][0].high))
        self.epochLimit = QSpinBox(objectName="epochLimit", minimum=0, maximum=int(schema["max_epochs"][0].high),
                                   singleStep=10)
        self.epochLimit.setSpecialValueText(self.tr("no limit"))
        train_box = _group(self.tr("Training"), [
            (self.tr("learning rate η"), self.learningRate), (None, self.learningRateError),
            (self.tr("batch size"), batch_row), (self.tr("hidden activation"), self.activationCombo),
            (self.tr("output / loss"), self.outputCombo), (self.tr("initialiser"), self.initCombo),
            (self.tr("L2 λ"), self.l2Spin), (self.tr("optimiser"), self.optimizerCombo),
            (self.tr("seed"), self.seedSpin), (self.tr("stop after epochs"), self.epochLimit)])

        # stacked one under the other; on a short screen, tabs (see set_compact)
        self.groups = FoldingGroups([data_box, inputs_box, train_box], object_name="settingsTabs")
        self.tabs = self.groups.tabs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.groups)
        layout.addStretch(1)

        self.set_config(config)
        self.set_model(config.model)
        # every control reports through one slot
        for combo in (self.datasetCombo, self.irisClassesCombo, self.irisFeatureX, self.irisFeatureY,
                      self.activationCombo, self.outputCombo, self.initCombo, self.optimizerCombo):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.datasetSize, self.noise, self.testRatio, self.batchSize, self.l2Spin,
                     self.seedSpin, self.epochLimit):
            spin.valueChanged.connect(self._changed)
        for box in (*self.featureChecks.values(), self.standardizeCheck):
            box.toggled.connect(self._changed)
        self.datasetCombo.currentIndexChanged.connect(self._update_enabled)
        self.batchSize.valueChanged.connect(self._update_batch_label)
        self.learningRate.lineEdit().editingFinished.connect(self._on_learning_rate_typed)
        self.learningRate.textActivated.connect(self._on_learning_rate_typed)
        self._blocking = False
        document.observe(self._on_document_changed)

    # --- layout ----------------------------------------------------------------------------------

    @property
    def compact(self) -> bool:
        return self.groups.folded

    def stacked_height(self) -> int:
        """The height the three groups need one under the other."""
        margins = self.layout().contentsMargins()
        return self.groups.stacked_height() + margins.top() + margins.bottom()

    def set_compact(self, compact: bool) -> None:
        """Data, Input features and Training as tabs (a short screen) or one under the other."""
        self.groups.set_folded(compact)

    def reveal(self, widget: QWidget) -> None:
        self.groups.reveal(widget)

    # --- values ----------------------------------------------------------------------------------

    def set_config(self, config: RunConfig) -> None:
        """Show ``config`` in the controls without emitting changes."""
        was, self._blocking = self._blocking, True
        try:
            _select(self.datasetCombo, config.dataset)
            _select(self.irisClassesCombo, tuple(config.iris_classes))
            _select(self.irisFeatureX, config.iris_features[0])
            _select(self.irisFeatureY, config.iris_features[1])
            self.datasetSize.setValue(config.n_samples)
            self.noise.setValue(config.noise)
            self.testRatio.setValue(config.test_ratio * 100)
            for key, box in self.featureChecks.items():
                box.setChecked(key in config.features)
            canonical = tuple(k for k in FEATURES if k in config.features)
            self.featureOrderLabel.setVisible(tuple(config.features) != canonical)
            self.featureOrderLabel.setText(self.tr("inputs in this order: {}").format(
                ", ".join(FEATURE_LABELS[k] for k in config.features)))
            self.standardizeCheck.setChecked(config.standardize)
            self.set_learning_rate(config.learning_rate)
            if config.batch_size is None:
                self.batchSize.setValue(self.batchSize.maximum())
            else:
                self.batchSize.setValue(config.batch_size)
            self._show_activation(config.hidden_activation)
            _select(self.outputCombo, config.output)
            _select(self.initCombo, config.init)
            self.l2Spin.setValue(config.l2)
            _select(self.optimizerCombo, config.optimizer)
            self.seedSpin.setValue(config.seed)
            self.epochLimit.setValue(config.max_epochs)
        finally:
            self._blocking = was
        self._update_enabled()
        self._update_batch_label()
        self._shown = self.values()

    def _show_activation(self, activation) -> None:
        """One activation for every hidden layer, or (a project made in Python) one per layer,
        shown as an entry of its own."""
        combo = self.activationCombo
        per_layer = combo.findData(PER_LAYER, role=PER_LAYER_ROLE)
        if per_layer >= 0:
            combo.removeItem(per_layer)
        names = (activation,) if isinstance(activation, str) else tuple(activation)
        if len(set(names)) <= 1:
            _select(combo, names[0] if names else "tanh")
            return
        combo.addItem(self.tr("per layer: {}").format(", ".join(names)), tuple(names))
        combo.setItemData(combo.count() - 1, PER_LAYER, PER_LAYER_ROLE)
        combo.setCurrentIndex(combo.count() - 1)

    def set_imported(self, name: str | None) -> None:
        """Offer the user's own data in the dataset list ("imported"), or withdraw it (None)."""
        was, self._blocking = self._blocking, True
        try:
            i = self.datasetCombo.findData(IMPORTED)
            if name is None:
                if i >= 0:
                    self.datasetCombo.removeItem(i)
            else:
                text = self.tr("Imported: {}").format(name)
                if i >= 0:
                    self.datasetCombo.setItemText(i, text)
                else:
                    self.datasetCombo.addItem(text, IMPORTED)
        finally:
            self._blocking = was
        self._update_enabled()

    def values(self) -> dict:
        """The RunConfig fields this panel owns."""
        features = tuple(k for k, box in self.featureChecks.items() if box.isChecked())
        batch = self.batchSize.value()
        return dict(
            dataset=self.datasetCombo.currentData(),
            iris_classes=tuple(self.irisClassesCombo.currentData()),
            iris_features=(self.irisFeatureX.currentData(), self.irisFeatureY.currentData()),
            n_samples=self.datasetSize.value(),
            noise=self.noise.value(),
            test_ratio=self.testRatio.value() / 100.0,
            features=features,
            standardize=self.standardizeCheck.isChecked(),
            learning_rate=self._learning_rate,
            batch_size=None if batch >= self.batchSize.maximum() else batch,
            hidden_activation=self.activationCombo.currentData(),
            output=self.outputCombo.currentData(),
            init=self.initCombo.currentData(),
            l2=self.l2Spin.value(),
            optimizer=self.optimizerCombo.currentData(),
            seed=self.seedSpin.value(),
            max_epochs=self.epochLimit.value(),
        )

    def set_learning_rate(self, value: float) -> None:
        self._learning_rate = float(value)
        self.learningRate.setEditText(f"{value:g}")
        self.learningRateError.hide()

    def set_training_size(self, m: int) -> None:
        """The batch size runs from 1 (SGD) to m (batch); stay at m if it was at the maximum."""
        at_max = self.batchSize.value() >= self.batchSize.maximum()
        was, self._blocking = self._blocking, True
        try:
            self._m = m
            self.batchSize.setMaximum(max(1, m))
            if at_max:
                self.batchSize.setValue(self.batchSize.maximum())
        finally:
            self._blocking = was
        self._update_batch_label()
        # a batch size the new maximum clamps is not the user's edit: the document keeps its own
        self._shown["batch_size"] = self.values()["batch_size"]

    def set_model(self, model: str) -> None:
        """Grey out what the single-neuron models do not use (the perceptron learns per sample,
        Adaline GD and logistic regression on the full batch; only Adaline SGD takes a batch size)."""
        classic = model != "network"
        for w in (self.activationCombo, self.outputCombo, self.l2Spin, self.optimizerCombo):
            w.setEnabled(not classic)
        self.batchSize.setEnabled(model in ("network", "adaline_sgd"))
        for key in INIT_NAMES:
            item = self.initCombo.model().item(self.initCombo.findData(key))
            item.setEnabled(not classic or key in CLASSIC_INITS)

    # --- reactions -------------------------------------------------------------------------------

    def _on_document_changed(self, change: Change) -> None:
        if DATA in change:
            data = self.document.imported
            self.set_imported(imported_name(data) if data is not None else None)
        if SETTINGS in change and (change.source is not self or change.adjusted):
            settings = self.document.settings
            self.set_config(settings)
            self.set_model(settings.model)

    def _changed(self, *_args) -> None:
        """The settings the user changed (and only those) go to the document; refused, the
        controls show the document's values again."""
        if self._blocking:
            return
        values = self.values()
        edits = {k: v for k, v in values.items() if v != self._shown.get(k)}
        if not edits:
            return
        try:
            self.document.update(self, merge=True, **edits)
        except ConfigError as exc:
            self.inputRejected.emit(str(exc))
            self.set_config(self.document.settings)
            return
        self._shown = self.values()        # as shown now (the document may have carried out more)

    def _update_enabled(self, *_args) -> None:
        iris = self.datasetCombo.currentData() == "iris"
        own = self.datasetCombo.currentData() == IMPORTED
        for w in (self.irisClassesCombo, self.irisFeatureX, self.irisFeatureY):
            w.setEnabled(iris)
        for w in (self.datasetSize, self.noise):
            w.setEnabled(not iris and not own)
        # one input x to fit (training/regression.py): the features of x₂ cannot be computed
        one_input = raw_inputs(self.datasetCombo.currentData(), self.document.imported) == 1
        for key, box in self.featureChecks.items():
            box.setEnabled(not one_input or key in ONE_INPUT_FEATURES)

    def _update_batch_label(self, *_args) -> None:
        b, m = self.batchSize.value(), self.batchSize.maximum()
        text = self.tr("batch") if b >= m else self.tr("SGD") if b == 1 else self.tr("mini-batch")
        self.batchModeLabel.setText(text)

    def _on_learning_rate_typed(self, *_args) -> None:
        text = self.learningRate.currentText().strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or value <= 0:
            message = self.tr("“{}” is not a learning rate: type a positive number such as 0.01 or 1e-4.").format(text)
            self.learningRateError.setText(message)
            self.reveal(self.learningRateError)
            self.learningRateError.show()
            self.inputRejected.emit(message)
            return
        self.learningRateError.hide()
        if value != self._learning_rate:
            self._learning_rate = value
            self._changed()
