"""The current run's gradient norms over the epochs (no Qt), on the history's fixed budget.

Each frame of a network's run carries the per-layer norms of one recent update
(training.gradient_flow: ‖dW[l]‖ for every layer, ‖dA[l]‖ for the hidden ones); they become one
row of a :class:`~desktop_nn.document.curves.Columns` named "epoch", "dW1" … "dW<L>", "dA1" …
— one row per frame that carried new norms, bucketed like the cost curves beyond
HISTORY_BUDGET rows. The gradient-flow strip draws them.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from desktop_nn.document.curves import Columns
from desktop_nn.engine.gradient_norms import norm_names


def take_gradients(run, frame, new_run: bool) -> None:
    """Append ``frame``'s norms (if any, and newer than the last row) to ``run.gradients``; a new
    run, or a network of another depth, starts new columns."""
    if new_run:
        run.gradients = None
    g = getattr(frame, "gradients", None)
    if g is None:
        return
    names = ("epoch",) + norm_names(len(g.dW))
    columns = run.gradients
    if columns is None or columns.names != names:
        columns = run.gradients = Columns(names=names)
    if len(columns) and columns.epochs >= g.epoch:
        return
    row = g.row()
    columns.extend(SimpleNamespace(**{n: np.array([v]) for n, v in zip(names, row)}))
