"""Lecture scenes of the shallow network: the step-by-step backprop shows the engine's numbers."""

from __future__ import annotations

import numpy as np


def test_backprop_steps_are_the_engines_numbers_with_the_corrected_formulas():
    from desktop_nn.engine.network import Network
    from desktop_nn.ui.lecture.scenes.backprop import make_steps

    from desktop_nn.engine.datasets import GENERATORS
    from desktop_nn.engine.network import to_columns

    steps, _ = make_steps([2, 3, 2, 1], "tanh", 5, 0.5)           # what the scene shows
    X, y = GENERATORS["xor"](5, noise=0.1, seed=0)
    X, Y = to_columns(X, y, "sigmoid")
    net = Network([2, 3, 2, 1], hidden_activation="tanh", output="sigmoid", init="xavier", seed=0)
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    by_result = {s.result[0]: s for s in steps}
    for l in (1, 2, 3):
        assert np.array_equal(by_result[f"Z[{l}]"].result[1], caches[l - 1].Z)
        assert np.array_equal(by_result[f"dW[{l}]"].result[1], grads[f"dW{l}"])
        assert np.array_equal(by_result[f"db[{l}]"].result[1], grads[f"db{l}"])
    assert by_result["dW[3]"].formula == "dW[3] = (1/m) dZ[3] A[2]ᵀ"   # A[L-1]ᵀ, not the slide's A[L]ᵀ
    assert by_result["dA[2]"].formula == "dA[2] = W[3]ᵀ dZ[3]"          # W[L]ᵀ, not dW[L]ᵀ
    assert "(1, 5)" in by_result["dZ[3]"].shapes
    net.update(grads, 0.5)
    assert np.array_equal(by_result["W[1] new"].result[1], net.params["W1"])
