"""The packaging files are well-formed and point at files that exist.

The installers themselves are built and smoke-tested by packaging/build.sh (Linux) and the
release workflow (all three platforms); these checks are the cheap part that can fail in the
default test run: the workflow is valid YAML naming real scripts, the spec is valid Python, the
.desktop entry and the icons match, the Inno Setup script's paths resolve.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
ICONS = REPO / "resources" / "icons"


def test_release_workflow_is_valid_yaml_and_names_real_files():
    import yaml
    text = (REPO / ".github" / "workflows" / "release.yml").read_text()
    workflow = yaml.safe_load(text)
    assert set(workflow["jobs"]) >= {"linux", "windows", "macos", "release"}
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert on["push"]["tags"] == ["v*"]
    referenced = set(re.findall(r"packaging/[\w./-]+\.(?:sh|spec|iss|py)", text))
    assert {"packaging/build.sh", "packaging/desktop_nn.spec", "packaging/windows/desktop_nn.iss",
            "packaging/macos/make_dmg.sh", "packaging/test_in_debootstrap.sh"} <= referenced
    for path in referenced:
        assert (REPO / path).is_file(), f"release.yml names {path}, which does not exist"


def test_spec_is_python_and_names_its_entry_script():
    source = (PACKAGING / "desktop_nn.spec").read_text()
    compile(source, "desktop_nn.spec", "exec")
    assert '"desktop_nn_main.py"' in source and (PACKAGING / "desktop_nn_main.py").is_file()
    assert "BUNDLE(" in source and "CFBundleDocumentTypes" in source


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("script", ["build.sh", "test_in_debootstrap.sh", "linux/build_deb.sh",
                                    "macos/make_dmg.sh"])
def test_shell_scripts_parse(script):
    subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)


def test_desktop_entry_matches_icons_and_launcher():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "desktop-nn.desktop")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "desktop-nn"
    assert section["Icon"] == "desktop-nn" and (ICONS / "desktop-nn.svg").is_file()
    assert "application/x-desktop-nn-project" in section["MimeType"]
    assert 'type="application/x-desktop-nn-project"' in (PACKAGING / "linux" / "desktop-nn-mime.xml").read_text()


def test_icons_have_the_sizes_they_claim():
    for size in (16, 32, 48, 64, 128, 256, 512):
        data = (ICONS / f"desktop-nn-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    ico = (ICONS / "desktop-nn.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ICONS / "desktop-nn.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_inno_setup_script_paths_resolve():
    iss = (PACKAGING / "windows" / "desktop_nn.iss").read_text()
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.M).group(1).strip()
    assert (PACKAGING / "windows" / icon.replace("\\", "/")).resolve() == (ICONS / "desktop-nn.ico").resolve()
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", iss, re.M)
    assert "ChangesAssociations=yes" in iss and r"Software\Classes\.dnn" in iss
    assert re.search(r"^\[Icons\]", iss, re.M) and "{autoprograms}" in iss
