"""The two kinds of trainable model behind one small interface, with no Qt.

``ClassicRun`` trains the chapter's single neurons one epoch at a time through the engine's
``train_epoch`` (a Pause/Step button cannot use one long ``train`` call), so it ends exactly where
``Perceptron.train`` / ``AdalineGD.train`` / … end. ``NetworkRun`` wraps the engine's Network and
Trainer. Both offer::

    step() -> Record            one epoch; DivergenceError keeps the last good weights
    reset()                     back to the very same initial weights, epoch 0
    set_live(learning_rate=, batch_size=, l2=)
    params() -> {"W1", "b1", …} copies;  activations;  layer_dims
    restore(params, epoch, records)      a saved run: its weights, epoch count and history
    class_probabilities(F) -> (k, N)     F rows of input features
    predict(F) -> (N,) class indices
"""

from __future__ import annotations

import numpy as np

from desktop_nn.engine.classic import AdalineGD, AdalineSGD, LogisticRegressionGD, Perceptron
from desktop_nn.engine.errors import ConfigError, DivergenceError
from desktop_nn.training.config import DataView, Record, RunConfig

#: the classic models' cost, named as the chapter plots it
COST_LABELS = {
    "perceptron": "misclassifications",
    "adaline": "SSE  ½Σ(y − z)²",
    "adaline_sgd": "SSE  ½Σ(y − z)²",
    "logistic": "cross-entropy J",
    "sigmoid": "cross-entropy J",
    "softmax": "cross-entropy J",
    "linear": "squared error J",
}

_EXPLOSION = 1e6     # classic models: cost above this many times the first one = diverged

TRAINER_HISTORY_KEPT = 4096        # epochs the training process's Trainer keeps at the most


def signed_labels(y) -> np.ndarray:
    """The perceptron and Adaline slides' labels: +1 for class 1, −1 for the other class."""
    return np.where(np.asarray(y) == 1, 1, -1)


def slide_targets(kind: str, y) -> np.ndarray:
    """A single neuron's targets as its slides write them: 0/1 for logistic regression (the
    cross-entropy's y), ±1 for the perceptron and Adaline."""
    y = np.asarray(y)
    return (y == 1).astype(float) if kind == "logistic" else signed_labels(y).astype(float)


