"""One way to work in the background: a Job runs its work in a thread of its own, reports
progress and events through the one throttle, stops when cancelled, and the window ends every
job when it closes. t-SNE and what-a-unit-wants work on a model of their own."""

import os
import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.widgets import jobs
from desktop.widgets.jobs import Job
from desktop.widgets.throttle import Throttle


def live_threads() -> set[str]:
    """Python-visible threads whose operating-system thread still exists (a thread Qt started
    stays in ``threading.enumerate()`` as a dummy after it ended)."""
    tasks = set(os.listdir("/proc/self/task"))
    return {f"{t.name} ({t.native_id})" for t in threading.enumerate() if str(t.native_id) in tasks}


def test_a_job_runs_apart_reports_and_finishes_after_its_thread(qtbot):
    job = Job("counting")
    seen, progress = [], []
    job.events.connect(seen.extend)
    job.progress.connect(progress.append)
    gui = threading.get_ident()

    def work(context):
        for i in range(500):
            context.event(0, i)
            context.progress((i + 1) / 500)
        return threading.get_ident()

    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        assert job.start(work)
        assert not job.start(work)  # one run at a time
    assert blocker.args[0] != gui  # ran in a thread of its own
    assert [payload for _n, payload in seen] == list(range(500))  # all, in order, before the end
    assert progress[-1] == 1.0 and len(progress) < 100  # the latest, a few times a second
    assert not job.running and jobs.running_jobs() == []


def test_an_exception_is_the_result_not_a_crash(qtbot):
    job = Job("failing")

    def work(_context):
        raise ValueError("layer 'conv9' does not exist")

    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        job.start(work)
    assert isinstance(blocker.args[0], ValueError) and "conv9" in str(blocker.args[0])


def test_cancel_stops_the_work_promptly(qtbot):
    job = Job("endless")
    cancelled_too = []

    def work(context):
        while not context.stopping():
            time.sleep(0.005)
        return "stopped"

    job.start(work, on_cancel=lambda: cancelled_too.append(True))
    qtbot.wait(100)
    assert job.running
    t = time.perf_counter()
    with qtbot.waitSignal(job.finished, timeout=5_000) as blocker:
        job.cancel()
    assert time.perf_counter() - t < 1.0  # generous: the loop looks every 5 ms
    assert blocker.args == ["stopped"] and cancelled_too == [True]


def test_stop_all_ends_every_job_and_leaves_no_thread(qtbot):
    before = live_threads()
    started = []
    for n in range(3):
        job = Job(f"job {n}")
        job.start(lambda c: [time.sleep(0.005) for _ in iter(c.stopping, True)])
        started.append(job)
    threads = [job.thread for job in started]
    assert len(jobs.running_jobs()) == 3
    assert jobs.stop_all(1.0) == []
    assert jobs.running_jobs() == [] and not any(t.isRunning() for t in threads)
    assert live_threads() <= before


def test_the_throttle_bundles_a_fast_stream_and_sends_urgent_items_at_once(qtbot):
    delivered: list[list] = []
    throttle = Throttle(200, delivered.append)

    def produce():
        for i in range(2000):
            throttle.push(i)
        throttle.push("end", urgent=True)

    thread = threading.Thread(target=produce)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(delivered) and delivered[-1][-1] == "end", timeout=5_000)
    items = [i for batch in delivered for i in batch]
    assert items == [*range(2000), "end"]  # nothing lost, in order
    assert len(delivered) <= 3  # not 2001 deliveries: the first, then what waited
    throttle.push("later")
    throttle.flush()
    assert delivered[-1] == ["later"]


# -- in the window ------------------------------------------------------------------------------


