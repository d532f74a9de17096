"""Saving through a symbolic link writes to its target; temporary files a killed save left behind
are removed (at the next save beside them, and in the autosave folder at start-up)."""

from __future__ import annotations

import os
import time

from desktop_nn.engine.export import PART_AGE_SECONDS, atomic_write, remove_orphaned_parts
from desktop_nn.project import Project, load_project, save_project


def test_saving_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "lessons" / "week3.dnn"
    real.parent.mkdir()
    save_project(Project(), real)
    link = tmp_path / "week3-link.dnn"
    link.symlink_to(real)
    project = Project()
    project.settings["learning_rate"] = 0.03
    save_project(project, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_project(real).settings["learning_rate"] == 0.03
    assert not list(tmp_path.glob(".week3-link.dnn.*.part"))


def test_orphaned_part_files_go_and_a_save_in_progress_is_left_alone(tmp_path):
    target = tmp_path / "lesson.dnn"
    old = tmp_path / ".lesson.dnn.abc123.part"
    old.write_bytes(b"half a save")
    past = time.time() - 2 * PART_AGE_SECONDS
    os.utime(old, (past, past))
    fresh = tmp_path / ".lesson.dnn.def456.part"            # another save, running right now
    fresh.write_bytes(b"being written")
    other = tmp_path / ".notes.txt.zzz.part"                # not ours to judge by its name
    other.write_bytes(b"x")
    os.utime(other, (past, past))
    atomic_write(target, b"the project")
    assert target.read_bytes() == b"the project"
    assert not old.exists() and fresh.exists() and other.exists()
    # the autosave folder at start-up: every orphan of any name
    assert remove_orphaned_parts(tmp_path) == 1 and not other.exists() and fresh.exists()
