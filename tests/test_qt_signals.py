"""Guard against the PySide6 6.12.0 crash: a worker QThread emitting signals to the GUI thread.

On Python 3.11, PySide6 6.12.0 aborts ("Fatal Python error: bool_dealloc / none_dealloc") as soon
as a worker thread emits; the app's training worker does exactly that thousands of times. If an
upgrade brings the crash back, this test kills the run instead of a lecture.
"""

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

N = 3000


class Emitter(QObject):
    number = Signal(float)
    payload = Signal(object)
    finished = Signal()

    @Slot()
    def run(self):
        for i in range(N):
            self.number.emit(float(i))
            self.payload.emit((i, np.full((3, 2), float(i)), bool(i % 2), None))
        self.finished.emit()


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.numbers = []
        self.payloads = []
        self.threads = set()

    @Slot(float)
    def on_number(self, value):
        self.numbers.append(value)
        self.threads.add(QThread.currentThread())

    @Slot(object)
    def on_payload(self, value):
        self.payloads.append(value)


def test_thousands_of_signals_from_a_worker_thread_arrive(qtbot, qapp):
    thread = QThread()
    emitter = Emitter()
    emitter.moveToThread(thread)
    receiver = Receiver()
    emitter.number.connect(receiver.on_number)
    emitter.payload.connect(receiver.on_payload)
    thread.started.connect(emitter.run)
    emitter.finished.connect(thread.quit)
    with qtbot.waitSignal(thread.finished, timeout=20_000):
        thread.start()
    qtbot.waitUntil(lambda: len(receiver.payloads) == N, timeout=20_000)
    thread.wait()

    assert receiver.numbers == [float(i) for i in range(N)]
    assert receiver.threads == {qapp.thread()}, "slots must run in the GUI thread"
    for i, (k, array, flag, nothing) in enumerate(receiver.payloads):
        assert k == i and flag == bool(i % 2) and nothing is None
        assert array.shape == (3, 2) and np.all(array == i)
