"""A run that stopped learning is told apart from one that is learning slowly or has learned."""

from __future__ import annotations

import pytest

from desktop_nn.training.config import RunConfig
from desktop_nn.training.data import prepare_data
from desktop_nn.training.runs import build_run
from desktop_nn.training.stall import STALL_EPOCHS, StallWatch, chance_accuracy


def watch_run(epochs: int, **settings):
    """(epoch at which the watch spoke or None, the watch) for a network trained on ``settings``."""
    config = RunConfig(model="network", max_epochs=0, **settings)
    data = prepare_data(config)
    run = build_run(config, data)
    watch = StallWatch(chance_accuracy(data.y_train))
    for epoch in range(1, epochs + 1):
        record = run.step()
        if watch.add(record.train_cost, record.train_accuracy):
            return epoch, watch
    return None, watch


def test_chance_is_the_share_of_the_most_common_class():
    assert chance_accuracy([0, 1, 1, 1]) == 0.75


def test_a_learning_rate_of_10_on_xor_saturates_and_is_told_once_as_cycling():
    epoch, watch = watch_run(3 * STALL_EPOCHS, dataset="xor", learning_rate=10)
    assert epoch is not None and epoch <= 2 * STALL_EPOCHS
    assert watch.cycling and watch.told
    assert not watch.add(1.0, 0.0)                  # said once per run


def test_zero_initial_weights_stay_alike_and_are_told_as_flat():
    epoch, watch = watch_run(3 * STALL_EPOCHS, dataset="xor", learning_rate=0.5, init="zeros")
    assert epoch is not None and not watch.cycling


@pytest.mark.parametrize("settings", [
    dict(dataset="xor", learning_rate=0.1),                 # learns, slowly at first
    dict(dataset="moons", learning_rate=3.0),               # learns and converges
    dict(dataset="gaussians", learning_rate=1.0),           # overlapping classes: above chance
    dict(dataset="moons", learning_rate=0.0001),            # a crawl that still goes down
])
def test_runs_that_learn_are_never_called_stalled(settings):
    epoch, _ = watch_run(4 * STALL_EPOCHS, **settings)
    assert epoch is None


def test_a_cost_curve_diverges_when_it_overflows_or_grows():
    from desktop_nn.training.stall import diverging

    assert not diverging([5.0, 3.0, 2.0, 1.5])               # falls
    assert diverging([5.0, 3.0, 2.0, 2.5])                   # the last epoch raised it
    assert diverging([1.0, 0.5, 3.0, 2.0])                   # ends above where it began
    assert diverging([1.0, float("inf")]) and diverging([1.0, float("nan")])
    assert not diverging([7.0])                              # one value says nothing yet
