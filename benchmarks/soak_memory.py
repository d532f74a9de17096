"""Soak test: 100 000 epochs in the real main window (plots open), resident memory sampled.

    python benchmarks/soak_memory.py [--epochs 100000]

Runs offscreen. Prints the resident set size (RSS) of the app's process and of its training
process after the first 5 000 epochs (the baseline: imports, first frames and caches are in by
then) and every 10 000 epochs after, and the growth of each from the baseline to the end. The history of every epoch is kept on purpose (the cost curve and
a saved project need it): 100 000 epochs × 5 numbers ≈ 4 MB is the expected floor of the growth.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=100_000)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_nn.app import _application, create_main_window
    from desktop_nn.training.config import RunConfig

    app = _application()
    window = create_main_window(RunConfig(model="network", learning_rate=0.03, max_epochs=0))
    window.resize(1880, 1000)
    window.show()
    window.editor.set_model("network")
    window.hyperparameters.epochLimit.setValue(0)

    def run_until(predicate, timeout_s):
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout_s
        timer = QTimer()
        timer.timeout.connect(lambda: (predicate() or time.perf_counter() > deadline) and loop.quit())
        timer.start(50)
        loop.exec()
        timer.stop()
        return predicate()

    controller = window.controller
    run_until(lambda: controller.latest is not None and controller.latest.model == "network", 30)
    window.playAction.trigger()
    epoch = lambda: controller.latest.epoch if controller.latest is not None else 0  # noqa: E731
    child = controller._worker._process.process.pid     # the training process
    t0 = time.perf_counter()
    run_until(lambda: epoch() >= 5_000, 600)
    base, child_base = rss_mb(), rss_mb(child)
    print(f"epoch {epoch():>7,}  RSS app {base:8.1f} MB, training {child_base:8.1f} MB  (baseline)", flush=True)
    mark = 10_000
    while mark <= args.epochs:
        if not run_until(lambda: epoch() >= mark, 600):
            print("training stalled", flush=True)
            return 1
        print(f"epoch {epoch():>7,}  RSS app {rss_mb():8.1f} MB, training {rss_mb(child):8.1f} MB", flush=True)
        mark += 10_000
    window.playAction.trigger()
    end, child_end = rss_mb(), rss_mb(child)
    print(f"{epoch():,} epochs in {time.perf_counter() - t0:.0f} s; RSS grew {end - base:+.1f} MB (app) and "
          f"{child_end - child_base:+.1f} MB (training process) from epoch 5 000 to the end", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
