"""``desktop-nn --self-test`` beside a crashed session's autosave (issue 16): it leaves every file
of the user's alone, never opens a modal dialog (with or without a display), and exits."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest

from tests.reliability.session import run_session

# as with a display: the real dialogs would ask; every modal dialog Qt is asked for is recorded
# (and answered at once, so an attempt shows up as a failure, never as a hang)
MODALS_RECORDED = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
    modals = []
    def record(name, value):
        def shown(*args, **kwargs):
            modals.append(name)
            return value
        return shown
    QMessageBox.exec = record("QMessageBox.exec", QMessageBox.StandardButton.Cancel)
    QMessageBox.question = staticmethod(record("QMessageBox.question", QMessageBox.StandardButton.No))
    QMessageBox.warning = staticmethod(record("QMessageBox.warning", QMessageBox.StandardButton.Ok))
    QFileDialog.getOpenFileName = staticmethod(record("QFileDialog.getOpenFileName", ("", "")))
    QFileDialog.getSaveFileName = staticmethod(record("QFileDialog.getSaveFileName", ("", "")))
    QDialog.exec = record("QDialog.exec", 0)
    from desktop_nn.ui.projects import file_dialogs
    file_dialogs.interactive = lambda: True
    from desktop_nn.app import main
    code = main(["--self-test"])
    print("MODALS " + json.dumps(modals), flush=True)
    sys.exit(code)
""")


def user_files(home) -> dict:
    return {str(p.relative_to(home)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(home.rglob("*")) if p.is_file()}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and XDG folders: POSIX")
@pytest.mark.parametrize("how", ["no display", "modals recorded", "Xvfb"])
def test_the_self_test_beside_a_crashed_session_touches_nothing_and_asks_nothing(tmp_path, how):
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    autosave_dir = home / ".local" / "share" / "desktop_nn" / "autosave"   # the user's own
    code, lines, err = run_session(autosave_dir, [["set", 0.0421], ["autosave"], ["crash"]])
    assert code == -signal.SIGKILL, err[-2000:]
    before = user_files(home)
    assert sorted(before) == sorted(f".local/share/desktop_nn/autosave/{n}" for n in
                                    (lines[0].rsplit("/", 1)[1], lines[0].rsplit("/", 1)[1].replace(".dnn", ".lock")))

    if how == "no display":
        command = [sys.executable, "-m", "desktop_nn", "--self-test"]
    elif how == "modals recorded":
        command = [sys.executable, "-c", MODALS_RECORDED]
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        if shutil.which("xvfb-run") is None:
            pytest.skip("xvfb-run is not installed")
        command = ["xvfb-run", "-a", sys.executable, "-c", MODALS_RECORDED]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    out = done.stdout.strip().splitlines()
    verdict = json.loads(next(line for line in out if line.startswith("{")))
    assert done.returncode == 0 and verdict["ok"], (done.stdout, done.stderr[-3000:])
    if how != "no display":
        assert out[-1] == "MODALS []"
    assert user_files(home) == before              # the crashed session's autosave and lock untouched
