"""Time from launch to the main window being shown, on a real X server (Xvfb).

    python3 packaging/measure_startup.py /usr/bin/desktop-nn [--runs 6]

Starts Xvfb on a free display, launches the program N times, and for each run measures the
wall time from spawning the process to its first top-level window being *viewable* (mapped),
polling ``xdotool search --onlyvisible`` every 10 ms; then closes it. The first run is
reported apart (cold file cache for a freshly installed copy); the verdict uses the median of
the others. Prints one JSON line: {"first": s, "median": s, "max": s, "runs": [...]}.
Needs Debian's xvfb and xdotool.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def free_display() -> int:
    for number in range(91, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise SystemExit("measure_startup: no free X display number")


def visible_window(env: dict) -> bool:
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                            env=env, capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.strip() != ""


def one_run(command: list[str], env: dict, timeout: float) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < timeout:
            if visible_window(env):
                return time.perf_counter() - start
            if process.poll() is not None:
                raise SystemExit(f"measure_startup: {command[0]} exited with {process.returncode} "
                                 "before showing a window")
            time.sleep(0.01)
        raise SystemExit(f"measure_startup: no window within {timeout} s")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="+", help="program (and arguments) to start")
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            raise SystemExit(f"measure_startup: {tool} not found (apt-get install xvfb xdotool)")
    display = free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    home = tempfile.mkdtemp(prefix="desktop-nn-startup-")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LANG": "C.UTF-8",
           "DISPLAY": f":{display}", "XDG_RUNTIME_DIR": home}
    try:
        deadline = time.time() + 10
        while subprocess.run(["xdotool", "getdisplaygeometry"], env=env,
                             capture_output=True).returncode != 0:
            if time.time() > deadline or xvfb.poll() is not None:
                raise SystemExit("measure_startup: Xvfb did not start")
            time.sleep(0.05)
        runs = [one_run(args.command, env, args.timeout) for _ in range(args.runs)]
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)
    warm = runs[1:] or runs
    print(json.dumps({"first": round(runs[0], 3), "median": round(statistics.median(warm), 3),
                      "max": round(max(warm), 3), "runs": [round(r, 3) for r in runs]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
