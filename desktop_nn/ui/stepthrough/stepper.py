"""The step-through pane: one iteration of forward and backward propagation, formula by formula.

    pane = StepperPane()                       # objectName "stepper"
    pane.attach_editor(window.editor)          # optional: the editor highlights the current layer
    pane.load(network.copy(), X, Y, 0.1)       # X (n[0], m), Y (n[L], m), the chapter's columns
    pane.updateApplied.connect(...)            # the parameters after the update steps

Navigation: First / Previous / Next / Last buttons, ← → (and Home / End) while the pane has the
focus, Auto-play at a chosen speed, the timeline (grouped forward / cost / backward / update) and
the summary's links. The batch box chooses all m examples, one mini-batch of consecutive
columns, or one example (m = 1, the chapter's non-vectorised notation).

The trace is built in a worker thread (``trace_worker``): the first step is on screen as soon as
the forward pass is done and the pane never waits for the backward pass. When the user reaches
the last update step, ``updateApplied`` carries the new parameters (the numbers
``Network.update`` gives); Next from there starts the next iteration from them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.engine.errors import DesktopNNError
from desktop_nn.engine.trace import preview_first_step, trace_to_markdown
from desktop_nn.training.runs import build_run, slide_targets
from desktop_nn.ui.kit import palette
from desktop_nn.ui.stepthrough.batch_chooser import BatchChooser
from desktop_nn.ui.workbench.editor_highlight import EditorHighlighter
from desktop_nn.ui.stepthrough.step_page import StepPage
from desktop_nn.ui.stepthrough.stepper_views import DimensionsTable, StepTimeline, classic_summary_html, summary_html
from desktop_nn.ui.stepthrough.trace_worker import TraceRunner

NAV_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)
LARGE_M = 4096        # above this many examples the pane starts on a mini-batch of 256


class StepperPane(QWidget):
    # payload: layer l (0 = inputs), the 0-based neurons of that layer the current step involves
    highlightRequested = Signal(int, list)
    # payload: {"W1": …, "b1": …} read-only copies of the parameters after the update steps
    updateApplied = Signal(object)
    # payload: index of the step now shown
    stepChanged = Signal(int)
    # payload: the complete Trace
    traceReady = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepper")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._network = None
        self._classic: str | None = None      # "perceptron", "adaline", … when tracing a single neuron
        self._w = None                        # the single neuron's w_ (w_[0] the bias)
        self._dims: tuple[int, ...] = ()
        self._X = self._Y = None
        self._lr = 0.1
        self._steps: list = []
        self._trace = None
        self._index = -1
        self._wanted = 0              # the step to show once it has been computed
        self._applied = False
        self._m = 0
        self._batch_text = ""
        self._highlighter: EditorHighlighter | None = None
        self.runner = TraceRunner(self)
        self.runner.stepReady.connect(self._on_step)
        self.runner.traceReady.connect(self._on_trace)
        self.runner.failed.connect(self._on_failed)
        self.autoTimer = QTimer(self)
        self.autoTimer.timeout.connect(self._auto_step)
        self._build_ui()
        self._install_key_filter(self)
        self.page.show_message(self.tr("Press Step-through to trace one iteration of the network."))

    # --- UI ------------------------------------------------------------------------------------

    def _button(self, text, name, tip, slot) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        b.setMinimumHeight(40)
        b.clicked.connect(slot)
        return b

    def _build_ui(self) -> None:
        self.firstButton = self._button("|◀ First", "firstStepButton", self.tr("First step (Home)"), self.first)
        self.previousButton = self._button("◀ Previous", "previousStepButton", self.tr("Previous step (←)"), self.previous)
        self.nextButton = self._button("Next ▶", "nextStepButton", self.tr("Next step (→)"), self.next)
        self.lastButton = self._button("Last ▶|", "lastStepButton", self.tr("Last step (End)"), self.last)
        self.autoButton = self._button("▶ Auto-play", "autoPlayButton", self.tr("Step automatically"), self._toggle_auto)
        self.autoButton.setCheckable(True)
        self.speedSpin = QDoubleSpinBox()
        self.speedSpin.setObjectName("autoPlaySpeed")
        self.speedSpin.setRange(0.25, 10.0)
        self.speedSpin.setSingleStep(0.25)
        self.speedSpin.setValue(1.0)
        self.speedSpin.setSuffix(self.tr(" steps/s"))
        self.speedSpin.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.speedSpin.valueChanged.connect(self._on_speed)
        self.counterLabel = QLabel("—")
        self.counterLabel.setObjectName("stepCounter")
        self.counterLabel.setFont(palette.number_font())
        self.batchChooser = BatchChooser()
        self.batchChooser.batchChanged.connect(self._on_batch_changed)
        self.batchCombo = self.batchChooser.combo          # for tests and the main window
        self.pngButton = self._button(self.tr("Save PNG…"), "exportPngButton",
                                      self.tr("Save the current step as an image"), self._ask_png)
        self.markdownButton = self._button(self.tr("Save Markdown…"), "exportMarkdownButton",
                                           self.tr("Save the whole iteration as a Markdown handout"), self._ask_markdown)
        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("stepperStatus")
        self.statusLabel.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.statusLabel.setStyleSheet(f"color: {palette.MUTED_TEXT};")

        nav = QHBoxLayout()
        for w in (self.firstButton, self.previousButton, self.nextButton, self.lastButton, self.autoButton,
                  self.speedSpin, self.counterLabel):
            nav.addWidget(w)
        nav.addStretch(1)
        nav.addWidget(self.batchChooser)

        self.timeline = StepTimeline()
        self.timeline.stepClicked.connect(self.go)

        self.page = StepPage()
        self.dimensions = DimensionsTable()
        self.summary = QTextBrowser()
        self.summary.setObjectName("summaryView")
        self.summary.setOpenLinks(False)
        self.summary.setOpenExternalLinks(False)
        self.summary.anchorClicked.connect(self._on_summary_link)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stepperTabs")
        self.tabs.tabBar().setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        self.tabs.addTab(self.page, self.tr("Step"))
        self.tabs.addTab(self.dimensions, self.tr("Dimensions"))
        self.tabs.addTab(self.summary, self.tr("Summary"))
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 2)
        corner_row.addWidget(self.pngButton)
        corner_row.addWidget(self.markdownButton)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("stepperSplitter")
        split.addWidget(self.timeline)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 1400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(nav)
        layout.addWidget(split, 1)
        layout.addWidget(self.statusLabel)
        self._update_buttons()

    # --- keys: ← → Home End, even where the main window binds → to its own Step ----------------

    def _install_key_filter(self, widget: QWidget) -> None:
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            # spin boxes keep ← → for their text; every other child steps the pane
            if not isinstance(child, QAbstractSpinBox) and not isinstance(child.parent(), QAbstractSpinBox):
                child.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        t = event.type()
        if t in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.key() in NAV_KEYS \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if t == QEvent.Type.ShortcutOverride:
                event.accept()           # a key press for this pane, not a window shortcut
                return True
            {Qt.Key.Key_Left: self.previous, Qt.Key.Key_Right: self.next,
             Qt.Key.Key_Home: self.first, Qt.Key.Key_End: self.last}[event.key()]()
            return True
        return super().eventFilter(obj, event)

    # --- loading ---------------------------------------------------------------------------------

    def load(self, network, X, Y, learning_rate) -> None:
        """Trace one iteration of ``network`` (a copy the pane may keep) on X (n[0], m), Y (n[L], m)."""
        self._network, self._lr = network, float(learning_rate)
        self._classic, self._w, self._dims = None, None, tuple(network.layer_dims)
        self._start(np.asarray(X), np.asarray(Y))

    def load_classic(self, kind: str, w_, X_rows, y, learning_rate) -> None:
        """Trace a single-neuron model as the slides write it: rows are examples, ``w_[0]`` the bias.

        kind: "perceptron" or "adaline_sgd" (one sample per update), "adaline" or "logistic"
        (one batch update); y holds ±1 (perceptron, Adaline) or 0/1 (logistic regression).
        """
        X_rows = np.asarray(X_rows, dtype=float)
        self._network, self._lr = None, float(learning_rate)
        self._classic, self._w = kind, np.array(w_, dtype=float)
        self._dims = (X_rows.shape[1], 1)
        if kind in ("perceptron", "adaline_sgd") and self.batchChooser.mode() == "all":
            self.batchChooser.set_choice("example")       # the slides update after each sample
        self._start(X_rows.T, np.asarray(y, dtype=float).reshape(1, -1))

    def load_snapshot(self, snapshot, config) -> None:
        """Trace the model a worker Snapshot shows, on its training data, with config's settings.

        ``snapshot`` is a ``worker.Snapshot`` (model, layer_dims, params, data) and ``config`` the
        ``RunConfig`` it was trained with. The model is rebuilt by the one model builder from the
        parameters (the live one stays in the training process); the classic models get the
        slides' labels (±1, or 0/1 for logistic regression). A mismatch is shown in the pane as
        a sentence.
        """
        data = snapshot.data
        try:
            run = build_run(config, data, params=dict(snapshot.params))    # the one model builder
            if snapshot.model == "network":
                self.load(run.network, run.trainer.X, run.trainer.Y, config.learning_rate)
            else:
                X_rows = np.asarray(data.X_train, dtype=float)
                targets = slide_targets(snapshot.model, data.y_train)
                self.load_classic(snapshot.model, run.w_, X_rows, targets, config.learning_rate)
        except DesktopNNError as exc:
            self._on_failed(0, str(exc))

    def loaded(self) -> bool:
        return self._network is not None or self._classic is not None

    def _start(self, X, Y) -> None:
        self._X, self._Y = X, Y
        m = self._X.shape[1]
        self.batchChooser.set_data_size(m)
        if m > LARGE_M and self.batchChooser.mode() == "all":
            self.batchChooser.set_choice("mini-batch", size=256)
        self._rebuild()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_batch(self, mode: str, size: int | None = None, index: int = 0) -> None:
        """Choose the columns traced: "all", "mini-batch" (``size``, batch ``index``) or "example"."""
        self.batchChooser.set_choice(mode, size, index)
        if self.loaded():
            self._rebuild()

    def batch(self) -> tuple[np.ndarray, np.ndarray, int | None, str]:
        """(X columns, Y columns, example index or None, a description) for the current choice."""
        cols, example, text = self.batchChooser.columns(self._X.shape[1])
        return self._X[:, cols], self._Y[:, cols], example, text

    @Slot()
    def _on_batch_changed(self) -> None:
        if self.loaded():
            self._rebuild()

    def _rebuild(self, keep_index: int = 0) -> None:
        X, Y, example, text = self.batch()
        self._batch_text, self._m = text, X.shape[1]
        self._steps, self._trace, self._index, self._wanted = [], None, -1, keep_index
        self._applied = False
        self.timeline.clear_steps()
        self.summary.clear()
        self.dimensions.set_network(self._dims, X.shape[1], text)
        if self._classic is not None:
            self._rebuild_classic(text)
            return
        # W[1], X and b[1] at once (no arithmetic): the grids are on screen before the worker's
        # forward pass of a large network is done; step 1 replaces this preview when it arrives
        self.page.show_step(preview_first_step(self._network, X, example),
                            self.tr("step 1 · m = {}").format(X.shape[1]), self.tr("layer 1"))
        self.statusLabel.setText(self.tr("Computing the forward pass of {} on {}…").format(
            self._network.architecture, text))
        self._update_buttons()
        self.runner.build(self._network, X, Y, self._lr, example)

    def _rebuild_classic(self, text: str) -> None:
        kind = self._classic
        X_rows, y = self._X.T, self._Y[0]
        samples = None
        if kind in ("perceptron", "adaline_sgd"):       # one update per sample, over the chosen ones
            cols, _example, _text = self.batchChooser.columns(len(y))
            samples = list(range(cols.start, cols.stop))
        else:
            Xb, Yb, _example, _text = self.batch()
            X_rows, y = Xb.T, Yb[0]
        self.page.show_message(self.tr("Tracing the {}…").format(kind.replace("_", " ")))
        self.statusLabel.setText(self.tr("Tracing the {} on {}…").format(kind.replace("_", " "), text))
        self._update_buttons()
        self.runner.build_classic(kind, self._w, X_rows, y, self._lr, samples)

    # --- from the trace worker ---------------------------------------------------------------------

    @Slot(int, object)
    def _on_step(self, _job: int, step) -> None:
        self._steps.append(step)
        self.timeline.add_step(step)
        if step.index == self._wanted:
            self._show(step.index)
        else:
            self._update_buttons()

    @Slot(int, object)
    def _on_trace(self, _job: int, trace) -> None:
        self._trace = trace
        if self._classic is None:
            self.summary.setHtml(summary_html(self._steps, trace.layer_dims, trace.activations))
        else:
            self.summary.setHtml(classic_summary_html(self._steps, self._classic))
        self.statusLabel.setText(self.tr("{}: {} steps, J = {:.6g}, learning rate α = {:g}").format(
            self._batch_text, len(trace), trace.cost, trace.learning_rate))
        self.traceReady.emit(trace)
        self._wanted = min(self._wanted, len(self._steps) - 1)
        if self._wanted != self._index:
            self._show(self._wanted)
        self._update_buttons()
        self._maybe_apply()

    @Slot(int, str)
    def _on_failed(self, _job: int, message: str) -> None:
        self.page.show_message(message)
        self.statusLabel.setText("⚠ " + message)

    # --- navigation --------------------------------------------------------------------------------

    def count(self) -> int:
        """Steps known so far (the whole iteration once the trace is complete)."""
        return len(self._steps)

    def current_index(self) -> int:
        return self._index

    def current_step(self):
        return self._steps[self._index] if 0 <= self._index < len(self._steps) else None

    def trace(self):
        return self._trace

    def go(self, index: int) -> None:
        if not self.loaded():
            return
        total = len(self._trace) if self._trace is not None else None
        index = max(0, index if total is None else min(index, total - 1))
        self._wanted = index
        if index < len(self._steps):
            self._show(index)
        else:
            self.statusLabel.setText(self.tr("Computing the backward pass…"))

    def first(self) -> None:
        self.go(0)

    def previous(self) -> None:
        self.go(self._index - 1)

    def next(self) -> None:
        if self._trace is not None and self._index == len(self._trace) - 1:
            self.next_iteration()
        else:
            self.go(self._index + 1)

    def last(self) -> None:
        self.go(len(self._trace) - 1 if self._trace is not None else 10**9)

    def next_iteration(self) -> None:
        """Continue from the updated parameters: trace the following iteration."""
        if self._trace is None:
            return
        if self._classic is not None:
            self._w = np.array(self._trace.params_after["w_"])
            if self.batchChooser.mode() != "all":          # on to the next sample / mini-batch
                self.batchChooser.advance()
        else:
            self._network = self._network.copy()
            self._network.params = self._trace.params_after
        self._rebuild()

    def _show(self, index: int) -> None:
        step = self._steps[index]
        self._index = self._wanted = index
        L = len(self._dims) - 1
        layer_text = (self.tr("inputs") if step.layer == 0 else self.tr("output layer {}").format(step.layer)
                      if step.layer == L else self.tr("layer {}").format(step.layer))
        total = len(self._trace) if self._trace is not None else "…"
        self.page.show_step(step, self.tr("step {} of {} · m = {}").format(index + 1, total, self._m), layer_text)
        self.counterLabel.setText(f"{index + 1} / {total}")
        self.dimensions.select_layer(step.layer)
        self.timeline.select(index)
        self._update_buttons()
        if self._highlighter is not None:
            self._highlighter.highlight(step.layer, step.neurons, step.link_layer)
        self.highlightRequested.emit(step.layer, list(step.neurons))
        self.stepChanged.emit(index)
        self._maybe_apply()

    def _maybe_apply(self) -> None:
        """At the last update step the iteration is complete: hand its parameters on, once."""
        t = self._trace
        if t is not None and not self._applied and self._index == len(t) - 1:
            self._applied = True
            params = dict(t.params_after)
            if self._classic is not None:                 # also in the network's names, as ClassicRun
                w = params["w_"]
                params.update(W1=w[1:].reshape(1, -1), b1=w[:1].reshape(1, 1))
            cost = "" if np.isnan(t.cost) else self.tr(" (J was {:.6g})").format(t.cost)
            self.statusLabel.setText(self.tr("Update applied: the weights now hold the stepped values{}. "
                                             "Next ▶ traces the next iteration.").format(cost))
            self.updateApplied.emit(params)

    def _update_buttons(self) -> None:
        loaded = self.loaded()
        at_end = self._trace is not None and self._index == len(self._trace) - 1
        self.firstButton.setEnabled(loaded and self._index > 0)
        self.previousButton.setEnabled(loaded and self._index > 0)
        self.nextButton.setEnabled(loaded and self._index >= 0)
        self.nextButton.setText(self.tr("Next iteration ▶▶") if at_end else self.tr("Next ▶"))
        self.lastButton.setEnabled(loaded and not at_end)
        self.pngButton.setEnabled(self._index >= 0)
        self.markdownButton.setEnabled(self._trace is not None)

    # --- auto-play ---------------------------------------------------------------------------------

    def _toggle_auto(self, checked: bool) -> None:
        if checked:
            self._on_speed(self.speedSpin.value())
            self.autoTimer.start()
            self.autoButton.setText(self.tr("❚❚ Pause"))
        else:
            self.autoTimer.stop()
            self.autoButton.setText(self.tr("▶ Auto-play"))

    def _on_speed(self, steps_per_second: float) -> None:
        self.autoTimer.setInterval(int(1000 / steps_per_second))

    def _auto_step(self) -> None:
        if self._trace is not None and self._index >= len(self._trace) - 1:
            self.autoButton.setChecked(False)
            self._toggle_auto(False)
            return
        self.go(self._index + 1)

    # --- summary --------------------------------------------------------------------

    def _on_summary_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("step:"):
            self.go(int(text[5:]))
            self.tabs.setCurrentWidget(self.page)

    # --- the architecture editor -------------------------------------------------------------------

    def attach_editor(self, editor) -> EditorHighlighter:
        """Highlight the current step's layer, neurons and links in ``editor`` (an ArchitectureEditor)."""
        self._highlighter = EditorHighlighter(editor, self)
        step = self.current_step()
        if step is not None:
            self._highlighter.highlight(step.layer, step.neurons, step.link_layer)
        return self._highlighter

    def refresh_highlight(self) -> None:
        """Draw the highlight again (e.g. after the editor redrew itself for a new snapshot)."""
        step = self.current_step()
        if self._highlighter is not None and step is not None:
            self._highlighter.highlight(step.layer, step.neurons, step.link_layer)

    def clear_highlight(self) -> None:
        if self._highlighter is not None:
            self._highlighter.clear()

    # --- export --------------------------------------------------------------------------------------

    def export_png(self, path: str) -> bool:
        """The current step (formula, shapes, matrices) as an image."""
        return self.page.grab().save(path, "PNG")

    def export_markdown(self, path: str) -> None:
        """The whole iteration as a Markdown handout (matrices elided as on screen)."""
        with open(path, "w", encoding="utf-8") as f:
            f.write(trace_to_markdown(self._trace, batch=self._batch_text))

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save step as PNG"), "step.png", "PNG image (*.png)")
        if path:
            self.export_png(path)

    def _ask_markdown(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save trace as Markdown"), "trace.md",
                                              "Markdown (*.md)")
        if path:
            self.export_markdown(path)

    # --- closing -------------------------------------------------------------------------------------

    def shutdown(self) -> bool:
        """Stop auto-play and any trace being built (waits for its thread). Call before closing."""
        self.autoTimer.stop()
        self.clear_highlight()
        return self.runner.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
