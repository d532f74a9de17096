"""Shared test setup: Qt runs offscreen, so the suite needs no display.

The engine's and the training package's tests need no Qt at all: without PySide6 installed
(``python -m pytest tests/engine`` in a plain NumPy environment) this file sets nothing up and
they run as they are.
"""

import json
import os
import tempfile

# Must happen before anything imports Qt. The offscreen screen is a 1920×1080 desktop (Qt's own
# default is 800×600, smaller than any screen the app is made for); tests of smaller screens
# start processes with screens of their own (tests/ui/screens.py).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = os.path.join(tempfile.gettempdir(), "desktop_nn_test_screen_1920x1080.json")
    with open(_screen, "w") as f:
        json.dump({"screens": [{"name": "test", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, f)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

try:
    from PySide6.QtCore import QStandardPaths
except ImportError:      # no Qt here: only the Qt-free tests can run, and they need none of this
    QStandardPaths = None

if QStandardPaths is not None:
    # Tests never touch the user's recent files, settings or autosaves (QSettings and the
    # app-data folder go to ~/.qttest while this is on).
    QStandardPaths.setTestModeEnabled(True)
