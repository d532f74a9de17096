"""Surgery on a trained network (training/surgery.py): what is kept is kept exactly, what is new
comes from the initialiser with the run's seed."""

import numpy as np
import pytest

from desktop_nn.engine.errors import ConfigError
from desktop_nn.engine.network import Network
from desktop_nn.training import surgery
from desktop_nn.training.surgery import ADD_LAYER, ADD_NEURON, REMOVE_LAYER, REMOVE_NEURON, Operation


def trained(dims, seed=3):
    """Weights that are not any initialiser's: every entry a distinct number."""
    rng = np.random.default_rng(seed)
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(size=(dims[l], dims[l - 1])) + 10 * l
        params[f"b{l}"] = rng.normal(size=(dims[l], 1)) - 10 * l
    return params


def network_start(dims, init="xavier", seed=7):
    """What a network of ``dims`` starts from (the engine's own Network, not the module under test)."""
    net = Network(list(dims), hidden_activation="tanh", output="sigmoid", init=init, seed=seed)
    return {k: np.array(v) for k, v in net.params.items()}


def test_adding_a_neuron_keeps_every_previous_weight_and_takes_the_new_ones_from_the_initialiser():
    old = trained((2, 4, 3, 1))
    new, op = surgery.carry_over(old, (4, 3), (4, 4), "xavier", 7)
    assert op == Operation(ADD_NEURON, 2, index=3)
    start = network_start((2, 4, 4, 1))
    assert [new[f"W{l}"].shape for l in (1, 2, 3)] == [(4, 2), (4, 4), (1, 4)]
    assert np.array_equal(new["W1"], old["W1"]) and np.array_equal(new["b1"], old["b1"])
    assert np.array_equal(new["W2"][:3], old["W2"]) and np.array_equal(new["b2"][:3], old["b2"])
    assert np.array_equal(new["W3"][:, :3], old["W3"]) and np.array_equal(new["b3"], old["b3"])
    # the new row of W2, entry of b2 and column of W3: the initialiser's, with the run's seed
    assert np.array_equal(new["W2"][3], start["W2"][3])
    assert new["b2"][3, 0] == 0.0 == start["b2"][3, 0]
    assert np.array_equal(new["W3"][:, 3], start["W3"][:, 3])
    assert new["W2"][3].any()


def test_a_neuron_added_in_the_middle_moves_the_old_ones_down_by_one():
    old = trained((2, 3, 1))
    op = Operation(ADD_NEURON, 1, index=1)
    start = network_start((2, 4, 1), init="he", seed=1)
    new = surgery.graft(old, op, start)
    assert np.array_equal(new["W1"][[0, 2, 3]], old["W1"])
    assert np.array_equal(new["W1"][1], start["W1"][1])
    assert np.array_equal(new["W2"][:, [0, 2, 3]], old["W2"])
    assert new["W2"][0, 1] == start["W2"][0, 1]


def test_removing_a_neuron_deletes_its_row_entry_and_column_and_keeps_the_rest():
    old = trained((2, 4, 3, 1))
    new, op = surgery.carry_over(old, (4, 3), (3, 3), "he", 0)
    assert op == Operation(REMOVE_NEURON, 1, index=3)
    assert np.array_equal(new["W1"], old["W1"][:3]) and np.array_equal(new["b1"], old["b1"][:3])
    assert np.array_equal(new["W2"], old["W2"][:, :3]) and np.array_equal(new["b2"], old["b2"])
    assert np.array_equal(new["W3"], old["W3"]) and np.array_equal(new["b3"], old["b3"])


def test_removing_then_adding_gives_back_the_shapes_and_adding_then_removing_the_numbers():
    old = trained((2, 4, 2, 1))
    removed, _ = surgery.carry_over(old, (4, 2), (4, 1), "xavier", 5)
    back, _ = surgery.carry_over(removed, (4, 1), (4, 2), "xavier", 5)
    assert {k: v.shape for k, v in back.items()} == {k: v.shape for k, v in old.items()}
    added, _ = surgery.carry_over(old, (4, 2), (4, 3), "xavier", 5)
    again, _ = surgery.carry_over(added, (4, 3), (4, 2), "xavier", 5)
    assert all(np.array_equal(again[k], old[k]) for k in old)


def test_adding_a_layer_keeps_the_layers_before_it_and_the_output_biases():
    old = trained((2, 4, 1))
    new, op = surgery.carry_over(old, (4,), (4, 4), "small_random", 2)
    assert op == Operation(ADD_LAYER, 2, size=4)
    start = network_start((2, 4, 4, 1), init="small_random", seed=2)
    assert np.array_equal(new["W1"], old["W1"]) and np.array_equal(new["b1"], old["b1"])
    assert np.array_equal(new["W2"], start["W2"]) and np.array_equal(new["b2"], start["b2"])
    # the output layer's neurons are the same, their inputs are not: biases kept, weights new
    assert np.array_equal(new["b3"], old["b2"])
    assert np.array_equal(new["W3"], start["W3"])


def test_removing_the_last_hidden_layer_joins_the_output_to_the_layer_before():
    old = trained((2, 4, 3, 1))
    new, op = surgery.carry_over(old, (4, 3), (4,), "xavier", 9)
    assert op == Operation(REMOVE_LAYER, 2)
    start = network_start((2, 4, 1), seed=9)
    assert set(new) == {"W1", "b1", "W2", "b2"}
    assert np.array_equal(new["W1"], old["W1"]) and np.array_equal(new["b1"], old["b1"])
    assert np.array_equal(new["b2"], old["b3"])
    assert np.array_equal(new["W2"], start["W2"])


def test_a_layer_inserted_in_the_middle_cuts_only_the_links_it_sits_on():
    old = trained((2, 3, 2, 1))
    op = Operation(ADD_LAYER, 2, size=5)
    start = network_start((2, 3, 5, 2, 1))
    new = surgery.graft(old, op, start)
    assert np.array_equal(new["W1"], old["W1"])
    assert np.array_equal(new["W2"], start["W2"])
    assert np.array_equal(new["W3"], start["W3"]) and np.array_equal(new["b3"], old["b2"])
    assert np.array_equal(new["W4"], old["W3"]) and np.array_equal(new["b4"], old["b3"])


def test_changes_the_editor_cannot_make_in_one_edit_are_not_surgery():
    assert surgery.infer((4, 2), (5, 3)) is None
    assert surgery.infer((4, 2), (4, 4)) is None
    assert surgery.infer((4, 2), (3,)) is None
    assert surgery.infer((4, 2), (4, 2)) is None
    assert surgery.infer((), (4,)) == Operation(ADD_LAYER, 1, size=4)


def test_an_operation_that_does_not_fit_the_network_is_refused():
    old = trained((2, 1, 1))
    with pytest.raises(ConfigError):
        surgery.graft(old, Operation(REMOVE_NEURON, 1, index=0), network_start((2, 1, 1)))
    with pytest.raises(ConfigError):
        surgery.new_dims((2, 3, 1), Operation(ADD_NEURON, 2))
