"""What the document changed besides the user's edit, so that the choice could be carried out
(Document.fitted: a third class asks for softmax, numbers to fit for a linear output, one input x
for the features of x alone), in words for the message bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_nn.training.regression import ONE_INPUT_FEATURES
from desktop_nn.ui.workbench.setting_names import OUTPUT_NAMES

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def adjustment_text(document, adjusted) -> str:
    """``adjusted`` — (setting, before, after) triples of Document.fitted — as sentences."""
    if document.is_regression:
        return regression_text(adjusted)
    k = document.class_count(document.settings)
    parts = []
    for name, _old, new in adjusted:
        if name == "model":
            parts.append(translate("MainWindow", "A single neuron separates two classes: the model is now a neural "
                                                 "network."))
        elif name == "output" and new == "softmax":
            parts.append(translate("MainWindow", "{} classes: the output is now softmax + cross-entropy, one output "
                                                 "unit per class.").format(k))
        elif name == "output":
            parts.append(translate("MainWindow", "Two classes: the output is back to {}, as in the chapter.").format(
                translate("HyperparametersPanel", OUTPUT_NAMES[new])))
        elif name == "features":
            parts.append(features_text(new))
    return "  ".join(parts)


def regression_text(adjusted) -> str:
    """What the document changed so that numbers can be fitted (Document.fitted), in words."""
    parts = []
    for name, _old, new in adjusted:
        if name == "model":
            parts.append(translate(
                "FitPlot", "A single neuron of the chapter separates two classes: to fit numbers the model is now "
                "a neural network."))
        elif name == "output" and new == "linear":
            parts.append(translate(
                "FitPlot", "Numbers to fit: the output is linear with the squared error J = (1/2m) Σ (a − y)², the "
                "chapter's Adaline cost."))
        elif name == "features":
            parts.append(features_text(new))
    return "  ".join(parts)


def features_text(new) -> str:
    """Why the input features changed with the data: narrowed to x alone, or given back x₁, x₂."""
    if set(new) <= set(ONE_INPUT_FEATURES):
        return translate(
            "FitPlot", "This data has one input x: only the features of x (x₁, x₁², sin x₁) can be used.")
    return translate(
        "FitPlot", "This data has two inputs: the input features are x₁ and x₂ again (the Input features tab "
        "adds more).")
