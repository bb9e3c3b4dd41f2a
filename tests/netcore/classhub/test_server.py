"""The hub on loopback: join, live sharing, hand-ins, the teacher's actions, and hostile
clients that cost one connection each while the class goes on."""

import asyncio
import io
import struct
import zlib

import aiohttp
import pytest

from netcore.classhub import protocol as p
from netcore.classhub.connections import HubLimits
from netcore.datasets.files import load_image_folder

from .helpers import frame, handin_id, join, next_frame, png, running_hub


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 20))


def test_a_student_joins_shares_and_the_teacher_hears_the_name_unaltered(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            heard = []
            hub.listen(heard.append)
            teacher = await s.ws_connect(server.url + "ws/teacher")
            await teacher.send_str(p.write(p.Teacher(secret=hub.secret)).decode())
            status = await next_frame(teacher, p.Feed)
            assert status.event == "status" and status.data["code"] == hub.code
            ws, welcome = await join(s, server, "<script>alert(1)</script>")
            assert isinstance(welcome, p.Welcome) and welcome.class_name == "7B"
            await ws.send_str(
                frame(
                    type="progress",
                    lesson="first-steps",
                    step=3,
                    checks=[{"name": "loss falls", "passed": True}],
                )
            )
            while (feed := await next_frame(teacher, p.Feed)).event != "progress":
                pass
            assert feed.student == welcome.student
            assert feed.data["step"] == 3 and feed.data["checks"][0]["passed"] is True
            assert feed.data["name"] == "<script>alert(1)</script>"
            assert [f.event for f in heard][:2] == ["joined", "progress"]
            await ws.close()
            await teacher.close()

    run(scenario())


def test_the_class_page_escapes_the_class_name(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            hub.store._db.execute("UPDATE meta SET value = '<b>7B</b>' WHERE key = 'name'")
            page = await (await s.get(server.url)).text()
            assert "&lt;b&gt;7B&lt;/b&gt;" in page and "<b>7B" not in page

    run(scenario())


def test_wrong_codes_are_refused_then_rate_limited(tmp_path):
    async def scenario():
        limits = HubLimits(wrong_codes_per_minute=3)
        async with running_hub(tmp_path, limits) as (hub, server), aiohttp.ClientSession() as s:
            reasons = []
            for _ in range(4):
                ws, answer = await join(s, server, "Eve", code="WRONG00")
                reasons.append(answer.reason)
                await ws.close()
            assert reasons[0] == "wrong class code"
            assert "too many wrong codes from 127.0.0.1; try again in" in reasons[3]
            _, answer = await join(s, server, "Ada")  # even the right code waits now
            assert "too many wrong codes" in answer.reason

    run(scenario())


def test_names_are_unique_and_a_token_brings_the_same_student_back(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            ws, first = await join(s, server, "Ada")
            _, taken = await join(s, server, " ada ")
            assert taken.reason == "the name 'ada' is taken in this class; add an initial"
            await ws.close()
            _, again = await join(s, server, "whatever", token=first.token)
            assert (again.student, again.name) == (first.student, "Ada")

    run(scenario())


def test_another_protocol_version_is_refused_naming_both(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            ws = await s.ws_connect(server.url + "ws")
            await ws.send_str('{"v": 7, "type": "join", "code": "x", "name": "Ada"}')
            answer = p.read_hub((await ws.receive(timeout=5)).data)
            assert answer.reason == (
                "protocol version 7; this LayerLab speaks version 1: use the same LayerLab "
                "release as the teacher"
            )

    run(scenario())


def test_malformed_and_oversized_frames_cost_one_connection_not_the_class(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            ws, _ = await join(s, server, "Ada")
            await ws.send_str("{not json")
            error = await next_frame(ws, p.Error)
            assert error.reason == "not a JSON object"
            await ws.send_str(frame(type="run", run=1, test_accuracy=7))
            assert "Expected `float` <= 1" in (await next_frame(ws, p.Error)).reason
            await ws.send_str(frame(type="progress", lesson="a", step=1))  # still open
            big = await s.ws_connect(server.url + "ws", max_msg_size=0)
            await big.send_str("x" * (p.MAX_FRAME + 10))
            closed = await big.receive(timeout=5)
            assert closed.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
            assert big.close_code == aiohttp.WSCloseCode.MESSAGE_TOO_BIG
            _, welcome = await join(s, server, "Bob")  # the hub still takes a student
            assert isinstance(welcome, p.Welcome)
            assert hub.status()["students"][0]["progress"]["lesson"] == "a"

    run(scenario())


def test_a_flood_is_answered_then_cut_off(tmp_path):
    async def scenario():
        limits = HubLimits(messages_per_second=1, message_burst=5, flood_close=30)
        async with running_hub(tmp_path, limits) as (hub, server), aiohttp.ClientSession() as s:
            ws, _ = await join(s, server, "Flood")
            for step in range(40):
                if ws.closed:
                    break
                await ws.send_str(frame(type="progress", lesson="a", step=step))
            reasons = []
            while (msg := await ws.receive(timeout=5)).type == aiohttp.WSMsgType.TEXT:
                reasons.append(p.read_hub(msg.data).reason)
            reasons.append(msg.extra)  # the close frame says it too
            assert "too many messages; at most 1 a second are taken" in reasons
            assert ws.close_code is not None
            _, welcome = await join(s, server, "Calm")
            assert isinstance(welcome, p.Welcome)

    run(scenario())


def test_too_many_connections_are_refused_with_the_reason(tmp_path):
    async def scenario():
        limits = HubLimits(max_connections=100, per_address=2)
        async with running_hub(tmp_path, limits) as (hub, server), aiohttp.ClientSession() as s:
            a, _ = await join(s, server, "A")
            b, _ = await join(s, server, "B")
            async with s.get(server.url + "ws", headers={"Upgrade": "websocket"}) as response:
                text = await response.text()
            assert response.status == 503
            assert "too many connections from 127.0.0.1 (2); close some" in text
            await a.close()
            await asyncio.sleep(0.1)
            c, welcome = await join(s, server, "C")
            assert isinstance(welcome, p.Welcome)

    run(scenario())


def test_a_silent_connection_is_closed_after_the_join_time(tmp_path):
    async def scenario():
        limits = HubLimits(join_seconds=0.3)
        async with running_hub(tmp_path, limits) as (hub, server), aiohttp.ClientSession() as s:
            ws = await s.ws_connect(server.url + "ws")
            answer = p.read_hub((await ws.receive(timeout=5)).data)
            assert answer.reason == "no join message in time"

    run(scenario())


async def _post(s, server, kind, data, token, **query):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with s.post(
        server.url + f"api/handin/{kind}", data=data, params=query, headers=headers
    ) as response:
        return response.status, await response.json()


def test_drawings_are_kept_once_cleaned_and_reviewed_into_a_dataset_layerlab_opens(tmp_path):
    async def scenario():
        async with running_hub(tmp_path / "class") as (hub, server), aiohttp.ClientSession() as s:
            _, ada = await join(s, server, "Ada")
            same = handin_id()
            status, body = await _post(s, server, "drawing", png(), ada.token, id=same, label="3")
            assert status == 200 and body["new"] is True
            status, again = await _post(s, server, "drawing", png(), ada.token, id=same, label="3")
            assert status == 200 and again["new"] is False and again["item"] == body["item"]
            for label in "3447":
                await _post(s, server, "drawing", png(), ada.token, id=handin_id(), label=label)
            wrong = (
                await _post(s, server, "drawing", png(), ada.token, id=handin_id(), label="9")
            )[1]["item"]
            assert hub.review(wrong, accepted=False)
            counts = hub.export_dataset(tmp_path / "out")
            assert {k: v for k, v in counts.items() if v} == {3: 2, 4: 2, 7: 1}
            data = load_image_folder(tmp_path / "out", test_fraction=0.2)
            assert data.class_names == ["3", "4", "7"]
            assert len(data.x_train) + len(data.x_test) == 5

    run(scenario())


def png_header(width, height) -> bytes:
    """A PNG that declares its size and holds almost nothing (a decompression bomb's head)."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 100))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("data", "query", "status", "message"),
    [
        (b"GIF89a" + b"\0" * 50, {"label": "3"}, 400, "not a readable PNG drawing"),
        (
            io.BytesIO(b"\x89PNG" + b"\0" * (2 << 20)),
            {"label": "3"},
            413,
            "a drawing of 2,097,156 bytes; the hub takes at most 1,048,576",
        ),
        (b"", {"label": "x"}, 400, "a label is one digit 0–9, got x"),
        (
            png_header(30000, 30000),
            {"label": "3"},
            400,
            "a drawing of 30000×30000 pixels; sides from 8 to 2048 are taken",
        ),
        (
            png_header(4, 4000),
            {"label": "3"},
            400,
            "a drawing of 4×4000 pixels; sides from 8 to 2048 are taken",
        ),
        (b"", {}, 400, "a drawing needs its label, a digit 0–9"),
    ],
)
def test_hostile_drawings_are_refused_with_the_reason(tmp_path, data, query, status, message):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            _, ada = await join(s, server, "Ada")
            got, body = await _post(s, server, "drawing", data, ada.token, id=handin_id(), **query)
            assert (got, body["error"][: len(message)]) == (status, message)
            assert (
                not list((tmp_path / "drawings").glob("*"))
                if (tmp_path / "drawings").exists()
                else True
            )

    run(scenario())


def test_a_hand_in_needs_a_token_and_an_id(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            _, ada = await join(s, server, "Ada")
            assert (await _post(s, server, "project", b"x", "", id=handin_id()))[0] == 401
            status, body = await _post(s, server, "project", b"x", ada.token, id="../../etc")
            assert (status, body["error"]) == (400, "a hand-in needs its id (32 hex digits)")

    run(scenario())


def test_projects_are_checked_like_files_opened_from_disk(tmp_path):
    from netcore.network.spec import load
    from netcore.project.fileformat import load_project, save_project
    from netcore.project.model import Project
    from netcore.resources import preset_paths

    saved = save_project(tmp_path / "mine.layerlab", Project(spec=load(preset_paths()["xor-mlp"])))

    async def scenario():
        async with running_hub(tmp_path / "class") as (hub, server), aiohttp.ClientSession() as s:
            _, ada = await join(s, server, "Ada")
            status, body = await _post(
                s, server, "project", saved.read_bytes(), ada.token, id=handin_id()
            )
            assert status == 200
            kept = hub.store.submissions()[0]
            assert kept["file"].startswith("projects/0001-Ada-") and kept["name"] == "Ada"
            assert load_project(tmp_path / "class" / kept["file"]).spec == load(
                preset_paths()["xor-mlp"]
            )
            status, body = await _post(
                s, server, "project", b"PK\3\4 not a zip", ada.token, id=handin_id()
            )
            assert status == 400 and body["error"].startswith("the project")
            assert len(hub.store.submissions()) == 1
            assert not [
                p for p in (tmp_path / "class" / "projects").iterdir() if p.name.startswith(".")
            ]

    run(scenario())


def test_teacher_actions_need_the_secret_and_pushes_reach_only_their_student(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            ada_ws, ada = await join(s, server, "Ada")
            bob_ws, bob = await join(s, server, "Bob")
            denied = await s.post(server.url + "api/teacher/message", json={"text": "hi"})
            assert denied.status == 403
            assert (await denied.json())["error"] == "teacher actions need the teacher's secret"
            teacher = {"Authorization": f"Bearer {hub.secret}"}
            sent = await s.post(
                server.url + "api/teacher/push",
                data=b'{"layers": []}',
                params={"kind": "network", "title": "mine", "student": str(ada.student)},
                headers=teacher,
            )
            number = (await sent.json())["push"]
            push = await next_frame(ada_ws, p.Push)
            assert (push.push, push.kind, push.title) == (number, "network", "mine")
            fetched = await s.get(
                server.url + push.url[1:], headers={"Authorization": f"Bearer {ada.token}"}
            )
            assert await fetched.read() == b'{"layers": []}'
            other = await s.get(
                server.url + push.url[1:], headers={"Authorization": f"Bearer {bob.token}"}
            )
            assert other.status == 404
            other.release()
            said = await s.post(
                server.url + "api/teacher/message", json={"text": "Well done"}, headers=teacher
            )
            said.release()
            assert (await next_frame(bob_ws, p.Note)).text == "Well done"
            bad = await s.post(
                server.url + "api/teacher/message", json={"text": "hi", "x": 1}, headers=teacher
            )
            assert bad.status == 400 and "unknown field" in (await bad.json())["error"]

    run(scenario())


@pytest.mark.parametrize("teacher_queue", [None, 4])
def test_the_teachers_feed_keeps_up_with_a_burst_of_the_whole_class(tmp_path, teacher_queue):
    """A student's queue is small (a slow student is dropped); the teacher hears everyone."""
    options = {"send_queue": 4, **({"teacher_queue": teacher_queue} if teacher_queue else {})}

    async def scenario():
        async with (
            running_hub(tmp_path, HubLimits(**options)) as (hub, server),
            aiohttp.ClientSession() as s,
        ):
            teacher = await s.ws_connect(server.url + "ws/teacher")
            await teacher.send_str(p.write(p.Teacher(secret=hub.secret)).decode())
            await next_frame(teacher, p.Feed)
            ws, _ = await join(s, server, "Ada")
            await ws.send_str(frame(type="progress", lesson="a", step=0))
            for step in range(1, 30):
                await ws.send_str(frame(type="progress", lesson="a", step=step))
            steps = []
            while len(steps) < 30:
                feed = await next_frame(teacher, p.Feed)
                if feed.event == "progress":
                    steps.append(feed.data["step"])
            return steps

    if teacher_queue is None:
        assert run(scenario()) == list(range(30))
    else:  # what the feed did with a student's queue size: the teacher was dropped
        with pytest.raises(AssertionError, match="connection ended"):
            run(scenario())


def test_a_name_with_code_in_it_is_not_a_wrong_guess_and_a_full_class_says_so(
    tmp_path, monkeypatch
):
    from netcore.classhub import hub as hubmodule

    monkeypatch.setattr(hubmodule, "MAX_STUDENTS", 2)

    async def scenario():
        limits = HubLimits(wrong_codes_per_minute=1)
        async with running_hub(tmp_path, limits) as (hub, server), aiohttp.ClientSession() as s:
            await join(s, server, "Codey")
            _, taken = await join(s, server, "codey")
            assert "is taken" in taken.reason
            _, second = await join(s, server, "Ada")  # not blocked as a code guesser
            assert isinstance(second, p.Welcome)
            _, full = await join(s, server, "Bob")
            assert full.reason == "the class is full (2 students)"

    run(scenario())


def test_a_challenge_on_data_that_cannot_be_loaded_leaves_no_challenge(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            teacher = {"Authorization": f"Bearer {hub.secret}"}
            body = {"title": "t", "dataset": "no_such_data", "max_params": 10, "seconds": 60}
            async with s.post(
                server.url + "api/teacher/challenge", json=body, headers=teacher
            ) as r:
                assert r.status == 400 and "no_such_data" in (await r.json())["error"]
            assert hub.store.challenge(1) is None

    run(scenario())


def test_a_student_too_slow_to_read_is_dropped_not_buffered(tmp_path):
    async def scenario():
        async with (
            running_hub(tmp_path, HubLimits(send_queue=2)) as (hub, server),
            aiohttp.ClientSession() as s,
        ):
            ws, _ = await join(s, server, "Slow")
            for i in range(20):  # faster than any writer: the queue overflows at once
                hub.message(f"note {i}")
            async with asyncio.timeout(5):
                while (msg := await ws.receive()).type == aiohttp.WSMsgType.TEXT:
                    pass
            assert msg.extra == "too slow to read the class's messages"
            async with asyncio.timeout(5):
                while hub.online:
                    await asyncio.sleep(0.02)

    run(scenario())
