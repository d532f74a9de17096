"""desktop_nn.resources finds the shipped resources in all three layouts.

* source checkout: ``<repo>/resources``;
* installed wheel: ``site-packages/desktop_nn/resources`` (hatchling force-includes the tree) —
  a wheel is really built and installed into a throw-away venv;
* PyInstaller bundle: ``sys._MEIPASS/resources`` — simulated here; the real frozen bundle is
  exercised by packaging/build.sh, whose installed self-test loads the Iris file from it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_nn import resources

REPO = Path(__file__).resolve().parent.parent
SOURCE_RESOURCES = REPO / "resources"


def shipped_files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")}


def iris_rows(path: Path) -> int:
    return sum(1 for line in path.read_text().splitlines() if line.strip())


def test_source_checkout_finds_repo_resources(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources.resources_root() == SOURCE_RESOURCES
    iris = resources.resource_path("datasets", "iris.data")
    assert iris == SOURCE_RESOURCES / "datasets" / "iris.data"
    assert iris_rows(iris) == 150


def test_frozen_bundle_is_preferred(monkeypatch, tmp_path):
    bundle = tmp_path / "_internal"
    shutil.copytree(SOURCE_RESOURCES, bundle / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.resources_root() == bundle / "resources"
    assert resources.resource_path("datasets", "iris.data") == bundle / "resources" / "datasets" / "iris.data"
    assert shipped_files(resources.resources_root()) == shipped_files(SOURCE_RESOURCES)


def test_frozen_bundle_without_resources_falls_back(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_root() == SOURCE_RESOURCES


def test_missing_resources_say_where_they_were_looked_for(monkeypatch, tmp_path):
    # A copy of the module in a package with no resources anywhere near it.
    package = tmp_path / "desktop_nn"
    package.mkdir()
    shutil.copy(resources.__file__, package / "resources.py")
    spec = importlib.util.spec_from_file_location("lonely_resources", package / "resources.py")
    lonely = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lonely)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    with pytest.raises(FileNotFoundError) as error:
        lonely.resources_root()
    message = str(error.value)
    assert str(tmp_path / "bundle" / "resources") in message
    assert str(package / "resources") in message


def _build_wheel(tmp_path: Path) -> Path:
    """Build the project's wheel from a copy of the files the sdist would hold."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (REPO / name).exists():
            shutil.copy(REPO / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "desktop_nn", src / "desktop_nn", ignore=ignore)
    shutil.copytree(SOURCE_RESOURCES, src / "resources", ignore=ignore)
    if not (src / "README.md").exists():
        (src / "README.md").write_text("desktop_nn\n")
    out = tmp_path / "wheelhouse"
    # With hatchling at hand build offline; otherwise pip fetches it into an isolated build env.
    isolation = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q",
         *isolation, "-w", str(out), str(src)],
        capture_output=True, text=True, timeout=240)
    if result.returncode != 0:
        if not isolation and ("hatchling" in result.stderr or "network" in result.stderr.lower()
                              or "connection" in result.stderr.lower()):
            pytest.skip("hatchling is not installed and could not be fetched to build the wheel: "
                        + result.stderr.strip().splitlines()[-1])
        pytest.fail(f"building the wheel failed:\n{result.stderr}")
    wheels = list(out.glob("desktop_nn-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_installed_wheel_finds_its_packaged_resources(tmp_path):
    wheel = _build_wheel(tmp_path)
    venv = tmp_path / "venv"
    # A bare venv that sees the system's dependencies but not this checkout.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", str(venv)],
                   check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                    "--no-index", "--disable-pip-version-check", "-q", str(wheel)],
                   check=True, timeout=120)
    probe = textwrap.dedent("""
        import json, sys
        import desktop_nn, desktop_nn.resources as r
        root = r.resources_root()
        print(json.dumps({"module": desktop_nn.__file__, "root": str(root),
                          "iris": str(r.resource_path("datasets", "iris.data")),
                          "frozen": hasattr(sys, "_MEIPASS")}))
    """)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    package_dir = Path(found["module"]).parent
    assert REPO not in Path(found["module"]).parents, "the probe imported the checkout, not the wheel"
    assert "site-packages" in package_dir.parts
    root = Path(found["root"])
    assert root == package_dir / "resources"
    assert iris_rows(Path(found["iris"])) == 150
    # The whole resources/ tree is in the wheel, whatever it holds.
    assert shipped_files(root) == shipped_files(SOURCE_RESOURCES)
