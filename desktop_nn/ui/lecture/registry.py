"""Which live view a scene file may name, and where its class lives (imported on first use)."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

_PKG = "desktop_nn.ui.lecture.scenes"

#: view name (what a scene file's ``view =`` says) → "module:Class" under desktop_nn.ui.lecture.scenes
VIEWS: dict[str, str] = {
    "mcculloch_pitts": "neuron:McCullochPittsScene",
    "perceptron_rule": "classic:PerceptronRuleScene",
    "perceptron_non_separable": "classic:PerceptronNonSeparableScene",
    "adaline": "classic:AdalineScene",
    "learning_rate": "rates:LearningRateScene",
    "feature_scaling": "rates:FeatureScalingScene",
    "sgd_vs_batch": "rates:SgdVsBatchScene",
    "logistic_regression": "logistic:LogisticRegressionScene",
    "cross_entropy": "logistic:CrossEntropyScene",
    "computation_graph": "graph:ComputationGraphScene",
    "logistic_derivatives": "logistic_derivatives:LogisticDerivativesScene",
    "vectorization": "vectorize:VectorizationScene",
    "vectorized_logistic": "vectorize:VectorizedLogisticScene",
    "rank_one_arrays": "vectorize:RankOneArraysScene",
    "shallow_network": "shallow:ShallowNetworkScene",
    "activation_functions": "activations:ActivationFunctionsScene",
    "why_nonlinear": "why_nonlinear:WhyNonlinearScene",
    "shallow_backprop": "backprop:ShallowBackpropScene",
    "initialization": "initialization:InitializationScene",
    "deep_notation": "deep:DeepNotationScene",
    "deep_forward": "deep_forward:DeepForwardScene",
    "matrix_dimensions": "matrix_dimensions:MatrixDimensionsScene",
    "why_deep": "why_deep:WhyDeepScene",
    "building_blocks": "building_blocks:BuildingBlocksScene",
    "hyperparameters": "hyperparameters:HyperparametersScene",
    "summary": "summary:SummaryScene",
    "next_step_code": "code:NextStepCodeScene",
    # the slides' code and derivations, each beside its live result
    "perceptron_code": "perceptron_code:PerceptronCodeScene",
    "iris_loading": "iris_loading:IrisLoadingScene",
    "delta_rule_derivation": "delta_rule:DeltaRuleDerivationScene",
    "adaline_code": "adaline_code:AdalineCodeScene",
    "feature_scaling_code": "scaling_code:FeatureScalingCodeScene",
    "adaline_sgd_code": "adaline_code:AdalineSgdCodeScene",
    "linear_models": "linear_models:LinearModelsScene",
    "loss_intuition": "loss_intuition:LossIntuitionScene",
    "logistic_graph": "logistic_graph:LogisticGraphScene",
    "numpy_guide": "numpy_guide:NumpyGuideScene",
    "shallow_units": "shallow_units:ShallowUnitsScene",
    "backprop_one_example": "backprop_one_example:BackpropOneExampleScene",
    # a question to the class: a countdown, then the reveal computed on the live network
    "question": "question:QuestionScene",
}


def title_fields(name: str) -> dict[str, Any]:
    """The defaults of a view's title fields ({} if the view cannot be loaded)."""
    try:
        return view_class(name).default_title_fields()
    except ViewUnavailable:
        return {}


class ViewUnavailable(Exception):
    """A view's module could not be imported (the message says why)."""


def view_class(name: str):
    try:
        target = VIEWS[name]
    except KeyError:
        raise ViewUnavailable(translate("SceneFile", "no view named '{}'").format(name)) from None
    module_name, cls_name = target.split(":")
    try:
        module = importlib.import_module(f"{_PKG}.{module_name}")
    except Exception as exc:  # a missing engine module, say: that view is unavailable, the rest works
        raise ViewUnavailable(translate("SceneFile", "view '{}' cannot be loaded: {}").format(
            name, f"{type(exc).__name__}: {exc}")) from exc
    return getattr(module, cls_name)


def view_defaults() -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """(view → its settings' defaults for every importable view, view → why it is unavailable)."""
    defaults: dict[str, dict[str, Any]] = {}
    unavailable: dict[str, str] = {}
    for name in VIEWS:
        try:
            defaults[name] = dict(view_class(name).SETTINGS)
        except ViewUnavailable as exc:
            unavailable[name] = str(exc)
    return defaults, unavailable


def settings_text(name: str) -> str:
    """A view's settings with their defaults as a scene file writes them: `epochs` = 10, …
    (resources/lectures/README.md lists every view with this; a test keeps the two the same)."""
    def toml(value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str):
            return f'"{value}"'
        if isinstance(value, (list, tuple)):
            return "[" + ", ".join(toml(v) for v in value) + "]"
        return repr(value)

    settings = view_class(name).SETTINGS
    return ", ".join(f"`{key}` = {toml(value)}" for key, value in settings.items()) or "none"
