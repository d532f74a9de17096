"""What the network editor reads out of a snapshot: each neuron's output over the input plane
(the heatmaps, Playground-style) and the hover read-outs (a neuron's formula and bias, a link's
weight). A mixin of :class:`~desktop_nn.ui.workbench.architecture_editor.ArchitectureEditor`,
which draws the network itself; the outputs come from the engine's one forward loop
(``training.config.layer_outputs`` → ``engine.network.propagate``).
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop_nn.engine.activations import ACTIVATIONS, get_activation
from desktop_nn.training.config import HOVER_RESOLUTION, layer_outputs
from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.network_items import LinkItem, NeuronItem, array_to_pixmap

HEATMAP_REFRESH_S = 0.1      # neuron thumbnails refresh at most 10 times a second while training

CLASSIC_FORMULA = {
    "perceptron": "ŷ = step(wᵀx + b)   (±1)",
    "adaline": "ŷ = wᵀx + b",
    "adaline_sgd": "ŷ = wᵀx + b",
    "logistic": "ŷ = σ(wᵀx + b)",
}


def input_label(text: str) -> str:
    """"x₁  sepal length" with the Iris feature's name in the user's language (marked in i18n.py)."""
    symbol, _, name = text.partition("  ")
    return f"{symbol}  {QCoreApplication.translate('HyperparametersPanel', name)}" if name else text


class NeuronReadouts:
    """Heatmaps and hover read-outs (needs the editor's _snapshot, _heat_time, neurons,
    neuronInfo, neuronHeatmap, _activations, _model, _input_labels and _drawn_dims())."""

    def refresh_heatmaps(self) -> None:
        """Redraw the neurons' heatmaps from the latest snapshot: always when paused, at most
        every HEATMAP_REFRESH_S while training."""
        now = time.perf_counter()
        if self._snapshot is not None and (not self._snapshot.running or now - self._heat_time >= HEATMAP_REFRESH_S):
            self._heat_time = now
            self._update_heatmaps()

    def neuron_outputs(self) -> list[np.ndarray]:
        """A[0..L] of the hover grid, each (n[l], HOVER_RESOLUTION²), from the latest snapshot."""
        snap = self._snapshot
        A0 = np.asarray(snap.data.hover_inputs).T
        with np.errstate(all="ignore"):
            return [A0] + layer_outputs(snap.params, snap.activations, A0)

    @staticmethod
    def _heat_levels(values: np.ndarray, activation: str | None) -> np.ndarray:
        """(n, H²) outputs of one layer's neurons → (n, H, H) in [−1, 1], row 0 = top = largest x₂."""
        v = np.asarray(values, dtype=np.float64).reshape(-1, HOVER_RESOLUTION, HOVER_RESOLUTION)
        bounds = get_activation(activation).value_range if activation in ACTIVATIONS else None
        if bounds is not None:                  # a bounded g (sigmoid, tanh, step …): its own range
            lo, hi = bounds
            v = (2.0 * v - (lo + hi)) / (hi - lo)
        else:                                   # unbounded (ReLU, linear …): each neuron's largest |a|
            top = np.max(np.abs(v), axis=(1, 2), keepdims=True)
            v = np.divide(v, top, out=np.zeros_like(v), where=top > 0)
        return v[:, ::-1]

    def _heat_pixmap(self, values: np.ndarray, activation: str | None):
        return array_to_pixmap(palette.diverging_image(self._heat_levels(values, activation)[0]))

    def _update_heatmaps(self) -> None:
        if self._snapshot is None or tuple(self._snapshot.layer_dims) != self._drawn_dims():
            return
        if not self._snapshot.data.plottable:      # more than two inputs: no input plane to shade
            for item in self.neurons.values():
                item.set_heatmap(None)
            return
        outputs = self.neuron_outputs()
        acts = (None,) + tuple(self._snapshot.activations)
        # every neuron's image in one NumPy pass: a deep network has a hundred of them
        levels = np.concatenate([self._heat_levels(outputs[l], acts[l]) for l in range(len(outputs))])
        images = palette.diverging_image(levels)
        keys = [(l, j) for l in range(len(outputs)) for j in range(len(outputs[l]))]
        for key, image in zip(keys, images):
            self.neurons[key].set_heatmap(array_to_pixmap(image))

    # --- hover (called by the items) -------------------------------------------------------------

    def neuron_hovered(self, item: NeuronItem) -> None:
        l, j = item.layer, item.index
        L = len(self._drawn_dims()) - 1
        if l == 0:
            text = (f"<b>{input_label(self._input_labels[j])}</b> — "
                    + QCoreApplication.translate("ArchitectureEditor", "input {}").format(j + 1))
        else:
            g = self._activations[l - 1] if l - 1 < len(self._activations) else "g"
            if self._model != "network":
                text = f"<b>{CLASSIC_FORMULA[self._model]}</b>"
            else:
                prev = "x" if l == 1 else f"a<sup>[{l - 1}]</sup>"
                text = (f"<b>a<sup>[{l}]</sup><sub>{j + 1}</sub> = {g}(w<sup>[{l}]</sup><sub>{j + 1}</sub>"
                        f" · {prev} + b<sup>[{l}]</sup><sub>{j + 1}</sub>)</b>")
            if self._snapshot is not None and tuple(self._snapshot.layer_dims) == self._drawn_dims():
                b = float(self._snapshot.params[f"b{l}"][j, 0])
                text += f"<br>b<sup>[{l}]</sup><sub>{j + 1}</sub> = {b:.4g}"
            where = (QCoreApplication.translate("ArchitectureEditor", "output layer") if l == L
                     else QCoreApplication.translate("ArchitectureEditor", "hidden layer {}").format(l))
            text += "<br>" + where
        below = QCoreApplication.translate("ArchitectureEditor", "← its output over the input plane")
        self.neuronInfo.setText(text + "<br><i>" + below + "</i>")
        if (self._snapshot is not None and tuple(self._snapshot.layer_dims) == self._drawn_dims()
                and self._snapshot.data.plottable):
            acts = (None,) + tuple(self._snapshot.activations)
            self.neuronHeatmap.setPixmap(self._heat_pixmap(self.neuron_outputs()[l][j], acts[l]))

    def link_hovered(self, item: LinkItem) -> None:
        self.neuronHeatmap.clear()
        w = float("nan")
        if self._snapshot is not None and tuple(self._snapshot.layer_dims) == self._drawn_dims():
            w = float(self._snapshot.params[f"W{item.layer}"][item.j, item.i])
        value = f"{w:.4g}" if np.isfinite(w) else "—"
        self.neuronInfo.setText(
            f"<b>W<sup>[{item.layer}]</sup><sub>{item.j + 1},{item.i + 1}</sub> = {value}</b>"
            f"<br>" + QCoreApplication.translate("ArchitectureEditor", "from neuron {} of layer {} to neuron {} of layer {}").format(
                item.i + 1, item.layer - 1, item.j + 1, item.layer))

    def hover_left(self, item) -> None:
        pass   # keep the last read-out visible: a teacher can point at it
