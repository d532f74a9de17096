"""The one place that knows where the shipped resources live.

Three layouts are supported:

* a source checkout or editable install: ``<repo>/resources``;
* an installed wheel: ``desktop_nn/resources`` inside site-packages;
* a PyInstaller bundle: ``<bundle>/resources`` next to the frozen modules.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """Directory holding ``datasets/``, ``lectures/``, ``icons/`` and ``translations/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")          # installed wheel
    candidates.append(package_dir.parent / "resources")   # source checkout / editable
    for candidate in candidates:
        if (candidate / "datasets").is_dir():
            return candidate
    raise FileNotFoundError(
        "desktop_nn cannot find its resources folder; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("datasets", "iris.data")``."""
    return resources_root().joinpath(*parts)
