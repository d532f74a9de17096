"""The chapter's single-neuron models, written as the slides write them.

Conventions follow the slides so a student can compare line by line:

* ``X`` is ``(m, n)`` — **rows are examples** (the deep network uses columns instead);
* ``w_`` has ``1 + n`` entries and ``w_[0]`` is the bias;
* the weights start at zero unless ``init="small_random"`` (seeded, σ = 0.01);
* ``errors_`` (perceptron) and ``cost_`` record one value per epoch;
* ``train(X, y)`` is the slides' name, ``fit`` the familiar alias; both return ``self``.

``train`` is ``initialize`` followed by ``epochs`` calls of ``train_epoch`` — the body of the
slides' loop, one epoch at a time — so the app and the lecture scenes can play a run epoch by
epoch with exactly the numbers of one long ``train`` call. ``cost(X, y)`` evaluates the model's
own cost (misclassifications, SSE or cross-entropy) on any data, e.g. a held-out set.

The perceptron and Adaline predict the labels −1 / +1, as in the chapter; logistic regression
accepts any two labels (0/1 or −1/+1) and predicts them back.
"""

from __future__ import annotations

import numpy as np

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.errors import ConfigError, DatasetError, ShapeError
from desktop_nn.engine.network import check_learning_rate

_UNSET = object()


def _learning_rate(eta, alpha, default: float) -> float:
    """The slides call the learning rate ``eta`` (perceptron) and ``alpha`` or ``eta`` (Adaline)."""
    if eta is not _UNSET and alpha is not _UNSET and eta != alpha:
        raise ConfigError(f"Give the learning rate once: eta={eta} and alpha={alpha} disagree.")
    return check_learning_rate(eta if eta is not _UNSET else alpha if alpha is not _UNSET else default)


def _check_epochs(epochs) -> int:
    if isinstance(epochs, bool) or int(epochs) != epochs or epochs < 1:
        raise ConfigError(f"epochs must be a positive whole number, got {epochs!r}.")
    return int(epochs)


class _LinearNeuron:
    """What the three models share: z = w·x + b with ``w_[0]`` the bias, input checks, initial weights."""

    def __init__(self, learning_rate: float, epochs: int, init: str, seed: int | None):
        self.learning_rate = learning_rate
        self.epochs = _check_epochs(epochs)
        if init not in ("zeros", "small_random"):
            raise ConfigError(f"init must be 'zeros' or 'small_random', got {init!r}.")
        self.init = init
        self.seed = seed

    # The slides read the rate as ``self.eta`` or ``self.alpha``: both name the same number.
    @property
    def eta(self) -> float:
        return self.learning_rate

    @eta.setter
    def eta(self, value: float) -> None:
        self.learning_rate = check_learning_rate(value)

    alpha = eta


    @staticmethod
    def _check_X(X, n_features: int | None = None) -> np.ndarray:
        X = np.asarray(X)
        if X.dtype == object or not np.issubdtype(X.dtype, np.number):
            raise DatasetError(f"X must hold numbers; it has dtype {X.dtype}.")
        X = X.astype(np.float64, copy=False)
        if X.ndim == 1 and n_features is not None and X.shape[0] == n_features:
            pass  # one example, as in the slides' predict(xi)
        elif X.ndim != 2:
            raise ShapeError(f"X must be 2-D (examples × features); got shape {X.shape}.")
        if n_features is not None and X.shape[-1] != n_features:
            raise ShapeError(
                f"X has {X.shape[-1]} features per example but the model was trained on {n_features}."
            )
        if not np.all(np.isfinite(X)):
            raise DatasetError("X contains NaN or infinite values; remove or fill them first.")
        return X

    def _check_Xy(self, X, y) -> tuple[np.ndarray, np.ndarray]:
        X = self._check_X(X)
        y = np.asarray(y)
        if y.ndim != 1:
            raise ShapeError(f"y must be a vector of shape (m,); got shape {y.shape}.")
        if len(y) != len(X):
            raise ShapeError(f"X has {len(X)} examples (rows) but y has {len(y)} labels.")
        if len(y) == 0:
            raise DatasetError("The training set is empty.")
        return X, y

    @staticmethod
    def _check_plus_minus_one(y: np.ndarray) -> np.ndarray:
        values = set(np.unique(y).tolist())
        if not values <= {-1, 1}:
            raise DatasetError(
                f"This model learns the labels -1 and +1 (as in the chapter); got {sorted(values)[:5]}. "
                "Map them first, e.g. y = np.where(y == 'Iris-setosa', -1, 1)."
            )
        return y.astype(np.float64)

    def initialize(self, n_features: int) -> "_LinearNeuron":
        """Fresh weights and empty per-epoch records; returns ``self``.

        ``w_`` (length 1 + n) is zeros, as in the slides, or N(0, 0.01²) drawn from a generator
        seeded with ``seed`` — the same generator then orders AdalineSGD's shuffled epochs.
        """
        self._rng = np.random.default_rng(self.seed)
        n = 1 + int(n_features)
        self.w_ = np.zeros(n) if self.init == "zeros" else self._rng.normal(0.0, 0.01, n)
        self.errors_: list[int] = []
        self.cost_: list[float] = []
        return self

    def train(self, X, y):
        """Fresh weights, then ``epochs`` epochs of the learning rule; returns ``self``."""
        X, y = self._check_Xy(X, y)
        self.initialize(X.shape[1])
        t = self._targets(y)
        for _ in range(self.epochs):
            self._epoch(X, t)
        return self

    def train_epoch(self, X, y) -> float:
        """One more epoch from the current weights (``initialize`` first if there are none).

        Appends to ``errors_`` / ``cost_`` and returns the value recorded for this epoch.
        """
        X, y = self._check_Xy(X, y)
        if not hasattr(self, "w_"):
            self.initialize(X.shape[1])
        elif len(self.w_) != X.shape[1] + 1:
            raise ShapeError(f"X has {X.shape[1]} features per example but the model has {len(self.w_) - 1} weights.")
        return self._epoch(X, self._targets(y))

    def _targets(self, y: np.ndarray) -> np.ndarray:
        """The labels as the learning rule uses them (±1 for the perceptron and Adaline)."""
        return self._check_plus_minus_one(y)

    def _require_trained(self) -> None:
        if not hasattr(self, "w_"):
            raise ConfigError(f"{type(self).__name__} has no weights yet: call train(X, y) first.")

    def net_input(self, X) -> np.ndarray:
        """z = X·w + b  — ``np.dot(X, self.w_[1:]) + self.w_[0]``."""
        self._require_trained()
        X = self._check_X(X, len(self.w_) - 1)
        return np.dot(X, self.w_[1:]) + self.w_[0]

    def fit(self, X, y, *args, **kwargs):
        """Alias of :meth:`train` (the scikit-learn name)."""
        return self.train(X, y, *args, **kwargs)


