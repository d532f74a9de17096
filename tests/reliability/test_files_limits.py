"""Issue 16, bounded inputs: a .dnn file is refused by what it declares — the arrays project.json
announces, each member's unpacked size, each array's .npy header — before the memory is taken.

The bombs are benchmarks/bombs.py's (a deflate stream of zeros is one block repeated: a 1 GB
member costs ~1 MB and a fraction of a second to build). tracemalloc's peak (Python's and
NumPy's allocations) shows that nothing near the sizes they claim was allocated; how long the
refusal takes, and the process's peak RSS, are measured by the benchmark.
"""

from __future__ import annotations

import importlib.util
import io
import json
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np
import pytest

from desktop_nn.engine.errors import ProjectError
from desktop_nn.engine.tabular import MAX_ROWS, MAX_VALUES
from desktop_nn.project import (
    MAX_HISTORY,
    Project,
    RunHistory,
    default_settings,
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
)
from desktop_nn.project.schema import MAX_DATA_BYTES

MB = 1 << 20
_spec = importlib.util.spec_from_file_location("bombs", Path(__file__).resolve().parents[2] / "benchmarks" / "bombs.py")
bombs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bombs)


def refused(blob: bytes, tmp_path, name: str = "bomb.dnn") -> tuple[str, int]:
    """(the ProjectError's message, tracemalloc's peak while loading) of ``blob`` as a file."""
    path = tmp_path / name
    path.write_bytes(blob)
    tracemalloc.start()
    try:
        with pytest.raises(ProjectError) as info:
            load_project(path)
        return str(info.value), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_imported_data_of_a_million_by_128_is_refused_before_unpacking(tmp_path):
    # the report: a 1 MB file declaring 10⁶ × 128 imported values opened (2 GB, 12 GB in the GUI)
    blob = bombs.imported_bomb(10**6, 128)
    assert len(blob) < 2 * MB
    message, peak = refused(blob, tmp_path)
    assert message.startswith("'bomb.dnn' cannot be opened: 'data.npz' would unpack to 1,032,000,450 bytes")
    assert "refused before unpacking" in message
    assert peak < 8 * MB, peak


def test_announced_data_beyond_the_import_s_limit_is_refused_from_project_json(tmp_path):
    # data.npz small enough to be read: project.json's announcement alone refuses it
    doc = json.loads(bombs.project_json(imported_data={
        "source": "a.csv", "feature_names": [f"x{i}" for i in range(11)], "label_name": "c",
        "class_names": ["a", "b"], "m": MAX_ROWS, "n_dropped": 0}))
    blob = bombs._joined(bombs.zip_segments({"project.json": [json.dumps(doc).encode()], "data.npz": [b"PK"]},
                                            deflate=True))
    message, _ = refused(blob, tmp_path)
    assert f"imported data of 1,000,000 rows × 11 columns = 11,000,000 values; a project holds at most {MAX_VALUES:,}" in message


def test_a_deflate_bomb_is_refused_by_its_declared_size(tmp_path):
    # the report: a 1 MB deflate bomb was refused only after 2 GB and 5.9 s
    message, peak = refused(bombs.deflate_bomb(1 << 30), tmp_path)
    assert "'data.npz' would unpack to 1,073,741,824 bytes" in message and "refused before unpacking" in message
    assert peak < 8 * MB, peak
    # below the member's own limit, project.json's announcement (a 50-epoch run) is the limit
    message, peak = refused(bombs.deflate_bomb(100 * MB), tmp_path)
    assert "'data.npz' would unpack to 104,857,600 bytes (105 MB), more than the" in message
    assert "the arrays project.json announces take; refused before unpacking" in message
    assert peak < 8 * MB, peak


def test_a_bomb_whose_headers_understate_its_size_is_read_no_further_than_they_say(tmp_path):
    message, peak = refused(bombs.deflate_bomb(1 << 30, claimed=200), tmp_path)
    assert message.startswith("'bomb.dnn' cannot be opened")
    assert peak < 8 * MB, peak


