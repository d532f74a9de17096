"""Issue 16, one contract for files: whatever the app can save, it can open.

The saver checks the project with the loader's own rules before it writes a byte; what the
loader would refuse raises ProjectError — a sentence saying what to change — and the file on
disk (if any) stays as it was. The testers' reproductions: a 400+-character class label that
saved and then would not open; a lone surrogate in a pinned run's label that made every save
fail with UnicodeEncodeError.
"""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest

from desktop_nn.engine.errors import ProjectError
from desktop_nn.engine.tabular import MAX_NAME, TabularData
from desktop_nn.project import (
    FORMAT_VERSION,
    MAX_PINNED,
    PinnedRun,
    Project,
    RunHistory,
    default_settings,
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
)

LONG = "l" * (MAX_NAME + 1)
HALF = "\udc80"                           # a lone surrogate: what no UTF-8 file can hold


def history(n: int = 5) -> RunHistory:
    return RunHistory(np.linspace(1, 0.1, n), np.linspace(0.5, 1, n), np.full(n, np.nan), np.full(n, np.nan))


def imported(**changes) -> TabularData:
    fields = dict(X=np.arange(8.0).reshape(4, 2), y=np.array([0, 1, 0, 1]), feature_names=("a", "b"),
                  label_name="label", class_names=("p", "q"), source="data.csv")
    fields.update(changes)
    return TabularData(**fields)


def with_pin(label: str) -> Project:
    return Project(pinned_runs=[PinnedRun(label, dict(default_settings()), history())])


def json_of(project: Project) -> dict:
    with zipfile.ZipFile(io.BytesIO(project_to_bytes(project))) as z:
        return json.loads(z.read("project.json"))


def rezip(doc: dict, like: bytes) -> bytes:
    """``like``'s file with its project.json replaced by ``doc``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(like)) as src, zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            z.writestr(info.filename, json.dumps(doc) if info.filename == "project.json" else src.read(info))
    return out.getvalue()


@pytest.fixture
def saved(tmp_path):
    """A lesson already saved: a refused save must leave it as it was."""
    path = tmp_path / "lesson.dnn"
    save_project(with_pin("first"), path)
    return path, path.read_bytes()


def refuse_to_save(project: Project, saved) -> str:
    path, before = saved
    with pytest.raises(ProjectError) as info:
        save_project(project, path)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]          # no temporary left
    message = str(info.value)
    assert message.startswith("The project cannot be saved: "), message
    return message


@pytest.mark.parametrize("data, where", [
    (imported(class_names=("p", LONG)), "imported data: class 2"),
    (imported(feature_names=("a", LONG)), "imported data: the name of column 2"),
    (imported(label_name=LONG), "imported data: the label column's name"),
    (imported(source=LONG), "imported data: the file's name"),
])
def test_a_name_the_loader_would_refuse_is_not_saved(data, where, saved):
    message = refuse_to_save(Project(settings=dict(default_settings(), dataset="imported"), imported=data), saved)
    assert where in message and f"{MAX_NAME + 1:,} characters long; at most {MAX_NAME}" in message


@pytest.mark.parametrize("project, where", [
    (with_pin(f"run {HALF} 1"), "pinned run 1 label"),
    (Project(settings=dict(default_settings(), dataset=f"iris{HALF}")), "'dataset'"),
    (Project(settings=dict(default_settings(), **{f"new{HALF}": 1})), "is not a setting name"),
    (Project(settings=dict(default_settings(), note=f"a{HALF}")), "'note'"),
    (Project(settings=dict(default_settings(), dataset="imported"), imported=imported(class_names=("p", HALF))),
     "class 2"),
])
def test_a_lone_surrogate_is_a_project_error_not_a_unicode_crash(project, where, saved):
    message = refuse_to_save(project, saved)
    assert where in message
    if "setting name" not in message:
        assert "U+DC80, half of a surrogate pair, which is not Unicode text" in message


def test_a_file_holding_a_lone_surrogate_is_refused_when_opened():
    good = project_to_bytes(with_pin("ok"))
    doc = json_of(with_pin("ok"))
    doc["pinned_runs"][0]["label"] = f"bad {HALF}"          # json.dumps writes it as \\udc80
    with pytest.raises(ProjectError) as info:
        project_from_bytes(rezip(doc, good), "forged.dnn")
    assert str(info.value) == ("'forged.dnn' cannot be opened: pinned run 1 'label': the text cannot be kept: "
                               "character 5 is U+DC80, half of a surrogate pair, which is not Unicode text.")


def test_every_unicode_label_within_the_limit_saves_and_opens(tmp_path):
    labels = ["🙂" * MAX_NAME, "é\u0301 RTL \u05e9\u05dc\u05d5\u05dd", "\x00\x1f\u2028\ufeff", "", "𝔘𝔫𝔦"]
    project = Project(pinned_runs=[PinnedRun(label, dict(default_settings()), history()) for label in labels])
    save_project(project, tmp_path / "u.dnn")
    assert [r.label for r in load_project(tmp_path / "u.dnn").pinned_runs] == labels


def test_non_finite_weights_are_not_saved(saved):
    project = Project(settings=dict(default_settings(), model="perceptron", features=("x1", "x2")),
                      weights={"W1": np.array([[np.nan, 1.0]]), "b1": np.zeros((1, 1))}, epoch=3)
    message = refuse_to_save(project, saved)
    assert "Weight 'W1' contains NaN or inf" in message and "reset it" in message


def test_more_pinned_runs_than_a_file_holds_are_not_saved(saved):
    project = Project(pinned_runs=[PinnedRun(f"run {i}", dict(default_settings()), history())
                                   for i in range(MAX_PINNED + 1)])
    assert f"At most {MAX_PINNED} pinned runs; this project has {MAX_PINNED + 1}" in refuse_to_save(project, saved)


def test_settings_too_large_for_project_json_are_not_saved(saved):
    extra = {f"k{i}": "v" * 390 for i in range(11_000)}
    message = refuse_to_save(Project(settings=dict(default_settings(), **extra)), saved)
    assert "its settings and names take" in message and "at most 4,194,304" in message


def test_a_newer_format_is_refused_naming_its_version():
    good = project_to_bytes(Project())
    doc = json_of(Project())
    doc["format_version"] = FORMAT_VERSION + 1
    with pytest.raises(ProjectError) as info:
        project_from_bytes(rezip(doc, good), "future.dnn")
    assert str(info.value) == (f"'future.dnn' cannot be opened: it was saved by a newer desktop_nn (format "
                               f"{FORMAT_VERSION + 1}; this version reads up to {FORMAT_VERSION}). Update "
                               "desktop_nn to open it.")
    assert json_of(Project())["format_version"] == FORMAT_VERSION == 2
