"""The Qt-free document: one observable home for settings, imported data, pinned runs and the run."""

import gc
from types import SimpleNamespace

import numpy as np
import pytest

from desktop_nn.document import DATA, LOADED, PINS, RUN, SETTINGS, Document
from desktop_nn.engine.errors import ConfigError
from desktop_nn.project import project_from_bytes, project_to_bytes
from desktop_nn.training.config import CLASSIC_EPOCH_LIMIT, History, Record, RunConfig

NETWORK = RunConfig(model="network", dataset="xor", hidden=(3,), max_epochs=0)


def frame(run_id, epochs, config, params=None, first=1, notice=None):
    """A stand-in for a training Frame carrying epochs first … first + epochs − 1."""
    records = [Record(e, 1.0 / e, 0.5, float("nan"), float("nan")) for e in range(first, first + epochs)]
    return SimpleNamespace(run_id=run_id, epoch=first + epochs - 1, config=config, data=None, notice=notice,
                           params=params or {"W1": np.ones((3, 2)), "b1": np.zeros((3, 1)),
                                               "W2": np.ones((1, 3)), "b2": np.zeros((1, 1))},
                           history=History.of(records))


def watch(doc):
    seen = []
    doc.observe(seen.append)
    return seen


def test_an_edit_is_checked_then_told_with_its_source():
    doc = Document(NETWORK)
    seen = watch(doc)
    panel = object()
    assert doc.update(panel, learning_rate=0.03)
    assert doc.settings.learning_rate == 0.03
    assert len(seen) == 1 and SETTINGS in seen[0] and seen[0].source is panel
    assert seen[0].previous.learning_rate == NETWORK.learning_rate
    # the same value again is no change
    assert not doc.update(panel, learning_rate=0.03) and len(seen) == 1
    # what RunConfig refuses, the document refuses, and stays as it was
    for bad in (dict(learning_rate=0.0), dict(features=()), dict(seed=2**31), dict(max_epochs=10**7 + 1)):
        with pytest.raises(ConfigError):
            doc.update(panel, **bad)
    assert doc.settings.learning_rate == 0.03 and len(seen) == 1


def test_imported_settings_need_imported_data():
    doc = Document(NETWORK)
    with pytest.raises(ConfigError, match="Import CSV"):
        doc.update(dataset="imported")
    table = SimpleNamespace(source="own.csv", n_classes=2)
    seen = watch(doc)
    doc.set_imported(table, doc.settings.replace(dataset="imported"))
    assert doc.imported is table and doc.settings.dataset == "imported"
    assert {DATA, SETTINGS} <= seen[-1].what


def test_undo_and_redo_walk_every_settings_edit():
    doc = Document(NETWORK)
    doc.update(hidden=(3, 2))
    doc.update(learning_rate=0.5)
    assert doc.undo() and doc.settings.learning_rate == NETWORK.learning_rate and doc.settings.hidden == (3, 2)
    assert doc.undo() and doc.settings == NETWORK
    assert not doc.undo() and not doc.can_undo
    assert doc.redo() and doc.settings.hidden == (3, 2)
    # a new edit forgets what could be redone
    doc.update(seed=7)
    assert not doc.can_redo


def test_merged_edits_of_one_setting_undo_at_once():
    doc = Document(NETWORK)
    spin = object()
    for n in (2, 20, 200):                  # "200" typed digit by digit into a spin box
        doc.update(spin, merge=True, n_samples=n if n >= 20 else 20)
    doc.update(spin, merge=True, seed=3)     # another setting: its own step
    assert doc.undo() and doc.settings.seed == NETWORK.seed and doc.settings.n_samples == 200
    assert doc.undo() and doc.settings.n_samples == NETWORK.n_samples


def test_a_model_switch_brings_its_epoch_limit_and_initialiser():
    doc = Document(NETWORK)
    doc.set_settings(doc.settings.with_model("perceptron"))
    assert doc.settings.max_epochs == CLASSIC_EPOCH_LIMIT and doc.settings.init == "zeros"
    doc.set_settings(doc.settings.with_model("network"))
    assert doc.settings.max_epochs == 0 and doc.settings.init == "xavier"


