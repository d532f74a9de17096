"""Lecture mode: the chapter as full-screen live scenes, driven by a keyboard or clicker.

Entry points for the app::

    from desktop_nn.ui.lecture import create_presenter, lecture_scene_ids
    w = create_presenter("perceptron-rule")   # or None for the first scene
    w.showFullScreen()
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["create_presenter", "lecture_scene_ids", "lecture_scenes"]


def create_presenter(scene_id: str | None = None, lectures_dir: Path | str | None = None, screen_size=None):
    """The presenter window (not yet shown), opened at ``scene_id`` or at the first scene.

    ``lectures_dir`` defaults to the shipped ``resources/lectures``; ``screen_size`` (a QSize) lays
    the lecture out for a screen of that size instead of the one the window is on. Malformed scene files do not
    stop it: each shows in its place as a message naming the file and the problem.
    """
    from desktop_nn.ui.lecture.presenter import LecturePresenter

    return LecturePresenter(lectures_dir=lectures_dir, scene_id=scene_id, screen_size=screen_size)


def lecture_scene_ids(lectures_dir: Path | str | None = None) -> list[str]:
    """The ids of the scenes that load, in lecture order (for ``--lecture`` help and menus)."""
    from desktop_nn.ui.lecture.presenter import default_lectures_dir
    from desktop_nn.ui.lecture.registry import view_defaults
    from desktop_nn.ui.lecture.scene_file import SceneSpec, load_lecture

    defaults, unavailable = view_defaults()
    directory = Path(lectures_dir) if lectures_dir is not None else default_lectures_dir()
    return [it.id for it in load_lecture(directory, defaults, unavailable) if isinstance(it, SceneSpec)]


def lecture_scenes(lectures_dir: Path | str | None = None) -> list[tuple[str, str]]:
    """(id, title) of the scenes that load, in lecture order — for a Lecture ▸ Go to scene menu."""
    from desktop_nn.ui.lecture.presenter import default_lectures_dir
    from desktop_nn.ui.lecture.registry import title_fields, view_defaults
    from desktop_nn.ui.lecture.scene_file import SceneSpec, fill_title, load_lecture

    defaults, unavailable = view_defaults()
    directory = Path(lectures_dir) if lectures_dir is not None else default_lectures_dir()
    return [(it.id, fill_title(it.title, title_fields(it.view))) for it in load_lecture(directory, defaults, unavailable) if isinstance(it, SceneSpec)]
