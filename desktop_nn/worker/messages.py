"""The training session's notices and errors worded for the status bar, in the user's language.

The session reports facts (``Notice``: diverged at epoch e with cost J, stopped at the epoch
limit, going on from the step-through's parameters; errors by kind), never sentences: the
wording belongs to the GUI's side, where the translator is. Engine errors already are sentences.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop_nn.training.session import Notice

log = logging.getLogger(__name__)


def notice_message(notice: Notice | None) -> str:
    """A session's notice as a sentence for the status bar, in the user's language."""
    if notice is None:
        return ""
    if notice.kind == "diverged":
        cost = "NaN/inf" if not np.isfinite(notice.cost) else f"{notice.cost:.3g}"
        lr = notice.learning_rate
        return QCoreApplication.translate(
            "TrainingWorker",
            "Training diverged at epoch {0}: the cost became {1}. The plots show the last good state. Try a smaller learning rate (now {2}, e.g. {3}).",  # noqa: E501
        ).format(notice.epoch, cost, f"{lr:g}", f"{lr / 10:g}")
    if notice.kind == "stalled":
        lr = notice.learning_rate
        if notice.detail.startswith("fit"):
            return QCoreApplication.translate(
                "TrainingWorker",
                "Paused at epoch {0}: training has stalled. For 1000 epochs the cost has stayed near J = {1} and "
                "the fit has done no better than always answering the mean of y (R² ≤ 0): every hidden unit is "
                "alike (zero initial weights), or the units saturate (the learning rate is now {2}). Try another "
                "initialiser (Xavier, He) or a smaller learning rate, then Reset.",
            ).format(notice.epoch, f"{notice.cost:.4g}", f"{lr:g}")
        if notice.detail == "cycling":
            return QCoreApplication.translate(
                "TrainingWorker",
                "Paused at epoch {0}: training has stalled. For 1000 epochs the cost has jumped up and down "
                "without going lower (J = {1}) and the model has done no better than putting every point in one "
                "class: the learning rate is so large that the units saturate. Try a smaller one (now {2}, "
                "e.g. {3}), then Reset.",
            ).format(notice.epoch, f"{notice.cost:.4g}", f"{lr:g}", f"{lr / 10:g}")
        return QCoreApplication.translate(
            "TrainingWorker",
            "Paused at epoch {0}: training has stalled. For 1000 epochs the cost has stayed at J = {1} and the "
            "model has done no better than putting every point in one class: the gradients reaching the first "
            "layers vanish, or every hidden unit is alike (zero initial weights). Try another initialiser "
            "(Xavier, He) or activation (ReLU, tanh), then Reset.",
        ).format(notice.epoch, f"{notice.cost:.4g}")
    if notice.kind == "limit":
        return QCoreApplication.translate(
            "TrainingWorker", "Stopped after {} epochs (the epoch limit); raise it to train on.").format(notice.epoch)
    if notice.kind == "stepped":
        return QCoreApplication.translate("TrainingWorker", "Training goes on from the parameters set by hand "
                                          "(the step-through's update or a point on the loss surface).")
    return ""


def error_message(kind: str, detail: str) -> str:
    """A session's error as a sentence for the status bar; engine errors are already sentences."""
    if kind == "build":
        log.error("building the model failed: %s", detail)
        return QCoreApplication.translate("TrainingWorker", "Could not build the model: {}").format(
            detail.splitlines()[0])
    if kind == "params":
        return QCoreApplication.translate(
            "TrainingWorker", "The stepped parameters do not fit this model: {}").format(detail)
    if kind == "crash":
        log.error("the training process failed on a command: %s", detail)
        return QCoreApplication.translate(
            "TrainingWorker", "Training failed unexpectedly ({}); the details are in the log.").format(
            detail.splitlines()[0])
    return detail

