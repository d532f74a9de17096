"""Exports of a training run: the weights (.npz), the history (.csv), and scripts that reproduce it.

* :func:`atomic_write` — every file written here (and by ``desktop_nn.project``) goes to a
  temporary file in the same folder, is flushed to disk, then renamed over the target: a crash
  or a full disk leaves the previous file untouched.
* :func:`write_weights_npz` / :func:`write_history_csv`.
* :func:`python_script` — a standalone NumPy script: the data, the architecture, the initial
  weights (from the seed, or their exact values), and the training loop in the chapter's notation
  with its formulas as comments. It does the fast path's floating-point operations in their order,
  so the cost of every epoch equals the Trainer's bit for bit, however long the run (with the same
  NumPy and BLAS); comments say where that order differs from the chapter's formula.
* :func:`pytorch_script` — the same network as a ``torch.nn.Sequential`` with the same initial
  weights and data in float64, trained with ``torch.optim``; its cost curve follows to ~1e-6 or
  better for 1 000 epochs, then an oscillating or chaotic run drifts apart (its header says so).

The scripts are written by :mod:`.export_numpy` and :mod:`.export_torch` from the run's description
and the parts both share (:mod:`.export_run`); both functions are re-exported here.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path
from typing import Mapping

import numpy as np

from .errors import ConfigError
from .export_numpy import python_script
from .export_torch import pytorch_script

__all__ = [
    "atomic_write", "weights_npz_bytes", "write_weights_npz", "HISTORY_HEADER", "history_csv_text",
    "write_history_csv", "python_script", "pytorch_script", "write_script",
]


# --- files -----------------------------------------------------------------------------------


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` all at once (temporary file + fsync + os.replace).

    Raises OSError on failure; the previous file is then unchanged and no temporary file remains.
    A symbolic link is written through: its target is replaced, the link stays a link. Temporary
    files that a killed save left beside the file (older than PART_AGE_SECONDS) are removed.
    """
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    remove_orphaned_parts(folder, path.name)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            _write_all(f, data)
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:                                   # make the rename itself durable (POSIX)
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


PART_AGE_SECONDS = 60.0        # a save takes far less: an older temporary file is an orphan


def remove_orphaned_parts(folder: str | Path, name: str = "*") -> int:
    """Remove ``.<name>.*.part`` files left in ``folder`` by saves that were killed midway
    (older than PART_AGE_SECONDS, so a save running now is never touched); returns how many."""
    removed = 0
    now = time.time()
    for part in Path(folder).glob(f".{name}.*.part"):
        try:
            if now - part.stat().st_mtime > PART_AGE_SECONDS:
                part.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def _write_all(f, data: bytes, block: int = 1 << 20) -> None:
    """Write in blocks (a test can make the disk 'fill up' midway by patching this)."""
    view = memoryview(data)
    for start in range(0, len(view), block):
        f.write(view[start : start + block])


def weights_npz_bytes(params: Mapping[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **{k: np.asarray(v, dtype=np.float64) for k, v in params.items()})
    return buf.getvalue()


def write_weights_npz(path: str | Path, params: Mapping[str, np.ndarray]) -> None:
    """W1, b1, … as float64 arrays in a .npz: ``np.load(path)["W1"]`` gives W[1] back exactly."""
    if not params:
        raise ConfigError("There are no weights to export yet.")
    atomic_write(path, weights_npz_bytes(params))


HISTORY_HEADER = ("epoch", "train_cost", "train_accuracy", "test_cost", "test_accuracy")


def history_csv_text(records) -> str:
    """One line per epoch: epoch, train cost, train accuracy, test cost, test accuracy.

    ``records`` are (epoch, train_cost, train_accuracy, test_cost, test_accuracy) tuples (the
    Trainer's EpochRecord); None or NaN test values are left empty. Numbers use repr, so the
    file holds the exact float64 values.
    """
    lines = [",".join(HISTORY_HEADER)]
    for r in records:
        cells = [str(int(r[0]))]
        for v in r[1:5]:
            cells.append("" if v is None or not np.isfinite(v) else repr(float(v)))
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def write_history_csv(path: str | Path, records) -> None:
    atomic_write(path, history_csv_text(records).encode("utf-8"))


def write_script(path: str | Path, source: str) -> None:
    """An exported script (python_script / pytorch_script's source), written atomically as UTF-8."""
    atomic_write(path, source.encode("utf-8"))
