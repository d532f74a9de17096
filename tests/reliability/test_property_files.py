"""Issue 16, the file contract as properties (hypothesis):

* for random valid projects — settings anywhere in RunConfig's schema ranges, unknown settings of
  a newer version, optional imported data, weights of the shapes the architecture implies,
  curves with a row per epoch or bucketed (format 2), pinned runs with any Unicode labels —
  save → open gives the same project, and saving it again gives the same bytes;
* for random files the loader accepts (a good file's project.json changed at random), saving
  succeeds and gives the same project back.
"""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from desktop_nn.engine.errors import ProjectError
from desktop_nn.engine.tabular import MAX_CLASSES, MAX_NAME, TabularData
from desktop_nn.project import (
    SETTINGS,
    PinnedRun,
    Project,
    RunHistory,
    project_from_bytes,
    project_to_bytes,
    weights_equal,
)
from desktop_nn.training.config import MODELS, OUTPUTS, RunConfig

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = st.text(max_size=12) | st.text(min_size=MAX_NAME - 2, max_size=MAX_NAME)     # any Unicode, never a lone surrogate
FLOATS = st.floats(allow_nan=False, allow_infinity=False, width=64)
CURVE = st.floats(allow_nan=True, allow_infinity=True, width=64)


def setting_value(name: str):
    """A value anywhere in the setting's schema range (lists kept short)."""
    spec, _ = RunConfig.schema()[name]
    text = st.text(max_size=64)
    lo, hi = spec.low, spec.high
    fewest, most = spec.items
    if spec.kind == "text":
        return {"model": st.sampled_from(MODELS) | text, "output": st.sampled_from(OUTPUTS) | text}.get(name, text)
    if spec.kind == "texts":
        return st.lists(text, min_size=fewest, max_size=min(most, fewest + 4)).map(tuple)
    if spec.kind == "text_or_texts":
        return text | st.lists(text, min_size=fewest, max_size=min(most, 3)).map(tuple)
    if spec.kind == "bool":
        return st.booleans()
    if spec.kind in ("int", "ints"):
        one = st.integers(int(lo), int(hi))
        if spec.kind == "ints":
            return st.lists(one, min_size=fewest, max_size=min(most, 3)).map(tuple)
        return st.none() | one if spec.optional else one
    return st.floats(lo, hi, exclude_min=spec.open_low, exclude_max=spec.open_high, allow_nan=False)


SETTING_VALUES = st.fixed_dictionaries({name: setting_value(name) for name in SETTINGS})
EXTRA = st.dictionaries(st.text(min_size=1, max_size=64).filter(lambda k: k not in SETTINGS),
                        st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(-1e300, 1e300)
                        | st.text(max_size=MAX_NAME) | st.lists(st.integers(-5, 5) | st.text(max_size=5), max_size=3),
                        max_size=3)


@st.composite
def histories(draw) -> RunHistory:
    n = draw(st.integers(0, 40))
    cols = [np.array(draw(st.lists(CURVE, min_size=n, max_size=n)), dtype=np.float64) for _ in range(4)]
    if draw(st.booleans()):                                   # a row per epoch
        return RunHistory(*cols)
    steps = draw(st.lists(st.integers(0, 2**20), min_size=n, max_size=n))
    numbers = draw(st.integers(1, 2**30)) + np.cumsum(np.array(steps, dtype=np.int64)) - (steps[0] if n else 0)
    return RunHistory(*cols, epoch_numbers=numbers, stride=draw(st.integers(1, 2**40)))


@st.composite
def tables(draw) -> TabularData:
    m, n = draw(st.integers(1, 12)), draw(st.integers(1, 4))
    k = draw(st.integers(2, MAX_CLASSES))
    X = np.array(draw(st.lists(FLOATS, min_size=m * n, max_size=m * n))).reshape(m, n)
    y = np.array(draw(st.lists(st.integers(0, k - 1), min_size=m, max_size=m)), dtype=np.int64)
    X.flags.writeable = y.flags.writeable = False
    return TabularData(X=X, y=y, feature_names=tuple(draw(st.lists(NAMES, min_size=n, max_size=n))),
                       label_name=draw(NAMES), class_names=tuple(draw(st.lists(NAMES, min_size=k, max_size=k))),
                       source=draw(NAMES), n_dropped=draw(st.integers(0, 10**12)))


@st.composite
def projects(draw) -> Project:
    values = dict(draw(SETTING_VALUES), **draw(EXTRA))
    imported = draw(st.none() | tables())
    project = Project(settings=values, imported=imported,
                      history=draw(st.none() | histories()),
                      pinned_runs=[PinnedRun(draw(NAMES), dict(draw(SETTING_VALUES), **draw(EXTRA)), draw(histories()))
                                   for _ in range(draw(st.integers(0, 3)))])
    if draw(st.booleans()):
        dims = project.layer_dims()
        if dims[0] == -1:
            dims[0] = draw(st.integers(0, 6))
        weights = {}
        for layer, (n_in, n_out) in enumerate(zip(dims, dims[1:]), start=1):
            weights[f"W{layer}"] = np.array(draw(st.lists(FLOATS, min_size=n_in * n_out, max_size=n_in * n_out)),
                                            dtype=np.float64).reshape(n_out, n_in)
            weights[f"b{layer}"] = np.array(draw(st.lists(FLOATS, min_size=n_out, max_size=n_out)),
                                            dtype=np.float64).reshape(n_out, 1)
        if len(dims) == 2 and dims[1] == 1 and draw(st.booleans()):        # a classic model's w_
            weights["w_"] = np.concatenate([weights["b1"][0], weights["W1"][0]])
        project.weights, project.epoch = weights, draw(st.integers(0, 2**53))
    return project