class Perceptron(_LinearNeuron):
    """Rosenblatt's perceptron (1957) with the unit step g(z) = 1 if z ≥ 0 else −1.

    For each training sample x⁽ⁱ⁾, in order::

        update = η (y⁽ⁱ⁾ − ŷ⁽ⁱ⁾)
        w_j := w_j + update · x_j⁽ⁱ⁾,   b := b + update

    ``errors_[k]`` counts the samples misclassified (updated) during epoch k.
    """

    def __init__(self, eta=_UNSET, epochs: int = 50, *, alpha=_UNSET, init: str = "zeros", seed: int | None = None):
        super().__init__(_learning_rate(eta, alpha, 0.01), epochs, init, seed)

    def _epoch(self, X, y) -> int:
        errors = 0
        for xi, target in zip(X, y):
            update = self.eta * (target - self.predict(xi))
            self.w_[1:] += update * xi
            self.w_[0] += update
            errors += int(update != 0.0)
        self.errors_.append(errors)
        return errors

    def cost(self, X, y) -> int:
        """Number of examples of (X, y) the perceptron misclassifies now."""
        X, y = self._check_Xy(X, y)
        return int(np.sum(self.predict(X) != self._targets(y)))

    def predict(self, X) -> np.ndarray:
        """Class label after the unit step: +1 where z ≥ 0, else −1."""
        return np.where(self.net_input(X) >= 0.0, 1, -1)


class AdalineGD(_LinearNeuron):
    """Adaline (Widrow & Hoff, 1960) trained by batch gradient descent on the SSE cost.

    Each epoch, with the linear activation g(z) = z::

        errors = y − X·w − b
        w := w + α Xᵀ·errors,   b := b + α Σ errors        (Δw = −α ∇J)
        J(w) = ½ Σ errors²                                 (recorded in cost_, before the step)
    """

    def __init__(self, alpha=_UNSET, epochs: int = 50, *, eta=_UNSET, init: str = "zeros", seed: int | None = None):
        super().__init__(_learning_rate(eta, alpha, 0.01), epochs, init, seed)

    def _epoch(self, X, y) -> float:
        output = self.net_input(X)
        errors = y - output
        self.w_[1:] += self.alpha * X.T.dot(errors)
        self.w_[0] += self.alpha * errors.sum()
        cost = (errors**2).sum() / 2.0
        self.cost_.append(cost)
        return cost

    def cost(self, X, y) -> float:
        """J(w) = ½ Σ (y − g(z))² on (X, y) with the current weights."""
        X, y = self._check_Xy(X, y)
        return float(((self._targets(y) - self.activation(X)) ** 2).sum() / 2.0)

    def activation(self, X) -> np.ndarray:
        """Adaline's activation is linear: g(z) = z."""
        return self.net_input(X)

    def predict(self, X) -> np.ndarray:
        """Threshold the linear output: +1 where g(z) ≥ 0, else −1."""
        return np.where(self.activation(X) >= 0.0, 1, -1)


