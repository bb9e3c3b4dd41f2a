"""The phone page's routes on loopback: the page and its policy, and the prediction a phone
asks for (who may ask, what it answers, what it refuses)."""

import asyncio
import io

import aiohttp

from netcore.classhub import protocol as p

from .helpers import join, png, running_hub


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 20))


def test_the_page_and_its_files_come_from_the_hub_only(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            hub.store._db.execute("UPDATE meta SET value = '<img src=x>' WHERE key = 'name'")
            response = await s.get(server.url)
            page = await response.text()
            policy = response.headers["Content-Security-Policy"]
            assert "script-src 'self'" in policy and "default-src 'none'" in policy
            assert "&lt;img src=x&gt;" in page and "<img src=x>" not in page
            assert 'src="/phone.js"' in page and "http" not in page.split("<body>")[1]
            for path in ("phone.js", "phone.css"):
                answer = await s.get(server.url + path)
                assert answer.status == 200 and answer.headers["X-Content-Type-Options"]
            script = await (await s.get(server.url + "phone.js")).text()
            assert "innerHTML" not in script  # everything shown as text

    run(scenario())


def test_a_phone_gets_the_teachers_prediction(tmp_path):
    seen = []

    def predictor(image):
        seen.append(image.shape)
        return [0.01] * 7 + [0.91] + [0.0] * 2

    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            ws, welcome = await join(s, server, "Zoé")
            assert isinstance(welcome, p.Welcome)
            auth = {"Authorization": f"Bearer {welcome.token}"}
            url = server.url + "api/phone/predict"
            answer = await s.post(url, data=png(), headers=auth)
            assert answer.status == 503
            assert "no network" in (await answer.json())["error"]
            hub.predictor, hub.predictor_name = predictor, "LeNet"
            answer = await s.post(url, data=png(), headers=auth)
            body = await answer.json()
            assert answer.status == 200, body
            assert body["digit"] == 7 and body["model"] == "LeNet" and seen == [(28, 28)]
            nobody = await s.post(url, data=png())
            assert nobody.status == 401
            garbage = await s.post(url, data=b"not a png", headers=auth)
            assert garbage.status == 400 and "PNG" in (await garbage.json())["error"]
            empty = await s.post(url, data=png(ink=0), headers=auth)
            assert empty.status == 400 and "empty" in (await empty.json())["error"]
            huge = await s.post(url, data=io.BytesIO(b"\0" * (2 << 20)), headers=auth)
            assert huge.status == 400 and "at most" in (await huge.json())["error"]
            await ws.close()

    run(scenario())


def test_a_failing_network_is_an_answer_not_a_crash(tmp_path):
    def broken(image):
        raise RuntimeError("shapes (1, 784) and (10,) do not match")

    async def scenario():
        async with running_hub(tmp_path) as (hub, server), aiohttp.ClientSession() as s:
            ws, welcome = await join(s, server, "Ada")
            hub.predictor = broken
            answer = await s.post(
                server.url + "api/phone/predict",
                data=png(),
                headers={"Authorization": f"Bearer {welcome.token}"},
            )
            assert answer.status == 503
            assert "shapes (1, 784)" in (await answer.json())["error"]
            await ws.close()

    run(scenario())
