"""Data for the chapter and the playground.

* ``load_iris`` reads the UCI Iris file shipped in ``resources/datasets/iris.data`` — the very
  file the chapter downloads, byte for byte (scikit-learn's corrected copy differs in two rows and
  does not reproduce the slides' numbers).
* ``iris_setosa_versicolor`` is the chapter's selection: rows 0–99, sepal length and petal length,
  setosa = −1, versicolor = +1.
* Seeded 2-D generators (``GENERATORS``) for the playground, and n-bit parity for "why deep".

Rows are examples here, as in the classic models; :func:`desktop_nn.engine.network.to_columns`
turns them into the chapter's column layout for deep networks.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import numpy as np

if TYPE_CHECKING:      # pandas is imported when a file is read: it costs ~0.5 s of start-up
    import pandas as pd

from desktop_nn.engine.errors import DatasetError
# the functions to fit (sine, step, |x|, cubic, plane, bumps) live in their own module, re-exported here
from desktop_nn.engine.regression_datasets import REGRESSION_GENERATORS, check_generator_args, sample_curve  # noqa: F401

IRIS_COLUMNS = ("sepal_length", "sepal_width", "petal_length", "petal_width", "species")
IRIS_FEATURES = IRIS_COLUMNS[:4]
IRIS_CLASSES = ("Iris-setosa", "Iris-versicolor", "Iris-virginica")
#: Human-readable feature names with units, for axis labels.
IRIS_FEATURE_LABELS = {
    "sepal_length": "sepal length [cm]",
    "sepal_width": "sepal width [cm]",
    "petal_length": "petal length [cm]",
    "petal_width": "petal width [cm]",
}


def iris_path() -> Path:
    """Path of the shipped UCI Iris file."""
    from desktop_nn.resources import resource_path

    return resource_path("datasets", "iris.data")


def load_iris(path: str | Path | None = None) -> "pd.DataFrame":
    """Read an Iris-like CSV: four numeric columns and a class column, no header.

    Returns a DataFrame with columns ``sepal_length, sepal_width, petal_length, petal_width,
    species``, rows in file order (the chapter's ``df.iloc[0:100]`` relies on that order).

    Raises :class:`DatasetError` naming the file and, where it can, the row and column when
    the file is missing, empty, binary, has the wrong number of columns, a non-numeric value in
    a numeric column, a missing value, or fewer than two classes.
    """
    path = Path(path) if path is not None else iris_path()
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DatasetError(f"Cannot read the Iris file '{path}': {exc.strerror or exc}.") from exc
    if not raw.strip():
        raise DatasetError(f"The Iris file '{name}' is empty: expected 5 comma-separated columns per row.")
    if b"\x00" in raw:
        raise DatasetError(f"'{name}' is a binary file, not a comma-separated text file.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DatasetError(
            f"'{name}' is not UTF-8 text (undecodable byte at offset {exc.start}); save it as UTF-8 CSV."
        ) from exc

    rows = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue  # the UCI file ends with blank lines in some copies
        for separator, label in ((";", "semicolons"), ("\t", "tabs")):
            if separator in line:
                raise DatasetError(
                    f"'{name}' line {line_no} is separated by {label}; Iris files are comma-separated "
                    "(e.g. 5.1,3.5,1.4,0.2,Iris-setosa)."
                )
        fields = [f.strip() for f in line.split(",")]
        if len(fields) != len(IRIS_COLUMNS):
            raise DatasetError(
                f"'{name}' line {line_no}: expected {len(IRIS_COLUMNS)} comma-separated columns "
                f"(4 measurements and the species), found {len(fields)}: {line.strip()[:60]!r}."
            )
        values = []
        for column, field in zip(IRIS_FEATURES, fields[:4]):
            if field == "":
                raise DatasetError(f"'{name}' line {line_no}, column '{column}': the value is missing.")
            try:
                value = float(field)
            except ValueError:
                raise DatasetError(
                    f"'{name}' line {line_no}, column '{column}': {field!r} is not a number."
                ) from None
            if not np.isfinite(value):
                raise DatasetError(f"'{name}' line {line_no}, column '{column}': {field!r} is not a finite number.")
            values.append(value)
        if fields[4] == "":
            raise DatasetError(f"'{name}' line {line_no}, column 'species': the class label is missing.")
        rows.append(values + [fields[4]])

    if not rows:
        raise DatasetError(f"The Iris file '{name}' has no data rows.")
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(IRIS_COLUMNS))
    n_classes = frame["species"].nunique()
    if n_classes < 2:
        raise DatasetError(
            f"'{name}' holds only one class ({frame['species'].iloc[0]!r}); a classifier needs at least two."
        )
    return frame


def iris_setosa_versicolor(path: str | Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The chapter's selection, exactly as the slides compute it::

        y = df.iloc[0:100, 4].values
        y = np.where(y == 'Iris-setosa', -1, 1)
        X = df.iloc[0:100, [0, 2]].values        # sepal length, petal length

    Returns ``X`` of shape (100, 2) and ``y`` of shape (100,) with values −1 / +1.
    """
    df = load_iris(path)
    if len(df) < 100:
        raise DatasetError(f"The chapter's selection needs the first 100 rows; the file has {len(df)}.")
    y = np.where(df.iloc[0:100, 4].to_numpy() == "Iris-setosa", -1, 1)
    X = df.iloc[0:100, [0, 2]].to_numpy(dtype=np.float64)
    return X, y


def iris_xy(
    classes: tuple[str, ...] = IRIS_CLASSES[:2],
    features: tuple[str, ...] = ("sepal_length", "petal_length"),
    path: str | Path | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Iris rows of the given classes and features; labels are class indices 0…k−1 in the order given."""
    df = load_iris(path)
    for feature in features:
        if feature not in IRIS_FEATURES:
            raise DatasetError(f"Unknown Iris feature {feature!r}; choose from {', '.join(IRIS_FEATURES)}.")
    present = set(df["species"])
    for cls in classes:
        if cls not in present:
            raise DatasetError(f"Class {cls!r} is not in the Iris file; it has {', '.join(sorted(present))}.")
    if len(set(classes)) < 2:
        raise DatasetError("Choose at least two different Iris classes.")
    mask = df["species"].isin(classes).to_numpy()
    sub = df[mask]
    X = sub[list(features)].to_numpy(dtype=np.float64)
    index = {cls: k for k, cls in enumerate(classes)}
    y = np.array([index[s] for s in sub["species"]], dtype=np.int64)
    return X, y


def standardize(
    X: np.ndarray, mean: np.ndarray | None = None, std: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature scaling, column by column: ``x_std = (x − μ) / σ``.

    With ``mean``/``std`` given (e.g. those of the training set) they are reused, so a test set
    is scaled like the training set. σ is the population standard deviation (``X.std()``, as
    in the slides). A constant column (σ = 0) is only centred.
    Returns ``(X_std, mean, std)``.
    """
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise DatasetError(f"standardize expects a 2-D array (examples × features), got shape {X.shape}.")
    if mean is None:
        mean = X.mean(axis=0)
    if std is None:
        std = X.std(axis=0)
    safe = np.where(std > 0, std, 1.0)
    return (X - mean) / safe, np.asarray(mean), np.asarray(std)


# --------------------------------------------------------------------------------------------
# 2-D generators for the playground. Each returns X (m, 2) and y (m,) with labels 0/1.




def _halves(n_samples: int) -> tuple[int, int]:
    n0 = n_samples // 2
    return n0, n_samples - n0


def _two_halves(n_samples: int, noise: float, seed: int, draw: Callable[..., np.ndarray]):
    """X = draw(rng, n0, n1): class 0's n0 points, then class 1's n1 (half the points each);
    y = n0 zeros then n1 ones. The arguments are checked before anything is drawn."""
    check_generator_args(n_samples, noise)
    rng = np.random.default_rng(seed)
    n0, n1 = _halves(n_samples)
    X = draw(rng, n0, n1)
    y = np.r_[np.zeros(n0, np.int64), np.ones(n1, np.int64)]
    return X, y


def _two_clouds(n_samples: int, noise: float, seed: int, centre: float, spread: float):
    """Class 0 ~ N((−c, −c), s²I) and class 1 ~ N((c, c), s²I), half the points each."""
    def draw(rng, n0, n1):
        return np.vstack([rng.normal(-centre, spread, (n0, 2)), rng.normal(centre, spread, (n1, 2))])
    return _two_halves(n_samples, noise, seed, draw)


def blobs(n_samples: int = 200, noise: float = 0.1, seed: int = 0):
    """Two linearly separable Gaussian blobs centred at (−2, −2) and (2, 2); spread grows with noise."""
    return _two_clouds(n_samples, noise, seed, centre=2.0, spread=0.5 + 2.0 * noise)


def xor(n_samples: int = 200, noise: float = 0.1, seed: int = 0):
    """Points in the four quadrants of [−1, 1]²; class 1 where x1·x2 < 0 (exclusive or of the signs)."""
    check_generator_args(n_samples, noise)
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.0, 1.0, (n_samples, 2))
    # keep the points off the axes so the clean problem has a margin
    X += np.sign(X) * 0.05
    y = (X[:, 0] * X[:, 1] < 0).astype(np.int64)
    X = X + rng.normal(0.0, noise * 0.5, X.shape)
    return X, y


def circles(n_samples: int = 200, noise: float = 0.1, seed: int = 0):
    """A disc (class 1) inside a ring (class 0)."""
    def draw(rng, n0, n1):
        r = np.r_[rng.uniform(0.7, 1.0, n0), rng.uniform(0.0, 0.4, n1)]
        t = rng.uniform(0.0, 2 * np.pi, n_samples)
        return np.c_[r * np.cos(t), r * np.sin(t)] + rng.normal(0.0, noise * 0.3, (n_samples, 2))
    return _two_halves(n_samples, noise, seed, draw)


def moons(n_samples: int = 200, noise: float = 0.1, seed: int = 0):
    """Two interleaving half circles."""
    def draw(rng, n0, n1):
        t0 = rng.uniform(0.0, np.pi, n0)
        t1 = rng.uniform(0.0, np.pi, n1)
        X = np.vstack([np.c_[np.cos(t0), np.sin(t0)], np.c_[1.0 - np.cos(t1), 0.5 - np.sin(t1)]])
        return X + rng.normal(0.0, noise * 0.5, X.shape)
    return _two_halves(n_samples, noise, seed, draw)


def spirals(n_samples: int = 200, noise: float = 0.1, seed: int = 0):
    """Two interleaved spirals, each turning 1.75 times around the origin."""
    def draw(rng, n0, n1):
        parts = []
        for k, n in enumerate((n0, n1)):
            r = np.linspace(0.05, 1.0, n)
            t = 1.75 * 2 * np.pi * r + k * np.pi
            parts.append(np.c_[r * np.sin(t), r * np.cos(t)])
        return np.vstack(parts) + rng.normal(0.0, noise * 0.1, (n_samples, 2))
    return _two_halves(n_samples, noise, seed, draw)


def gaussians(n_samples: int = 200, noise: float = 0.1, seed: int = 0):
    """Two overlapping Gaussian clouds (not linearly separable): the perceptron never converges."""
    return _two_clouds(n_samples, noise, seed, centre=0.7, spread=1.0 + 2.0 * noise)


GENERATORS: dict[str, Callable[..., tuple[np.ndarray, np.ndarray]]] = {
    "blobs": blobs,
    "xor": xor,
    "circles": circles,
    "moons": moons,
    "spirals": spirals,
    "gaussians": gaussians,
}


def parity(n_bits: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """All 2**n_bits bit patterns and their parity (1 = odd number of ones), the "why deep" example."""
    if int(n_bits) != n_bits or not 1 <= n_bits <= 16:
        raise DatasetError(f"n_bits must be an integer from 1 to 16; got {n_bits}.")
    X = np.array(list(itertools.product((0.0, 1.0), repeat=int(n_bits))), dtype=np.float64)
    y = (X.sum(axis=1) % 2).astype(np.int64)
    return X, y


def train_test_split(X: np.ndarray, y: np.ndarray, test_ratio: float = 0.3, seed: int = 0):
    """Seeded random split: returns ``X_train, X_test, y_train, y_test``.

    Which examples go to the test set is random (seeded); both parts keep the data's own order,
    which matters to the order-dependent perceptron and SGD rules. ``test_ratio`` = 0 keeps every
    example, in order, for training (``X_test`` is then empty).
    """
    X = np.asarray(X)
    y = np.asarray(y)
    if len(X) != len(y):
        raise DatasetError(f"X has {len(X)} rows but y has {len(y)} labels; they must match.")
    if not 0.0 <= test_ratio < 1.0:
        raise DatasetError(f"test_ratio must be in [0, 1); got {test_ratio}.")
    m = len(X)
    n_test = int(round(m * test_ratio))
    if m - n_test < 1:
        raise DatasetError(f"test_ratio={test_ratio} leaves no training examples out of {m}.")
    order = np.random.default_rng(seed).permutation(m)
    test, train = np.sort(order[:n_test]), np.sort(order[n_test:])
    return X[train], X[test], y[train], y[test]
