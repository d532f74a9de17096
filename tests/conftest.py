"""Shared test setup: Qt runs offscreen, so the suite needs no display.

The engine's and the training package's tests need no Qt at all: without PySide6 installed
(``python -m pytest tests/engine`` in a plain NumPy environment) this file sets nothing up and
they run as they are.
"""

import os

# Must happen before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from PySide6.QtCore import QStandardPaths
except ImportError:      # no Qt here: only the Qt-free tests can run, and they need none of this
    QStandardPaths = None

if QStandardPaths is not None:
    # Tests never touch the user's recent files, settings or autosaves (QSettings and the
    # app-data folder go to ~/.qttest while this is on).
    QStandardPaths.setTestModeEnabled(True)