class ClassicRun:
    """Perceptron / Adaline (GD or SGD) / logistic regression: one neuron, rows are examples.

    Holds the engine's own model and plays it one ``train_epoch`` at a time, so a run ends
    exactly where the slides' ``train`` call ends.
    """

    ACTIVATION = {"perceptron": "step", "adaline": "linear", "adaline_sgd": "linear", "logistic": "sigmoid"}

    def __init__(self, config: RunConfig, data: DataView):
        if data.is_regression:
            raise ConfigError(
                f"The {config.model.replace('_', ' ')} separates two classes; this data has numbers to fit. "
                "Choose a network with the linear output (squared error).")
        if data.n_classes != 2:
            raise ConfigError(
                f"The {config.model.replace('_', ' ')} separates two classes; this data has "
                f"{data.n_classes}. Choose two classes, or a network with a softmax output."
            )
        self.kind = config.model
        self.X = np.asarray(data.X_train, dtype=np.float64)
        self.t = signed_labels(data.y_train)                      # the chapter's ±1 labels
        self.X_test = np.asarray(data.X_test, dtype=np.float64)
        self.t_test = signed_labels(data.y_test)
        rate = float(config.learning_rate)
        init = "small_random" if config.init == "small_random" else "zeros"
        common = dict(epochs=1, init=init, seed=config.seed)
        if self.kind == "perceptron":
            self.model = Perceptron(eta=rate, **common)
        elif self.kind == "adaline":
            self.model = AdalineGD(eta=rate, **common)
        elif self.kind == "adaline_sgd":
            self.model = AdalineSGD(eta=rate, batch_size=int(config.batch_size or 1), **common)
        else:
            self.model = LogisticRegressionGD(eta=rate, **common)
        self.layer_dims = (self.X.shape[1], 1)
        self.activations = (self.ACTIVATION[self.kind],)
        self.cost_label = COST_LABELS[self.kind]
        self.reset()

    @property
    def w_(self) -> np.ndarray:
        """The slides' weight vector, ``w_[0]`` the bias."""
        return self.model.w_

    @property
    def epoch(self) -> int:
        return len(self.model.cost_ or self.model.errors_)

    def reset(self) -> None:
        self.model.initialize(self.X.shape[1])      # same seed → the very same initial weights
        if self.kind == "logistic":
            self.model.set_classes(np.array([-1, 1]))
        self._first_cost = None

    def mark_good(self) -> None:
        pass    # each epoch already keeps the weights before it (see step)

    def set_live(self, learning_rate=None, batch_size=None, l2=None) -> None:
        if learning_rate is not None:
            self.model.learning_rate = float(learning_rate)
        if isinstance(self.model, AdalineSGD) and batch_size is not None:
            self.model.batch_size = max(1, int(batch_size))

    def net_input(self, X):
        """z = X·w + b with w_[0] the bias."""
        return self.model.net_input(X)

    def _cost(self, X, t) -> float:
        return float(self.model.cost(X, t)) if len(X) else float("nan")

    def _accuracy(self, X, t) -> float:
        if len(X) == 0:
            return float("nan")
        return float(np.mean(np.where(self.net_input(X) >= 0, 1, -1) == t))

    def step(self) -> Record:
        good = self.w_.copy()
        with np.errstate(all="ignore"):
            cost = float(self.model.train_epoch(self.X, self.t))
        if self._first_cost is None:
            self._first_cost = max(abs(cost), 1.0)
        if not np.all(np.isfinite(self.w_)) or not np.isfinite(cost) or cost > _EXPLOSION * self._first_cost:
            epoch = self.epoch
            self.model.w_ = good
            (self.model.cost_ or self.model.errors_).pop()
            raise DivergenceError(
                f"The cost exploded at epoch {epoch} (J = {cost:.3g}).", epoch=epoch, cost=cost
            )
        return Record(
            self.epoch, cost, self._accuracy(self.X, self.t),
            self._cost(self.X_test, self.t_test), self._accuracy(self.X_test, self.t_test),
        )

    def params(self) -> dict[str, np.ndarray]:
        return {"W1": self.w_[1:].reshape(1, -1).copy(), "b1": self.w_[:1].reshape(1, 1).copy(),
                "w_": self.w_.copy()}

    def set_params(self, params) -> None:
        """Go on from given weights (the step-through's): ``params["w_"]``, the slides' vector."""
        w = np.array(params["w_"], dtype=np.float64)
        if w.shape != self.w_.shape or not np.all(np.isfinite(w)):
            raise ConfigError(f"w_ must be {self.w_.shape[0]} finite numbers; got shape {w.shape}.")
        self.model.w_ = w

    def restore(self, params, epoch: int, records) -> None:
        """A saved run: ``w_`` (or W1, b1) exactly, and one history value per epoch trained."""
        if "w_" in params:
            w = np.array(params["w_"], dtype=np.float64)
        else:
            w = np.concatenate([np.asarray(params["b1"], np.float64).ravel(),
                                np.asarray(params["W1"], np.float64).ravel()])
        self.set_params({"w_": w})
        costs = [float(r.train_cost) for r in records]
        if len(costs) != int(epoch):
            costs = costs[-int(epoch):] if len(costs) > epoch else costs + [float("nan")] * (int(epoch) - len(costs))
        if self.kind == "perceptron":
            self.model.errors_ = [int(c) if np.isfinite(c) else 0 for c in costs]
            self.model.cost_ = []
        else:
            self.model.cost_ = costs
        finite = [c for c in costs if np.isfinite(c)]
        self._first_cost = max(abs(finite[0]), 1.0) if finite else None

    def class_probabilities(self, F: np.ndarray) -> np.ndarray:
        if self.kind == "perceptron":
            p = (self.net_input(F) >= 0).astype(np.float64)
        elif self.kind == "logistic":
            p = self.model.predict_proba(F)
        else:
            p = np.clip((self.net_input(F) + 1.0) / 2.0, 0.0, 1.0)      # Adaline's output −1…+1 as a shade
        return np.vstack([1.0 - p, p])

    def predict(self, F: np.ndarray) -> np.ndarray:
        return (self.net_input(F) >= 0).astype(np.int64)


