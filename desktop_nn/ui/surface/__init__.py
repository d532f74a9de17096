"""The loss-surface window: J over a plane through the live network's parameters.

weight_picker   the network drawn small; click two links to choose the plane of two weights
surface_plot    contours of J, the training path, the optimiser race, the chosen point
surface_window  the window: chooses the plane, computes it off the GUI thread (a JobRunner),
                trains the main window's run from a clicked point, races GD / momentum / Adam

The maths is Qt-free: engine/param_vector.py, engine/surface.py, engine/surface_race.py and
training/loss_surface.py. Opened from Training ▸ Loss surface… (``open_loss_surface``).
"""

from __future__ import annotations


def open_loss_surface(window) -> None:
    """Show the main window's loss-surface window (made on first use), on its live run."""
    from desktop_nn.ui.surface.surface_window import LossSurfaceWindow

    surface = getattr(window, "lossSurfaceWindow", None)
    if surface is None:
        surface = window.lossSurfaceWindow = LossSurfaceWindow(window.controller)
    surface.show_run(window.controller.latest)
    surface.show()
    surface.raise_()
    surface.activateWindow()


def close_loss_surface(window) -> None:
    """Stop the window's background jobs and close it (the main window is closing)."""
    surface = getattr(window, "lossSurfaceWindow", None)
    if surface is not None:
        surface.shutdown()
        surface.close()
