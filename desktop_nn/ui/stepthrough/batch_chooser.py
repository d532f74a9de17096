"""Which examples the step-through traces: all m, one mini-batch of consecutive columns, or one.

    chooser = BatchChooser()
    chooser.set_data_size(m)
    chooser.batchChanged.connect(...)          # the user changed the choice
    cols, example, text = chooser.columns(m)   # a slice of the m columns, the example index or None
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from desktop_nn.ui.kit import palette

MODES = ("all", "mini-batch", "example")


class BatchChooser(QWidget):
    # the user chose other examples (not emitted by set_choice / advance)
    batchChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("batchChooser")
        self.combo = QComboBox()
        self.combo.setObjectName("batchCombo")
        self.combo.setFont(palette.font(palette.LABEL_POINT_SIZE))
        for key, text in zip(MODES, (self.tr("All m examples"), self.tr("One mini-batch"),
                                     self.tr("One example (m = 1)"))):
            self.combo.addItem(text, key)
        self.sizeSpin = self._spin("batchSizeSpin", self.tr("Mini-batch size"), 1, 32, self.tr("size "))
        self.indexSpin = self._spin("batchIndexSpin", self.tr("Which mini-batch / which example (from 0)"),
                                    0, 0, self.tr("# "))
        self._m = 1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.combo, self.sizeSpin, self.indexSpin):
            layout.addWidget(w)
        self.combo.currentIndexChanged.connect(self._on_user_change)
        self.sizeSpin.valueChanged.connect(self._on_user_change)
        self.indexSpin.valueChanged.connect(self._on_user_change)
        self._update()

    def _spin(self, name, tip, low, value, prefix) -> QSpinBox:
        s = QSpinBox()
        s.setObjectName(name)
        s.setToolTip(tip)
        s.setRange(low, max(low, value))
        s.setValue(value)
        s.setPrefix(prefix)
        s.setFont(palette.font(palette.LABEL_POINT_SIZE))
        return s

    def mode(self) -> str:
        return self.combo.currentData()

    def size(self) -> int:
        return self.sizeSpin.value()

    def index(self) -> int:
        return self.indexSpin.value()

    def set_data_size(self, m: int) -> None:
        self._m = max(1, int(m))
        self._silently(self._update)

    def set_choice(self, mode: str, size: int | None = None, index: int = 0) -> None:
        """Choose without emitting batchChanged (the caller rebuilds itself)."""
        def apply():
            self.combo.setCurrentIndex(MODES.index(mode))
            self._update()
            if size is not None:
                self.sizeSpin.setValue(size)
                self._update()
            self.indexSpin.setValue(index)
        self._silently(apply)

    def advance(self) -> None:
        """On to the next example / mini-batch (back to the first after the last)."""
        spin = self.indexSpin
        self._silently(lambda: spin.setValue(spin.value() + 1 if spin.value() < spin.maximum() else 0))

    def columns(self, m: int) -> tuple[slice, int | None, str]:
        """The chosen columns of m, the example index (one-example mode) and a description."""
        mode = self.mode()
        if mode == "example":
            i = min(self.index(), m - 1)
            return slice(i, i + 1), i, self.tr("example x({}) of {}").format(i, m)
        if mode == "mini-batch":
            size = min(self.size(), m)
            k = min(self.index(), max(0, -(-m // size) - 1))
            cols = slice(k * size, min((k + 1) * size, m))
            return cols, None, self.tr("mini-batch {} (columns {}–{} of {})").format(k, cols.start, cols.stop - 1, m)
        return slice(0, m), None, self.tr("all {} examples").format(m)

    def _silently(self, change) -> None:
        widgets = (self.combo, self.sizeSpin, self.indexSpin)
        was = [w.blockSignals(True) for w in widgets]
        try:
            change()
        finally:
            for w, b in zip(widgets, was):
                w.blockSignals(b)

    def _update(self) -> None:
        mode, m = self.mode(), self._m
        self.sizeSpin.setVisible(mode == "mini-batch")
        self.indexSpin.setVisible(mode != "all")
        self.sizeSpin.setMaximum(m)
        if mode == "mini-batch":
            self.indexSpin.setMaximum(max(0, -(-m // max(1, self.sizeSpin.value())) - 1))
        else:
            self.indexSpin.setMaximum(m - 1)

    def _on_user_change(self, *_args) -> None:
        self._silently(self._update)
        self.batchChanged.emit()
