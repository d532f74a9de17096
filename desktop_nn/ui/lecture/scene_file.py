"""Reading the declarative scene files of ``resources/lectures/``.

One TOML file per scene; the lecture plays them in the order of their file names
(``010-mcculloch-pitts-neuron.toml``, ``020-perceptron-rule.toml`` …). A file::

    id = "perceptron-rule"          # unique; what ``desktop-nn --lecture ID`` jumps to
    title = "The perceptron learns Iris"
    section = "Basics of Neural Networks"      # optional: the chapter part, shown above the title
    view = "perceptron_rule"        # which live view shows it (see README.md there)
    notes = '''Speaker notes …'''   # optional
    [settings]                      # optional: the view's settings, checked against its defaults
    epochs = 10
    eta = 0.1

A file that cannot be used becomes a :class:`SceneProblem` naming the file and the problem; the
other scenes still load.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REQUIRED = ("id", "title", "view")
OPTIONAL = ("section", "notes", "settings")


@dataclass(frozen=True)
class SceneSpec:
    id: str
    title: str
    view: str
    path: Path
    section: str = ""
    notes: str = ""
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SceneProblem:
    """A scene file that could not be used, and why — shown in its place in the lecture."""

    path: Path
    problem: str

    @property
    def id(self) -> str:
        return "problem:" + self.path.name

    @property
    def title(self) -> str:
        return f"Scene file {self.path.name} could not be loaded"

    @property
    def message(self) -> str:
        return f"{self.path}: {self.problem}"


def _type_name(value: Any) -> str:
    return {bool: "true/false", int: "a whole number", float: "a number", str: "text", list: "a list"}.get(
        type(value), type(value).__name__
    )


def check_settings(settings: dict[str, Any], defaults: dict[str, Any], view: str) -> str | None:
    """None if ``settings`` fit the view's defaults, else a sentence saying what is wrong."""
    for key, value in settings.items():
        if key not in defaults:
            known = ", ".join(sorted(defaults)) or "none"
            return f"setting '{key}' is not one of the view '{view}' settings (known: {known})"
        default = defaults[key]
        ok = type(value) is type(default) or (isinstance(default, float) and type(value) is int)
        if not ok:
            return f"setting '{key}' must be {_type_name(default)}, got {value!r}"
    return None


def parse_scene_file(path: Path, known_views: dict[str, dict[str, Any]],
                     unavailable: dict[str, str] | None = None) -> SceneSpec | SceneProblem:
    """Read one scene file; ``known_views`` maps each view name to its settings' defaults,
    ``unavailable`` each view that exists but cannot be loaded here to the reason."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return SceneProblem(path, f"cannot be read ({exc})")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return SceneProblem(path, f"is not valid TOML: {exc}")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        return SceneProblem(path, "is missing " + ", ".join(f"'{k}'" for k in missing)
                            + " (every scene needs id, title and view)")
    unknown = sorted(set(data) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        return SceneProblem(path, "has unknown key(s) " + ", ".join(f"'{k}'" for k in unknown)
                            + f"; allowed: {', '.join(REQUIRED + OPTIONAL)}")
    for key in ("id", "title", "view", "section", "notes"):
        if key in data and not isinstance(data[key], str):
            return SceneProblem(path, f"'{key}' must be text, got {data[key]!r}")
    if not data["id"].strip():
        return SceneProblem(path, "'id' is empty")
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        return SceneProblem(path, "'settings' must be a table ([settings] followed by name = value lines)")
    view = data["view"]
    if unavailable and view in unavailable:
        return SceneProblem(path, unavailable[view])
    if view not in known_views:
        return SceneProblem(path, f"names the view '{view}', which does not exist; views: {', '.join(sorted(known_views))}")
    problem = check_settings(settings, known_views[view], view)
    if problem:
        return SceneProblem(path, problem)
    return SceneSpec(
        id=data["id"].strip(), title=data["title"], view=view, path=path,
        section=data.get("section", ""), notes=data.get("notes", "").strip(), settings=dict(settings),
    )


def load_lecture(directory: Path, known_views: dict[str, dict[str, Any]],
                 unavailable: dict[str, str] | None = None) -> list[SceneSpec | SceneProblem]:
    """Every ``*.toml`` of ``directory`` in file-name order; duplicates and bad files become problems."""
    directory = Path(directory)
    if not directory.is_dir():
        return [SceneProblem(directory, "is not a folder of scene files")]
    items: list[SceneSpec | SceneProblem] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.toml")):
        item = parse_scene_file(path, known_views, unavailable)
        if isinstance(item, SceneSpec):
            if item.id in seen:
                item = SceneProblem(path, f"uses the id '{item.id}' already used by {seen[item.id].name}")
            else:
                seen[item.id] = path
        items.append(item)
    if not items:
        items.append(SceneProblem(directory, "holds no scene files (*.toml)"))
    return items


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill_title(title: str, fields: dict[str, Any]) -> str:
    """A scene title with its ``{name}`` fields filled from the scene's live values.

    "Notation: a network of L = {L} layers" with ``{"L": 6}`` gives "… L = 6 layers"; a field the
    scene does not know stays as written, and a title with stray braces is shown as it is."""
    if "{" not in title:
        return title
    try:
        return title.format_map(_KeepMissing(fields))
    except (ValueError, IndexError, AttributeError):
        return title
