"""The NumPy engine: every formula of the chapter, with no Qt and no hidden state.

Use it on its own, as the slides do::

    from desktop_nn.engine.classic import Perceptron
    from desktop_nn.engine.datasets import iris_setosa_versicolor
    X, y = iris_setosa_versicolor()
    Perceptron(epochs=10, eta=0.1).train(X, y).w_     # array([-0.4 , -0.68,  1.82])
"""
