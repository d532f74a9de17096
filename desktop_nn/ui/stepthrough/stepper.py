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

Beside this module: ``stepper_toolbar`` (the navigation row and auto-play), ``stepper_trace``
(which steps have arrived, which is shown), ``stepper_source`` (what is traced: a network, a
single neuron or a worker snapshot's model).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop_nn.engine.errors import DesktopNNError
from desktop_nn.engine.trace import preview_first_step, trace_to_markdown
from desktop_nn.engine.trace_messages import MODEL_NAMES
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.fold import scrolling
from desktop_nn.ui.workbench.editor_highlight import EditorHighlighter
from desktop_nn.ui.workbench.gradient_links import backward_gradients
from desktop_nn.ui.stepthrough.exercise_mode import ExerciseMode
from desktop_nn.ui.stepthrough.step_page import StepPage
from desktop_nn.ui.stepthrough.stepper_source import TraceSource
from desktop_nn.ui.stepthrough.stepper_toolbar import ExportButtons, StepKeys, StepperToolbar
from desktop_nn.ui.stepthrough.stepper_trace import TraceCursor
from desktop_nn.ui.stepthrough.stepper_views import DimensionsTable, StepTimeline, classic_summary_html, summary_html
from desktop_nn.ui.stepthrough.trace_worker import TraceRunner

LARGE_M = 4096        # above this many examples the pane starts on a mini-batch of 256

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def model_name(kind: str) -> str:
    """A single neuron's model ("perceptron", "adaline_sgd" …) as the step-through names it."""
    return translate("Trace", MODEL_NAMES.get(kind, kind.replace("_", " ")))


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
        self._source: TraceSource | None = None    # what is traced (None before the first load)
        self._cursor = TraceCursor()               # the steps arrived, the one shown, the one wanted
        self._m = 0
        self._batch_text = ""
        self._highlighter: EditorHighlighter | None = None
        self.runner = TraceRunner(self)
        self.runner.stepReady.connect(self._on_step)
        self.runner.traceReady.connect(self._on_trace)
        self.runner.failed.connect(self._on_failed)
        self._build_ui()
        # ← → Home End step the pane, even where the main window binds → to its own Step
        self.keys = StepKeys(self)
        self.keys.firstRequested.connect(self.first)
        self.keys.previousRequested.connect(self.previous)
        self.keys.nextRequested.connect(self.next)
        self.keys.lastRequested.connect(self.last)
        self.keys.install(self)
        self.exercises.panel.answerEdit.removeEventFilter(self.keys)     # ← → move in the answer
        self.page.show_message(self.tr("Press Step-through to trace one iteration of the network."))

    # --- UI ------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.toolbar = bar = StepperToolbar()
        bar.firstButton.clicked.connect(self.first)
        bar.previousButton.clicked.connect(self.previous)
        bar.nextButton.clicked.connect(self.next)
        bar.lastButton.clicked.connect(self.last)
        bar.autoTimer.timeout.connect(self._auto_step)
        # the row's parts under their former names, for tests and the main window
        self.firstButton, self.previousButton = bar.firstButton, bar.previousButton
        self.nextButton, self.lastButton = bar.nextButton, bar.lastButton
        self.autoButton, self.autoTimer, self.speedSpin = bar.autoButton, bar.autoTimer, bar.speedSpin
        self.counterLabel = bar.counterLabel
        self.batchChooser = bar.batchChooser
        self.batchChooser.batchChanged.connect(self._on_batch_changed)
        self.batchCombo = self.batchChooser.combo
        corner = ExportButtons()
        corner.pngRequested.connect(self.export_png)
        corner.markdownRequested.connect(self.export_markdown)
        self.pngButton, self.markdownButton = corner.pngButton, corner.markdownButton
        self.statusLabel = QLabel()
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setObjectName("stepperStatus")
        self.statusLabel.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.statusLabel.setStyleSheet(f"color: {palette.MUTED_TEXT};")

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
        # the step's formula, shapes and matrices scroll inside a short pane (a small screen)
        self.pageScroll = scrolling(self.page, "stepPageScroll")
        self.tabs.addTab(self.pageScroll, self.tr("Step"))
        self.tabs.addTab(self.dimensions, self.tr("Dimensions"))
        self.tabs.addTab(self.summary, self.tr("Summary"))
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("stepperSplitter")
        split.addWidget(self.timeline)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 1400])
        # exercise mode (off: nothing changes): its button in the row, its panel under the step
        self.exercises = ExerciseMode(self)
        bar.add_button(self.exercises.toggle, "✎")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.exercises.panel)
        layout.addWidget(self.statusLabel)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------------

    def load(self, network, X, Y, learning_rate) -> None:
        """Trace one iteration of ``network`` (a copy the pane may keep) on X (n[0], m), Y (n[L], m)."""
        self._load(TraceSource.of_network(network, X, Y, learning_rate))

    def load_classic(self, kind: str, w_, X_rows, y, learning_rate) -> None:
        """Trace a single-neuron model as the slides write it: rows are examples, ``w_[0]`` the bias.

        kind: "perceptron" or "adaline_sgd" (one sample per update), "adaline" or "logistic"
        (one batch update); y holds ±1 (perceptron, Adaline) or 0/1 (logistic regression).
        """
        self._load(TraceSource.of_neuron(kind, w_, X_rows, y, learning_rate))

    def load_snapshot(self, snapshot, config) -> None:
        """Trace the model a worker Snapshot shows, on its training data, with config's settings.

        ``snapshot`` is a ``worker.Snapshot`` (model, layer_dims, params, data) and ``config`` the
        ``RunConfig`` it was trained with (``TraceSource.from_snapshot`` rebuilds the model). A
        mismatch is shown in the pane as a sentence.
        """
        try:
            self._load(TraceSource.from_snapshot(snapshot, config))
        except DesktopNNError as exc:
            self._on_failed(0, str(exc))

    def loaded(self) -> bool:
        return self._source is not None

    def _load(self, source: TraceSource) -> None:
        self._source = source
        if source.per_sample and self.batchChooser.mode() == "all":
            self.batchChooser.set_choice("example")       # the slides update after each sample
        m = source.X.shape[1]
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
        X, Y = self._source.X, self._source.Y
        cols, example, text = self.batchChooser.columns(X.shape[1])
        return X[:, cols], Y[:, cols], example, text

    @Slot()
    def _on_batch_changed(self) -> None:
        if self.loaded():
            self._rebuild()

    def _rebuild(self, keep_index: int = 0) -> None:
        X, Y, example, text = self.batch()
        self._batch_text, self._m = text, X.shape[1]
        self._cursor.reset(keep_index)
        self.exercises.new_trace()
        self.timeline.clear_steps()
        self.summary.clear()
        source = self._source
        self.dimensions.set_network(source.dims, X.shape[1], text)
        if source.kind is not None:
            self._rebuild_classic(text)
            return
        # W[1], X and b[1] at once (no arithmetic): the grids are on screen before the worker's
        # forward pass of a large network is done; step 1 replaces this preview when it arrives
        self.page.show_step(preview_first_step(source.network, X, example),
                            self.tr("step 1 · m = {}").format(X.shape[1]), self.tr("layer 1"))
        self.statusLabel.setText(self.tr("Computing the forward pass of {} on {}…").format(
            source.network.architecture, text))
        self._update_buttons()
        self.runner.build(source.network, X, Y, source.learning_rate, example)

    def _rebuild_classic(self, text: str) -> None:
        source = self._source
        kind = source.kind
        X_rows, y = source.X.T, source.Y[0]
        samples = None
        if source.per_sample:                           # one update per sample, over the chosen ones
            cols, _example, _text = self.batchChooser.columns(len(y))
            samples = list(range(cols.start, cols.stop))
        else:
            Xb, Yb, _example, _text = self.batch()
            X_rows, y = Xb.T, Yb[0]
        self.page.show_message(self.tr("Tracing the {}…").format(model_name(kind)))
        self.statusLabel.setText(self.tr("Tracing the {} on {}…").format(model_name(kind), text))
        self._update_buttons()
        self.runner.build_classic(kind, source.w, X_rows, y, source.learning_rate, samples)

    # --- from the trace worker ---------------------------------------------------------------------

    @Slot(int, object)
    def _on_step(self, _job: int, step) -> None:
        wanted = self._cursor.add(step)
        self.timeline.add_step(step)
        if wanted:
            self._show(step.index)
        else:
            self._update_buttons()

    @Slot(int, object)
    def _on_trace(self, _job: int, trace) -> None:
        self._cursor.finish(trace)
        kind = self._source.kind
        if kind is None:
            self.summary.setHtml(summary_html(self._cursor.steps, trace.layer_dims, trace.activations))
        else:
            self.summary.setHtml(classic_summary_html(self._cursor.steps, model_name(kind)))
        self.statusLabel.setText(self._source.describe(trace, self._batch_text))
        self.traceReady.emit(trace)
        index = self._cursor.settle()
        if index is not None:
            self._show(index)
        self._update_buttons()
        self._maybe_apply()

    @Slot(int, str)
    def _on_failed(self, _job: int, message: str) -> None:
        self.page.show_message(message)
        self.statusLabel.setText("⚠ " + message)

    # --- navigation --------------------------------------------------------------------------------

    def count(self) -> int:
        """Steps known so far (the whole iteration once the trace is complete)."""
        return len(self._cursor.steps)

    def current_index(self) -> int:
        return self._cursor.index

    def current_step(self):
        return self._cursor.current()

    def trace(self):
        return self._cursor.trace

    def go(self, index: int) -> None:
        if not self.loaded():
            return
        index = self._cursor.aim(index)
        if self._cursor.arrived(index):
            self._show(index)
        else:
            self.statusLabel.setText(self.tr("Computing the backward pass…"))

    def first(self) -> None:
        self.go(0)

    def previous(self) -> None:
        self.go(self._cursor.index - 1)

    def next(self) -> None:
        if self._cursor.at_end():
            self.next_iteration()
        else:
            self.go(self._cursor.index + 1)

    def last(self) -> None:
        trace = self._cursor.trace
        self.go(len(trace) - 1 if trace is not None else 10**9)

    def next_iteration(self) -> None:
        """Continue from the updated parameters: trace the following iteration."""
        trace = self._cursor.trace
        if trace is None:
            return
        self._source.advance(trace.params_after)
        if self._source.kind is not None and self.batchChooser.mode() != "all":
            self.batchChooser.advance()                    # on to the next sample / mini-batch
        self._rebuild()

    def _show(self, index: int) -> None:
        step = self._cursor.show(index)
        L = len(self._source.dims) - 1
        layer_text = (self.tr("inputs") if step.layer == 0 else self.tr("output layer {}").format(step.layer)
                      if step.layer == L else self.tr("layer {}").format(step.layer))
        total = self._cursor.total()
        self.page.show_step(step, self.tr("step {} of {} · m = {}").format(index + 1, total, self._m), layer_text)
        self.toolbar.set_position(index, total)
        self.dimensions.select_layer(step.layer)
        self.timeline.select(index)
        self._update_buttons()
        self.refresh_highlight()
        self.highlightRequested.emit(step.layer, list(step.neurons))
        self.stepChanged.emit(index)
        self._maybe_apply()

    def _maybe_apply(self) -> None:
        """At the last update step the iteration is complete: hand its parameters on, once."""
        t = self._cursor.take_update()
        if t is not None:
            params = self._source.handed_on(t.params_after)
            cost = "" if np.isnan(t.cost) else self.tr(" (J was {:.6g})").format(t.cost)
            self.statusLabel.setText(self.tr("Update applied: the weights now hold the stepped values{}. "
                                             "Next ▶ traces the next iteration.").format(cost))
            self.updateApplied.emit(params)

    def _update_buttons(self) -> None:
        index = self._cursor.index
        self.toolbar.update_buttons(self.loaded(), index, self._cursor.at_end())
        self.pngButton.setEnabled(index >= 0)
        self.markdownButton.setEnabled(self._cursor.trace is not None)

    def _auto_step(self) -> None:
        trace = self._cursor.trace
        if trace is not None and self._cursor.index >= len(trace) - 1:
            self.toolbar.stop_auto()
            return
        self.go(self._cursor.index + 1)

    # --- summary --------------------------------------------------------------------

    def _on_summary_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("step:"):
            self.go(int(text[5:]))
            self.tabs.setCurrentWidget(self.pageScroll)

    # --- the architecture editor -------------------------------------------------------------------

    def attach_editor(self, editor) -> EditorHighlighter:
        """Highlight the current step's layer, neurons and links in ``editor`` (an ArchitectureEditor)."""
        self._highlighter = EditorHighlighter(editor, self)
        self.refresh_highlight()
        return self._highlighter

    def refresh_highlight(self) -> None:
        """Draw the highlight again (e.g. after the editor redrew itself for a new snapshot)."""
        step = self.current_step()
        if self._highlighter is not None and step is not None:
            self._highlighter.highlight(step.layer, step.neurons, step.link_layer,
                                        backward_gradients(self._cursor.steps, step))

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
            f.write(trace_to_markdown(self._cursor.trace, batch=self._batch_text, translate=translate))

    # --- closing -------------------------------------------------------------------------------------

    def shutdown(self) -> bool:
        """Stop auto-play and any trace being built (waits for its thread). Call before closing."""
        self.autoTimer.stop()
        self.clear_highlight()
        return self.runner.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
