"""The training process: a session in a process of its own, usable from plain Python (no Qt)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import time

from desktop_nn.training.config import RunConfig
from desktop_nn.training.process import TrainingProcess

SCRIPT = r"""
import queue, sys, time
from desktop_nn.training.config import RunConfig
from desktop_nn.training.process import TrainingProcess

def main():
    inbox = queue.Queue()
    p = TrainingProcess(inbox.put)
    p.send("configure", 1, RunConfig(model="network", max_epochs=0, learning_rate=0.03))
    for _ in range(3):
        p.send("step")
    frames = []
    while len(frames) < 4:
        kind, *rest = inbox.get(timeout=60)
        if kind == "frame":
            frames.append(rest[0])
    t = time.perf_counter()
    p.stop()
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"))
    print([f.epoch for f in frames], [r.epoch for f in frames for r in f.history],
          p.process.pid != __import__("os").getpid(), p.process.exitcode, time.perf_counter() - t < 2.5, qt)

if __name__ == "__main__":
    main()
"""


def run_script(path, text: str) -> str:
    """Run ``text`` as a Python script saved at ``path``; its standard output."""
    path.write_text(text)
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_plain_python_trains_in_the_process_without_qt(tmp_path):
    assert run_script(tmp_path / "train.py", SCRIPT) == "[0, 1, 2, 3] [1, 2, 3] True 0 True []"


def test_a_killed_process_is_reported_lost():
    inbox: queue.Queue = queue.Queue()
    p = TrainingProcess(inbox.put)
    p.send("configure", 1, RunConfig())
    assert inbox.get(timeout=60)[0] == "frame"
    os.kill(p.process.pid, signal.SIGKILL)
    assert inbox.get(timeout=10) == ("lost", -signal.SIGKILL)
    p.stop()


def test_stop_while_training_is_quick_and_clean():
    inbox: queue.Queue = queue.Queue()
    p = TrainingProcess(inbox.put)
    p.send("configure", 1, RunConfig(model="network", max_epochs=0))
    p.send("start")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        message = inbox.get(timeout=60)
        if message[0] == "frame" and message[1].running:
            break
    t = time.perf_counter()
    p.stop()
    assert time.perf_counter() - t < 1.0
    assert p.process.exitcode == 0
    assert not p.send("step")                    # the pipe is closed: refused, no exception
    time.sleep(0.1)
    assert all(m[0] != "lost" for m in list(inbox.queue))   # a stop asked for is not a crash


def test_a_script_read_from_stdin_can_train_too():
    """``python - < script``: the main module is "<stdin>", no file a new process could import."""
    out = subprocess.run([sys.executable, "-"], input=SCRIPT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[0, 1, 2, 3] [1, 2, 3] True 0 True []"


EXIT_SCRIPT = r"""
import atexit, queue
seen = []
atexit.register(lambda: print("messages after exit:", [m[0] for m in seen if m[0] != "frame"]))  # runs last
from desktop_nn.training.config import RunConfig
from desktop_nn.training.process import TrainingProcess

if __name__ == "__main__":
    inbox = queue.Queue()
    p = TrainingProcess(lambda m: (seen.append(m), inbox.put(m)))
    p.send("configure", 1, RunConfig())
    inbox.get(timeout=60)
    # leaves without stopping it: the exit handler stops the process, which is no crash
"""


def test_leaving_python_without_stopping_the_process_is_not_a_crash(tmp_path):
    assert run_script(tmp_path / "leave.py", EXIT_SCRIPT) == "messages after exit: []"
