"""Step (F10) while the app is busy (issue [4/8], item 7): the button says so at once, and
presses made while a step is on its way are queued and each trains one step, never lost."""

from __future__ import annotations

from netcore.training.events import Finished, Paused


class BusySession:
    """The session's side of Step, recorded: a step is on its way until the panel hears Paused."""

    def __init__(self):
        self.running = True
        self.control = type("Control", (), {"paused": True})()
        self.steps: list[str] = []

    def step(self, unit):
        self.steps.append(unit)


def test_presses_during_a_step_are_queued_and_each_trains(window):
    panel = window.training
    real = panel.session
    panel.session = BusySession()
    try:
        idle = panel.step_button.text()
        panel.step()
        assert panel.session.steps == ["batch"]
        busy = panel.step_button.text()
        assert busy != idle  # at once: the button says it is working
        panel.step()
        panel.step()  # two more while the first is on its way
        assert panel.session.steps == ["batch"]  # not sent over the one in flight (lost)
        assert "2" in panel.step_button.text()  # … but queued, visibly
        for sent in (2, 3):
            panel._on_session_event(Paused(0.1 * sent))
            assert len(panel.session.steps) == sent
        panel._on_session_event(Paused(0.4))
        assert len(panel.session.steps) == 3 and panel.step_button.text() == idle
    finally:
        panel.session = real


def test_the_end_of_the_run_drops_the_queue(window):
    panel = window.training
    real = panel.session
    panel.session = BusySession()
    try:
        idle = panel.step_button.text()
        panel.step()
        panel.step()
        panel._on_session_event(Finished("stopped", "stopped", [], None))
        assert panel.step_button.text() == idle
        panel._on_session_event(Paused(0.2))
        assert panel.session.steps == ["batch"]  # nothing left to send
    finally:
        panel.session = real


def test_start_while_a_run_goes_says_it_is_ignored(window):
    panel = window.training
    real = panel.session
    panel.session = BusySession()
    try:
        assert not panel.start()
        assert panel.banner.isVisibleTo(panel) and "Shift+F5" in panel.banner.text()
    finally:
        panel.session = real
