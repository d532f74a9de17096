"""Exercise sets: a generated set answered on screen (checked, hinted, revealed with the working)
and exported as a printable worksheet (PDF, Markdown, HTML) with its answer key.

Entry point for the main window::

    from desktop_nn.ui.exercises import open_exercise_set
    open_exercise_set(main_window)          # non-modal; the network the settings describe
"""

from __future__ import annotations

__all__ = ["open_exercise_set", "current_network"]


def current_network(window) -> tuple[tuple[int, ...], str]:
    """The layer sizes n[0], …, n[L] and hidden activation the main window's settings give."""
    settings = window.document.settings
    snapshot = getattr(window.controller, "latest", None)
    dims = getattr(snapshot, "layer_dims", None)
    n0 = int(dims[0]) if dims else len(settings.features)
    k = window.document.class_count(settings, window.document.imported)
    n_out = k if settings.output == "softmax" else 1
    activation = settings.hidden_activation
    if not isinstance(activation, str):
        activation = activation[0] if activation else "tanh"
    return (n0, *settings.hidden, n_out), activation


def open_exercise_set(window):
    """Show the exercise-set window of the main ``window`` (raised when it is open already; a
    closed one is deleted, a new one starts from the current settings)."""
    from .exercise_window import ExerciseWindow

    existing = next((w for w in window.findChildren(ExerciseWindow) if w.isVisible()), None)
    if existing is not None:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    dims, activation = current_network(window)
    exercises = ExerciseWindow(window, layer_dims=dims, hidden_activation=activation)
    exercises.show()
    exercises.generate()
    return exercises