def test_frames_grow_one_history_and_a_new_run_starts_another():
    doc = Document(NETWORK)
    seen = watch(doc)
    assert not doc.take_frame(frame(1, 3, NETWORK))          # a new run is not work done
    assert doc.take_frame(frame(1, 2, NETWORK, first=4))     # the same run trained on
    assert seen[-1].what == {RUN}
    np.testing.assert_array_equal(doc.run.history.view("epoch"), [1, 2, 3, 4, 5])
    np.testing.assert_array_equal(doc.run.history.view("train_cost"), [1, 1 / 2, 1 / 3, 1 / 4, 1 / 5])
    assert not doc.run.history.view("epoch").flags.writeable
    doc.take_frame(frame(2, 1, NETWORK))
    np.testing.assert_array_equal(doc.run.history.view("epoch"), [1])
    # a step-through update moves the run without an epoch
    assert doc.take_frame(frame(2, 1, NETWORK, notice=SimpleNamespace(kind="stepped")))


def test_history_grows_past_its_first_buffer():
    doc = Document(NETWORK)
    for k in range(10):
        doc.take_frame(frame(1, 100, NETWORK, first=1 + 100 * k))
    np.testing.assert_array_equal(doc.run.history.view("epoch"), np.arange(1, 1001))


def test_the_saved_form_holds_the_weights_only_of_the_run_the_settings_describe():
    doc = Document(NETWORK)
    doc.take_frame(frame(1, 4, NETWORK))
    project = doc.to_project()
    assert project.epoch == 4 and project.history.epochs == 4 and project.weights["W1"].shape == (3, 2)
    doc.update(learning_rate=0.7)           # a live setting: the run goes on with it
    assert doc.to_project().weights is not None
    doc.update(hidden=(5,))                 # a new network: its weights are not these
    project = doc.to_project()
    assert project.weights is None and project.history is None and project.settings["hidden"] == (5,)


def test_pins_and_loading_round_trip_through_the_file():
    doc = Document(NETWORK)
    doc.take_frame(frame(1, 6, NETWORK))
    seen = watch(doc)
    pinned = doc.pin("η = 0.1")
    assert seen[-1].what == {PINS} and pinned.history.epochs == 6
    reopened = project_from_bytes(project_to_bytes(doc.to_project()))
    other = Document()
    other.update(seed=5)
    seen = watch(other)
    other.load(reopened, RunConfig(**reopened.run_config_kwargs()))
    assert LOADED in seen[-1] and seen[-1].source == "load"
    assert other.settings == NETWORK and not other.can_undo
    assert [p.label for p in other.pinned_runs] == ["η = 0.1"]
    np.testing.assert_array_equal(other.run.history.view("train_cost"), doc.run.history.view("train_cost"))
    assert other.to_project().epoch == 6


def test_observers_that_are_methods_do_not_keep_their_object_alive():
    doc = Document(NETWORK)

    class Widget:
        calls = 0

        def changed(self, change):
            Widget.calls += 1

    w = Widget()
    doc.observe(w.changed)
    doc.update(seed=1)
    del w
    gc.collect()
    doc.update(seed=2)
    assert Widget.calls == 1


IRIS3 = ("Iris-setosa", "Iris-versicolor", "Iris-virginica")


def test_three_classes_are_carried_out_not_refused():
    """Choosing three Iris classes switches the output to softmax (and a single neuron to a
    network); back to two classes, back to the sigmoid; each adjustment is told."""
    doc = Document(RunConfig(model="network", dataset="iris", max_epochs=0))
    seen = watch(doc)
    doc.update(iris_classes=IRIS3)
    assert doc.settings.output == "softmax"
    assert seen[-1].adjusted == (("output", "sigmoid", "softmax"),)
    doc.update(iris_classes=IRIS3[:2])
    assert doc.settings.output == "sigmoid" and seen[-1].adjusted == (("output", "softmax", "sigmoid"),)
    # the perceptron cannot separate three: the document moves to a network
    doc.set_settings(doc.settings.with_model("perceptron"))
    doc.update(iris_classes=IRIS3)
    assert doc.settings.model == "network" and doc.settings.output == "softmax"
    assert [name for name, _, _ in seen[-1].adjusted] == ["model", "output"]
    # one undo goes back to the two-class perceptron, as it was before the edit
    assert doc.undo() and doc.settings.model == "perceptron" and len(doc.settings.iris_classes) == 2