def test_an_array_header_that_differs_from_the_announcement_is_refused_before_its_data(tmp_path):
    project = Project(settings=dict(default_settings(), dataset="imported"))
    from desktop_nn.engine.tabular import TabularData

    project.imported = TabularData(X=np.ones((4, 2)), y=np.array([0, 1, 0, 1]), feature_names=("a", "b"),
                                   label_name="c", class_names=("p", "q"))
    good = project_to_bytes(project)
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        doc = z.read("project.json")
    # X's header claims 10⁶ × 10 where project.json announces 4 × 2 (and data.npz is of that size)
    inner = bombs.zip_segments({"X.npy": [bombs.npy_header((10**6, 10)), 64],
                                "y.npy": [bombs.npy_header((4,), "<i8"), 32]}, deflate=False)
    blob = bombs._joined(bombs.zip_segments({"project.json": [doc], "data.npz": [bombs._joined(inner)]}, deflate=False))
    message, peak = refused(blob, tmp_path)
    assert "data.npz/X is float64 of shape (1000000, 10), but project.json announces float64 of shape (4, 2)" in message
    assert peak < 8 * MB, peak


def test_an_archive_listing_thousands_of_entries_is_refused_before_zipfile_reads_them(tmp_path):
    members = {"project.json": [bombs.project_json()]}
    members.update({f"m{i}": [b""] for i in range(20_000)})
    message, peak = refused(bombs._joined(bombs.zip_segments(members, deflate=False)), tmp_path)
    assert "The project archive lists 20,001 entries" in message and "at most 16" in message
    assert peak < 4 * MB, peak


def test_the_largest_table_the_import_reads_opens(tmp_path):
    blob = bombs.imported_bomb(MAX_ROWS, MAX_VALUES // MAX_ROWS)     # 10⁶ × 10 zeros: a legitimate table
    path = tmp_path / "largest.dnn"
    path.write_bytes(blob)
    tracemalloc.start()
    try:
        project = load_project(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert project.imported.X.shape == (MAX_ROWS, 10)
    data = 8 * (MAX_VALUES + MAX_ROWS)
    assert peak < 2 * data + 24 * MB, peak        # the member, then the arrays read into place
    assert MAX_DATA_BYTES < 400 * MB


# --- format 1: a row per epoch, however long the run ----------------------------------------------


def format_1_file(epochs: int) -> bytes:
    """A format-1 project (curves of a row per epoch, no epoch column) of a run of ``epochs``."""
    rng = np.random.default_rng(0)
    cost = np.exp(-np.arange(epochs) / epochs) + 0.01 * rng.random(epochs)
    cost[epochs // 3] = 7.0                                   # a spike the envelope must keep
    doc = json.loads(bombs.project_json(format_version=1, history={"epochs": epochs}))
    arrays = {"history_train_cost": cost, "history_train_accuracy": np.linspace(0.5, 1, epochs),
              "history_test_cost": np.full(epochs, np.nan), "history_test_accuracy": np.full(epochs, np.nan)}
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    with io.BytesIO() as out:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("project.json", json.dumps(doc))
            z.writestr("data.npz", buf.getvalue())
        return out.getvalue()


def test_a_format_1_run_longer_than_the_budget_opens_compacted_and_saves(tmp_path):
    epochs = 3 * MAX_HISTORY + 17
    project = project_from_bytes(format_1_file(epochs), "old.dnn")
    h = project.history
    assert h.points <= MAX_HISTORY and h.epochs == epochs
    assert h.stride & (h.stride - 1) == 0 and h.stride >= 4          # a power of two
    assert h.epoch_numbers[0] == 1 and np.all(np.diff(h.epoch_numbers) >= 0)
    assert np.nanmax(h.train_cost) == 7.0 and np.isnan(h.test_cost).all()
    assert h.train_accuracy[0] == 0.5 and h.train_accuracy[-1] == 1.0
    save_project(project, tmp_path / "new.dnn")
    again = load_project(tmp_path / "new.dnn")
    assert again.history.equals(h)
    # a format-1 run within the budget keeps its rows
    short = project_from_bytes(format_1_file(1000), "old.dnn").history
    assert short.points == 1000 and short.stride == 1


def test_a_run_over_the_budget_is_not_saved_and_compacted_it_is(tmp_path):
    n = MAX_HISTORY + 1
    project = Project(history=RunHistory(np.ones(n), np.ones(n), np.ones(n), np.ones(n)))
    with pytest.raises(ProjectError, match=f"has {n:,} rows; a project keeps at most {MAX_HISTORY:,}"):
        save_project(project, tmp_path / "x.dnn")
    assert not (tmp_path / "x.dnn").exists()
    project.history = project.history.compacted(MAX_HISTORY)
    save_project(project, tmp_path / "x.dnn")
    assert load_project(tmp_path / "x.dnn").history.epochs == n
