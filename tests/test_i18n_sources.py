"""Every text marked for translation anywhere in desktop_nn is in the shipped .ts files.

pyside6-lupdate reads only the files it is given (docs/projects.md, Languages): a module left out
of that list — the worker's messages, a lecture scene, the engine's step-through templates — would
ship untranslated without any other test noticing. Here every ``desktop_nn/**/*.py`` is read.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_nn import i18n

ROOT = Path(__file__).resolve().parents[1]


def messages(ts: Path) -> set[tuple[str, str]]:
    return {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
            for m in c.iter("message")}


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate ships with PySide6")
def test_every_marked_text_of_every_module_is_in_the_translation_files(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "desktop_nn").rglob("*.py"))
    out = tmp_path / "all.ts"
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(out)], check=True, capture_output=True, cwd=ROOT)
    marked = messages(out)
    assert len(marked) > 500
    for lang in ("zh_TW", "en"):
        shipped = messages(i18n.translations_dir() / f"desktop_nn_{lang}.ts")
        missing = sorted(marked - shipped)
        assert not missing, f"desktop_nn_{lang}.ts lacks {len(missing)} marked texts (run the update in " \
                            f"docs/projects.md, Languages): {missing[:10]}"
