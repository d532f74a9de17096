"""The step-through pane's controls: its row of First / Previous / Next / Last, Auto-play and its
speed, the step counter and the batch chooser; its keys; the export buttons in its tabs' corner.

    bar = StepperToolbar()
    bar.nextButton.clicked.connect(pane.next)        # the pane wires the buttons to its navigation
    bar.autoTimer.timeout.connect(pane._auto_step)   # one tick of auto-play
    bar.set_position(index, total)                   # "3 / 40"
    bar.update_buttons(loaded, index, at_end)
    keys = StepKeys(pane)
    keys.nextRequested.connect(pane.next)            # ← → Home End, likewise
    keys.install(pane)                               # the pane and the children it has now
    corner = ExportButtons()                         # pngRequested(path), markdownRequested(path)

Its texts are translated in the pane's context ("StepperPane"), where the translation files keep
them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop_nn.ui.kit import palette
from desktop_nn.ui.stepthrough.batch_chooser import BatchChooser

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

NAV_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)


def nav_button(text: str, name: str, tip: str, slot=None) -> QPushButton:
    """A large, bold button of the pane."""
    b = QPushButton(text)
    b.setObjectName(name)
    b.setToolTip(tip)
    b.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
    b.setMinimumHeight(40)
    if slot is not None:
        b.clicked.connect(slot)
    return b


class StepperToolbar(QWidget):
    """The row above the timeline and the tabs; auto-play's timer ticks here, the pane steps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepperToolbar")
        self.firstButton = nav_button(translate("StepperPane", "|◀ First"), "firstStepButton",
                                      translate("StepperPane", "First step (Home)"))
        self.previousButton = nav_button(translate("StepperPane", "◀ Previous"), "previousStepButton",
                                         translate("StepperPane", "Previous step (←)"))
        self.nextButton = nav_button(translate("StepperPane", "Next ▶"), "nextStepButton",
                                     translate("StepperPane", "Next step (→)"))
        self.lastButton = nav_button(translate("StepperPane", "Last ▶|"), "lastStepButton",
                                     translate("StepperPane", "Last step (End)"))
        # on a narrow pane (a 1024-pixel screen) First, Previous and Last keep only their arrows
        self._texts = {b: (b.text(), short) for b, short in
                       ((self.firstButton, "|◀"), (self.previousButton, "◀"), (self.lastButton, "▶|"))}
        self._compact = False
        self.autoButton = nav_button(translate("StepperPane", "▶ Auto-play"), "autoPlayButton",
                                     translate("StepperPane", "Step automatically"), self._toggle_auto)
        self.autoButton.setCheckable(True)
        self.autoTimer = QTimer(self)
        self.speedSpin = QDoubleSpinBox()
        self.speedSpin.setObjectName("autoPlaySpeed")
        self.speedSpin.setRange(0.25, 10.0)
        self.speedSpin.setSingleStep(0.25)
        self.speedSpin.setValue(1.0)
        self.speedSpin.setSuffix(translate("StepperPane", " steps/s"))
        self.speedSpin.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.speedSpin.valueChanged.connect(self._on_speed)
        self.counterLabel = QLabel("—")
        self.counterLabel.setObjectName("stepCounter")
        self.counterLabel.setFont(palette.number_font())
        self.batchChooser = BatchChooser()

        nav = QHBoxLayout(self)
        nav.setContentsMargins(0, 0, 0, 0)          # as the plain row it replaces
        for w in (self.firstButton, self.previousButton, self.nextButton, self.lastButton, self.autoButton,
                  self.speedSpin, self.counterLabel):
            nav.addWidget(w)
        nav.addStretch(1)
        nav.addWidget(self.batchChooser)

    def add_button(self, button: QAbstractButton, short: str) -> None:
        """Another button of the row, after the counter; on a narrow pane it keeps only ``short``."""
        row = self.layout()
        row.insertWidget(row.indexOf(self.counterLabel) + 1, button)
        self._texts[button] = (button.text(), short)

    def _set_compact(self, compact: bool) -> None:
        self._compact = compact
        for button, (full, short) in self._texts.items():
            button.setText(short if compact else full)

    def minimumSizeHint(self):
        # as narrow as the buttons with their arrows only
        hint = super().minimumSizeHint()
        if not self._compact:
            saved = sum(button.fontMetrics().horizontalAdvance(full) - button.fontMetrics().horizontalAdvance(short)
                        for button, (full, short) in self._texts.items())
            hint.setWidth(hint.width() - saved)
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        was = self._compact
        self._set_compact(False)
        full = self.sizeHint().width()
        self._set_compact(was)
        if was != (event.size().width() < full):
            self._set_compact(not was)

    def set_position(self, index: int, total) -> None:
        """Show step ``index`` (0-based) of ``total`` (a number, or "…" while the trace is built)."""
        self.counterLabel.setText(f"{index + 1} / {total}")

    def update_buttons(self, loaded: bool, index: int, at_end: bool) -> None:
        """Enable what can be done from step ``index``; at the end Next starts the next iteration."""
        self.firstButton.setEnabled(loaded and index > 0)
        self.previousButton.setEnabled(loaded and index > 0)
        self.nextButton.setEnabled(loaded and index >= 0)
        self.nextButton.setText(translate("StepperPane", "Next iteration ▶▶") if at_end
                                else translate("StepperPane", "Next ▶"))
        self.lastButton.setEnabled(loaded and not at_end)

    # --- auto-play ---------------------------------------------------------------------------------

    def _toggle_auto(self, checked: bool) -> None:
        if checked:
            self._on_speed(self.speedSpin.value())
            self.autoTimer.start()
            self.autoButton.setText(translate("StepperPane", "❚❚ Pause"))
        else:
            self.autoTimer.stop()
            self.autoButton.setText(translate("StepperPane", "▶ Auto-play"))

    def stop_auto(self) -> None:
        """Auto-play reached the last step: release the button and stop the timer."""
        self.autoButton.setChecked(False)
        self._toggle_auto(False)

    def _on_speed(self, steps_per_second: float) -> None:
        self.autoTimer.setInterval(int(1000 / steps_per_second))


