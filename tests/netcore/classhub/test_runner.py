"""The hub run from another thread (as the window does): start, act, hear, stop."""

import pytest

from netcore.classhub.hub import ClassHub
from netcore.classhub.runner import LoopThread
from netcore.classhub.server import HubServer


def test_a_window_thread_starts_the_hub_acts_and_hears_it(tmp_path):
    thread = LoopThread()
    try:
        hub = ClassHub(tmp_path, name="7B")
        server = HubServer(hub, "127.0.0.1", 0)
        thread.call(server.start)
        heard = []
        thread.call(hub.listen, heard.append)
        thread.call(hub.message, "Hello")
        assert [f.event for f in heard] == ["message"]
        with pytest.raises(ValueError, match="a message has 1 to 500 characters, got 0"):
            thread.call(hub.message, "  ")
        assert thread.call(lambda: hub.status()["class"]) == "7B"
        thread.call(server.stop)
    finally:
        thread.stop()
    assert not thread._thread.is_alive()