class NetworkRun:
    """A deep network (the engine's Network) trained by the engine's Trainer; examples are columns."""

    def __init__(self, config: RunConfig, data: DataView):
        from desktop_nn.engine.network import Network, to_columns
        from desktop_nn.engine.trainer import Trainer

        k = data.n_classes
        output = config.output
        self.regression = data.is_regression        # numbers to fit: R² goes where accuracy goes
        if self.regression and output != "linear":
            raise ConfigError("This data has numbers to fit, not classes: choose the linear output "
                              "(squared error, the chapter's Adaline cost).")
        if k > 2 and output != "softmax":
            raise ConfigError(
                f"This data has {k} classes: choose the softmax output (one neuron per class)."
            )
        n_out = k if output == "softmax" else 1
        self.layer_dims = (data.X_train.shape[1], *config.hidden, n_out)
        activation = config.hidden_activation
        if not isinstance(activation, str):
            activation = list(activation)
        self.network = Network(
            list(self.layer_dims), hidden_activation=activation, output=output,
            init=config.init, seed=config.seed, l2=config.l2,
        )
        self.output = output
        n_classes = k if output == "softmax" else None
        X, Y = to_columns(np.asarray(data.X_train), np.asarray(data.y_train), output, n_classes)
        kwargs = {}
        if len(data.X_test):
            Xt, Yt = to_columns(np.asarray(data.X_test), np.asarray(data.y_test), output, n_classes)
            kwargs = {"X_test": Xt, "Y_test": Yt}
        self.m = X.shape[1]
        self.trainer = Trainer(
            self.network, X, Y, learning_rate=float(config.learning_rate),
            batch_size=self._batch(config.batch_size), optimizer=config.optimizer,
            seed=config.seed, **kwargs,
        )
        self.activations = tuple(self.network.activations)
        self.cost_label = COST_LABELS[output]
        self.kind = "network"
        self._good = None            # parameters last shown to the user (see mark_good)

    def _batch(self, batch_size):
        return None if batch_size is None or batch_size >= self.m else int(batch_size)

    @property
    def epoch(self) -> int:
        return int(self.trainer.epoch)

    def reset(self) -> None:
        self.trainer.reset()
        self._good = None

    def mark_good(self) -> None:
        """Remember the current parameters: a blow-up detected later returns to them."""
        self._good = self.params()

    def set_live(self, learning_rate=None, batch_size=None, l2=None) -> None:
        if learning_rate is not None:
            self.trainer.learning_rate = float(learning_rate)
        self.trainer.batch_size = self._batch(batch_size)
        if l2 is not None:
            self.trainer.l2 = float(l2)          # the trainer's λ is its network's

    def step(self) -> Record:
        if len(self.trainer.history) >= TRAINER_HISTORY_KEPT:
            # the session streams every epoch's record to the window, which keeps the curve (on a
            # fixed budget); the training process keeps none, so a run of 10⁹ epochs costs no memory
            self.trainer.history.clear()
        try:
            r = self.trainer.step(1)
        except DivergenceError:
            # the engine's own check keeps the weights before the last update; the user last saw
            # (and the plots show) the ones of the last snapshot: go back to those
            if self._good is not None:
                self.network.params = self._good
            raise
        if r is None:
            raise DivergenceError("The trainer stopped.", epoch=self.epoch)
        nan = float("nan")
        train_accuracy, test_accuracy = r.train_accuracy, r.test_accuracy
        if self.regression:
            train_accuracy, test_accuracy = self._r_squared()
        return Record(
            int(r.epoch), float(r.train_cost), float(train_accuracy),
            nan if r.test_cost is None else float(r.test_cost),
            nan if test_accuracy is None else float(test_accuracy),
        )

    def _r_squared(self) -> tuple[float, float | None]:
        """A regression's R² on the training and test sets, of the weights after the epoch (the
        history's accuracy columns hold it)."""
        from desktop_nn.training.regression import r_squared

        t = self.trainer
        with np.errstate(all="ignore"):
            train = r_squared(self.network.predict_proba(t.X), t.Y)
            test = r_squared(self.network.predict_proba(t.X_test), t.Y_test) if t.X_test is not None else None
        return train, test

    def params(self) -> dict[str, np.ndarray]:
        return {name: np.array(value, copy=True) for name, value in self.network.params.items()}

    def set_params(self, params) -> None:
        """Go on from given parameters (the step-through's); the network checks every shape."""
        for name in self.network.params:
            self.network.params[name] = params[name]
        self.mark_good()

    def restore(self, params, epoch: int, records) -> None:
        """A saved run: the weights exactly, the epoch count and the trainer's history.

        The optimizer's state (momentum, Adam) and the mini-batch order are not saved; training
        goes on from the saved weights with a fresh optimizer.
        """
        names = set(self.network.params)
        given = {k for k in params if k[:1] in ("W", "b")}
        if given != names:
            raise ConfigError(f"The saved weights ({', '.join(sorted(given))}) do not fit this network "
                              f"({', '.join(sorted(names))}).")
        self.trainer.reset()
        for name in sorted(names):
            self.network.params[name] = np.array(params[name], dtype=np.float64)
        history = self.trainer.history
        for r in records:
            if history.with_test:
                history.append(r.train_cost, r.train_accuracy, r.test_cost, r.test_accuracy)
            else:
                history.append(r.train_cost, r.train_accuracy)
        self.trainer.epoch = int(epoch)
        self.mark_good()

    def class_probabilities(self, F: np.ndarray) -> np.ndarray:
        AL = self.network.predict_proba(F.T)
        if self.output == "softmax":
            return AL
        if self.output == "linear":
            p = np.clip(AL[0], 0.0, 1.0)
        else:
            p = AL[0]
        return np.vstack([1.0 - p, p])

    def values(self, F: np.ndarray) -> np.ndarray:
        """ŷ of each row of F (a regression's prediction): the linear output's one unit, (N,)."""
        return np.array(self.network.predict_proba(np.asarray(F, np.float64).T)[0], dtype=np.float64)

    def predict(self, F: np.ndarray) -> np.ndarray:
        if self.regression:
            return self.values(F)
        if self.output == "linear":
            return (self.network.predict_proba(F.T)[0] >= 0.5).astype(np.int64)
        return np.asarray(self.network.predict(F.T), dtype=np.int64)


def build_run(config: RunConfig, data: DataView, params=None):
    """The one model builder: a run of ``config`` on ``data`` at epoch 0 (same seed → the very
    same initial weights), or from ``params`` when given (a snapshot's or a saved project's).

    The training session, the step-through, the project exports and the lecture all build their
    models here, so a setting means the same everywhere."""
    config.validate()
    run = ClassicRun(config, data) if config.is_classic else NetworkRun(config, data)
    if params is not None:
        run.set_params(params)
    return run

