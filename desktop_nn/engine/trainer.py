"""Training a Network by batch, mini-batch or stochastic gradient descent, one slice at a time.

    trainer = Trainer(net, X, Y, learning_rate=0.5)       # X (n[0], m), Y (n[L], m)
    record = trainer.step(epochs=100)                      # EpochRecord of the last epoch
    trainer.history.train_cost                             # one cost per epoch, as an array

One epoch visits every example once: full batch (batch_size=None) is one update per epoch,
mini-batch is ceil(m / batch_size) updates, stochastic is batch_size=1. For each batch:

    forward -> cost J (checked for divergence) -> backward -> update

The epoch's train cost/accuracy are those of the forward passes of the epoch (for full batch:
the parameters *before* the epoch's update, as the chapter's loop computes J); the held-out
cost/accuracy are computed after the epoch's updates. With full batches, when that forward pass
already meets ``target_cost`` or ``target_accuracy`` the epoch's update is skipped, so the
network that stops is the one the last record describes.

Same network seed, same data, same settings and same ``seed`` (which orders the mini-batches)
give bit-identical parameters. ``learning_rate``, ``batch_size``, ``optimizer``, the targets,
``l2`` ... are plain attributes: change them between calls to ``step``.

EpochRecord and History (the record of the epochs) live in :mod:`.trainer_history`.
"""

from __future__ import annotations

import numpy as np

from . import fastpath
from .errors import ConfigError, DivergenceError
from .gradient_norms import GradientNorms, buffer_norms, norms_of
from .network import Network, check_learning_rate
from .optimizers import make_optimizer
from .trainer_history import EpochRecord, History

#: a cost above this many times the first one (or above this many units, when the first is
#: below 1) counts as exploding. 10 catches saturating blow-ups too: at a learning rate of 100 a
#: tanh network's cross-entropy sticks near 50 (every prediction confidently wrong) instead of
#: growing without bound, and a student should see that named, not a flat line.
DIVERGENCE_FACTOR = 10.0


class _Batch:
    """Inputs of one batch in a fast-path workspace, with Y and its labels."""

    def __init__(self, net, m):
        self.m = m
        self.ws = fastpath.Workspace(net, m)
        self.Y = np.empty((net.layer_dims[-1], m), dtype=net.dtype)
        self.labels = _labels_buffer(net, m)

    def load(self, X, Y):
        np.copyto(self.ws.A[0], X)
        np.copyto(self.Y, Y)
        _fill_labels(self.labels, Y)


def _labels_buffer(net, m):
    if net.output == "softmax":
        return np.empty(m, dtype=np.intp)
    if net.output == "sigmoid":
        return np.empty((net.layer_dims[-1], m), dtype=bool)
    return None


def _fill_labels(labels, Y):
    if labels is None:
        return
    if labels.dtype == bool:
        np.greater_equal(Y, 0.5, out=labels)
    else:
        np.argmax(Y, axis=0, out=labels)


