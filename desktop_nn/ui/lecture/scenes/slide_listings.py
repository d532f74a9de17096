"""The slides' code of the chapter's first part, as the slides print it.

Each listing is one slide's text, shown beside what it computes: the classes (Perceptron,
AdalineGD, AdalineSGD) mirror :mod:`desktop_nn.engine.classic`, whose classes compute the numbers
beside them; the Iris and X_std lines are executed as shown. The listings repeat one another
(``net_input``, ``predict``) because the slides do: each is kept whole and verbatim.
"""

PERCEPTRON_CLASS = '''import numpy as np

class Perceptron(object):
    def __init__(self, eta=0.01, epochs=50):
        self.eta = eta
        self.epochs = epochs

    def train(self, X, y):
        self.w_ = np.zeros(1 + X.shape[1])
        self.errors_ = []
        for _ in range(self.epochs):
            errors = 0
            for xi, target in zip(X, y):
                update = self.eta * (target - self.predict(xi))
                self.w_[1:] += update * xi
                self.w_[0] += update
                errors += int(update != 0.0)
            self.errors_.append(errors)
        return self

    def net_input(self, X):
        return np.dot(X, self.w_[1:]) + self.w_[0]

    def predict(self, X):
        return np.where(self.net_input(X) >= 0.0, 1, -1)
'''

PERCEPTRON_RUN = '''ppn = Perceptron(epochs={epochs}, eta={eta})
ppn.train(X, y)
print('Weights: %s' % ppn.w_)
'''

#: the slides' lines, with the UCI address kept as a comment: the app reads the same file from disk
IRIS_CODE = '''import numpy as np
import pandas as pd

# the slide reads iris.data from archive.ics.uci.edu;
# here: the same UCI file, shipped with the app
df = pd.read_csv(iris_file, header=None)

# setosa and versicolor
y = df.iloc[0:100, 4].values
y = np.where(y == 'Iris-setosa', -1, 1)

# sepal length and petal length
X = df.iloc[0:100, [0,2]].values
'''

ADALINE_CLASS = '''import numpy as np

class AdalineGD(object):
    def __init__(self, alpha=0.01, epochs=50):
        self.alpha = alpha
        self.epochs = epochs
    def train(self, X, y):
        self.w_ = np.zeros(1 + X.shape[1])
        self.cost_ = []
        for i in range(self.epochs):
            output = self.net_input(X)
            errors = (y - output)
            self.w_[1:] += self.alpha * X.T.dot(errors)
            self.w_[0] += self.alpha * errors.sum()
            cost = (errors**2).sum() / 2.0
            self.cost_.append(cost)
        return self

    def net_input(self, X):
        return np.dot(X, self.w_[1:]) + self.w_[0]
    def activation(self, X):
        return self.net_input(X)
    def predict(self, X):
        return np.where(self.activation(X) >= 0.0, 1, -1)
'''

ADALINE_RUN = "ada = AdalineGD(epochs={epochs}, alpha={alpha}).train(X_std, y)\n"

SCALING_CODE = '''# standardize features
X_std = np.copy(X)
X_std[:,0] = (X[:,0] - X[:,0].mean()) / X[:,0].std()
X_std[:,1] = (X[:,1] - X[:,1].mean()) / X[:,1].std()
'''
#: the statements of SCALING_CODE, run one at a time (line numbers in the code view)
SCALING_LINES = (1, 2, 3)

ADALINE_SGD_CLASS = '''import numpy as np

class AdalineSGD(object):
    def __init__(self, alpha=0.01, epochs=50):
        self.alpha = alpha
        self.epochs = epochs
    def train(self, X, y, reinitialize_weights=True):
        if reinitialize_weights:
            self.w_ = np.zeros(1 + X.shape[1])
        self.cost_ = []
        for i in range(self.epochs):
            for xi, target in zip(X, y):
                output = self.net_input(xi)
                error = (target - output)
                self.w_[1:] += self.alpha * xi.dot(error)
                self.w_[0] += self.alpha * error
            cost = ((y - self.activation(X))**2).sum() / 2.0
            self.cost_.append(cost)
        return self

    def net_input(self, X):
        return np.dot(X, self.w_[1:]) + self.w_[0]

    def activation(self, X):
        return self.net_input(X)

    def predict(self, X):
        return np.where(self.activation(X) >= 0.0,
                       1, -1)
'''

ADALINE_SGD_RUN = "ada = AdalineSGD(epochs={epochs}, alpha={alpha}).train(X_std, y)\n"
