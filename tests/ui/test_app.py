"""The command line: --version, --self-test (as packaging calls it), a clean exit while training."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


from desktop_nn import __version__
from desktop_nn.app import build_parser, create_main_window

ROOT = Path(__file__).resolve().parents[2]


def run(args, timeout=120, env_extra=None, script=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.update(env_extra or {})
    cmd = [sys.executable, "-c", script] if script else [sys.executable, "-m", "desktop_nn", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)


def test_version():
    out = run(["--version"])
    assert out.returncode == 0 and __version__ in out.stdout


def test_self_test_trains_checks_and_saves_a_screenshot(tmp_path):
    shot = tmp_path / "window.png"
    out = run(["--self-test", "--screenshot", str(shot)])
    assert out.returncode == 0, out.stdout + out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["ok"] is True
    assert result["epochs"] >= 300
    assert result["final_cost"] < result["initial_cost"]
    assert result["font"]
    assert result["lecture"] is True          # the perceptron-rule scene showed the chapter's w
    assert shot.stat().st_size > 20_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_self_test_fails_cleanly_when_no_font_can_draw_text(tmp_path):
    """Without fonts Qt still lists families but draws empty boxes: the self-test must say so."""
    no_fonts = tmp_path / "fonts.conf"
    no_fonts.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                        f"<fontconfig><dir>{tmp_path / 'empty'}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    out = run(["--self-test"], env_extra={"FONTCONFIG_FILE": str(no_fonts)})
    assert out.returncode == 1, out.stdout + out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["ok"] is False and result["font"] == ""
    assert "no usable font" in result["reason"]


def test_zh_tw_self_test_fails_when_no_font_can_draw_chinese(tmp_path):
    """DejaVu alone draws Latin text but shows every Chinese character as an empty box."""
    latin_only = tmp_path / "fonts.conf"
    latin_only.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                          "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                          f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    out = run(["--lang", "zh_TW", "--self-test"], env_extra={"FONTCONFIG_FILE": str(latin_only)})
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert out.returncode == 1 and result["ok"] is False, result
    assert result["font"] and "Traditional Chinese" in result["reason"]


def test_self_test_fails_with_a_reason_when_the_screenshot_cannot_be_saved(tmp_path):
    out = run(["--self-test", "--screenshot", str(tmp_path / "missing-dir" / "x.png")])
    assert out.returncode != 0
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["ok"] is False and "screenshot" in result["reason"]


def test_closing_the_window_while_training_exits_the_process_cleanly():
    script = """
import sys
from PySide6.QtCore import QTimer
from desktop_nn.app import _application, create_main_window
app = _application()
w = create_main_window()
w.show()
w.editor.set_model("network")
QTimer.singleShot(300, w.playAction.trigger)
QTimer.singleShot(1300, lambda: print("epoch", w.controller.latest.epoch, w.controller.running, flush=True))
QTimer.singleShot(1400, w.close)
app.setQuitOnLastWindowClosed(True)
sys.exit(app.exec())
"""
    out = run([], script=script, timeout=60)
    assert out.returncode == 0, out.stderr
    epoch, running = out.stdout.split()[1:3]
    assert int(epoch) > 0 and running == "True"
    assert "QThread" not in out.stderr


def test_lecture_option_opens_the_presenter():
    script = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_nn.app import _application, main
_application()
def check():
    names = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
    print("visible", names, flush=True)
    for w in QApplication.topLevelWidgets():
        w.close()
    QApplication.quit()
QTimer.singleShot(1500, check)
sys.exit(main(["--lecture", "perceptron-rule"]))
"""
    out = run([], script=script, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "lecturePresenter" in out.stdout


def test_lecture_and_lang_options_are_parsed():
    args = build_parser().parse_args(["--lecture", "adaline", "--lang", "zh_TW"])
    assert args.lecture == "adaline" and args.lang == "zh_TW"


def test_create_main_window_needs_no_event_loop(qtbot):
    w = create_main_window()
    qtbot.addWidget(w)
    assert w.objectName() == "mainWindow" and not w.isVisible()
    w.close()
    assert w.controller.thread.isFinished()
