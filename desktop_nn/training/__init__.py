"""The Qt-free side of a training run.

* ``config``  — ``RunConfig`` (every setting, frozen), ``prepare_data`` (rows, features, split, grid)
* ``runs``    — ``ClassicRun`` and ``NetworkRun``: the engine's models behind one small interface
* ``session`` — ``TrainingSession``: one live run driven by commands, reporting ``Frame``s
* ``process`` — the training process: a session in a process of its own, and the parent's handle

The GUI's ``desktop_nn.worker`` drives a session in a training process, so training and drawing
never share an interpreter lock; the same classes run a session in plain Python without any Qt.
"""
