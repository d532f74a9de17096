"""Recovery only ever adds (issue 16): sessions killed with SIGKILL mid-save, right after a
recovery, two at once, and an autosave that cannot be read. The sessions that crash are real
processes running the real save code (tests/reliability/session.py); the one that recovers is a
ProjectController in this process."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from desktop_nn.project import load_project
from desktop_nn.ui.projects.file_dialogs import Dialogs
from tests.reliability.helpers import ScriptedDialogs, current_rates, kept_rates
from tests.reliability.session import run_session

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL: POSIX")
KILLED = -signal.SIGKILL


def crashed_session(autosave_dir, lr: float) -> Path:
    """A session that autosaved a project with learning rate ``lr`` and was killed; its autosave."""
    code, lines, err = run_session(autosave_dir, [["set", lr], ["autosave"], ["crash"]])
    assert code == KILLED, err[-2000:]
    return Path(lines[0].split(" ", 1)[1])


@pytest.mark.parametrize("hang", ["hang_in_write", "hang_in_fsync"])
@pytest.mark.parametrize("target", ["save", "autosave"])
def test_kill_9_during_a_save_leaves_the_previous_file_intact(make, tmp_path, autosave_dir, target, hang):
    lesson = tmp_path / "lesson.dnn"
    last = ["save", str(lesson)] if target == "save" else ["autosave"]
    code, lines, err = run_session(
        autosave_dir, [["set", 0.011], ["save", str(lesson)], ["set", 0.022], ["autosave"],
                       ["set", 0.033], [hang], last],
        kill_on="IN_")
    assert code == KILLED and lines[-1] in ("IN_WRITE", "IN_FSYNC"), (lines, err[-2000:])
    folder = lesson.parent if target == "save" else autosave_dir
    assert list(folder.glob(".*.part")), "killed before the save began writing"

    assert load_project(lesson).settings["learning_rate"] == 0.011          # the last save, intact
    host, controller = make(ScriptedDialogs(recover_answers=[True]))
    crashed = controller.recoverable()
    assert [p.name for p in crashed] == [lines[0].rsplit("/", 1)[1]]       # the .part is not offered
    assert controller.offer_recovery() is True
    assert host.lr == 0.022                                                  # the last autosave, intact


def test_a_second_crash_after_recovery_leaves_the_work_recoverable(make, autosave_dir):
    crashed_session(autosave_dir, 0.0421)
    # the next session recovers it and is killed at once, long before an autosave of its own
    code, lines, err = run_session(autosave_dir, [["recover", True], ["crash"]])
    assert code == KILLED and "RECOVERED True 0.0421" in lines, (lines, err[-2000:])
    # the next one recovers it again, works on it, autosaves, and is killed too
    code, lines, err = run_session(autosave_dir, [["recover", True], ["set", 0.05], ["autosave"], ["crash"]])
    assert code == KILLED and "RECOVERED True 0.0421" in lines, (lines, err[-2000:])

    host, controller = make(ScriptedDialogs(recover_answers=[True]))
    assert len(controller.recoverable()) == 1           # one session's work: moved along, never copied
    assert controller.offer_recovery() is True and host.lr == 0.05
    assert controller.autosave_path.exists()            # still on disk, now under this session's lock
    assert kept_rates(autosave_dir) == {controller.autosave_path.name: 0.05}


@pytest.mark.parametrize("answers, save_answer, shown", [
    ([True, True], "save", 0.011),          # both recovered: the first saved when the second comes
    ([True, True], "discard", 0.011),       # … or discarded: its autosave is kept aside
    ([False, True], "cancel", 0.011),       # the newest declined: kept aside
    ([True, False], "cancel", 0.022),
])
def test_two_crashed_sessions_are_both_offered_and_neither_is_lost(make, tmp_path, autosave_dir,
                                                                   answers, save_answer, shown):
    older = crashed_session(autosave_dir, 0.011)
    newer = crashed_session(autosave_dir, 0.022)
    dialogs = ScriptedDialogs(save_answer, recover_answers=answers)
    dialogs.paths = [str(tmp_path / "first.dnn")]
    host, controller = make(dialogs)
    assert controller.recoverable() == [newer, older]
    assert controller.offer_recovery() is True
    assert dialogs.asked.count("recover") == 2
    assert host.lr == shown and controller.dirty
    assert {0.011, 0.022} <= current_rates(host, tmp_path)
    if save_answer == "save":
        assert load_project(tmp_path / "first.dnn").settings["learning_rate"] == 0.022
    if False in answers or save_answer == "discard":               # what was not taken is kept aside
        assert set(kept_rates(autosave_dir / "declined").values()) == {0.011, 0.022} - {shown}
    assert controller.recoverable() == []               # each answered once


def test_an_autosave_that_cannot_be_read_is_kept_aside_and_named(make, tmp_path, autosave_dir):
    good = crashed_session(autosave_dir, 0.011)
    bad = crashed_session(autosave_dir, 0.022)              # the newest: offered first
    damaged = bad.read_bytes()[: bad.stat().st_size // 2]              # half of it: a disk error
    bad.write_bytes(damaged)
    dialogs = ScriptedDialogs(recover_answers=[True, True])
    host, controller = make(dialogs)
    assert controller.offer_recovery() is True and host.lr == 0.011    # the other one still came back
    kept = autosave_dir / "unreadable" / bad.name
    assert kept.read_bytes() == damaged                                # moved, byte for byte
    assert len(dialogs.errors) == 1 and str(kept) in dialogs.errors[0]
    assert not good.exists() and controller.autosave_path.exists()
    _, again = make(ScriptedDialogs(recover_answers=[True]))
    assert again.recoverable() == []                                   # not offered again


def test_a_question_nobody_answers_leaves_every_autosave_in_place(make, autosave_dir):
    paths = [crashed_session(autosave_dir, lr) for lr in (0.011, 0.022)]
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    host, controller = make(Dialogs())               # offscreen: the real dialogs ask nobody
    assert controller.offer_recovery() is False and host.lr == 0.1
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths} == before
    assert sorted(p.name for p in autosave_dir.rglob("*.dnn")) == sorted(p.name for p in paths)
