"""One training at a time: a second start is refused and says what runs."""

import threading

import pytest

from netcore.project.gate import RunBusyError, RunGate


def test_a_second_start_is_refused_naming_what_runs():
    gate = RunGate()
    ticket = gate.acquire("Training")
    assert gate.running == "Training"
    with pytest.raises(
        RunBusyError, match="Training is running: stop it .* before starting the experiment board"
    ):
        gate.acquire("the experiment board")
    gate.release(ticket)
    assert gate.running is None
    with gate.hold("the experiment board"):
        assert gate.running == "the experiment board"
    assert gate.running is None


def test_a_stale_ticket_does_not_release_a_newer_run():
    gate = RunGate()
    first = gate.acquire("Training")
    gate.release(first)
    second = gate.acquire("Step")
    gate.release(first)  # the first run's late clean-up
    assert gate.running == "Step"
    gate.release(second)
    assert gate.running is None


def test_the_gate_is_released_when_the_work_fails():
    gate = RunGate()
    with pytest.raises(ValueError), gate.hold("a lesson's training"):
        raise ValueError("boom")
    assert gate.running is None


def test_only_one_of_many_threads_gets_the_gate():
    gate = RunGate()
    won, lost = [], []
    start = threading.Barrier(8)

    def race(i):
        start.wait()
        try:
            won.append(gate.acquire(f"run {i}"))
        except RunBusyError:
            lost.append(i)

    threads = [threading.Thread(target=race, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(won) == 1 and len(lost) == 7
