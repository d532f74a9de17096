"""TrainingSession, without Qt and without a process: commands in, frames and notices out."""

from __future__ import annotations

import time

import numpy as np
import pytest

from desktop_nn.engine.network import Network
from desktop_nn.training.config import RunConfig, prepare_data
from desktop_nn.training.runs import build_run
from desktop_nn.training.session import FRAME_SECONDS, Frame, Notice, TrainingSession

NETWORK = RunConfig(model="network", max_epochs=0, learning_rate=0.03)


class Recorder:
    def __init__(self):
        self.messages: list[tuple] = []

    def __call__(self, message):
        self.messages.append(message)

    def frames(self) -> list[Frame]:
        return [m[1] for m in self.messages if m[0] == "frame"]

    def kinds(self) -> list[str]:
        return [m[0] for m in self.messages]


def session(config=NETWORK):
    out = Recorder()
    s = TrainingSession(out)
    s.handle(("configure", 1, config))
    return s, out


def run_for(s: TrainingSession, seconds: float, ack=True, out: Recorder | None = None, draw=0.001) -> None:
    """Train for ``seconds``, acknowledging every frame as a GUI taking ``draw`` s would (if ``ack``)."""
    t_end = time.perf_counter() + seconds
    seen = len(out.frames()) if out else 0
    while time.perf_counter() < t_end and s.running:
        s.train_slice()
        if ack and out and len(out.frames()) > seen:
            seen = len(out.frames())
            s.handle(("drawn", draw))


def test_configure_sends_the_data_once_and_the_initial_weights():
    s, out = session()
    first = out.frames()[0]
    assert first.epoch == 0 and first.run_id == 1 and first.config_seq == 1
    assert first.data is not None and first.data.y_train.shape == (100,)
    assert first.layer_dims == (2, 4, 2, 1)
    # the very weights the engine draws for this seed (Xavier, seed 0)
    net = Network([2, 4, 2, 1], hidden_activation="tanh", output="sigmoid", init="xavier", seed=0)
    for name, value in net.params.items():
        np.testing.assert_array_equal(first.params[name], value)
    s.handle(("step",))
    second = out.frames()[1]
    assert second.epoch == 1 and [r.epoch for r in second.history] == [1]
    assert second.data is None and second.data_id == first.data_id       # not sent again


def test_frames_carry_every_epoch_and_wait_for_the_gui():
    s, out = session()
    s.handle(("start",))
    assert out.messages[-1] == ("running", True)
    run_for(s, 0.6, out=out)
    s.handle(("pause",))
    frames = out.frames()
    epochs = [r.epoch for f in frames for r in f.history]
    assert epochs == list(range(1, frames[-1].epoch + 1))
    assert frames[-1].epoch > 100 and not frames[-1].running
    # at most one frame per display frame while running
    running = [f for f in frames if f.running]
    assert len(running) <= 0.6 / FRAME_SECONDS + 2


def test_no_second_frame_before_the_first_is_drawn():
    s, out = session()
    s.handle(("start",))
    run_for(s, 0.3, ack=False, out=out)
    running = [f for f in out.frames() if f.running]
    assert len(running) == 1                    # sent once, never acknowledged: no more
    epoch_seen = running[0].epoch
    s.handle(("drawn", 0.002))
    run_for(s, 0.1, ack=False, out=out)
    later = [f for f in out.frames() if f.running]
    assert len(later) == 2 and later[1].epoch > epoch_seen   # training went on meanwhile


def test_slow_drawing_lowers_the_frame_rate():
    s, out = session()
    s.handle(("start",))
    for _ in range(20):
        s.handle(("drawn", 0.1))                  # the GUI takes 100 ms a frame
    t0 = time.perf_counter()
    run_for(s, 1.0, out=out, draw=0.1)
    s.handle(("pause",))
    running = [f for f in out.frames() if f.running]
    rate = len(running) / (time.perf_counter() - t0)
    assert 3 <= rate <= 0.6 / 0.1 * 1.3, rate       # drawing takes ≤ 60 % of the time: ~6 a second


def test_divergence_is_a_notice_with_the_facts():
    s, out = session(NETWORK.replace(learning_rate=100.0))
    s.handle(("start",))
    run_for(s, 5.0, out=out)
    assert not s.running
    diverged = [m[1] for m in out.messages if m[0] == "diverged"]
    assert len(diverged) == 1
    notice = diverged[0]
    assert notice.kind == "diverged" and notice.learning_rate == 100.0 and notice.epoch >= 1
    last = out.frames()[-1]
    assert last.notice == notice and not last.running
    assert all(np.all(np.isfinite(v)) for v in last.params.values())   # the last good weights


def test_the_epoch_limit_stops_with_a_notice():
    s, out = session(NETWORK.replace(max_epochs=7))
    s.handle(("start",))
    run_for(s, 2.0, out=out)
    last = out.frames()[-1]
    assert last.epoch == 7 and last.notice == Notice("limit", 7) and not s.running
    s.handle(("start",))                          # at the limit: refused, said again
    assert not s.running and out.frames()[-1].notice == Notice("limit", 7)


