"""Time from launch to the main window being shown, on a real X server (Xvfb).

    python3 packaging/measure_startup.py /usr/bin/desktop-nn [--runs 6]

Starts Xvfb on a free display, launches the program N times, and for each run measures the
wall time from spawning the process to its first top-level window being *viewable* (mapped),
polling ``xdotool search --onlyvisible`` every 10 ms; then closes it. The first run is
reported apart (cold file cache for a freshly installed copy); the verdict uses the median of
the others. The CPU time the process had used when its window appeared is reported too: on a
machine shared with other work the wall time swings with the load, the CPU time hardly does.
Prints one JSON line: {"first", "median", "max", "cpu_median", "load", "runs", "cpu"}.
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


def start_xvfb() -> tuple[subprocess.Popen, int]:
    """Xvfb on a display it picks itself (-displayfd), so parallel X servers never collide."""
    read_end, write_end = os.pipe()
    # -noreset: by default an X server resets itself whenever its last client disconnects (here:
    # every xdotool poll and every terminated run), and a client connecting during the reset is
    # closed at once -- the app then dies with "could not connect to display" (1 run in 5 on a
    # busy machine). With -noreset the server stays up between runs.
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24",
                             "-noreset", "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number.isdigit():
        xvfb.kill()
        raise SystemExit("measure_startup: Xvfb did not start")
    return xvfb, int(number)


def visible_window(env: dict) -> bool:
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                            env=env, capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.strip() != ""


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(command: list[str], env: dict, timeout: float) -> tuple[float, float]:
    log = tempfile.TemporaryFile()
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        while time.perf_counter() - start < timeout:
            if visible_window(env):
                return time.perf_counter() - start, cpu_seconds(process.pid)
            if process.poll() is not None:
                log.seek(0)
                output = log.read().decode(errors="replace")[-4000:]
                raise SystemExit(f"measure_startup: {command[0]} exited with {process.returncode} "
                                 f"before showing a window; its output:\n{output}")
            time.sleep(0.01)
        raise SystemExit(f"measure_startup: no window within {timeout} s")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="+", help="program (and arguments) to start")
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            raise SystemExit(f"measure_startup: {tool} not found (apt-get install xvfb xdotool)")
    xvfb, display = start_xvfb()
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
        results = [one_run(args.command, env, args.timeout) for _ in range(args.runs)]
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)
    runs = [wall for wall, _cpu in results]
    cpus = [cpu for _wall, cpu in results]
    warm, warm_cpu = runs[1:] or runs, cpus[1:] or cpus
    print(json.dumps({"first": round(runs[0], 3), "median": round(statistics.median(warm), 3),
                      "max": round(max(warm), 3), "cpu_median": round(statistics.median(warm_cpu), 3),
                      "load": os.getloadavg()[0], "runs": [round(r, 3) for r in runs],
                      "cpu": [round(c, 3) for c in cpus]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
