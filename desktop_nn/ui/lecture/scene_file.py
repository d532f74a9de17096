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

The texts a student or teacher reads have a form in each shipped language beside the English
one, in the same file: ``title_zh_TW``, ``section_zh_TW``, ``notes_zh_TW`` (optional; a missing
one falls back to the English text). :func:`load_lecture` gives the scenes in the interface's
language (:func:`desktop_nn.i18n.current_language`); a translated title names the same
``{fields}`` as the English one.

A file that cannot be used becomes a :class:`SceneProblem` naming the file and the problem; the
other scenes still load.
"""

from __future__ import annotations

import math

import string
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_nn import i18n

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

REQUIRED = ("id", "title", "view")
OPTIONAL = ("section", "notes", "settings")
#: the texts that have a form per language: ``title_zh_TW`` beside ``title`` …
LOCALIZED = ("title", "section", "notes")
TRANSLATED_KEYS = tuple(f"{key}_{lang}" for lang in i18n.LANGUAGES if lang != "en" for key in LOCALIZED)


@dataclass(frozen=True)
class SceneSpec:
    id: str
    title: str
    view: str
    path: Path
    section: str = ""
    notes: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    #: language → {"title": …, "section": …, "notes": …}: the file's translations of its texts
    translations: dict[str, dict[str, str]] = field(default_factory=dict)

    def localized(self, language: str) -> SceneSpec:
        """This scene with its title, section and notes in ``language`` where the file gives them."""
        texts = self.translations.get(language)
        return replace(self, **texts) if texts else self


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
        return translate("SceneFile", "Scene file {} could not be loaded").format(self.path.name)

    @property
    def message(self) -> str:
        return f"{self.path}: {self.problem}"


def _type_name(value: Any) -> str:
    names = {bool: translate("SceneFile", "true/false"), int: translate("SceneFile", "a whole number"),
             float: translate("SceneFile", "a number"), str: translate("SceneFile", "text"),
             list: translate("SceneFile", "a list")}
    return names.get(type(value), type(value).__name__)


def check_settings(settings: dict[str, Any], defaults: dict[str, Any], view: str) -> str | None:
    """None if ``settings`` fit the view's defaults, else a sentence saying what is wrong."""
    for key, value in settings.items():
        if key not in defaults:
            known = ", ".join(sorted(defaults)) or translate("SceneFile", "none")
            return translate("SceneFile", "setting '{key}' is not one of the view '{view}' settings (known: {known})"
                             ).format(key=key, view=view, known=known)
        default = defaults[key]
        ok = type(value) is type(default) or (isinstance(default, float) and type(value) is int)
        if not ok:
            return translate("SceneFile", "setting '{key}' must be {kind}, got {value}").format(
                key=key, kind=_type_name(default), value=repr(value))
        if isinstance(default, list) and default:
            kind = type(default[0])
            for item in value:
                if not (type(item) is kind or (kind is float and type(item) is int)):
                    return translate("SceneFile", "setting '{key}' must be a list of {kind}, got {value}").format(
                        key=key, kind=_type_name(default[0]), value=repr(item))
        problem = _out_of_range(key, value)
        if problem:
            return problem
    return None


#: what a scene can compute and draw: a setting beyond these would freeze or exhaust the machine
LIMITS: dict[str, tuple[float, float]] = {
    "layer_dims": (1, 64), "hidden_units": (1, 64), "units": (1, 64), "layers": (1, 10),
    "m": (1, 100_000), "n": (1, 10_000_000), "n_bits": (1, 16), "copies": (1, 1000),
    "epochs": (1, 1_000_000), "epoch": (1, 1_000_000), "batch_size": (1, 100_000),
    "steps": (1, 10_000), "interval_ms": (50, 60_000),
}
LIST_LENGTHS: dict[str, tuple[int, int]] = {"layer_dims": (2, 12)}


def _out_of_range(key: str, value: Any) -> str | None:
    values = value if isinstance(value, list) else [value]
    if key in LIST_LENGTHS:
        lo, hi = LIST_LENGTHS[key]
        if not lo <= len(values) <= hi:
            return translate("SceneFile", "setting '{key}' must have {lo} to {hi} entries, got {n}").format(
                key=key, lo=lo, hi=hi, n=len(values))
    for v in values:
        if isinstance(v, float) and not math.isfinite(v):
            return translate("SceneFile", "setting '{key}' must be a finite number, got {value}").format(
                key=key, value=repr(v))
        if key in LIMITS and isinstance(v, (int, float)) and not isinstance(v, bool):
            lo, hi = LIMITS[key]
            if not lo <= v <= hi:
                return translate("SceneFile", "setting '{key}' must be from {lo} to {hi}, got {value}").format(
                    key=key, lo=f"{lo:,}", hi=f"{hi:,}", value=repr(v))
    return None


