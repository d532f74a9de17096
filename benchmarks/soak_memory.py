"""Soak test: ten million epochs in the real main window, with saves, memory and stalls measured.

    python benchmarks/soak_memory.py [--epochs 10000000] [--save-every 15]

Runs offscreen. Trains the network on XOR (2-4-2-1 tanh, η = 0.03, no epoch limit) in the real
window, plots drawing. A 5 ms QTimer heartbeat in the GUI thread records every gap. Every
``--save-every`` seconds the window autosaves and saves the project (File ▸ Save's own code) to a
scratch folder. Prints the resident set size (RSS) of the app's process and of its training
process at the baseline (epoch 200 000: the history has filled its 100 000-row budget, imports
and caches are in) and at the end, the growth of each, the longest heartbeat gap during any save
and the longest at any other time (the machine's noise), and checks the targets:

    RSS growth < 20 MB for each process, and no save or autosave stalls the GUI over 50 ms.

Exit status 0 when both hold, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BASELINE_EPOCHS = 200_000
GROWTH_LIMIT_MB = 20.0
STALL_LIMIT_MS = 50.0


def rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10_000_000)
    parser.add_argument("--save-every", type=float, default=15.0)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from desktop_nn.app import _application, create_main_window
    from desktop_nn.training.config import RunConfig

    scratch = Path(tempfile.mkdtemp(prefix="desktop-nn-soak-"))
    app = _application()
    window = create_main_window(
        RunConfig(model="network", dataset="xor", hidden=(4, 2), learning_rate=0.03, max_epochs=0),
        autosave_dir=scratch / "autosave",
        project_settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1880, 1000)
    window.show()

    gaps: list[tuple[float, float]] = []          # (time, gap in s)
    last = [time.perf_counter()]

    def beat():
        # only the gaps worth reporting are kept: a list of every beat would itself grow the app's
        # memory by ~10 MB over a long run
        now = time.perf_counter()
        if now - last[0] >= 0.010:
            gaps.append((now, now - last[0]))
        last[0] = now
    heartbeat = QTimer()
    heartbeat.timeout.connect(beat)
    heartbeat.start(5)

    saves: list[tuple[float, float]] = []         # (start, end) of every save
    projects = window.projects

    def save():
        t0 = time.perf_counter()
        projects.mark_dirty()
        projects.autosave_now()
        projects._save_to(scratch / "soak.dnn")   # what File ▸ Save does once a path is chosen
        saves.append((t0, time.perf_counter()))
    saver = QTimer()
    saver.timeout.connect(save)

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
    if not run_until(lambda: epoch() >= BASELINE_EPOCHS, 3600):
        print("training stalled before the baseline", flush=True)
        return 1
    base, child_base = rss_mb(), rss_mb(child)
    print(f"epoch {epoch():>10,}  RSS app {base:8.1f} MB, training {child_base:8.1f} MB  (baseline)", flush=True)
    saver.start(int(args.save_every * 1000))
    mark = BASELINE_EPOCHS
    step = max(BASELINE_EPOCHS, args.epochs // 10)
    while mark < args.epochs:
        mark = min(args.epochs, mark + step)
        if not run_until(lambda: epoch() >= mark, 7200):
            print("training stalled", flush=True)
            return 1
        print(f"epoch {epoch():>10,}  RSS app {rss_mb():8.1f} MB, training {rss_mb(child):8.1f} MB  "
              f"history rows {len(window.document.run.history):,}", flush=True)
    saver.stop()
    save()                                          # one more at the very end, the largest run
    window.playAction.trigger()
    end, child_end = rss_mb(), rss_mb(child)
    heartbeat.stop()

    def during_save(t: float, gap: float) -> bool:
        return any(start - 0.001 <= t and t - gap <= stop + 0.001 for start, stop in saves)
    save_gaps = [g for t, g in gaps if during_save(t, g)]
    other_gaps = [g for t, g in gaps if not during_save(t, g)]
    worst_save = 1000 * max(save_gaps, default=0.0)
    worst_other = 1000 * max(other_gaps, default=0.0)
    grow_app, grow_child = end - base, child_end - child_base
    print(f"{epoch():,} epochs in {time.perf_counter() - t0:.0f} s, {len(saves)} saves + autosaves")
    print(f"RSS grew {grow_app:+.1f} MB (app) and {grow_child:+.1f} MB (training process) from epoch "
          f"{BASELINE_EPOCHS:,} to the end (target < {GROWTH_LIMIT_MB:g} MB each)")
    print(f"longest GUI stall during a save or autosave {worst_save:.0f} ms (target ≤ {STALL_LIMIT_MS:g} ms); "
          f"at other times {worst_other:.0f} ms (the machine's noise and the frames)")
    window.close()
    ok = grow_app < GROWTH_LIMIT_MB and grow_child < GROWTH_LIMIT_MB and worst_save <= STALL_LIMIT_MS
    print("PASS" if ok else "FAIL", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
