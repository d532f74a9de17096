"""The project file: exact round trips, atomic saves, and refusal of hostile files."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_nn.engine import export
from desktop_nn.engine.errors import ProjectError
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.tabular import TabularData
from desktop_nn.engine.trainer import Trainer
from desktop_nn.project import (
    SETTINGS,
    PinnedRun,
    Project,
    RunHistory,
    default_settings,
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
    weights_equal,
)
from desktop_nn.training.config import RunConfig


def trained_project() -> Project:
    """A 2-4-3-1 tanh network trained 50 epochs on XOR, with its history and a pinned run."""
    from desktop_nn.engine.datasets import xor

    X_rows, y = xor(n_samples=60, seed=3)
    X, Y = to_columns(X_rows, y, "sigmoid")
    net = Network([2, 4, 3, 1], hidden_activation="tanh", output="sigmoid", init="xavier", seed=7)
    trainer = Trainer(net, X, Y, learning_rate=0.3)
    trainer.step(50)
    history = RunHistory.from_records(trainer.history)
    settings_ = dict(default_settings(), dataset="xor", model="network", hidden=(4, 3), init="xavier",
                     learning_rate=0.3, seed=7, max_epochs=0)
    return Project(
        settings=settings_,
        weights={k: v.copy() for k, v in net.params.items()},
        epoch=50,
        history=history,
        pinned_runs=[PinnedRun("4-3 η=0.3", dict(settings_), history)],
    )


def test_settings_are_run_config_fields_with_its_defaults():
    defaults = dataclasses.asdict(RunConfig())
    assert set(SETTINGS) == set(defaults)
    for key, value in defaults.items():
        assert default_settings()[key] == (tuple(value) if isinstance(value, list) else value), key
    project = Project(settings=dict(defaults, hidden=[3], learning_rate=0.03))
    assert RunConfig(**project.run_config_kwargs()) == RunConfig(hidden=(3,), learning_rate=0.03)


def test_round_trip_is_bit_identical(tmp_path):
    project = trained_project()
    path = tmp_path / "lesson.dnn"
    save_project(project, path)
    again = load_project(path)
    assert weights_equal(project.weights, again.weights)
    for k in project.weights:
        assert again.weights[k].tobytes() == project.weights[k].tobytes()
    assert again.epoch == 50
    assert again.history.equals(project.history)
    assert np.isnan(again.history.test_cost).all()          # no held-out set: NaN survives
    assert again.settings == project.settings
    assert [r.label for r in again.pinned_runs] == ["4-3 η=0.3"]
    assert again.pinned_runs[0].history.equals(project.history)
    # the same project always gives the same bytes
    assert project_to_bytes(again) == path.read_bytes()
    # and the weights can be read with plain numpy, without pickle
    with zipfile.ZipFile(path) as z:
        W1 = np.load(io.BytesIO(z.read("weights.npz")), allow_pickle=False)["W1"]
    np.testing.assert_array_equal(W1, project.weights["W1"])


def test_imported_data_round_trip():
    X = np.array([[1.5, 2.0], [3.0, -4.25], [5.0, 6.0], [7.0, 8.0]])
    data = TabularData(X=X, y=np.array([0, 1, 2, 1]), feature_names=("花萼", "b"), label_name="類別",
                       class_names=("山", "水", "火"), source="my.csv", n_dropped=1)
    project = Project(settings=dict(default_settings(), dataset="imported", model="network", hidden=(3,),
                                    output="softmax"), imported=data)
    project.weights = {"W1": np.ones((3, 2)), "b1": np.zeros((3, 1)), "W2": np.ones((3, 3)), "b2": np.zeros((3, 1))}
    again = project_from_bytes(project_to_bytes(project))
    np.testing.assert_array_equal(again.imported.X, X)
    np.testing.assert_array_equal(again.imported.y, [0, 1, 2, 1])
    assert again.imported.feature_names == ("花萼", "b") and again.imported.class_names == ("山", "水", "火")
    assert (again.imported.source, again.imported.n_dropped, again.imported.label_name) == ("my.csv", 1, "類別")


def test_a_write_failing_midway_leaves_the_previous_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "lesson.dnn"
    first = trained_project()
    save_project(first, path)
    before = path.read_bytes()

    second = trained_project()
    second.weights["W1"] = second.weights["W1"] * 2
    second.epoch = 99

    def write_half_then_fail(f, data, block=1 << 20):
        f.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_all", write_half_then_fail)
    with pytest.raises(ProjectError, match="No space left on device.*previous file is unchanged"):
        save_project(second, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.dnn"]       # no temporary left
    assert load_project(path).epoch == 50

    monkeypatch.undo()
    save_project(second, path)
    assert load_project(path).epoch == 99


def test_save_into_a_missing_folder_is_a_project_error(tmp_path):
    with pytest.raises(ProjectError, match="Cannot save"):
        save_project(Project(), tmp_path / "nope" / "x.dnn")


# --- hostile files --------------------------------------------------------------------------


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members.items():
            z.writestr(name, blob)
    return buf.getvalue()


def members_of(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        return {n: z.read(n) for n in z.namelist()}


def with_json(blob: bytes, change) -> bytes:
    members = members_of(blob)
    doc = json.loads(members["project.json"])
    change(doc)
    members["project.json"] = json.dumps(doc).encode()
    return zip_bytes(members)


def npz(**arrays) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def with_weights(blob: bytes, **arrays) -> bytes:
    members = members_of(blob)
    weights = dict(np.load(io.BytesIO(members["weights.npz"])))
    weights.update(arrays)
    members["weights.npz"] = npz(**weights)
    return zip_bytes(members)


GOOD = project_to_bytes(trained_project())


def set_in(section, key, value):
    def change(doc):
        doc[section][key] = value
    return change


@pytest.mark.parametrize(
    "change, fragment",
    [
        (set_in("architecture", "hidden", "4,3"), "'hidden': expected a list"),
        (set_in("architecture", "hidden", [4, 10**9]), "out of range"),
        (set_in("architecture", "hidden", [4, True]), "expected a whole number"),
        (set_in("hyperparameters", "learning_rate", "0.3"), "'learning_rate': expected a number"),
        (set_in("hyperparameters", "batch_size", -5), "out of range"),
        (set_in("features", "standardize", 1), "expected true or false"),
        (set_in("dataset", "dataset", {"x": 1}), "expected text"),
        (set_in("dataset", "seed", 3), "belongs in 'seed'"),
        (lambda doc: doc.update(seed=1.5), "'seed': expected a whole number"),
        (lambda doc: doc.update(architecture=[1, 2]), "'architecture': expected an object"),
        (lambda doc: doc.update(format_version=99), "newer desktop_nn"),
        (lambda doc: doc.update(format="something else"), "not say it is a desktop_nn project"),
        (lambda doc: doc["weights"].update(epoch="50"), "'epoch': expected a whole number"),
        (lambda doc: doc["pinned_runs"][0].update(epochs=49), "do not match the 50 rows up to epoch 49"),
        (lambda doc: doc.update(pinned_runs={"a": 1}), "pinned_runs"),
        (lambda doc: doc["weights"].update(names=["W1"]), "does not hold the arrays"),
        (lambda doc: doc.update(imported_data={"m": 3}), "'feature_names': expected a list"),
        (lambda doc: doc.update(imported_data={"m": 3, "feature_names": ["a"], "label_name": "c",
                                               "class_names": ["p", "q"]}), "no 'X'"),
        (lambda doc: doc.update(imported_data={"m": 10**6, "feature_names": [f"x{i}" for i in range(128)],
                                               "label_name": "c", "class_names": ["p", "q"]}),
         "128,000,000 values; a project holds at most 10,000,000"),
        (lambda doc: doc["pinned_runs"][0].update(label="bad \udc80 half"), "surrogate pair"),
        (lambda doc: doc["pinned_runs"][0].update(label="x" * 401), "401 characters long; at most 400"),
    ],
)
def test_wrong_json_is_refused_with_a_sentence(change, fragment):
    with pytest.raises(ProjectError) as info:
        project_from_bytes(with_json(GOOD, change), "bad.dnn")
    assert fragment in str(info.value)
    assert str(info.value).startswith("'bad.dnn' cannot be opened")


def test_json_with_nan_or_deep_nesting_is_refused():
    members = members_of(GOOD)
    text = members["project.json"].decode().replace('"learning_rate": 0.3', '"learning_rate": NaN')
    with pytest.raises(ProjectError, match="NaN"):
        project_from_bytes(zip_bytes(dict(members, **{"project.json": text.encode()})))
    deep = b'{"format": "desktop_nn project", "format_version": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(ProjectError, match="nested too deeply|not valid JSON"):
        project_from_bytes(zip_bytes(dict(members, **{"project.json": deep})))


@pytest.mark.parametrize(
    "arrays, fragment",
    [
        ({"W2": np.ones((3, 5))}, "W2 has shape (3, 5)"),
        ({"b1": np.ones(4)}, "b1 must have shape (4, 1)"),
        ({"W1": np.ones((4, 2), dtype=np.float32)}, "float64 or int64"),
        ({"W1": np.full((4, 2), np.inf)}, "NaN or inf"),
        ({"W1": np.ones((2, 2, 2))}, "dimensions"),
        ({"W3": np.ones((2, 3)), "b3": np.ones((2, 1))}, "do not fit the saved architecture"),
    ],
)
def test_weights_of_the_wrong_shape_or_type_are_refused(arrays, fragment):
    with pytest.raises(ProjectError) as info:
        project_from_bytes(with_weights(GOOD, **arrays))
    assert fragment in str(info.value)


def test_pickle_payload_is_refused_without_running_it(tmp_path):
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    payload = np.array([Evil()], dtype=object)
    buf = io.BytesIO()
    np.save(buf, payload, allow_pickle=True)
    members = members_of(GOOD)
    weights = dict(np.load(io.BytesIO(members["weights.npz"])))
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        for k, v in weights.items():
            b = io.BytesIO()
            np.save(b, v)
            z.writestr(f"{k}.npy", b.getvalue())
        z.writestr("evil.npy", buf.getvalue())
    members["weights.npz"] = inner.getvalue()
    with pytest.raises(ProjectError, match="Python objects.*refused"):
        project_from_bytes(zip_bytes(members))
    assert not marker.exists()


def test_huge_declared_dimensions_are_refused_before_allocating():
    header = {"descr": "<f8", "fortran_order": False, "shape": (10**6, 10**6)}
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, header)
    buf.write(b"\x00" * 64)
    members = members_of(GOOD)
    weights = members_of(members["weights.npz"])
    weights["W1.npy"] = buf.getvalue()
    members["weights.npz"] = zip_bytes(weights)
    with pytest.raises(ProjectError, match=r"claims shape \(1000000, 1000000\)"):
        project_from_bytes(zip_bytes(members))


def test_zip_bomb_is_refused_by_declared_size():
    bomb = zip_bytes({"project.json": members_of(GOOD)["project.json"], "data.npz": b"\x00" * (20 << 20)})
    assert len(bomb) < 100_000                      # 20 MB of zeros compress to ~20 kB
    # project.json announces two runs' curves of 50 rows: data.npz may unpack to a few kB, not 20 MB
    with pytest.raises(ProjectError, match="'data.npz' would unpack to 20,971,520 bytes.*refused before unpacking"):
        project_from_bytes(bomb)
    # a forged header that understates the size: reading stops at the declared size, CRC fails
    forged = bytearray(zip_bytes({"project.json": members_of(GOOD)["project.json"], "weights.npz": b"\x00" * 100_000}))
    for sig in (b"PK\x01\x02", b"PK\x03\x04"):
        start = 0
        while (i := forged.find(sig, start)) >= 0:
            name_at = i + (46 if sig == b"PK\x01\x02" else 30)
            if forged[name_at:name_at + 11] == b"weights.npz":
                size_at = i + (24 if sig == b"PK\x01\x02" else 22)
                forged[size_at:size_at + 4] = (100).to_bytes(4, "little")
            start = i + 4
    with pytest.raises(ProjectError):
        project_from_bytes(bytes(forged))


@pytest.mark.parametrize("content", [b"", b"hello", b"PK\x03\x04" + bytes(50), b"\x89PNG\r\n" + bytes(100)])
def test_not_a_project(content, tmp_path):
    path = tmp_path / "x.dnn"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match="'x.dnn' cannot be opened"):
        load_project(path)


def test_every_truncation_is_refused():
    for cut in range(0, len(GOOD), max(1, len(GOOD) // 150)):
        with pytest.raises(ProjectError):
            project_from_bytes(GOOD[:cut])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=600),
    st.tuples(st.integers(0, len(GOOD) - 1), st.binary(min_size=1, max_size=8)).map(
        lambda t: GOOD[: t[0]] + t[1] + GOOD[t[0] + len(t[1]):]),
))
def test_any_bytes_are_a_project_or_a_project_error(blob):
    try:
        project = project_from_bytes(blob)
    except ProjectError as exc:
        assert str(exc)
    else:
        assert isinstance(project, Project)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
KEYS = st.sampled_from(["dataset", "features", "architecture", "hyperparameters", "seed", "weights", "history",
                        "pinned_runs", "imported_data", "extra_settings", "format_version"])
SUBKEYS = st.sampled_from(list(SETTINGS) + ["epoch", "names", "epochs", "m", "label", "settings"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(KEYS, st.one_of(st.none(), SUBKEYS), JSON_VALUES), min_size=1, max_size=4))
def test_any_json_is_a_project_or_a_project_error(changes):
    def change(doc):
        for key, sub, value in changes:
            if sub is not None and isinstance(doc.get(key), dict):
                doc[key][sub] = value
            else:
                doc[key] = value
    try:
        project_from_bytes(with_json(GOOD, change))
    except ProjectError:
        pass
