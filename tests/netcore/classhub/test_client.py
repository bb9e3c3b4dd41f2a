"""The student's app side: joins, shares a project's runs as they grow, reconnects by itself
after the hub went away, and sends the hand-ins it queued meanwhile, each once."""

import asyncio
import socket

import pytest

from netcore.classhub import protocol as p
from netcore.classhub.client import HubClient
from netcore.classhub.sharing import ProjectSharer, run_share
from netcore.network.spec import load
from netcore.project.model import Project
from netcore.project.projectmodel import ProjectModel
from netcore.resources import preset_paths
from netcore.training.history import RunRecord

from .helpers import png, running_hub


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 25))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def until(condition, seconds=8.0):
    async with asyncio.timeout(seconds):
        while not condition():
            await asyncio.sleep(0.02)


def test_a_client_joins_shares_and_hears_the_teacher(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server):
            heard = []
            client = HubClient(server.url, hub.code, "Ada", on_message=heard.append)
            task = asyncio.create_task(client.run())
            assert await client.wait_online(5)
            client.share(p.Progress(lesson="first-steps", step=2))
            await until(lambda: hub.status()["students"][0].get("progress"))
            hub.message("Look at the projector")
            await until(lambda: any(isinstance(m, p.Note) for m in heard))
            number = hub.push("lesson", "Lesson 2", b'{"id": "two"}')
            await until(lambda: any(isinstance(m, p.Push) for m in heard))
            push = next(m for m in heard if isinstance(m, p.Push))
            assert push.push == number and await client.fetch_push(push) == b'{"id": "two"}'
            await client.close()
            await task
            assert client.state == "closed"

    run(scenario())


def test_a_wrong_code_stops_the_client_with_the_reason(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server):
            client = HubClient(server.url, "WRONG99", "Ada", backoff=(0.01, 0.05))
            await client.run()
            assert (client.state, client.reason) == ("refused", "wrong class code")

    run(scenario())


def test_reconnection_is_bounded_when_no_hub_answers(tmp_path):
    async def scenario():
        client = HubClient(
            f"http://127.0.0.1:{free_port()}/", "X", "Ada", backoff=(0.01, 0.05), max_attempts=4
        )
        await client.run()
        assert client.state == "closed" and client.connections == 0

    run(scenario())


def test_after_the_hub_restarts_the_client_comes_back_and_sends_what_it_queued(tmp_path):
    port = free_port()
    folder = tmp_path / "class"

    async def scenario():
        async with running_hub(folder, port=port) as (hub, server):
            client = HubClient(
                server.url, hub.code, "Ada", outbox=tmp_path / "outbox", backoff=(0.05, 0.2)
            )
            task = asyncio.create_task(client.run())
            assert await client.wait_online(5)
            first = client.hand_in("drawing", png(), label=1)
            await until(lambda: not client.pending)
        await until(lambda: client.state == "offline")
        second = client.hand_in("drawing", png(), label=2)  # offline: waits in the outbox
        assert client.pending == [second]
        assert len(list((tmp_path / "outbox").glob("*.handin"))) == 1
        async with running_hub(folder, port=port) as (hub, server):
            await until(lambda: not client.pending)
            items = hub.store.items()
            assert sorted(i["handin_id"] for i in items) == sorted([first, second])
            assert {i["name"] for i in items} == {"Ada"} and len(hub.store.students()) == 1
            assert client.connections == 2
        await client.close()
        await task
        assert not list((tmp_path / "outbox").glob("*.handin"))

    run(scenario())


def test_an_outbox_left_by_a_closed_app_is_sent_at_the_next_start(tmp_path):
    async def scenario():
        offline = HubClient("http://127.0.0.1:9/", "X", "Ada", outbox=tmp_path / "outbox")
        queued = offline.hand_in("drawing", png(), label=5)
        async with running_hub(tmp_path / "class") as (hub, server):
            client = HubClient(server.url, hub.code, "Ada", outbox=tmp_path / "outbox")
            assert client.pending == [queued]
            task = asyncio.create_task(client.run())
            await until(lambda: not client.pending)
            assert hub.store.items()[0]["label"] == 5
            await client.close()
            await task

    run(scenario())


def test_a_project_shares_its_runs_as_they_grow_and_nothing_else():
    spec = load(preset_paths()["xor-mlp"])
    model = ProjectModel(Project(spec=spec))
    sent = []
    sharer = ProjectSharer(model, sent.append, interval=0)
    epochs = [{"loss": 1 / (i + 1), "accuracy": i / 500} for i in range(500)]
    model.begin_run(RunRecord(config={"optimizer": "sgd", "epochs": 500}))
    model.grow_run(epochs=epochs[:10])
    assert sent[-1].live and sent[-1].epochs == 10 and sent[-1].run == 1
    model.end_run(RunRecord(epochs=epochs, test={"accuracy": 0.75}, config={"optimizer": "sgd"}))
    share = sent[-1]
    assert not share.live and share.test_accuracy == 0.75 and share.epochs == 500
    assert len(share.curves.loss) == 200 and share.curves.loss[-1] == epochs[-1]["loss"]
    assert share.params > 0 and share.network == spec.to_dict()
    assert set(p.to_plain(share)) == {
        "v",
        "type",
        "run",
        "settings",
        "epochs",
        "curves",
        "test_accuracy",
        "params",
        "network",
        "live",
    }
    p.read_student(p.write(share))  # what the app sends, the hub takes
    sharer.stop()
    model.begin_run(RunRecord())
    model.grow_run(epochs=epochs[:3])
    assert sent[-1] is share


@pytest.mark.parametrize("accuracy", [None, 0.5])
def test_a_share_of_a_run_is_valid_for_the_hub(accuracy):
    record = RunRecord(
        epochs=[{"loss": float("nan")}, {"loss": 0.5}],
        test={"accuracy": accuracy} if accuracy else None,
    )
    share = run_share(record, 3, load(preset_paths()["xor-mlp"]))
    assert p.read_student(p.write(share)).curves.loss == [None, 0.5]


def test_a_push_sent_while_the_student_was_away_arrives_when_they_are_back_once(tmp_path):
    port = free_port()
    folder = tmp_path / "class"

    async def scenario():
        heard = []
        async with running_hub(folder, port=port) as (hub, server):
            client = HubClient(
                server.url, hub.code, "Ada", on_message=heard.append, backoff=(0.05, 0.2)
            )
            task = asyncio.create_task(client.run())
            assert await client.wait_online(5)
            first = hub.push("network", "before", b"{}")
            await until(lambda: client.seen_push == first)
        await until(lambda: client.state == "offline")
        async with running_hub(folder, port=port) as (hub, server):
            missed = hub.push("lesson", "while away", b"{}")  # nobody online yet
            await until(lambda: client.seen_push == missed)
            await until(lambda: client.connections == 2)
        await until(lambda: client.state == "offline")
        async with running_hub(folder, port=port) as (hub, server):
            await until(lambda: client.connections == 3)
            await asyncio.sleep(0.2)
        await client.close()
        await task
        return [m.title for m in heard if isinstance(m, p.Push)]

    assert run(scenario()) == ["before", "while away"]
