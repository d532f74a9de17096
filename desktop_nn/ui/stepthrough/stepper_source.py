"""What the step-through pane traces (Qt only to word it): a Network on the chapter's columns, a single neuron as
the slides write it, or the model a worker Snapshot shows — and where the next iteration starts.

    source = TraceSource.of_network(network, X, Y, 0.1)      # X (n[0], m), Y (n[L], m)
    source = TraceSource.of_neuron("adaline", w_, X_rows, y, 0.01)   # rows are examples, w_[0] the bias
    source = TraceSource.from_snapshot(snapshot, config)      # DesktopNNError on a mismatch
    source.advance(trace.params_after)                        # continue from the updated parameters
    source.describe(trace, "all 200 examples")                # the pane's status line
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop_nn.training.runs import build_run, slide_targets

PER_SAMPLE = ("perceptron", "adaline_sgd")        # the single neurons that update after each sample


translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class TraceSource:
    """The model and data of one trace. ``kind`` is None for a network, else the single neuron's
    model ("perceptron", "adaline", "adaline_sgd", "logistic") with its weights ``w`` (w[0] the bias).
    X holds the examples as columns, Y the targets as rows, whichever the model."""

    def __init__(self, *, network=None, kind: str | None = None, w=None, dims: tuple[int, ...],
                 X: np.ndarray, Y: np.ndarray, learning_rate: float):
        self.network, self.kind, self.w, self.dims = network, kind, w, dims
        self.X, self.Y, self.learning_rate = X, Y, float(learning_rate)
        self.epoch: int | None = None     # the training epoch the weights come from (a snapshot's)
        self.updates = 0                  # step-through updates made since

    @classmethod
    def of_network(cls, network, X, Y, learning_rate) -> TraceSource:
        """``network`` (a copy the pane may keep) on X (n[0], m), Y (n[L], m)."""
        return cls(network=network, dims=tuple(network.layer_dims), X=np.asarray(X), Y=np.asarray(Y),
                   learning_rate=learning_rate)

    @classmethod
    def of_neuron(cls, kind: str, w_, X_rows, y, learning_rate) -> TraceSource:
        """A single neuron: rows of X_rows are examples, ``w_[0]`` the bias; y holds ±1 (perceptron,
        Adaline) or 0/1 (logistic regression)."""
        X_rows = np.asarray(X_rows, dtype=float)
        return cls(kind=kind, w=np.array(w_, dtype=float), dims=(X_rows.shape[1], 1), X=X_rows.T,
                   Y=np.asarray(y, dtype=float).reshape(1, -1), learning_rate=learning_rate)

    @classmethod
    def from_snapshot(cls, snapshot, config) -> TraceSource:
        """The model a ``worker.Snapshot`` shows, on its training data, with ``config``'s settings.

        The model is rebuilt by the one model builder from the parameters (the live one stays in
        the training process); the classic models get the slides' labels (±1, or 0/1 for logistic
        regression). Raises DesktopNNError where snapshot and config do not match.
        """
        data = snapshot.data
        run = build_run(config, data, params=dict(snapshot.params))    # the one model builder
        if snapshot.model == "network":
            source = cls.of_network(run.network, run.trainer.X, run.trainer.Y, config.learning_rate)
        else:
            X_rows = np.asarray(data.X_train, dtype=float)
            targets = slide_targets(snapshot.model, data.y_train)
            source = cls.of_neuron(snapshot.model, run.w_, X_rows, targets, config.learning_rate)
        source.epoch = getattr(snapshot, "epoch", None)
        return source

    @property
    def per_sample(self) -> bool:
        """A single neuron that updates after each sample (the trace runs over the chosen ones)."""
        return self.kind in PER_SAMPLE

    def advance(self, params_after) -> None:
        """Continue from the parameters after an iteration's update."""
        self.updates += 1
        if self.kind is not None:
            self.w = np.array(params_after["w_"])
        else:
            self.network = self.network.copy()
            self.network.params = params_after

    def handed_on(self, params_after) -> dict:
        """The parameters after the update as the pane hands them on: a single neuron's also in the
        network's names (W1, b1), as ClassicRun takes them."""
        params = dict(params_after)
        if self.kind is not None:
            w = params["w_"]
            params.update(W1=w[1:].reshape(1, -1), b1=w[:1].reshape(1, 1))
        return params

    def describe(self, trace, examples: str) -> str:
        """What was traced, said whole: which ``examples``, which weights, the cost J of those
        weights on those examples (none for the perceptron, never NaN), the learning rate."""
        parts = [examples]
        if self.epoch is not None:
            if not self.updates:
                parts.append(translate("StepperPane", "weights after epoch {}").format(self.epoch))
            elif self.updates == 1:
                parts.append(translate("StepperPane", "weights after epoch {} and one step-through update").format(
                    self.epoch))
            else:
                parts.append(translate("StepperPane", "weights after epoch {} and {} step-through updates").format(
                    self.epoch, self.updates))
        parts.append(translate("StepperPane", "{} steps").format(len(trace)))
        if np.isfinite(trace.cost):
            cost = translate("StepperPane", "J = {} on these examples").format(f"{trace.cost:.6g}")
            if self.epoch is not None and not self.updates:
                cost += translate("StepperPane", " (the status bar shows the cost measured while epoch {} trained)"
                                  ).format(self.epoch)
            parts.append(cost)
        parts.append(translate("StepperPane", "learning rate α = {}").format(f"{trace.learning_rate:g}"))
        return " · ".join(parts)
