"""Shared test setup: Qt runs offscreen, so the suite needs no display."""

import os

# Must happen before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests never touch the user's recent files, settings or autosaves (QSettings and the app-data
# folder go to ~/.qttest while this is on).
from PySide6.QtCore import QStandardPaths  # noqa: E402

QStandardPaths.setTestModeEnabled(True)
