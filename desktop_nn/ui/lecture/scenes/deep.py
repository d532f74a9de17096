"""Deep networks: the notation (L, n[l]) on a network the teacher edits (:class:`DeepNotationScene`),
and what the deep-network scenes share: the network drawn with its layers' names
(:class:`LayerNetworkView`) and the − layer / + layer editor (:class:`LayerEditor`)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop_nn.engine.network import Network
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.widgets import NetworkView

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

MAX_HIDDEN = 6        # hidden layers the editors allow (L ≤ 7): every table row and spin box still fits


def sup(l) -> str:
    """``[l]`` as a superscript, the chapter's layer index."""
    return f"<sup>[{l}]</sup>"


class LayerNetworkView(NetworkView):
    """A network drawn column by column with a two-line label under each layer (its name, n[l]).

    Labels never run into each other: where the full labels ("x = a[0]", "n[0] = 2") are wider
    than the gap between two layers the short ones ("x", "2") are drawn. A layer of more than
    :attr:`MAX_DRAWN` units is drawn as its first and last units with ⋮ between them; the label
    keeps the true n[l]."""

    MAX_DRAWN = 12

    def __init__(self, object_name: str | None = None):
        super().__init__(object_name)
        self.setFont(theme.font(theme.CELL, bold=True))
        self.true_dims: list[int] = list(self.layer_dims)
        self.names: list[tuple[str, str]] = []
        self.setMinimumSize(theme.px(300), theme.px(240))

    def set_layers(self, dims, weights=None, highlight=None, names=None) -> None:
        """``names``: per layer (full name, short name), e.g. ("x = a[0]", "x")."""
        self.true_dims = [int(n) for n in dims]
        self.names = list(names) if names else [(f"a[{l}]", f"a[{l}]") for l in range(len(dims))]
        cap = self.MAX_DRAWN
        drawn = [min(n, cap) for n in self.true_dims]
        if weights is not None:
            weights = [np.asarray(W)[:cap, :cap] for W in weights]
        # the base class draws the nodes and links; the labels are drawn here (blank names there)
        self.set_network(drawn, weights, highlight, [" "] * len(dims))

    def _label_height(self) -> int:
        return 2 * self.fontMetrics().height() + theme.px(8)

    def _labels(self) -> list[tuple[str, str]]:
        """The two lines under each layer, full or (if any full one would collide) short."""
        dims = self.true_dims
        names = self.names if len(self.names) == len(dims) else [(f"a[{l}]", f"a[{l}]") for l in range(len(dims))]
        ends = (0, len(dims) - 1, self.highlight)
        tiers = ([(n[0], f"n[{l}] = {d}") for l, (n, d) in enumerate(zip(names, dims))],
                 [(n[1], f"n[{l}] = {d}") for l, (n, d) in enumerate(zip(names, dims))],
                 [(n[1], f"{d}") for n, d in zip(names, dims)],
                 # narrower: only the ends and the highlighted layer keep a name
                 [(n[1] if l in ends else "", f"{d}") for l, (n, d) in enumerate(zip(names, dims))],
                 # narrowest: only they are labelled at all
                 [(n[1], f"{d}") if l in ends else ("", "") for l, (n, d) in enumerate(zip(names, dims))])
        for labels in tiers[:-1]:
            if self._widest(labels) <= self._spacing(labels) - theme.px(10):
                return labels
        return tiers[-1]

    def _widest(self, labels) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(t) for pair in labels for t in pair), default=0)

    def _spacing(self, labels) -> float:
        L = len(self.true_dims)
        margin = self._margin(labels)
        return (self.width() - 2 * margin) / max(1, L - 1)

    def _margin(self, labels) -> float:
        return max(theme.px(30), self._widest(labels) / 2 + theme.px(4))

    def node_positions(self) -> list[list[QPointF]]:
        labels = self._labels()
        margin = self._margin(labels)
        L = len(self.true_dims)
        top, bottom = theme.px(16), self._label_height() + theme.px(10)
        pos = []
        for l, n in enumerate(self.true_dims):
            x = margin + (self.width() - 2 * margin) * (l / max(1, L - 1))
            shown = min(n, self.MAX_DRAWN)
            slots = shown + (2 if n > shown else 0)            # two slots for the ⋮ of an elided layer
            gap = (self.height() - top - bottom) / max(slots, 1)
            ys = [top + gap * (i + 0.5) for i in range(slots)]
            if n > shown:
                del ys[shown // 2:shown // 2 + 2]
            pos.append([QPointF(x, y) for y in ys])
        return pos

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        p = QPainter(self)
        p.setFont(self.font())
        fm = QFontMetrics(self.font())
        labels = self._labels()
        pos = self.node_positions()
        half = max(theme.px(20), self._spacing(labels) / 2)
        line = fm.height()
        y0 = self.height() - self._label_height() + theme.px(4)
        for l, (layer, (name, n_text)) in enumerate(zip(pos, labels)):
            x = layer[0].x()
            p.setPen(QColor(theme.readable(theme.ACCENT) if self.highlight == l else theme.TEXT))
            for k, text in enumerate((name, n_text)):
                p.drawText(QRectF(x - half, y0 + k * line, 2 * half, line),
                           Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, text)
            n = self.true_dims[l]
            if n > self.MAX_DRAWN:
                mid = (layer[self.MAX_DRAWN // 2 - 1].y() + layer[self.MAX_DRAWN // 2].y()) / 2
                p.setPen(QColor(theme.TEXT))
                p.drawText(QRectF(x - half, mid - line / 2, 2 * half, line), Qt.AlignmentFlag.AlignCenter, "⋮")
        p.end()


class LayerEditor:
    """− layer / + layer and one spin box per hidden layer (n[1] … n[L−1]); input and output stay."""

    def __init__(self, scene: Scene, dims: list[int], on_change):
        self.scene, self.on_change = scene, on_change
        self.dims = list(dims)
        self.row = QHBoxLayout()
        self.row.setSpacing(theme.px(10))
        self.remove = theme.button(translate("lecture/deep", "− layer"), "removeLayer")
        self.add = theme.button(translate("lecture/deep", "+ layer"), "addLayer")
        self.add.clicked.connect(lambda: self._resize(+1))
        self.remove.clicked.connect(lambda: self._resize(-1))
        self.caption = theme.label("", theme.BODY, object_name="hiddenUnitsCaption")
        self.spins = []
        self.holder = QHBoxLayout()
        self.holder.setSpacing(theme.px(6))
        self.row.addWidget(self.remove)
        self.row.addWidget(self.add)
        self.row.addWidget(self.caption)
        self.row.addLayout(self.holder)
        self.row.addStretch(1)
        self._rebuild()

    def _rebuild(self) -> None:
        for s in self.spins:
            s.setParent(None)
            s.deleteLater()
        self.spins = []
        hidden = len(self.dims) - 2
        self.caption.setText(f"n{sup(1)} … n{sup(hidden)} =" if hidden > 1 else
                             f"n{sup(1)} =" if hidden == 1 else translate("lecture/deep", "no hidden layer"))
        for l in range(1, len(self.dims) - 1):
            s = theme.spin(self.dims[l], 1, 12, 1, object_name=f"n{l}Spin")
            s.setToolTip(translate("lecture/deep", "n[{0}]: units in layer {0}").format(l))
            s.valueChanged.connect(lambda v, l=l: self._set(l, v))
            self.holder.addWidget(s)
            self.spins.append(s)
        self.add.setEnabled(hidden < MAX_HIDDEN)
        self.remove.setEnabled(hidden > 0)

    def _set(self, l: int, v: int) -> None:
        self.dims[l] = v
        self.on_change(list(self.dims))

    def _resize(self, delta: int) -> None:
        hidden = len(self.dims) - 2
        if delta > 0 and hidden < MAX_HIDDEN:
            self.dims.insert(-1, 3)
        elif delta < 0 and hidden > 0:
            self.dims.pop(-2)
        else:
            return
        self._rebuild()
        self.on_change(list(self.dims))


def layer_names(L: int) -> list[tuple[str, str]]:
    """(full, short) names of layers 0 … L as the chapter writes them: a[0] = x, a[L] = ŷ."""
    return [("x = a[0]", "x")] + [(f"a[{l}]", f"a[{l}]") for l in range(1, L)] + [(f"ŷ = a[{L}]", "ŷ")]


class DeepNotationScene(Scene):
    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1]}
    TITLE_FIELDS = {"L": 5, "n": "[2, 3, 5, 4, 2, 1]"}

    def build(self) -> None:
        main = QHBoxLayout()
        main.setSpacing(theme.px(24))
        self.body.addLayout(main, 1)
        self.net_view = LayerNetworkView("networkView")
        main.addWidget(self.net_view, 3)
        right = QVBoxLayout()
        main.addLayout(right, 2)
        self.text = theme.label("", theme.BODY, object_name="notationText", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMinimumWidth(theme.px(420))
        right.addWidget(self.text, 1)
        self.next_layer = theme.button(translate("lecture/deep", "next layer ▶"), "nextLayer")
        self.next_layer.clicked.connect(self.cycle)
        right.addWidget(self.next_layer, 0, Qt.AlignmentFlag.AlignLeft)
        self.editor = LayerEditor(self, list(self.settings["layer_dims"]), self.set_dims)
        self.body.addLayout(self.editor.row)
        self.highlight = 1
        self.net: Network | None = None

    def on_activate(self) -> None:
        self.set_dims(self.editor.dims)
        self.mark_ready()

    def cycle(self) -> None:
        self.highlight = self.highlight % (len(self.editor.dims) - 1) + 1
        self.set_dims(self.editor.dims)

    def set_dims(self, dims: list[int]) -> None:
        L = len(dims) - 1
        self.highlight = min(self.highlight, L)
        self.set_title_fields(L=L, n=str(list(dims)))
        net = Network(dims, hidden_activation="relu", seed=0, init="xavier")
        self.net = net
        self.net_view.set_layers(dims, [np.array(net.params[f"W{l}"]) for l in range(1, L + 1)], self.highlight,
                                 layer_names(L))
        l = self.highlight
        ns = ", ".join(f"n{sup(i)} = {d}" for i, d in enumerate(dims[1:], start=1))
        role = translate("lecture/deep", "the output ŷ") if l == L else translate("lecture/deep", "hidden layer {}").format(l)
        muted = f"style='color:{theme.MUTED}'"
        lines = [
            translate("lecture/deep", "# layers <b>L = {}</b> (the input is not counted)").format(L),
            translate("lecture/deep", "{n} = # units in layer l").format(n=f"n{sup('l')}") + f" <span {muted}>幾個神經元</span>",
            f"{ns}",
            f"n{sup(0)} = n<sub>x</sub> = {dims[0]} <span {muted}>" + translate("lecture/deep", "兩個input") + "</span>",
            translate("lecture/deep", "{formula}: activations").format(formula=f"a{sup('l')} = g{sup('l')}(z{sup('l')})"),
            translate("lecture/deep", "{W}, {b}: weights, bias for {z}").format(W=f"W{sup('l')}", b=f"b{sup('l')}", z=f"z{sup('l')}"),
            translate("lecture/deep", "{a0} = X (input), {aL} = ŷ (output)").format(a0=f"a{sup(0)}", aL=f"a{sup('L')}"),
            translate("lecture/deep", "{layer} ({role}): {shapes}").format(
                layer=f"<b style='color:{theme.readable(theme.ACCENT)}'>" + translate("lecture/deep", "layer {}").format(l) + "</b>",
                role=role, shapes=translate("lecture/deep", "{W} is ({rows}, {cols}), {b} is ({rows}, 1)").format(
                    W=f"W{sup(l)}", b=f"b{sup(l)}", rows=dims[l], cols=dims[l - 1])),
            translate("lecture/deep", "{} parameters in all").format(net.n_parameters),
        ]
        gap = theme.px(10)
        self.text.setText("".join(f"<p style='margin: 0 0 {gap}px 0'>{t}</p>" for t in lines))
