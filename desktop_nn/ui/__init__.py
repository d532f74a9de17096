"""The Qt widgets of desktop_nn.

The step-through's traces, the lecture scenes and CSV import run Python in worker threads while
the GUI thread draws with pyqtgraph, whose painting crosses between C++ and Python many times per
frame. Each crossing must take the GIL back from the worker, and CPython lets a running thread
keep the GIL for up to its switch interval (5 ms by default) — so a frame of a few dozen crossings
could wait hundreds of milliseconds. A 0.2 ms interval keeps the GUI responsive at a small cost to
the worker. (The main window's training runs in a process of its own: desktop_nn.training.process.)
"""

import sys

GUI_SWITCH_INTERVAL = 0.0002   # seconds

if sys.getswitchinterval() > GUI_SWITCH_INTERVAL:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
