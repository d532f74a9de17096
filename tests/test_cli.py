"""The command line: ``desktop-nn --version`` and ``python -m desktop_nn``."""

import subprocess
import sys

from desktop_nn import __version__


def test_version_via_module():
    out = subprocess.run(
        [sys.executable, "-m", "desktop_nn", "--version"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"desktop-nn {__version__}"


def test_unknown_option_is_a_usage_error_not_a_traceback():
    out = subprocess.run(
        [sys.executable, "-m", "desktop_nn", "--no-such-option"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 2
    assert "usage: desktop-nn" in out.stderr and "Traceback" not in out.stderr