class AdalineSGD(AdalineGD):
    """Adaline trained by stochastic (or mini-batch) gradient descent.

    ``batch_size=1`` (the default) updates after every sample, in data order like the slides;
    ``shuffle=True`` draws a new seeded order each epoch. A batch of b samples updates with
    ``w := w + α X_bᵀ·errors_b`` — so ``batch_size=m`` is exactly batch gradient descent.
    ``cost_[k]`` is ½ Σ (y − g(z))² over the whole training set *after* epoch k, as in the slides.
    """

    def __init__(
        self,
        alpha=_UNSET,
        epochs: int = 50,
        *,
        eta=_UNSET,
        batch_size: int = 1,
        shuffle: bool = False,
        init: str = "zeros",
        seed: int | None = None,
    ):
        super().__init__(alpha, epochs, eta=eta, init=init, seed=seed)
        if isinstance(batch_size, bool) or int(batch_size) != batch_size or batch_size < 1:
            raise ConfigError(f"batch_size must be a whole number ≥ 1, got {batch_size!r}.")
        self.batch_size = int(batch_size)
        self.shuffle = bool(shuffle)

    def train(self, X, y, reinitialize_weights: bool = True):
        """As the slides: ``reinitialize_weights=False`` goes on from the current weights."""
        if reinitialize_weights or not hasattr(self, "w_"):
            return super().train(X, y)
        X, y = self._check_Xy(X, y)
        self.cost_ = []
        t = self._targets(y)
        for _ in range(self.epochs):
            self._epoch(X, t)
        return self

    def _epoch(self, X, y) -> float:
        m = len(y)
        if self.shuffle:
            order = self._rng.permutation(m)
            Xe, ye = X[order], y[order]
        else:
            Xe, ye = X, y
        for start in range(0, m, self.batch_size):
            if self.batch_size == 1:
                xi, target = Xe[start], ye[start]
                error = target - self.net_input(xi)
                self.w_[1:] += self.alpha * xi.dot(error)
                self.w_[0] += self.alpha * error
            else:
                Xb = Xe[start : start + self.batch_size]
                errors = ye[start : start + self.batch_size] - self.net_input(Xb)
                self.w_[1:] += self.alpha * Xb.T.dot(errors)
                self.w_[0] += self.alpha * errors.sum()
        cost = ((y - self.activation(X)) ** 2).sum() / 2.0
        self.cost_.append(cost)
        return cost


class LogisticRegressionGD(_LinearNeuron):
    """Logistic regression trained by batch gradient descent on the cross-entropy cost.

    With t⁽ⁱ⁾ = 1 for the positive class (the larger label) and 0 otherwise::

        z = X·w + b,   a = σ(z) = 1 / (1 + e^(−z))
        J = −(1/m) Σ [t log a + (1 − t) log(1 − a)]         (recorded in cost_, before the step)
        dz = a − t,   dw = (1/m) Xᵀ·dz,   db = (1/m) Σ dz
        w := w − α dw,   b := b − α db

    J is computed from z as (1/m) Σ [log(1 + e^z) − t z], the same number without log(0).
    """

    def __init__(self, alpha=_UNSET, epochs: int = 50, *, eta=_UNSET, init: str = "zeros", seed: int | None = None):
        super().__init__(_learning_rate(eta, alpha, 0.01), epochs, init, seed)

    def train(self, X, y):
        X, y = self._check_Xy(X, y)
        self.set_classes(y)
        return super().train(X, y)

    def set_classes(self, y: np.ndarray) -> None:
        """Fix the two labels before training one epoch at a time (``train`` does it from y)."""
        classes = np.unique(y)
        if len(classes) != 2:
            raise DatasetError(
                f"Logistic regression separates exactly two classes; y has {len(classes)}: {classes.tolist()[:5]}."
            )
        self.classes_ = classes

    def _targets(self, y: np.ndarray) -> np.ndarray:
        """t = 1 for the positive class (the larger label), 0 for the other."""
        if not hasattr(self, "classes_"):
            self.set_classes(y)
        unknown = set(np.unique(y).tolist()) - set(self.classes_.tolist())
        if unknown:
            raise DatasetError(f"Labels {sorted(unknown)[:5]} were not among the trained classes {self.classes_.tolist()}.")
        return (y == self.classes_[1]).astype(np.float64)

    def _epoch(self, X, t) -> float:
        m = len(t)
        z = self.net_input(X)
        a = sigmoid(z)
        cost = float(np.mean(np.logaddexp(0.0, z) - t * z))
        self.cost_.append(cost)
        dz = a - t
        self.w_[1:] -= self.alpha * X.T.dot(dz) / m
        self.w_[0] -= self.alpha * dz.sum() / m
        return cost

    def cost(self, X, y) -> float:
        """J = (1/m) Σ [log(1 + e^z) − t z] on (X, y) with the current weights."""
        X, y = self._check_Xy(X, y)
        t = self._targets(y)
        z = self.net_input(X)
        return float(np.mean(np.logaddexp(0.0, z) - t * z))

    def activation(self, X) -> np.ndarray:
        """a = σ(z), the probability of the positive class."""
        return sigmoid(self.net_input(X))

    def predict_proba(self, X) -> np.ndarray:
        """P(y = positive class | x) for each row of X: shape (m,)."""
        return self.activation(X)

    def predict(self, X) -> np.ndarray:
        """The positive label where σ(z) ≥ 0.5 (that is, z ≥ 0), else the negative one."""
        return np.where(self.net_input(X) >= 0.0, self.classes_[1], self.classes_[0])
