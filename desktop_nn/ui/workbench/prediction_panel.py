"""The predict-then-reveal panel (ui/workbench/prediction.py's rounds use it): the class picker,
Fill the rest, Clear, the four cost-curve shapes, Done — train and Cancel; after training, the
result in words and per cent, with Close. The main window's "Predict first" and the lecture's
training scenes show the same panel, in their own type sizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.exercises.predict import SHAPE_NAMES, SHAPES
from desktop_nn.ui.kit import palette

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def shape_name(shape: str) -> str:
    return QCoreApplication.translate("Exercises", SHAPE_NAMES[shape])


def _swatch(k: int, size: int) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(palette.class_color(k))
    p.setPen(QColor(palette.TEXT))
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pix)


class PredictPanel(QWidget):
    """The prediction's controls (class picker, Fill the rest, Clear, the four shapes, Done —
    train, Cancel) and, after training, the result with Close. ``font`` and ``control_height``
    size it for the workbench or the projector."""

    doneClicked = Signal()
    cancelClicked = Signal()
    closeClicked = Signal()
    labelChosen = Signal(int)
    fillClicked = Signal()
    clearClicked = Signal()

    def __init__(self, font=None, control_height: int = 0, compact: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.compact = compact          # the projector: no prompt (the teacher says it), fewer rows
        self.setObjectName("predictPanel")
        self.setFont(font or palette.font(palette.BASE_POINT_SIZE))
        self._height = control_height
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor("#F3F1EA"))
        self.setPalette(pal)

        self.prompt = QLabel()
        self.prompt.setObjectName("predictPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.prompt.setToolTip(translate(
            "Prediction", "Left button: paint the chosen class; right button: erase. Fill the rest paints every "
                          "cell not yet painted with the chosen class."))
        self.classButtons: list[QPushButton] = []
        self._classes = QButtonGroup(self)
        self._classes.setExclusive(True)
        self._classes.idClicked.connect(self.labelChosen)
        self.classRow = QWidget()
        self._class_layout = QGridLayout(self.classRow)
        self._class_layout.setContentsMargins(0, 0, 0, 0)
        self._narrow = False
        self.fillButton = self._button(translate("Prediction", "Fill the rest"), "predictFillButton")
        self.fillButton.setToolTip(translate("Prediction", "Paint every cell not yet painted with the chosen class"))
        self.fillButton.clicked.connect(self.fillClicked)
        self.clearButton = self._button(translate("Prediction", "Clear"), "predictClearButton")
        self.clearButton.clicked.connect(self.clearClicked)

        self.shapeCaption = QLabel(translate("Prediction", "The cost curve:"))
        self._shapes = QButtonGroup(self)
        self.shapeButtons: dict[str, QRadioButton] = {}
        self.shapeRow = QWidget()
        shape_grid = self._shape_grid = QGridLayout(self.shapeRow)   # the four shapes two by two
        shape_grid.setContentsMargins(0, 0, 0, 0)
        shape_grid.setVerticalSpacing(0 if compact else 2)
        for i, shape in enumerate(SHAPES):
            radio = QRadioButton(shape_name(shape))
            radio.setObjectName(f"predictShape_{shape}")
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if compact:         # the style's indicator does not grow with the projector's type
                mark = round(0.6 * QFontMetrics(self.font()).height())
                radio.setStyleSheet(f"QRadioButton::indicator {{ width: {mark}px; height: {mark}px; }}")
                radio.setFont(self.font())
            self._shapes.addButton(radio, i)
            self.shapeButtons[shape] = radio
        shape_grid.setColumnStretch(3, 1)
        self.doneButton = self._button(translate("Prediction", "Done — train"), "predictDoneButton")
        self.doneButton.setDefault(True)
        self.doneButton.clicked.connect(self.doneClicked)
        self.cancelButton = self._button(translate("Prediction", "Cancel"), "predictCancelButton")
        self.cancelButton.setToolTip(translate("Prediction", "Leave the prediction without training (Esc)"))
        self.cancelButton.clicked.connect(self.cancelClicked)

        self.result = QLabel()
        self.result.setObjectName("predictResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.closeButton = self._button(translate("Prediction", "Close"), "predictCloseButton")
        self.closeButton.setToolTip(translate("Prediction", "Take the sketch off the plot (Esc)"))
        self.closeButton.clicked.connect(self.closeClicked)

        # rows: the prompt; the class picker; Fill the rest, Clear … Cancel, Done; the shapes —
        # or, after training, the result beside Close
        if compact:
            # one line a sentence: a wrapped label asks for the height of its text squeezed to its
            # narrowest width, more than a projector's screen has
            self.result.setWordWrap(False)
            self.brushRow = _row(self.classRow, self.fillButton, self.clearButton, None, self.cancelButton,
                                 self.doneButton)
            self.doneButton.setToolTip(self.prompt.toolTip())
        else:
            # Fill the rest, Clear … Cancel, Done on one line, or on two in a narrow pane
            self.brushRow = QWidget()
            self._brush_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.brushRow)
            self._brush_layout.setContentsMargins(0, 0, 0, 0)
            self._brush_layout.addWidget(_row(self.fillButton, self.clearButton, None))
            self._brush_layout.addWidget(_row(None, self.cancelButton, self.doneButton))
        self.resultRow = _row(self.result, self.closeButton)
        self.resultRow.layout().setStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2 if compact else 4)
        for part in (self.prompt, self.classRow, self.brushRow, self.shapeRow, self.resultRow):
            if part.parentWidget() is None:
                layout.addWidget(part)
        self._arrange(narrow=False)
        self.hide()

    def _arrange(self, narrow: bool) -> None:
        """Wide: the classes on one line, the shapes' caption beside them, Fill … Done on one
        line. Narrow (a 1024-pixel screen's decision pane): two classes a line, the caption over
        the shapes, Fill the rest and Clear over Cancel and Done."""
        self._narrow = narrow
        grid = self._shape_grid
        for w in (self.shapeCaption, *self.shapeButtons.values()):
            grid.removeWidget(w)
        if narrow:
            grid.addWidget(self.shapeCaption, 0, 0, 1, 3)
        else:
            grid.addWidget(self.shapeCaption, 0, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        for i, radio in enumerate(self.shapeButtons.values()):
            grid.addWidget(radio, (1 if narrow else 0) + i // 2, (0 if narrow else 1) + i % 2)
        self._place_classes()
        if not self.compact:
            self._brush_layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                            else QBoxLayout.Direction.LeftToRight)

    def _place_classes(self) -> None:
        per_line = 2 if self._narrow else max(1, len(self.classButtons))
        for b in self.classButtons:
            self._class_layout.removeWidget(b)
        for k, b in enumerate(self.classButtons):
            self._class_layout.addWidget(b, k // per_line, k % per_line)
        self._class_layout.setColumnStretch(per_line, 1)

    def _wide_width(self) -> int:
        """The width the wide arrangement needs."""
        def width(*widgets) -> int:
            return sum(w.sizeHint().width() for w in widgets) + 12 * len(widgets)
        margins = self.layout().contentsMargins()
        return max(width(*self.classButtons), width(self.fillButton, self.clearButton, self.cancelButton,
                                                     self.doneButton) + 12,
                   width(self.shapeCaption, *list(self.shapeButtons.values())[:2])) + margins.left() + margins.right()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.compact:
            narrow = self.width() < self._wide_width()
            if narrow != self._narrow:
                self._arrange(narrow)

    def _button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setFont(self.font())
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if self._height:
            b.setMinimumHeight(self._height)
        return b

    def set_classes(self, names: list[str], chosen: int = 0) -> None:
        for b in self.classButtons:
            self._classes.removeButton(b)
            self._class_layout.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.classButtons = []
        size = max(12, round(0.8 * self.fontMetrics().height()))
        for k, name in enumerate(names):
            b = self._button(name, f"predictClass{k}")
            b.setCheckable(True)
            b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            b.setIcon(_swatch(k, size))
            b.setIconSize(QSize(size, size))
            b.setChecked(k == chosen)
            self._classes.addButton(b, k)
            self.classButtons.append(b)
        self._place_classes()

    def chosen_shape(self) -> str | None:
        i = self._shapes.checkedId()
        return SHAPES[i] if i >= 0 else None

    def show_predict(self, sketching: bool) -> None:
        """The prediction's controls: the class picker and brush only when there is a plot."""
        if sketching:
            text = translate("Prediction", "<b>Predict first:</b> paint each class's region (right button erases), "
                                           "pick the cost curve's shape, then Done — train.")
        else:
            text = translate("Prediction", "<b>Predict first:</b> pick the shape the cost curve will take, "
                                           "then Done — train.")
        text += " " + translate("Prediction", "The verdict comes when training stops: at the epoch limit, or "
                                              "when you press Pause (a network trains until then).")
        self.prompt.setText(text)
        self._shapes.setExclusive(False)
        for radio in self.shapeButtons.values():
            radio.setChecked(False)
        self._shapes.setExclusive(True)
        self._set_mode(predicting=True, sketching=sketching)

    def show_result(self, html: str) -> None:
        self.result.setText(html)
        self._set_mode(predicting=False, sketching=False)

    def _set_mode(self, predicting: bool, sketching: bool) -> None:
        for part in (self.brushRow, self.shapeRow):
            part.setVisible(predicting)
        self.prompt.setVisible(predicting and not self.compact)
        for part in (self.classRow, self.fillButton, self.clearButton):
            part.setVisible(predicting and sketching)
        self.resultRow.setVisible(not predicting)
        self.show()


def _row(*widgets) -> QWidget:
    """Widgets side by side (None: the stretch between them)."""
    w = QWidget()
    row = QHBoxLayout(w)
    row.setContentsMargins(0, 0, 0, 0)
    for x in widgets:
        if x is None:
            row.addStretch(1)
        else:
            row.addWidget(x)
    return w
