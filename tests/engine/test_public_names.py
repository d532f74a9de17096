"""The engine's public names stay importable from the modules docs/CONTRACTS.md names, wherever
their code lives (several modules keep parts of their work in helper modules and re-export it)."""

from __future__ import annotations

import importlib

import pytest

PUBLIC = {
    "desktop_nn.engine.network": ("Network", "Params", "LayerCache", "Caches", "Gradients", "propagate",
                                  "check_learning_rate", "to_columns"),
    "desktop_nn.engine.trainer": ("Trainer", "EpochRecord", "History", "DIVERGENCE_FACTOR"),
    "desktop_nn.engine.trace": ("PHASES", "Term", "ShapeEquation", "TraceStep", "Trace", "iter_trace",
                                "collect", "trace", "trace_example", "preview_first_step",
                                "dimension_rows", "trace_to_markdown"),
    "desktop_nn.engine.trace_classic": ("trace_classic",),
    "desktop_nn.engine.tabular": ("CsvPreview", "TabularData", "LoadCancelled", "preview_csv", "load_csv",
                                  "MAX_BYTES", "MAX_ROWS", "MAX_COLUMNS", "MAX_CLASSES", "MIN_ROWS",
                                  "DELIMITERS"),
    "desktop_nn.engine.export": ("atomic_write", "weights_npz_bytes", "write_weights_npz", "HISTORY_HEADER",
                                 "history_csv_text", "write_history_csv", "python_script",
                                 "pytorch_script", "write_script"),
    "desktop_nn.engine.datasets": ("load_iris", "iris_setosa_versicolor", "iris_xy", "standardize",
                                   "GENERATORS", "parity", "train_test_split"),
}

#: where a re-exported name's code lives: the documented module must hand out that very object
HOMES = {
    ("desktop_nn.engine.network", "Params"): "desktop_nn.engine.network_views",
    ("desktop_nn.engine.network", "propagate"): "desktop_nn.engine.network_readable",
    ("desktop_nn.engine.network", "to_columns"): "desktop_nn.engine.network_checks",
    ("desktop_nn.engine.trainer", "History"): "desktop_nn.engine.trainer_history",
    ("desktop_nn.engine.trace", "TraceStep"): "desktop_nn.engine.trace_records",
    ("desktop_nn.engine.trace", "trace_to_markdown"): "desktop_nn.engine.trace_markdown",
    ("desktop_nn.engine.tabular", "TabularData"): "desktop_nn.engine.tabular_types",
    ("desktop_nn.engine.export", "python_script"): "desktop_nn.engine.export_numpy",
    ("desktop_nn.engine.export", "pytorch_script"): "desktop_nn.engine.export_torch",
}


@pytest.mark.parametrize("module, name", [(m, n) for m, names in PUBLIC.items() for n in names])
def test_public_name_is_importable_from_its_documented_module(module, name):
    assert hasattr(importlib.import_module(module), name), f"{module}.{name}"


@pytest.mark.parametrize("module, name", sorted(HOMES))
def test_a_re_exported_name_is_the_same_object(module, name):
    home = importlib.import_module(HOMES[module, name])
    assert getattr(importlib.import_module(module), name) is getattr(home, name)
