"""Closing while the training process cannot answer (issue 16): a process stopped with SIGSTOP
(a debugger, ^Z, a frozen container) must not keep the window from closing. Closing ends within
2 s, and the process is gone: asked, then terminated, then killed."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest
from PySide6.QtCore import QSettings

from desktop_nn.app import create_main_window
from desktop_nn.training.config import RunConfig
from desktop_nn.training.process import TrainingProcess
from tests.ui.fakes import FakeDialogs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP: POSIX")
ENDLESS = RunConfig(dataset="moons", model="network", hidden=(5, 3), learning_rate=0.3, max_epochs=0, seed=7,
                    n_samples=120, init="xavier")          # trains until paused


def gone(pid: int) -> bool:
    """The process has ended and was reaped (no zombie left)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_stop_ends_a_stopped_process_within_2_s():
    messages = []
    process = TrainingProcess(messages.append)
    pid = process.process.pid
    os.kill(pid, signal.SIGSTOP)
    t0 = time.perf_counter()
    process.stop()
    assert time.perf_counter() - t0 < 2.0
    assert not process.process.is_alive() and gone(pid)
    assert not any(m[0] == "lost" for m in messages)       # asked to go: not reported as a crash


def test_stop_kills_a_process_that_ignores_terminate(monkeypatch):
    from desktop_nn.training import process as module

    process = TrainingProcess(lambda message: None)
    pid = process.process.pid
    os.kill(pid, signal.SIGSTOP)
    monkeypatch.setattr(module, "_resume", lambda pid: None)   # SIGTERM stays pending: kill it
    t0 = time.perf_counter()
    process.stop()
    assert time.perf_counter() - t0 < 2.0
    assert process.process.exitcode == -signal.SIGKILL and gone(pid)


def test_closing_the_window_with_a_stopped_training_process_ends_within_2_s(qtbot, tmp_path):
    w = create_main_window(ENDLESS, dialogs=FakeDialogs(save_answer="discard"), autosave_dir=tmp_path / "autosave",
                           project_settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=15_000)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.running and w.controller.latest.epoch > 0, timeout=15_000)
    process = w.controller._worker._process.process
    os.kill(process.pid, signal.SIGSTOP)
    t0 = time.perf_counter()
    assert w.close() is True
    assert time.perf_counter() - t0 < 2.0
    assert w.controller.thread.isFinished()
    assert not process.is_alive() and gone(process.pid)
