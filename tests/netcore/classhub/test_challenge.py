"""Challenges: defined on data the hub keeps, open while running, each hand-in scored by the
hub in a separate process with limits, a leaderboard; a student cannot hand in a score."""

import asyncio
import shutil
from pathlib import Path

import aiohttp
import pytest

from netcore.classhub import challenge as challenges
from netcore.classhub import protocol as p
from netcore.classhub.evaluate import over_budget

from .helpers import handin_id, join, next_frame, running_hub

TINY = Path(__file__).parent / "fixtures" / "tiny-circles.keras"  # 2 → 4 → 2, 22 parameters


def run(coro, seconds=30):
    return asyncio.run(asyncio.wait_for(coro, seconds))


def fake_scores(*scores):
    """An evaluator that answers the given scores in turn (the real one runs Keras)."""
    queue = list(scores)

    async def evaluate(model, test_data, max_params):
        assert Path(model).is_file() and Path(test_data).is_file()
        return queue.pop(0)

    return evaluate


async def _hand_in(s, server, token, data=None):
    async with s.post(
        server.url + "api/handin/model",
        data=data or TINY.read_bytes(),
        params={"id": handin_id()},
        headers={"Authorization": f"Bearer {token}"},
    ) as response:
        return response.status, await response.json()


def test_a_challenge_scores_hand_ins_and_ranks_the_best_of_each_student(tmp_path):
    scores = fake_scores(
        challenges.Score(0.8, 22),
        challenges.Score(0.9, 22),
        challenges.Score(None, 30, "too many parameters"),
        challenges.Score(0.85, 20),
    )

    async def scenario():
        async with (
            running_hub(tmp_path, evaluate=scores) as (hub, server),
            aiohttp.ClientSession() as s,
        ):
            ada_ws, ada = await join(s, server, "Ada")
            _, bob = await join(s, server, "Bob")
            status, body = await _hand_in(s, server, ada.token)
            assert (status, body["error"]) == (400, "no challenge is running")
            number = await hub.define_challenge("Best on circles", "circles", 1000, 60)
            hub.start_challenge(number)
            state = await next_frame(ada_ws, p.ChallengeState)
            while state.state != "running":
                state = await next_frame(ada_ws, p.ChallengeState)
            assert (state.title, state.max_params) == ("Best on circles", 1000)
            for token in (ada.token, ada.token, bob.token, bob.token):
                assert (await _hand_in(s, server, token))[0] == 200
            result = await next_frame(ada_ws, p.Feed)
            assert result.event == "result" and result.data["accuracy"] == 0.8
            async with asyncio.timeout(5):
                while len(hub.leaderboard(number)) < 2:
                    await asyncio.sleep(0.02)
            board = hub.leaderboard(number)
            assert [(r["rank"], r["name"], r["accuracy"]) for r in board] == [
                (1, "Ada", 0.9),
                (2, "Bob", 0.85),
            ]
            failed = [r for r in hub.store.results(number) if r["status"] == "failed"]
            assert failed[0]["message"] == "too many parameters"
            hub.stop_challenge(number)
            assert (await _hand_in(s, server, ada.token))[0] == 400

    run(scenario())


def test_a_challenge_stops_by_itself_when_its_time_is_over(tmp_path):
    async def scenario():
        async with running_hub(tmp_path) as (hub, server):
            number = await hub.define_challenge("quick", "circles", 100, 10)
            hub.store._db.execute("UPDATE challenges SET seconds = 0 WHERE id = ?", (number,))
            hub.start_challenge(number)
            await asyncio.sleep(0.1)
            assert hub.store.challenge(number).state == "stopped"
            assert hub.store.running_challenge() is None

    run(scenario())


def test_a_model_that_is_not_a_keras_zip_is_refused_at_the_door(tmp_path):
    async def scenario():
        async with (
            running_hub(tmp_path, evaluate=fake_scores()) as (hub, server),
            aiohttp.ClientSession() as s,
        ):
            _, ada = await join(s, server, "Ada")
            hub.start_challenge(await hub.define_challenge("c", "circles", 100, 60))
            status, body = await _hand_in(s, server, ada.token, data=b"PK\x05\x06" + b"\0" * 18)
            assert status == 400 and body["error"] == "not a .keras model (no config.json inside)"
            status, body = await _hand_in(s, server, ada.token, data=b"import os")
            assert status == 400 and body["error"].startswith(
                "not a .keras model (a .keras file is a zip)"
            )

    run(scenario())


def test_the_evaluation_has_a_time_limit(tmp_path):
    data = challenges.keep_test_data(tmp_path, 1, "circles")
    score = run(challenges.evaluate(TINY, data, 1000, seconds=0.5))
    assert (
        score.accuracy is None and score.error == "the evaluation took longer than 0.5 s; stopped"
    )


def test_the_evaluation_has_a_memory_limit(tmp_path):
    data = challenges.keep_test_data(tmp_path, 1, "circles")
    score = run(challenges.evaluate(TINY, data, 1000, memory=64 << 20))
    assert score.accuracy is None
    assert score.error.startswith(("the evaluation stopped without a score", "the model could not"))


@pytest.mark.slow
def test_the_hub_scores_a_real_model_in_safe_mode_on_its_own_test_data(tmp_path):
    model = tmp_path / "handed-in.keras"
    shutil.copy(TINY, model)
    data = challenges.keep_test_data(tmp_path, 1, "circles")
    score = run(challenges.evaluate(model, data, 1000), 120)
    assert score.error == "" and score.params == 22 and 0 <= score.accuracy <= 1


def test_a_model_over_the_parameter_budget_is_not_scored():
    assert over_budget(22, 22) == ""
    assert over_budget(20_001, 20_000) == (
        "the model has 20,001 parameters; this challenge allows at most 20,000"
    )


def test_a_cancelled_evaluation_ends_its_process_and_stays_cancelled(tmp_path):
    data = challenges.keep_test_data(tmp_path, 1, "circles")

    async def scenario():
        task = asyncio.create_task(challenges.evaluate(TINY, data, 1000))
        await asyncio.sleep(0.5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(scenario(), 10)


def test_the_hub_stops_while_a_model_is_being_evaluated(tmp_path):
    async def forever(model, test_data, max_params):
        await asyncio.sleep(3600)

    async def scenario():
        async with (
            running_hub(tmp_path, evaluate=forever) as (hub, server),
            aiohttp.ClientSession() as s,
        ):
            _, ada = await join(s, server, "Ada")
            hub.start_challenge(await hub.define_challenge("c", "circles", 100, 60))
            assert (await _hand_in(s, server, ada.token))[0] == 200
            await asyncio.sleep(0.1)
        return hub.store  # closed by the stop; the result waits for the next start

    run(scenario(), 10)
    from netcore.classhub.store import ClassStore

    store = ClassStore(tmp_path)
    assert [r["status"] for r in store.results(1)] == ["pending"]
    store.close()