def _fields(text: str) -> set[str]:
    try:
        return {f[1] for f in string.Formatter().parse(text) if f[1]}
    except ValueError:
        return set()


def _translations(data: dict[str, Any]) -> tuple[dict[str, dict[str, str]], str | None]:
    """The file's ``<key>_<language>`` texts by language, or a sentence saying what is wrong."""
    out: dict[str, dict[str, str]] = {}
    for lang in (lang for lang in i18n.LANGUAGES if lang != "en"):
        for key in LOCALIZED:
            name = f"{key}_{lang}"
            if name not in data:
                continue
            value = data[name]
            if not isinstance(value, str):
                return {}, translate("SceneFile", "'{key}' must be text, got {value}").format(key=name, value=repr(value))
            extra = _fields(value) - _fields(data.get(key, ""))
            if extra:
                return {}, translate("SceneFile", "'{key}' names {fields}, which '{english}' does not").format(
                    key=name, fields=", ".join("{" + f + "}" for f in sorted(extra)), english=key)
            out.setdefault(lang, {})[key] = value.strip() if key == "notes" else value
    return out, None


def parse_scene_file(path: Path, known_views: dict[str, dict[str, Any]],
                     unavailable: dict[str, str] | None = None) -> SceneSpec | SceneProblem:
    """Read one scene file; ``known_views`` maps each view name to its settings' defaults,
    ``unavailable`` each view that exists but cannot be loaded here to the reason."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return SceneProblem(path, translate("SceneFile", "cannot be read ({})").format(exc))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return SceneProblem(path, translate("SceneFile", "is not valid TOML: {}").format(exc))
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        return SceneProblem(path, translate("SceneFile", "is missing {} (every scene needs id, title and view)").format(
            ", ".join(f"'{k}'" for k in missing)))
    unknown = sorted(set(data) - set(REQUIRED) - set(OPTIONAL) - set(TRANSLATED_KEYS))
    if unknown:
        return SceneProblem(path, translate("SceneFile", "has unknown key(s) {}; allowed: {}").format(
            ", ".join(f"'{k}'" for k in unknown), ", ".join(REQUIRED + OPTIONAL + TRANSLATED_KEYS)))
    for key in ("id", "title", "view", "section", "notes"):
        if key in data and not isinstance(data[key], str):
            return SceneProblem(path, translate("SceneFile", "'{key}' must be text, got {value}").format(
                key=key, value=repr(data[key])))
    if not data["id"].strip():
        return SceneProblem(path, translate("SceneFile", "'id' is empty"))
    translations, problem = _translations(data)
    if problem:
        return SceneProblem(path, problem)
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        return SceneProblem(path, translate("SceneFile", "'settings' must be a table ([settings] followed by name = value lines)"))
    view = data["view"]
    if unavailable and view in unavailable:
        return SceneProblem(path, unavailable[view])
    if view not in known_views:
        return SceneProblem(path, translate("SceneFile", "names the view '{}', which does not exist; views: {}").format(
            view, ", ".join(sorted(known_views))))
    problem = check_settings(settings, known_views[view], view)
    if problem:
        return SceneProblem(path, problem)
    if view == "question":        # what the question hides must be computable from its settings
        from desktop_nn.exercises.lecture_questions import problem as question_problem

        found = question_problem(settings)
        if found:
            return SceneProblem(path, found.text(translate))
    return SceneSpec(
        id=data["id"].strip(), title=data["title"], view=view, path=path,
        section=data.get("section", ""), notes=data.get("notes", "").strip(), settings=dict(settings),
        translations=translations,
    )


def load_lecture(directory: Path, known_views: dict[str, dict[str, Any]],
                 unavailable: dict[str, str] | None = None, language: str | None = None) -> list[SceneSpec | SceneProblem]:
    """Every ``*.toml`` of ``directory`` in file-name order; duplicates and bad files become problems.

    The scenes' titles, sections and notes are in ``language`` (default: the interface's) where
    their files translate them."""
    directory = Path(directory)
    language = i18n.current_language() if language is None else language
    if not directory.is_dir():
        return [SceneProblem(directory, translate("SceneFile", "is not a folder of scene files"))]
    items: list[SceneSpec | SceneProblem] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.toml")):
        item = parse_scene_file(path, known_views, unavailable)
        if isinstance(item, SceneSpec):
            if item.id in seen:
                item = SceneProblem(path, translate("SceneFile", "uses the id '{}' already used by {}").format(
                    item.id, seen[item.id].name))
            else:
                seen[item.id] = path
                item = item.localized(language)
        items.append(item)
    if not items:
        items.append(SceneProblem(directory, translate("SceneFile", "holds no scene files (*.toml)")))
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