class StepKeys(QObject):
    """← → Home End (without modifiers) step the pane while it or one of its children has the
    focus, even where the main window binds → to its own Step."""

    firstRequested = Signal()
    previousRequested = Signal()
    nextRequested = Signal()
    lastRequested = Signal()

    def install(self, widget: QWidget) -> None:
        """Watch ``widget`` and the children it has now."""
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
            {Qt.Key.Key_Left: self.previousRequested, Qt.Key.Key_Right: self.nextRequested,
             Qt.Key.Key_Home: self.firstRequested, Qt.Key.Key_End: self.lastRequested}[event.key()].emit()
            return True
        return super().eventFilter(obj, event)


class ExportButtons(QWidget):
    """The tabs' corner: Save PNG… (the step on screen) and Save Markdown… (the whole iteration);
    each asks for a file name and passes it on."""

    # payload: the path chosen for the image
    pngRequested = Signal(str)
    # payload: the path chosen for the handout
    markdownRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pngButton = nav_button(translate("StepperPane", "Save PNG…"), "exportPngButton",
                                    translate("StepperPane", "Save the current step as an image"), self._ask_png)
        self.markdownButton = nav_button(translate("StepperPane", "Save Markdown…"), "exportMarkdownButton",
                                         translate("StepperPane", "Save the whole iteration as a Markdown handout"),
                                         self._ask_markdown)
        for button in (self.pngButton, self.markdownButton):
            button.setFont(palette.font(palette.LABEL_POINT_SIZE, bold=True))    # beside the tabs: smaller
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(self.pngButton)
        row.addWidget(self.markdownButton)

    def _ask_png(self) -> None:
        self._ask(translate("StepperPane", "Save step as PNG"), "step.png", translate("StepperPane", "PNG image (*.png)"),
                  self.pngRequested)

    def _ask_markdown(self) -> None:
        self._ask(translate("StepperPane", "Save trace as Markdown"), "trace.md", translate("StepperPane", "Markdown (*.md)"),
                  self.markdownRequested)

    def _ask(self, title: str, name: str, file_filter: str, requested) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, file_filter)
        if path:
            requested.emit(path)
