"""What the settings panel lists, with the names it shows (marked for pyside6-lupdate here,
translated in the context "HyperparametersPanel" when a list is built). The activations' names
come from the engine's one declaration of each activation (engine/activations.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_nn.engine.activations import get_activation, offered_activation_names
from desktop_nn.engine.datasets import IRIS_CLASSES

LEARNING_RATE_PRESETS = ("0.00001", "0.0001", "0.0003", "0.001", "0.003", "0.01", "0.03",
                         "0.1", "0.3", "1", "3", "10")
# combo texts: marked for pyside6-lupdate here, translated by _combo when a combo is built
DATASET_NAMES = {"iris": QT_TRANSLATE_NOOP("HyperparametersPanel", "Iris (UCI)"), "xor": QT_TRANSLATE_NOOP("HyperparametersPanel", "XOR"), "circles": QT_TRANSLATE_NOOP("HyperparametersPanel", "Circles"), "moons": QT_TRANSLATE_NOOP("HyperparametersPanel", "Moons"),
                 "spirals": QT_TRANSLATE_NOOP("HyperparametersPanel", "Spirals"), "gaussians": QT_TRANSLATE_NOOP("HyperparametersPanel", "Gaussians (overlap)"), "blobs": QT_TRANSLATE_NOOP("HyperparametersPanel", "Blobs (separable)")}
# numbers to fit (training/regression.py): a linear output and the squared error
DATASET_NAMES.update({
    "sine": QT_TRANSLATE_NOOP("HyperparametersPanel", "fit: sine"),
    "step": QT_TRANSLATE_NOOP("HyperparametersPanel", "fit: step"),
    "abs": QT_TRANSLATE_NOOP("HyperparametersPanel", "fit: |x|"),
    "cubic": QT_TRANSLATE_NOOP("HyperparametersPanel", "fit: x³ − x"),
    "plane": QT_TRANSLATE_NOOP("HyperparametersPanel", "fit: plane (2-D)"),
    "bumps": QT_TRANSLATE_NOOP("HyperparametersPanel", "fit: bumps (2-D)"),
})
IRIS_CLASS_CHOICES = {
    QT_TRANSLATE_NOOP("HyperparametersPanel", "setosa / versicolor"): IRIS_CLASSES[:2],
    QT_TRANSLATE_NOOP("HyperparametersPanel", "versicolor / virginica"): IRIS_CLASSES[1:],
    QT_TRANSLATE_NOOP("HyperparametersPanel", "setosa / virginica"): (IRIS_CLASSES[0], IRIS_CLASSES[2]),
    QT_TRANSLATE_NOOP("HyperparametersPanel", "all three (softmax)"): IRIS_CLASSES,
}
OUTPUT_NAMES = {"sigmoid": QT_TRANSLATE_NOOP("HyperparametersPanel", "sigmoid + cross-entropy"), "softmax": QT_TRANSLATE_NOOP("HyperparametersPanel", "softmax + cross-entropy"),
                "linear": QT_TRANSLATE_NOOP("HyperparametersPanel", "linear + squared error")}
# the hidden-layer activations and their display names come from the engine's one declaration
# (engine/activations.py, whose labels pyside6-lupdate reads too)
def activation_names() -> dict[str, str]:
    """name → display label of every activation the panel offers for hidden layers."""
    return {name: get_activation(name).display_name for name in offered_activation_names()}


INIT_NAMES = {"small_random": QT_TRANSLATE_NOOP("HyperparametersPanel", "small random ×0.01"), "zeros": QT_TRANSLATE_NOOP("HyperparametersPanel", "zeros"), "xavier": QT_TRANSLATE_NOOP("HyperparametersPanel", "Xavier"), "he": QT_TRANSLATE_NOOP("HyperparametersPanel", "He")}
OPTIMIZER_NAMES = {"gd": QT_TRANSLATE_NOOP("HyperparametersPanel", "gradient descent"), "momentum": QT_TRANSLATE_NOOP("HyperparametersPanel", "momentum"), "adam": QT_TRANSLATE_NOOP("HyperparametersPanel", "Adam")}
