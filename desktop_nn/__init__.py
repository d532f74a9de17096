"""desktop_nn — neural networks from the perceptron to deep networks, live and step by step.

The maths lives in :mod:`desktop_nn.engine` (pure NumPy, usable on its own);
the Qt application in :mod:`desktop_nn.app` and :mod:`desktop_nn.ui`.
"""

__version__ = "0.1.0"
