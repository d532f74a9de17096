"""Initialisers: the chapter's shapes, scales and seeded reproducibility."""

import numpy as np
import pytest

from desktop_nn.engine.errors import ConfigError
from desktop_nn.engine.initializers import INITIALIZERS, initialize

DIMS = [2, 3, 5, 4, 2, 1]


@pytest.mark.parametrize("init", sorted(INITIALIZERS))
def test_shapes_and_zero_biases(init):
    params = initialize(DIMS, init, np.random.default_rng(0))
    assert list(params) == [f"{k}{l}" for l in range(1, 6) for k in ("W", "b")]
    for l in range(1, 6):
        assert params[f"W{l}"].shape == (DIMS[l], DIMS[l - 1])
        assert params[f"b{l}"].shape == (DIMS[l], 1)
        assert not params[f"b{l}"].any()


@pytest.mark.parametrize("init", ["small_random", "xavier", "he"])
def test_same_seed_same_weights_other_seed_other_weights(init):
    a = initialize(DIMS, init, np.random.default_rng(7))
    b = initialize(DIMS, init, np.random.default_rng(7))
    c = initialize(DIMS, init, np.random.default_rng(8))
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert not np.array_equal(a["W1"], c["W1"])


def test_scales():
    rng = np.random.default_rng(0)
    n_in, n_out = 400, 300
    std = {name: INITIALIZERS[name](n_out, n_in, rng).std() for name in ("small_random", "xavier", "he")}
    assert std["small_random"] == pytest.approx(0.01, rel=0.02)
    assert std["xavier"] == pytest.approx(np.sqrt(2 / (n_in + n_out)), rel=0.02)
    assert std["he"] == pytest.approx(np.sqrt(2 / n_in), rel=0.02)
    assert not INITIALIZERS["zeros"](n_out, n_in, rng).any()


def test_bad_requests():
    with pytest.raises(ConfigError, match="unknown initialiser 'ones'"):
        initialize(DIMS, "ones", np.random.default_rng(0))
    with pytest.raises(ConfigError, match="Generator"):
        initialize(DIMS, "he", 42)