class Trainer:
    """Trains ``network`` on X (n[0], m), Y (n[L], m); optionally tracks a held-out set.

    optimizer         "gd", "momentum" (beta) or "adam" (beta1, beta2)
    batch_size        None = all m examples (batch GD); 1 = stochastic; else mini-batches
    shuffle, seed     reshuffle the examples every epoch (mini-batches only), from default_rng(seed)
    max_epochs, target_cost, target_accuracy   stop conditions: ``done`` and ``stop_reason``
    fast              False runs the readable chapter-notation path (same numbers, slower)
    blas_threads      "auto" (see fastpath.auto_blas_threads), None (leave BLAS alone) or a number
    """

    def __init__(self, network: Network, X, Y, *, X_test=None, Y_test=None, learning_rate=0.01,
                 batch_size=None, optimizer="gd", beta=0.9, beta1=0.9, beta2=0.999, shuffle=True,
                 seed=0, max_epochs=None, target_cost=None, target_accuracy=None, fast=True,
                 blas_threads="auto"):
        if not isinstance(network, Network):
            raise ConfigError("Trainer needs a desktop_nn.engine.network.Network to train.")
        self.network = network
        self.X = network._check_X(X)
        self.Y = network._check_Y(Y, self.X.shape[1])
        self.m = self.X.shape[1]
        if (X_test is None) != (Y_test is None):
            raise ConfigError("give both X_test and Y_test, or neither.")
        self.X_test = self.Y_test = None
        if X_test is not None:
            self.X_test = network._check_X(X_test)
            self.Y_test = network._check_Y(Y_test, self.X_test.shape[1])
        self.learning_rate = learning_rate
        self.batch_size = batch_size
        self.optimizer = optimizer
        self.beta, self.beta1, self.beta2 = beta, beta1, beta2
        self.shuffle = shuffle
        self.seed = seed
        self.max_epochs = max_epochs
        self.target_cost = target_cost
        self.target_accuracy = target_accuracy
        self.fast = fast
        self.blas_threads = blas_threads
        self.history = History(with_test=self.X_test is not None)
        self._initial = network._current.copy()
        self._opt = None
        self._opt_key = None
        self._saved = None                   # readable path: parameters before the last update
        self.note_gradients = False          # True: the next update keeps its gradients' norms …
        self.noted_gradients: GradientNorms | None = None     # … here (engine.gradient_norms)
        self._full = self._test = None
        self._batches: dict[int, _Batch] = {}
        self.reset()

    # --- state ---------------------------------------------------------------------------------

    @property
    def l2(self) -> float:
        return self.network.l2

    @l2.setter
    def l2(self, value) -> None:
        self.network.l2 = value

    def reset(self) -> None:
        """Back to the very same initial weights, a fresh optimizer, epoch 0 and no history."""
        for cur, init in zip(self.network._current.Wb, self._initial.Wb):
            np.copyto(cur, init)
        self.network._spare_valid = False
        self._rng = np.random.default_rng(self.seed)
        if self._opt is not None:
            self._opt.reset()
        self.history.clear()
        self.epoch = 0
        self.done = False
        self.stop_reason = ""
        self.diverged: DivergenceError | None = None
        self._reference_cost = None
        self._saved = None
        self.noted_gradients = None

    def step(self, epochs: int = 1) -> EpochRecord | None:
        """Train up to ``epochs`` epochs (fewer if a stop condition is met); the last record.

        Raises DivergenceError (with .epoch and .cost) when the cost becomes NaN/inf or
        explodes; the network then keeps the parameters from before the update that blew up.
        """
        epochs = int(epochs)
        if epochs < 0:
            raise ConfigError(f"epochs must be >= 0; got {epochs}.")
        alpha, batch = self._configure()
        self._update_done()
        record = self.history[-1] if len(self.history) else None
        if self.done:
            return record
        # overflow on the way to divergence is expected: the cost check below reports it
        with fastpath.blas_threads(self._threads()), np.errstate(over="ignore", invalid="ignore"):
            for _ in range(epochs):
                record = self._epoch(alpha, batch)
                self._update_done()
                if self.done:
                    break
        return record

    # --- one epoch -----------------------------------------------------------------------------

    def _epoch(self, alpha: float, batch: int) -> EpochRecord:
        e, m = self.epoch + 1, self.m
        loss_sum = 0.0
        correct = total = 0
        order = None
        if batch < m and self.shuffle:
            order = self._rng.permutation(m)
        for start in range(0, m, batch):
            stop = min(start + batch, m)
            idx = None if batch >= m else (order[start:stop] if order is not None else slice(start, stop))
            if self.fast:
                cost, c, n = self._fast_forward(idx, stop - start, alpha, e)
            else:
                cost, c, n = self._readable_forward(idx, alpha, e)
            loss_sum += cost * (stop - start)
            correct += c
            total += n
            if idx is None and self._meets_target(cost, c / n):
                break                               # full batch: keep the parameters that met it
            self._apply_update(alpha)
        train_cost, train_acc = loss_sum / m, correct / total
        test_cost = test_acc = None
        if self.X_test is not None:
            test_cost, test_acc = self._evaluate_test()
        self.history.append(train_cost, train_acc, test_cost, test_acc)
        self.epoch = e
        self.diverged = None
        return EpochRecord(e, train_cost, train_acc, test_cost, test_acc)

    def _fast_forward(self, idx, mb, alpha, epoch):
        """Load the batch, forward, cost, divergence check; the update waits for _apply_update."""
        net, opt = self.network, self._opt
        if idx is None:
            b = self._full_batch()
        else:
            b = self._batch(mb)
            full = self._full_batch()
            if isinstance(idx, slice):
                np.copyto(b.ws.Ab[0], full.ws.Ab[0][:, idx])
                np.copyto(b.Y, full.Y[:, idx])
            else:
                np.take(full.ws.Ab[0], idx, axis=1, out=b.ws.Ab[0])
                np.take(full.Y, idx, axis=1, out=b.Y)
            _fill_labels(b.labels, b.Y)
        scale = alpha / mb if opt.folds_learning_rate else 1.0 / mb
        fastpath.forward(net, b.ws)
        loss, correct, n = fastpath.output_layer(net, b.ws, b.Y, b.labels, scale)
        cost = loss / mb
        if net.l2:
            cost += net.l2 / (2 * mb) * fastpath.l2_penalty(net)
        self._check_divergence(cost, epoch, restore=lambda: fastpath.restore_previous(net))
        self._pending = (b, scale)
        return cost, correct, n

    def _apply_update(self, alpha):
        """Backward and update for the batch the last forward pass saw."""
        net, opt = self.network, self._opt
        if self.fast:
            b, scale = self._pending
            fastpath.backward(net, b.ws, scale)
            if self.note_gradients:           # before the optimiser reuses the buffers
                self.noted_gradients = buffer_norms(self.epoch + 1, net.L, b.ws, scale)
                self.note_gradients = False
            new = fastpath.spare(net)
            opt.apply(net._current, b.ws.dWb, new, alpha)
            fastpath.swap_in(net, new)
        else:
            AL, Y, caches = self._pending
            grads = net.backward(AL, Y, caches)
            if self.note_gradients:
                self.noted_gradients = norms_of(self.epoch + 1, net.L, grads)
                self.note_gradients = False
            self._saved = {k: v.copy() for k, v in net.params.items()}
            opt.update(net.params, grads, alpha)
        self._pending = None

    def _meets_target(self, cost, accuracy) -> bool:
        return ((self.target_cost is not None and cost <= float(self.target_cost))
                or (self.target_accuracy is not None and accuracy >= float(self.target_accuracy)))

    def _readable_forward(self, idx, alpha, epoch):
        net = self.network
        X, Y = (self.X, self.Y) if idx is None else (self.X[:, idx], self.Y[:, idx])
        AL, caches = net.forward(X)
        cost = net.cost(AL, Y)
        saved = self._saved
        self._check_divergence(cost, epoch, restore=lambda: saved is not None and self._restore(saved))
        self._pending = (AL, Y, caches)
        correct, n = _count_correct(net, AL, Y)
        return cost, correct, n

    def _restore(self, saved) -> bool:
        for k, v in saved.items():
            np.copyto(self.network.params[k], v)
        return True

    def _evaluate_test(self):
        net = self.network
        if self._test is None:
            self._test = _Batch(net, self.X_test.shape[1])
            self._test.load(self.X_test, self.Y_test)
        t = self._test
        fastpath.forward(net, t.ws)
        loss, correct, n = fastpath.output_layer(net, t.ws, t.Y, t.labels, None)
        cost = loss / t.m
        if net.l2:
            cost += net.l2 / (2 * t.m) * fastpath.l2_penalty(net)
        return cost, correct / n

    def _check_divergence(self, cost: float, epoch: int, restore) -> None:
        if self._reference_cost is None and np.isfinite(cost):
            self._reference_cost = cost
        ref = self._reference_cost
        if np.isfinite(cost) and cost <= DIVERGENCE_FACTOR * max(ref, 1.0):
            return
        restored = restore()
        self._opt.reset()
        # a run that goes on (a smaller learning rate) is judged from where it goes on: its next
        # epoch's cost is the new reference, not the first epoch's of a run long left behind
        self._reference_cost = None
        what = ("became NaN/inf" if not np.isfinite(cost)
                else f"exploded to {cost:.4g} (it started at {ref:.4g})")
        kept = ("the network keeps the parameters from before the update that blew up"
                if restored else "the network's parameters were already unusable: reset it")
        err = DivergenceError(
            f"Training diverged in epoch {epoch}: the cost {what}. The learning rate "
            f"{self.learning_rate:g} is too large for this network and data: try "
            f"{float(self.learning_rate) / 10:g} or smaller, or standardise the features; "
            f"{kept}.", epoch=epoch, cost=float(cost))
        self.diverged = err
        self.stop_reason = f"diverged in epoch {epoch}"
        raise err

    # --- configuration -------------------------------------------------------------------------

    def _configure(self) -> tuple[float, int]:
        alpha = check_learning_rate(self.learning_rate)
        bs = self.batch_size
        if bs is None:
            batch = self.m
        else:
            if isinstance(bs, bool) or int(bs) != bs or bs < 1:
                raise ConfigError(f"batch size must be a whole number >= 1, or None for all m examples; got {bs!r}.")
            batch = min(int(bs), self.m)
        key = (self.optimizer, self.beta, self.beta1, self.beta2, self.fast)
        if key != self._opt_key:
            self._opt = make_optimizer(self.optimizer, self.beta, self.beta1, self.beta2)
            self._opt_key = key
            self._saved = None
        for name in ("target_cost", "target_accuracy"):
            value = getattr(self, name)
            if value is not None and not np.isfinite(float(value)):
                raise ConfigError(f"{name} must be a number or None; got {value!r}.")
        if self.max_epochs is not None and int(self.max_epochs) < 0:
            raise ConfigError(f"max_epochs must be >= 0 or None; got {self.max_epochs!r}.")
        return alpha, batch

    def _update_done(self) -> None:
        self.done = False
        if self.diverged is None:
            self.stop_reason = ""
        if self.max_epochs is not None and self.epoch >= int(self.max_epochs):
            self.done, self.stop_reason = True, f"reached {int(self.max_epochs)} epochs"
        if not len(self.history):
            return
        last = self.history[-1]
        if self.target_cost is not None and last.train_cost <= float(self.target_cost):
            self.done = True
            self.stop_reason = f"cost {last.train_cost:.4g} <= target {float(self.target_cost):g} in epoch {last.epoch}"
        elif self.target_accuracy is not None and last.train_accuracy >= float(self.target_accuracy):
            self.done = True
            self.stop_reason = f"accuracy {last.train_accuracy:.1%} >= target {float(self.target_accuracy):.1%} in epoch {last.epoch}"

    def _threads(self):
        if self.blas_threads == "auto":
            return fastpath.auto_blas_threads(self.network)
        return self.blas_threads

    def _full_batch(self) -> _Batch:
        if self._full is None:
            self._full = _Batch(self.network, self.m)
            self._full.load(self.X, self.Y)
        return self._full

    def _batch(self, mb: int) -> _Batch:
        b = self._batches.get(mb)
        if b is None:
            if len(self._batches) >= 2:          # the batch size changed: forget the old ones
                self._batches.clear()
            b = self._batches[mb] = _Batch(self.network, mb)
        return b


def _count_correct(net: Network, AL, Y) -> tuple[int, int]:
    if net.output == "softmax":
        return int(np.count_nonzero(np.argmax(AL, axis=0) == np.argmax(Y, axis=0))), Y.shape[1]
    if net.output == "sigmoid":
        return int(np.count_nonzero((AL >= 0.5) == (Y >= 0.5))), Y.size
    return int(np.count_nonzero(np.abs(AL - Y) < 0.5)), Y.size