@pytest.fixture
def lenet(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    return window


def start_board_tsne_and_patterns(window, qtbot):
    """The three jobs at once, each past its start-up (so each is where cancel is heard)."""
    window.findChild(type(window.undo_action), "actionExperimentBoard").trigger()
    board = window.board
    board.epochs.setValue(10_000)
    embedding, patterns = window.inside.embedding, window.inside.maximization
    window.show_inside(embedding)
    embedding.method.setCurrentIndex(1)
    embedding.count.setValue(3000)
    embedding.run_button.click()
    window.show_inside(patterns)
    patterns.layer.setCurrentText("conv2")
    patterns.steps.setValue(1000)
    patterns.run_button.click()
    board.start_button.click()
    assert board.job.running and embedding.job.running and patterns.job.running
    qtbot.waitUntil(lambda: "epoch" in board.status.text(), timeout=120_000)
    qtbot.waitUntil(lambda: embedding.progress.value() > 0, timeout=120_000)
    qtbot.waitUntil(lambda: patterns.progress.value() > 0, timeout=120_000)
    return [board.job, embedding.job, patterns.job]


@pytest.mark.slow
def test_closing_the_window_ends_the_board_tsne_and_patterns(lenet, qtbot):
    window = lenet
    before = live_threads()
    running = start_board_tsne_and_patterns(window, qtbot)
    threads = [job.thread for job in running]
    t = time.perf_counter()
    window.close()
    seconds = time.perf_counter() - t
    print(f"closed with three jobs running in {seconds:.2f} s")
    assert live_threads() <= before, live_threads() - before
    assert jobs.running_jobs() == [] and not any(thread.isRunning() for thread in threads)
    assert seconds < 3.0  # the window allows each job one second; generous for a busy machine


@pytest.mark.slow
def test_patterns_work_on_their_own_model_while_live_weights_arrive(lenet, qtbot):
    """Live snapshots set the viewers' weights from the GUI thread during the job: the job's
    pattern is the one the weights it started with give."""
    from netcore.introspection import Inspector

    window = lenet
    view = window.inside.maximization
    window.show_inside(view)
    view.layer.setCurrentText("conv1")
    view.unit.setValue(2)
    view.steps.setValue(120)
    start = window.model_state.weights()
    view.run_button.click()
    assert view.job.running
    zeros = {k: [np.zeros_like(a) for a in arrays] for k, arrays in start.items()}
    for _ in range(20):  # a snapshot every few milliseconds while the job runs
        window.model_state.set_file_weights(zeros, "zeros")
        window.model_state.set_file_weights(start, "start")
        window.model_state.set_file_weights(zeros, "zeros")
        qtbot.wait(5)
    qtbot.waitUntil(lambda: not view.job.running, timeout=60_000)
    own = Inspector(window.document.spec, start)
    expected = own.maximize("conv1", [2], 120)
    np.testing.assert_allclose(view.images, expected, atol=1e-4)


@pytest.mark.slow
def test_tsne_works_on_its_own_model_while_live_weights_arrive(lenet, qtbot):
    from netcore.explain.embedding import project, sample
    from netcore.introspection import Inspector

    window = lenet
    view = window.inside.embedding
    window.show_inside(view)
    view.method.setCurrentIndex(1)
    view.count.setValue(300)
    start = window.model_state.weights()
    view.run_button.click()
    zeros = {k: [np.zeros_like(a) for a in arrays] for k, arrays in start.items()}
    window.model_state.set_file_weights(zeros, "zeros")
    qtbot.waitUntil(lambda: not view.job.running, timeout=120_000)
    data = window.model_state.dataset()
    indices = sample(len(data.x_test), 300)
    layer = view.projection.layer
    features = Inspector(window.document.spec, start).features(data.x_test[indices], layer)
    labels = np.asarray(data.y_test[indices]).astype(int)
    expected = project(features, "tsne", indices, labels, layer)
    np.testing.assert_allclose(view.projection.points, expected.points, rtol=1e-3, atol=1e-3)


@pytest.mark.slow
def test_patterns_stop_promptly_when_cancelled(lenet, qtbot):
    view = lenet.inside.maximization
    lenet.show_inside(view)
    view.layer.setCurrentText("conv2")
    view.steps.setValue(1000)
    view.run_button.click()
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=60_000)
    ended = []  # when the job's thread ends, noted in that thread (the view's redraw after
    # it, in the GUI thread, is not part of stopping)
    view.job.thread.finished.connect(
        lambda: ended.append(time.perf_counter()), Qt.ConnectionType.DirectConnection
    )
    t = time.perf_counter()
    view.cancel()
    qtbot.waitUntil(lambda: not view.job.running, timeout=10_000)
    seconds = ended[0] - t
    print(f"patterns stopped {seconds:.3f} s after cancel")
    assert seconds < 3.0 and view.progress.value() < 100
    assert view.run_button.isEnabled()


@pytest.mark.slow
def test_the_device_probe_fills_the_device_list(qtbot, dialogs):
    from desktop.shell.mainwindow import MainWindow

    window = MainWindow(dialogs=dialogs, probe_devices=True)
    qtbot.addWidget(window)
    assert [job.name for job in jobs.running_jobs()] == ["device probe"]
    qtbot.waitUntil(lambda: window.devices.devices is not None, timeout=180_000)
    assert any(kind == "CPU" for _name, kind, _text in window.devices.devices)
    assert window.status.device_label.text().startswith("Device:")
    assert jobs.running_jobs() == []
    window.document.undo_stack.setClean()
