"""The training process: a ``TrainingSession`` in a process of its own (no Qt).

Why a process: training is a loop of small NumPy calls, pyqtgraph's painting crosses between C++
and Python many times per frame, and in one interpreter both need the same GIL. In separate
processes they run side by side on two cores: the GUI draws 30 frames a second and training
keeps nearly the speed of the bare engine (benchmarks/bench_gui.py).

The parent holds a :class:`TrainingProcess`: a duplex Pipe, the process, and a reader thread
that hands every message to a callback. Commands and messages are the session's tuples
(``training.session``). On Linux the process is forked from a forkserver that has already
imported NumPy and the engine, so starting one takes milliseconds; elsewhere it is spawned.
A frozen build (PyInstaller) needs ``multiprocessing.freeze_support()`` at the start of ``main``.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import multiprocessing.util  # noqa: F401 - its exit handler must be registered before ours
import os
import signal
import sys
import threading
import traceback
import weakref
from collections.abc import Callable

log = logging.getLogger(__name__)

NICENESS = 10          # the training process's priority below the GUI's (Unix)
STOP_SECONDS = 1.5     # stop(): asked, then terminated, then killed: gone within this long

_live: weakref.WeakSet[TrainingProcess] = weakref.WeakSet()


# registered after multiprocessing's own exit handler (imported above), so run before it:
# exit handlers run last-registered first
@atexit.register
def _stop_all() -> None:
    """At interpreter exit (before multiprocessing terminates its daemon processes): stop ours,
    so their end is not mistaken for a crash."""
    for process in list(_live):
        process.stop(timeout=0.5)


def serve(conn) -> None:
    """The process's main loop: commands in, training slices while running, messages out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl+C in a terminal is the parent's to handle
    if hasattr(os, "nice"):
        # below the GUI: when the cores are busy, drawing goes first and training takes the rest
        os.nice(NICENESS)
    try:
        from threadpoolctl import threadpool_limits

        # small matrices: one BLAS thread is fastest and leaves the other core to the GUI
        threadpool_limits(limits=1, user_api="blas")
    except Exception:  # noqa: BLE001 - an optional speed-up only
        pass
    from desktop_nn.training.session import TrainingSession

    session = TrainingSession(conn.send)
    try:
        while True:
            # running: look at the commands between slices; paused: sleep until one arrives
            if conn.poll(0 if session.running else None):
                command = conn.recv()
                if command[0] == "stop":
                    return
                try:
                    session.handle(command)
                except Exception as exc:  # noqa: BLE001 - reported; the session goes on
                    conn.send(("error", "crash", f"{command[0]}: {type(exc).__name__}: {exc}\n"
                                                 + traceback.format_exc()))
            else:
                # a command (the GUI's "drawn", Pause) cuts the slice short: answered within ~1 ms
                session.train_slice(interrupted=conn.poll)
    except (EOFError, OSError, KeyboardInterrupt):
        return          # the parent has gone


def _context():
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        # the server imports these once and each process forked from it starts with them (pandas
        # reads Iris). The server never runs the main script; a process imports a main *script*
        # (not a -m module) again, as multiprocessing does: scripts need `if __name__ == "__main__"`.
        ctx.set_forkserver_preload(["desktop_nn.training.session", "pandas"])
        return ctx
    return multiprocessing.get_context("spawn")


@contextlib.contextmanager
def _unimportable_main_hidden():
    """A new process imports the parent's main script again, by its path. When that is no file
    (``python - < script``: "<stdin>") the import would fail and the process with it; the process
    needs nothing from the main script, so it is not told of one."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path is None or os.path.isfile(path):
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


class TrainingProcess:
    """The parent's handle on one training process.

    ``on_message(message)`` is called in a reader thread for every message the session sends,
    and with ``("lost", exitcode)`` if the process ends without being asked to.
    """

    def __init__(self, on_message: Callable[[tuple], None]):
        self._on_message = on_message
        self._stopping = False
        ctx = _context()
        self._conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=serve, args=(child_conn,), name="desktop-nn-training", daemon=True)
        with _unimportable_main_hidden():
            self.process.start()
        child_conn.close()
        self._reader = threading.Thread(target=self._read, name="training-process-reader", daemon=True)
        self._reader.start()
        _live.add(self)

    def send(self, *command) -> bool:
        """Send one command; False when the process is gone (the reader reports why)."""
        try:
            self._conn.send(command)
            return True
        except (OSError, ValueError):         # a closed pipe (BrokenPipeError is an OSError)
            return False

    def _read(self) -> None:
        while True:
            try:
                message = self._conn.recv()
            except (EOFError, OSError):
                break
            except Exception:  # noqa: BLE001 - a message that cannot be unpickled: say so, go on
                log.exception("unreadable message from the training process")
                continue
            self._on_message(message)
        if not self._stopping:
            self.process.join(1.0)
            self._on_message(("lost", self.process.exitcode))

    def stop(self, timeout: float = STOP_SECONDS) -> None:
        """Ask the process to leave; if it has not within half of ``timeout``, terminate it, then
        kill it: it is gone within ``timeout`` even when it cannot answer (stopped by SIGSTOP,
        hung), and the pipe is closed."""
        if self._stopping:
            return
        self._stopping = True
        _live.discard(self)
        process = self.process
        if self._writable():
            self.send("stop")
        process.join(timeout * 0.5)
        if process.is_alive():
            log.warning("the training process did not stop when asked: terminating it")
            process.terminate()
            _resume(process.pid)                # a stopped process gets SIGTERM only once resumed
            process.join(timeout * 0.2)
        if process.is_alive():
            log.warning("the training process did not terminate: killing it")
            process.kill()                      # (SIGKILL ends a stopped process too)
            process.join(timeout * 0.2)
        self._reader.join(timeout * 0.05)       # the process's end of the pipe is closed: EOF
        self._conn.close()

    def _writable(self) -> bool:
        """The pipe takes a short message now: a process that reads nothing (stopped, hung)
        with the pipe full must not block the stop."""
        if sys.platform == "win32":
            return True                         # (select cannot watch a pipe there: sent as before)
        import select

        try:
            return bool(select.select([], [self._conn.fileno()], [], 0.05)[1])
        except (OSError, ValueError):
            return False


def _resume(pid: int | None) -> None:
    if pid is not None and hasattr(signal, "SIGCONT"):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGCONT)
