"""Recovery in the REAL main window (issue 16): two crashed sessions and a damaged autosave left
behind by killed processes; the window offers each, shows the one taken, and names the file kept."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_nn.app import create_main_window
from tests.reliability.helpers import ScriptedDialogs, kept_rates
from tests.reliability.session import run_session

TIMEOUT = 15_000


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL: POSIX")
def test_the_window_offers_every_crashed_session_and_keeps_the_damaged_one(qtbot, tmp_path):
    autosave_dir = tmp_path / "autosave"
    made = []
    for lr in (0.011, 0.022, 0.033):
        code, lines, err = run_session(autosave_dir, [["set", lr], ["autosave"], ["crash"]])
        assert code == -signal.SIGKILL, err[-2000:]
        made.append(Path(lines[0].split(" ", 1)[1]))
    damaged = made[2]                                   # the newest, offered first
    damaged.write_bytes(b"PK\x03\x04" + bytes(64))

    # the first recovered (0.022) is saved when the second (0.011) is taken too
    dialogs = ScriptedDialogs("save", recover_answers=[True, True, True])
    dialogs.paths = [str(tmp_path / "kept.dnn")]
    w = create_main_window(dialogs=dialogs, autosave_dir=autosave_dir,
                           project_settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    try:
        w.show()                                        # the recovery offer follows
        qtbot.waitUntil(lambda: dialogs.asked.count("recover") == 3, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: w.document.settings.learning_rate == 0.011, timeout=TIMEOUT)
        kept = autosave_dir / "unreadable" / damaged.name
        assert kept.exists() and str(kept) in dialogs.errors[0]
        assert kept_rates(tmp_path)["kept.dnn"] == 0.022
        assert w.isWindowModified()
        assert kept_rates(autosave_dir) == {w.projects.autosave_path.name: 0.011}
    finally:
        dialogs.save_answer = "discard"                 # the user's choice: only now is it deleted
        w.close()
    assert not w.projects.autosave_path.exists() and w.controller.thread.isFinished()