def same(a: Project, b: Project) -> bool:
    def tables_equal(x, y):
        if x is None or y is None:
            return x is y
        return (x.X.tobytes() == y.X.tobytes() and x.X.shape == y.X.shape and np.array_equal(x.y, y.y)
                and (x.feature_names, x.label_name, x.class_names, x.source, x.n_dropped)
                == (y.feature_names, y.label_name, y.class_names, y.source, y.n_dropped))

    def histories_equal(x, y):
        return x is y if x is None or y is None else x.equals(y)

    return (a.settings == b.settings and a.epoch == b.epoch and weights_equal(a.weights, b.weights)
            and tables_equal(a.imported, b.imported) and histories_equal(a.history, b.history)
            and len(a.pinned_runs) == len(b.pinned_runs)
            and all(p.label == q.label and p.settings == q.settings and p.history.equals(q.history)
                    for p, q in zip(a.pinned_runs, b.pinned_runs)))


@FAST
@given(projects())
def test_every_valid_project_saves_and_opens_as_it_was(project):
    try:
        project.validate()
    except ProjectError as exc:
        event(str(exc)[:40])
        assume(False)                    # e.g. weights that do not fit an architecture of 0 units
    blob = project_to_bytes(project)
    again = project_from_bytes(blob, "p.dnn")
    assert same(project, again)
    assert project_to_bytes(again) == blob


def _good_file() -> bytes:
    rng = np.random.default_rng(1)
    data = TabularData(X=rng.normal(size=(6, 2)), y=np.array([0, 1, 2, 0, 1, 2]), feature_names=("a", "b"),
                       label_name="k", class_names=("x", "y", "z"), source="d.csv")
    settings_ = dict(Project().settings, dataset="imported", model="network", hidden=(3,), output="softmax")
    bucketed = RunHistory(*rng.random((4, 6)), epoch_numbers=np.array([1, 8, 9, 16, 17, 18]), stride=8)
    weights = {"W1": rng.normal(size=(3, 2)), "b1": rng.normal(size=(3, 1)),
               "W2": rng.normal(size=(3, 3)), "b2": rng.normal(size=(3, 1))}
    return project_to_bytes(Project(settings=settings_, imported=data, weights=weights, epoch=18, history=bucketed,
                                    pinned_runs=[PinnedRun("3 η=0.1", dict(settings_), bucketed)]))


GOOD = _good_file()
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
TEXTS = st.text(max_size=20) | st.text(min_size=MAX_NAME - 1, max_size=MAX_NAME + 1)
#: where project.json is changed, and values that are mostly what the loader takes
PLACES = [
    (("hyperparameters", "learning_rate"), st.floats(0, 1e13)), (("dataset", "test_ratio"), st.floats(-0.1, 1)),
    (("extra_settings", "note"), JSON_VALUES | TEXTS), (("seed", None), st.integers(-1, 2**31)),
    (("imported_data", "source"), TEXTS), (("imported_data", "label_name"), TEXTS),
    (("imported_data", "class_names"), st.lists(TEXTS, min_size=3, max_size=3)),
    (("imported_data", "feature_names"), st.lists(TEXTS, min_size=2, max_size=2)),
    (("imported_data", "n_dropped"), st.integers(-1, 10**13)), (("history", "stride"), st.integers(0, 2**54)),
    (("history", "epochs"), st.sampled_from([18, 17, 2**53])), (("weights", "epoch"), st.integers(-1, 2**54)),
    (("pinned_runs", "label"), TEXTS), (("pinned_runs", "settings"), st.dictionaries(st.text(max_size=9), JSON_VALUES)),
    (("format_version", None), st.integers(0, 3)), (("architecture", "output"), JSON_VALUES),
]
CHANGES = st.sampled_from(range(len(PLACES))).flatmap(lambda i: st.tuples(st.just(PLACES[i][0]), PLACES[i][1]))


@FAST
@given(st.lists(CHANGES, min_size=1, max_size=3))
def test_every_file_the_loader_accepts_saves_and_opens_again(changes):
    with zipfile.ZipFile(io.BytesIO(GOOD)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    doc = json.loads(members["project.json"])
    for (key, sub), value in changes:
        target = doc[key][0] if key == "pinned_runs" else doc.get(key)
        if sub is not None and isinstance(target, dict):
            target[sub] = value
        else:
            doc[key] = value
    members["project.json"] = json.dumps(doc).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in members.items():
            z.writestr(name, blob)
    try:
        project = project_from_bytes(out.getvalue(), "changed.dnn")
    except ProjectError:
        event("refused by the loader")
        return
    event("accepted by the loader")
    again = project_from_bytes(project_to_bytes(project), "saved.dnn")          # saving never fails
    assert same(project, again)
