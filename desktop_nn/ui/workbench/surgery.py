"""Surgery while paused: an edit of the hidden layers in the network editor keeps the trained
weights of everything else, and training goes on from them (the rule: training/surgery.py).

When the document's hidden layers change by one of the editor's edits (a neuron or a hidden layer
added or removed, or an undo/redo of one) while training is paused after at least one epoch,
:meth:`Surgery.operate` builds the new run in the GUI thread — the one model builder, the new
settings — puts the carried-over weights, the epoch count and the history into it, and hands it
to the worker the way an opened project's run is handed over (``TrainingController.load_run``).
So the epoch count and the cost curve go on where they were (the curve shows the jump the
surgery made), Play trains on from the weights the window shows, and Reset goes back to the new
architecture's own initial weights (same seed).

Undoing an added neuron is itself a surgery (removing it): every trained number comes back
exactly. Any other change — or a running network, or a run not yet trained — starts a new run
as before.
"""

from __future__ import annotations

import weakref

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot

from desktop_nn.document import DATA, LOADED, SETTINGS, Change
from desktop_nn.engine.errors import DesktopNNError
from desktop_nn.training.config import IMPORTED, prepare_data
from desktop_nn.training.runs import build_run
from desktop_nn.training.surgery import ADD_LAYER, ADD_NEURON, REMOVE_LAYER, REMOVE_NEURON, carry_over
from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.setting_names import INIT_NAMES


translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def operation_text(op, epoch: int, init: str) -> str:
    """What the surgery did, in a sentence for the message bar."""
    if op.kind == ADD_NEURON:
        what = translate("Surgery", "layer {} got a new neuron").format(op.layer)
    elif op.kind == REMOVE_NEURON:
        what = translate("Surgery", "neuron {} of layer {} was removed").format(op.index + 1, op.layer)
    elif op.kind == ADD_LAYER:
        what = translate("Surgery", "a hidden layer of {} neurons went in as layer {}").format(op.size, op.layer)
    else:
        what = translate("Surgery", "hidden layer {} was removed").format(op.layer)
    init_name = QCoreApplication.translate("HyperparametersPanel", INIT_NAMES.get(init, init))
    text = translate("Surgery", "Surgery at epoch {0}: {1}. Every other weight keeps its trained value; the new "
                     "ones come from the initialiser ({2}). Play trains on from here.").format(epoch, what, init_name)
    if op.kind in (ADD_LAYER, REMOVE_LAYER):
        # a whole layer in or out changes what every later layer receives: the regions jump, and
        # only the next epoch's cost is the new network's
        text += "  " + translate("Surgery", "A layer in or out changes what the layers after it receive, so the "
                                 "regions change at once; the cost in the status bar is epoch {}'s until the next "
                                 "epoch.").format(epoch)
    return text


class Surgery(QObject):
    """The main window's surgery while paused (needs: document, controller, cost_plot, say,
    _loaded_config). The cost plot marks each surgery's epoch with a dashed line while the run
    goes on from it."""

    def __init__(self, window):
        super().__init__(window)
        self._window = weakref.ref(window)      # no reference cycle through Qt objects
        self.last = None                        # the last Operation carried out (for tests and the docs)
        self.markers: list[tuple[pg.PlotItem, pg.InfiniteLine]] = []
        self._awaiting = None                   # the settings of the run handed over, until it arrives
        self._run_id = None                     # the run that went on from the last surgery
        window.controller.snapshotReady.connect(self._on_snapshot)

    def operate(self, change: Change) -> bool:
        """Carry the trained weights over to the document's new architecture and hand the run to
        the worker; False (nothing done) when ``change`` is not a surgery while paused."""
        window = self._window()
        if window is None or SETTINGS not in change or LOADED in change or DATA in change:
            return False
        document, controller = window.document, window.controller
        run, settings = document.run, document.settings
        if controller.running or run.weights is None or run.settings is None or run.epoch < 1:
            return False
        if settings.model != "network" or run.settings.model != "network":
            return False
        if run.settings.replace(hidden=settings.hidden).needs_rebuild(settings):
            return False                        # more changed than the hidden layers
        imported = document.imported if settings.dataset == IMPORTED else None
        if settings.dataset == IMPORTED and run.data_source is not imported:
            return False
        try:
            carried = carry_over(run.weights, run.settings.hidden, settings.hidden, settings.init, settings.seed)
            if carried is None:
                return False
            params, op = carried
            records = run.history.run_history().records() if len(run.history) else []
            data = prepare_data(settings, imported)
            built = build_run(settings, data)
            built.restore(params, run.epoch, records)
        except (DesktopNNError, KeyError, ValueError):
            return False                        # not a network these weights fit: a new run, as before
        self.last = op
        window._loaded_config = self._awaiting = settings   # frames of the run before are skipped
        controller.load_run(settings, data, built, records, imported)
        window.say(operation_text(op, run.epoch, settings.init), "info")
        self._mark(window.cost_plot, run.epoch)
        return True

    def _mark(self, cost_plot, epoch: int) -> None:
        """A dashed line at the surgery's epoch on the cost and accuracy plots."""
        for item in (cost_plot.cost_item, cost_plot.accuracy_item):
            line = pg.InfiniteLine(pos=epoch, angle=90, movable=False,
                                   pen=pg.mkPen(palette.MUTED_TEXT, width=1.5, style=Qt.PenStyle.DashLine))
            line.setToolTip(translate("Surgery", "surgery at epoch {}").format(epoch))
            item.addItem(line)
            self.markers.append((item, line))

    @Slot(object)
    def _on_snapshot(self, snapshot) -> None:
        """The marks stay while the run goes on from the surgery; another run takes them away."""
        if self._awaiting is not None:
            if snapshot.config is self._awaiting:
                self._awaiting, self._run_id = None, snapshot.run_id
            return
        if self.markers and snapshot.run_id != self._run_id:
            for item, line in self.markers:
                item.removeItem(line)
            self.markers.clear()
