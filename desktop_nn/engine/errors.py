"""The engine's typed exceptions.

Every message says what was wrong and, where it can, what would fix it; the UI shows the
message as a sentence, never a traceback.
"""

from __future__ import annotations


class DesktopNNError(Exception):
    """Base class of every error the engine raises on purpose."""


class DatasetError(DesktopNNError, ValueError):
    """A data file or array cannot be used: names the file, row or column at fault."""


class ShapeError(DesktopNNError, ValueError):
    """A matrix has the wrong shape: names the matrix, its shape and the expected one."""


class ConfigError(DesktopNNError, ValueError):
    """A hyperparameter or architecture setting is out of range or unknown."""


class DivergenceError(DesktopNNError, ArithmeticError):
    """Training blew up: the cost became NaN/inf or grew explosively.

    ``epoch`` is the epoch at which it was detected, ``cost`` the offending value.
    """

    def __init__(self, message: str, *, epoch: int | None = None, cost: float | None = None):
        super().__init__(message)
        self.epoch = epoch
        self.cost = cost


class ProjectError(DesktopNNError, ValueError):
    """A project file cannot be read or written."""
