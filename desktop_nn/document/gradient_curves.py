"""The current run's gradient norms over the epochs (no Qt), on the history's fixed budget.

Each frame of a network's run carries the per-layer norms noted since the previous frame
(training.gradient_flow.GradientSampler: ‖dW[l]‖ for every layer, ‖dA[l]‖ for the hidden ones,
every epoch at first, then every k-th); each becomes one row of a
:class:`~desktop_nn.document.curves.Columns` named "epoch", "dW1" … "dW<L>", "dA1" …, bucketed
like the cost curves beyond HISTORY_BUDGET rows. The gradient-flow strip draws them.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from desktop_nn.document.curves import Columns
from desktop_nn.engine.gradient_norms import norm_names


def take_gradients(run, frame, new_run: bool) -> None:
    """Append ``frame``'s norms (those newer than the last row) to ``run.gradients``; a new run,
    or a network of another depth, starts new columns."""
    if new_run:
        run.gradients = None
    rows = getattr(frame, "gradients", ())
    if not rows:
        return
    names = ("epoch",) + norm_names(len(rows[0].dW))
    columns = run.gradients
    if columns is None or columns.names != names:
        columns = run.gradients = Columns(names=names)
    last = columns.epochs if len(columns) else 0
    rows = [g.row() for g in rows if g.epoch > last and len(g.row()) == len(names)]
    if rows:
        table = np.array(rows)
        columns.extend(SimpleNamespace(**{n: table[:, k] for k, n in enumerate(names)}))
