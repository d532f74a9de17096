"""The worker thread: throttled, immutable snapshots; commands as queued signals; clean shutdown."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest
from PySide6.QtCore import QThread

from desktop_nn.training.config import RunConfig
from desktop_nn.worker import FRAME_SECONDS, TrainingController

NETWORK = RunConfig(model="network", max_epochs=0, learning_rate=0.03)


@pytest.fixture
def controller(qtbot):
    made = []

    def make(config=NETWORK):
        c = TrainingController(config)
        made.append(c)
        qtbot.waitUntil(lambda: c.latest is not None, timeout=10_000)
        return c

    yield make
    for c in made:
        assert c.shutdown()
        assert c.thread.isFinished()


def test_snapshots_are_frozen_read_only_copies(qtbot, controller):
    c = controller()
    snap = c.latest
    with pytest.raises(dataclasses.FrozenInstanceError):
        snap.epoch = 5
    for name, value in snap.params.items():
        assert not value.flags.writeable, name
        with pytest.raises(ValueError):
            value[...] = 0
    with pytest.raises(TypeError):
        snap.params["W1"] = np.zeros((4, 2))
    assert not snap.grid_probs.flags.writeable
    for name in ("X_train", "y_train", "grid_inputs", "hover_inputs"):     # the run's shared data
        assert not getattr(snap.data, name).flags.writeable, name
    c.step()
    qtbot.waitUntil(lambda: c.latest.epoch == 1, timeout=5000)
    assert not np.array_equal(c.latest.params["W1"], snap.params["W1"])   # the old copy did not move
    assert c.latest.data is snap.data                                     # shared, not sent again
    history = c.latest.history
    assert list(history.epoch) == [1]
    with pytest.raises(ValueError):
        history.train_cost[0] = 0.0


def test_snapshots_are_throttled_however_fast_training_runs(qtbot, controller):
    c = controller()
    received = []
    c.snapshotReady.connect(lambda s: received.append((time.perf_counter(), s.epoch, len(s.history))))
    c.start()
    qtbot.waitUntil(lambda: len(received) >= 20, timeout=10_000)
    c.pause()
    qtbot.waitUntil(lambda: not c.latest.running, timeout=5000)
    times = np.array([t for t, _, _ in received[1:20]])
    rate = (len(times) - 1) / (times[-1] - times[0])
    assert rate <= 1.0 / FRAME_SECONDS * 1.1, f"{rate:.1f} snapshots/s"
    # training runs much faster than the frame rate: many epochs ride in each snapshot
    assert max(n for _, _, n in received) > 10


def test_history_chunks_cover_every_epoch(qtbot, controller):
    c = controller()
    seen = []
    c.snapshotReady.connect(lambda s: seen.extend(r.epoch for r in s.history))
    c.start()
    qtbot.waitUntil(lambda: c.latest.epoch > 500, timeout=10_000)
    c.pause()
    qtbot.waitUntil(lambda: not c.latest.running, timeout=5000)
    assert seen == list(range(1, c.latest.epoch + 1))


def test_signals_reach_the_gui_thread(qtbot, controller):
    c = controller()
    threads = []
    c.snapshotReady.connect(lambda s: threads.append(QThread.currentThread()))
    c.step()
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    from PySide6.QtWidgets import QApplication

    assert threads[0] == QApplication.instance().thread()
    assert threads[0] != c.thread


def test_live_settings_do_not_restart_the_run(qtbot, controller):
    c = controller()
    c.step()
    qtbot.waitUntil(lambda: c.latest.epoch == 1, timeout=5000)
    run = c.latest.run_id
    c.configure(c.config.replace(learning_rate=0.3, batch_size=10))
    c.step()
    qtbot.waitUntil(lambda: c.latest.epoch == 2, timeout=5000)
    assert c.latest.run_id == run
    c.configure(c.config.replace(hidden=(3,)))
    qtbot.waitUntil(lambda: c.latest.run_id > run, timeout=5000)
    assert c.latest.layer_dims == (2, 3, 1) and c.latest.epoch == 0


def test_bad_settings_are_reported_and_the_old_run_kept(qtbot, controller):
    c = controller()
    errors = []
    c.errorOccurred.connect(errors.append)
    c.configure(c.config.replace(dataset="iris", iris_classes=("Iris-setosa", "Iris-setosa")))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "two different" in errors[0]
    c.step()
    qtbot.waitUntil(lambda: c.latest.epoch == 1, timeout=5000)


def test_shutdown_while_training_is_quick(qtbot, controller):
    c = controller()
    c.start()
    qtbot.waitUntil(lambda: c.latest.epoch > 100, timeout=10_000)
    t = time.perf_counter()
    assert c.shutdown()
    assert time.perf_counter() - t < 1.0


def test_training_runs_in_another_process_and_a_dead_one_is_replaced(qtbot, controller):
    import os
    import signal

    c = controller()
    process = c._worker._process.process
    assert process.pid != os.getpid() and process.is_alive()
    c.step()
    qtbot.waitUntil(lambda: c.latest.epoch == 1, timeout=5000)
    errors = []
    c.errorOccurred.connect(errors.append)
    run = c.latest.run_id
    os.kill(process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(errors) and c.latest.epoch == 0, timeout=10_000)
    assert "ended unexpectedly" in errors[0] and "epoch 0" in errors[0]
    assert c._worker._process.process.pid != process.pid
    assert c.latest.config is c.config            # the same settings, sent again
    assert c.latest.run_id > run                  # a new run: the plots start afresh
    c.step()
    qtbot.waitUntil(lambda: c.latest.epoch == 1, timeout=5000)


def test_a_process_dying_twice_in_a_row_waits_for_a_new_setting(qtbot, controller):
    import os
    import signal

    c = controller()
    errors = []
    c.errorOccurred.connect(errors.append)
    os.kill(c._worker._process.process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: len(errors) == 1 and c._worker._process is not None, timeout=10_000)
    qtbot.waitUntil(lambda: c.latest.epoch == 0 and c._worker._process.process.is_alive(), timeout=10_000)
    os.kill(c._worker._process.process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=10_000)
    assert "again" in errors[1] and "change a setting" in errors[1]
    c.configure(c.config.replace(learning_rate=0.1))      # a new setting: a new process
    c.step()
    qtbot.waitUntil(lambda: c.latest.epoch == 1 and c.latest.config.learning_rate == 0.1, timeout=10_000)


def test_a_project_run_sent_to_a_process_that_dies_is_sent_again(qtbot, controller):
    """The process dies before it has taken a project's run: the new process gets that run."""
    import os
    import signal

    from desktop_nn.training.config import prepare_data
    from desktop_nn.training.runs import build_run

    c = controller()
    config = c.config.replace(hidden=(3,))
    data = prepare_data(config)
    run = build_run(config, data)
    records = [run.step() for _ in range(6)]
    saved = run.params()
    pid = c._worker._process.process.pid
    os.kill(pid, signal.SIGSTOP)                 # it cannot read the run …
    c.load_run(config, data, run, records)
    time.sleep(0.3)
    os.kill(pid, signal.SIGKILL)                 # … and dies with it unread
    qtbot.waitUntil(lambda: c.latest.config is config, timeout=15_000)
    assert c.latest.epoch == 6 and c.latest.layer_dims == (2, 3, 1)
    for name, value in saved.items():
        np.testing.assert_array_equal(c.latest.params[name], value)