def test_three_class_imported_data_switches_a_single_neuron_to_a_softmax_network():
    doc = Document(RunConfig(model="logistic", dataset="iris"))
    table = SimpleNamespace(source="fruit.csv", n_classes=3)
    doc.set_imported(table, doc.settings.replace(dataset="imported"))
    assert doc.settings.model == "network" and doc.settings.output == "softmax"
    # a softmax chosen on purpose for two classes is left alone
    two = Document(RunConfig(model="network", dataset="moons", output="softmax"))
    two.update(seed=4)
    assert two.settings.output == "softmax"


# --- the run's history on a fixed budget ----------------------------------------------------------

def epochs_frame(first: int, k: int, cost=None):
    """A History of epochs first … first + k − 1 with cost 1/epoch (or ``cost``)."""
    e = np.arange(first, first + k)
    c = 1.0 / e if cost is None else cost
    return SimpleNamespace(epoch=e, train_cost=c, train_accuracy=np.full(k, 0.5),
                           test_cost=np.full(k, np.nan), test_accuracy=np.full(k, np.nan))


def test_a_long_history_keeps_its_budget_its_envelope_and_its_last_epoch():
    from desktop_nn.document import Columns

    cols = Columns(budget=1000)
    spike_epoch = 123_457
    for first in range(1, 300_001, 5000):
        frame = epochs_frame(first, 5000)
        cost = frame.train_cost.copy()
        if first <= spike_epoch < first + 5000:
            cost[spike_epoch - first] = 99.0                # one diverging epoch
        cols.extend(SimpleNamespace(**{**frame.__dict__, "train_cost": cost}))
        assert len(cols) <= 1000
    epochs = cols.view("epoch")
    assert epochs[-1] == 300_000 and cols.epochs == 300_000
    assert np.all(np.diff(epochs) >= 0) and epochs[0] == 1
    assert cols.view("train_cost").max() == 99.0             # the spike is still there
    assert cols.view("train_cost").min() == 1.0 / 300_000    # and the lowest cost
    assert cols.stride > 1 and np.all(np.isnan(cols.view("test_cost")))


def test_ten_million_epochs_cost_what_a_hundred_thousand_do_and_save_and_reopen():
    """A run of 10⁷ + 1 epochs (the tester's run that could not be reopened)."""
    from desktop_nn.document import HISTORY_BUDGET

    doc = Document(NETWORK)
    params = {"W1": np.ones((3, 2)), "b1": np.zeros((3, 1)), "W2": np.ones((1, 3)), "b2": np.zeros((1, 1))}
    chunk = 250_000
    for first in range(1, 10**7 + 2, chunk):
        k = min(chunk, 10**7 + 2 - first)
        doc.take_frame(SimpleNamespace(run_id=1, epoch=first + k - 1, config=NETWORK, data=None, notice=None,
                                       params=params, history=epochs_frame(first, k)))
    assert doc.run.epoch == 10**7 + 1 and len(doc.run.history) <= HISTORY_BUDGET
    project = doc.to_project()
    assert project.history.epochs == 10**7 + 1 and project.history.points <= HISTORY_BUDGET
    reopened = project_from_bytes(project_to_bytes(project))
    assert reopened.history.equals(project.history) and reopened.epoch == 10**7 + 1
    other = Document()
    other.load(reopened, RunConfig(**reopened.run_config_kwargs()))
    np.testing.assert_array_equal(other.run.history.view("train_cost"), doc.run.history.view("train_cost"))
    assert other.run.history.stride == doc.run.history.stride
    # and it goes on growing within its budget after reopening
    other.run.history.extend(epochs_frame(10**7 + 2, 500_000))
    assert len(other.run.history) <= HISTORY_BUDGET and other.run.history.epochs == 10**7 + 500_001


def test_pins_stop_at_what_a_project_file_holds():
    from desktop_nn.project import MAX_PINNED

    doc = Document(NETWORK)
    doc.take_frame(frame(1, 3, NETWORK))
    for n in range(MAX_PINNED):
        doc.pin(f"run {n}")
    with pytest.raises(ConfigError, match=f"At most {MAX_PINNED}"):
        doc.pin("one more")
    assert len(doc.pinned_runs) == MAX_PINNED
    project_from_bytes(project_to_bytes(doc.to_project()))       # still saves and opens