def test_bad_settings_are_an_error_and_the_old_run_goes_on():
    s, out = session()
    s.handle(("configure", 2, NETWORK.replace(iris_classes=("Iris-setosa", "Iris-setosa"))))
    kind, source, detail = out.messages[-1]
    assert (kind, source) == ("error", "engine") and "two different" in detail
    s.handle(("step",))
    frame = out.frames()[-1]
    assert frame.epoch == 1 and frame.config_seq == 1      # still the first settings' run


def test_live_settings_keep_the_run_and_name_the_new_settings():
    s, out = session()
    s.handle(("step",))
    s.handle(("configure", 2, NETWORK.replace(learning_rate=0.3)))
    s.handle(("step",))
    frame = out.frames()[-1]
    assert frame.run_id == 1 and frame.epoch == 2 and frame.config_seq == 2
    s.handle(("configure", 3, NETWORK.replace(hidden=(3,))))
    frame = out.frames()[-1]
    assert frame.run_id == 2 and frame.epoch == 0 and frame.layer_dims == (2, 3, 1)


def test_reset_gives_back_the_same_initial_weights():
    s, out = session()
    initial = out.frames()[0].params
    for _ in range(3):
        s.handle(("step",))
    s.handle(("reset",))
    frame = out.frames()[-1]
    assert frame.epoch == 0 and frame.run_id == 2
    for name, value in initial.items():
        np.testing.assert_array_equal(frame.params[name], value)


def test_stepped_parameters_are_adopted_or_refused():
    s, out = session()
    params = {k: v + 0.5 for k, v in out.frames()[0].params.items()}
    s.handle(("params", params))
    frame = out.frames()[-1]
    assert frame.notice == Notice("stepped", 0)
    np.testing.assert_array_equal(frame.params["W2"], params["W2"])
    s.handle(("params", {"W1": np.zeros((9, 9))}))
    assert out.messages[-1][:2] == ("error", "params")


def test_a_loaded_run_goes_on_from_its_epoch_and_names_its_table_by_token(tmp_path):
    from desktop_nn.engine.tabular import load_csv

    rows = ["a,b,label"] + [f"{i % 7},{(i * 3) % 5},{'yes' if i % 2 else 'no'}" for i in range(30)]
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n")
    table = load_csv(tmp_path / "t.csv")
    s, out = session()
    config = NETWORK.replace(dataset="imported")
    data = prepare_data(config, table)
    run = build_run(config, data)
    for _ in range(4):
        run.step()
    s.handle(("load", 9, config, data, run, (), 42, table))
    frame = out.frames()[-1]
    assert frame.epoch == 4 and frame.config_seq == 9 and not frame.running
    assert frame.data.source == 42                 # the sender's token, not a copy of the table
    s.handle(("step",))
    assert out.frames()[-1].epoch == 5


@pytest.mark.parametrize(("model", "eta"), [("perceptron", 0.1), ("adaline", 0.0001), ("adaline_sgd", 0.0001),
                                            ("logistic", 0.05)])
def test_classic_models_run_in_a_session(model, eta):
    s, out = session(RunConfig(model=model, learning_rate=eta))
    s.handle(("start",))
    run_for(s, 2.0, out=out)
    last = out.frames()[-1]
    assert last.epoch == 10 and last.notice == Notice("limit", 10)
    assert last.params["w_"].shape == (3,)


def test_history_columns_give_back_the_records():
    from desktop_nn.training.config import History, Record

    records = [Record(1, 0.5, 0.25), Record(2, 0.25, 0.75, 0.4, 0.5), Record(3, 0.125, 1.0)]
    h = History.of(records)
    assert len(h) == 3 and h.epoch.dtype == np.int64
    np.testing.assert_array_equal(h.train_cost, [0.5, 0.25, 0.125])
    assert np.isnan(h.test_cost[0]) and h.test_accuracy[1] == 0.5
    back = list(h)
    assert back[1] == records[1] and back[0].epoch == 1 and np.isnan(back[2].test_cost)
    assert h[-1].train_accuracy == 1.0
    with pytest.raises(ValueError):
        h.train_cost[0] = 9.0                     # read-only
    empty = History.of([])
    assert len(empty) == 0 and list(empty) == [] and empty.epoch.dtype == np.int64


def test_a_waiting_command_cuts_the_training_slice_short():
    s, out = session()
    s.handle(("start",))
    while not any(f.running for f in out.frames()):
        s.train_slice()              # until the first running frame: none is due before it is drawn
    timings = []
    for interrupted in (None, lambda: True):
        t0 = time.perf_counter()
        s.train_slice(0.2, interrupted=interrupted)
        timings.append(time.perf_counter() - t0)
    full, cut = timings
    assert full >= 0.19 and cut < 0.02, timings        # asked every millisecond, not after 0.2 s
    assert len([f for f in out.frames() if f.running]) == 1
