"""A desktop_nn session in a process of its own, driven step by step, that tests kill (issue 16).

It runs the real save and autosave code — a ``ProjectController`` on a small host whose project
is the default settings with a chosen learning rate — so a test can crash it anywhere with
``os.kill(pid, SIGKILL)``, as a power cut or the OOM killer would.

    python session.py AUTOSAVE_DIR '[["set", 0.02], ["autosave"], ["crash"]]'

Steps: ``["set", lr]`` (an edit), ``["autosave"]``, ``["save", path]`` (File ▸ Save As),
``["recover", answers...]`` (offer_recovery, each question answered True/False in turn),
``["hang_in_write"]`` (from now on a save writes half its bytes, says ``IN_WRITE`` and waits),
``["hang_in_fsync"]`` (every fsync says ``IN_FSYNC`` and waits: written, not yet renamed),
``["crash"]`` (SIGKILL itself). Each step prints one line ``STEP value``. ``run_session`` starts
it and can kill it when a given line appears.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()


def run_session(autosave_dir, steps, kill_on: str | None = None, timeout: float = 60.0):
    """Run the steps in a new process; SIGKILL it as soon as it prints a line starting with
    ``kill_on``. Returns (return code, printed lines, stderr)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(HERE), str(autosave_dir), json.dumps(steps)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines = []
    deadline = time.monotonic() + timeout
    try:
        for line in proc.stdout:
            lines.append(line.strip())
            if kill_on is not None and line.startswith(kill_on):
                os.kill(proc.pid, signal.SIGKILL)
                break
            if time.monotonic() > deadline:
                break
        proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, lines, proc.stderr.read()


class _Dialogs:
    def __init__(self):
        self.recover_answers: list[bool] = []
        self.path: str | None = None

    def open_path(self, parent):
        return None

    def save_path(self, parent, title, suggested, file_filter):
        return self.path

    def ask_save_changes(self, parent, name):
        return "cancel"

    def ask_recover(self, parent, saved_at):
        return self.recover_answers.pop(0) if self.recover_answers else None

    def error(self, parent, title, text):
        print("ERROR", text.replace("\n", " "), flush=True)


def main(autosave_dir: str, steps: list) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_nn.project import Project, default_settings
    from desktop_nn.ui.projects.project_controller import ProjectController

    class Host(QWidget):
        lr = 0.1

        def project_from_ui(self):
            return Project(settings=dict(default_settings(), learning_rate=self.lr))

        def apply_project(self, project):
            self.lr = project.settings["learning_rate"]

    app = QApplication([])
    host = Host()
    dialogs = _Dialogs()
    controller = ProjectController(host, host, autosave_dir=autosave_dir, dialogs=dialogs)
    print("SESSION", controller.autosave_path, flush=True)
    for step, *args in steps:
        if step == "set":
            host.lr = args[0]
            controller.mark_dirty()
        elif step == "autosave":
            assert controller.autosave_now()
        elif step == "save":
            dialogs.path = args[0]
            assert controller.save_as()
        elif step == "recover":
            dialogs.recover_answers = list(args)
            print("RECOVERED", controller.offer_recovery(), host.lr, flush=True)
            continue
        elif step == "hang_in_fsync":
            real_fsync = os.fsync

            def hanging_fsync(fd, real_fsync=real_fsync):
                real_fsync(fd)
                print("IN_FSYNC", flush=True)
                time.sleep(60)

            os.fsync = hanging_fsync
        elif step == "hang_in_write":
            from desktop_nn.engine import export

            def half_then_hang(f, data):
                f.write(data[: len(data) // 2])
                f.flush()
                print("IN_WRITE", flush=True)
                time.sleep(60)

            export._write_all = half_then_hang
        elif step == "crash":
            os.kill(os.getpid(), signal.SIGKILL)
        print(step.upper(), *args, flush=True)
    app.quit()


if __name__ == "__main__":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    main(sys.argv[1], json.loads(sys.argv[2]))
