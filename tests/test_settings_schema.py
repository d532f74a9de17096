"""One schema for every setting: RunConfig declares each field's type, range and default once; the
project file's loader takes its checks and defaults from it, so what a project can hold is what a
run can use (a learning rate of 0 is refused by both, as is an Iris feature list of one name)."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_nn.engine.errors import ConfigError, ProjectError
from desktop_nn.project import SETTINGS, check_settings, default_settings
from desktop_nn.training.config import RunConfig, Setting


def loader_accepts(name, value) -> bool:
    try:
        check_settings({name: value})
        return True
    except ProjectError:
        return False


def config_accepts(name, value) -> bool:
    try:
        RunConfig(**{name: value}).validate()
        return True
    except ConfigError:
        return False


def test_every_field_has_one_setting_and_the_project_takes_it_from_there():
    fields = {f.name: f for f in dataclasses.fields(RunConfig)}
    assert list(SETTINGS) == list(fields)
    for name, f in fields.items():
        spec = f.metadata["setting"]
        assert isinstance(spec, Setting)
        section, _check, default = SETTINGS[name]
        assert section == spec.section and default == f.default, name
    assert default_settings() == {f.name: f.default for f in fields.values()}


def boundary_values(spec: Setting):
    """(value, should be accepted) at and around the ends of a numeric range."""
    cases = []
    step = 1 if spec.kind in ("int", "ints") else 1e-9
    for end, is_open, outward in ((spec.low, spec.open_low, -1), (spec.high, spec.open_high, +1)):
        if end is None:
            continue
        inward = end - outward * step
        cases += [(end, not is_open), (end + outward * step * max(1.0, abs(end) * 1e-6), False), (inward, True)]
    return cases


@pytest.mark.parametrize("name", [n for n, (s, _) in RunConfig.schema().items() if s.kind in ("int", "number")])
def test_the_loader_and_runconfig_agree_at_every_end_of_every_range(name):
    spec, _ = RunConfig.schema()[name]
    for value, expected in boundary_values(spec):
        if spec.kind == "int":
            value = int(round(value))
        assert loader_accepts(name, value) == expected, (name, value)
        assert config_accepts(name, value) == expected, (name, value)


@pytest.mark.parametrize("name,value", [
    ("learning_rate", 0.0), ("test_ratio", 1.0), ("iris_features", ("petal_length",)),
    ("hidden", (4, 17)), ("hidden", (2,) * 9), ("batch_size", 0), ("seed", -1), ("noise", float("inf")),
])
def test_values_a_run_cannot_use_are_refused_when_a_project_is_opened(name, value):
    assert not config_accepts(name, value)
    assert not loader_accepts(name, value)


def test_the_range_is_said_in_the_message():
    with pytest.raises(ProjectError, match=r"\(0, 1,000,000,000,000\]"):
        check_settings({"learning_rate": 0})
    with pytest.raises(ConfigError, match="from 1 to 16"):
        RunConfig(model="network", hidden=(40,)).validate()


@pytest.mark.parametrize("name", [n for n, (s, _) in RunConfig.schema().items() if s.kind in ("int", "number")])
def test_the_document_refuses_exactly_what_runconfig_and_the_loader_refuse(name):
    """The document's schema is RunConfig's: an edit is accepted by the document exactly when a
    run can use it and a saved project holding it opens; what it accepts is saved field by field."""
    from desktop_nn.document import Document

    spec, _ = RunConfig.schema()[name]
    for value, expected in boundary_values(spec):
        if spec.kind == "int":
            value = int(round(value))
        doc = Document(RunConfig(model="network", dataset="moons"))
        try:
            doc.update(**{name: value})
            accepted = True
        except ConfigError:
            accepted = False
        assert accepted == expected == loader_accepts(name, value), (name, value)
        if accepted:
            saved = doc.to_project().settings
            assert list(saved) == [f.name for f in dataclasses.fields(RunConfig)]
            assert check_settings(saved)[name] == value
