"""Shared test setup: Qt runs offscreen, so the suite needs no display."""

import os

# Must happen before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
