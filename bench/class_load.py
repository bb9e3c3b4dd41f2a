"""The class hub under a class's load, on loopback, bounded in time.

N simulated students (the real client, ``HubClient``) share their status twice a second and a
run every 2 s, hand in a drawing every 5 s and a project every minute, while hostile clients
(each from its own loopback address, 127.0.0.x) send wrong codes, garbage, oversized frames
and floods of connections. The hub runs as ``layerlab class serve`` in its own process.

Printed: status → teacher feed latency (p50, p99), hand-in acknowledgement latency, the hub's
CPU (% of one core) and peak memory, hand-ins acknowledged vs in the class database; then the
hub is SIGKILLed and restarted on the same folder: the time until every student is back, and
every acknowledged hand-in still there.

    uv run python bench/class_load.py [--students 40] [--seconds 120] [--hostile 5]
    uv run python bench/class_load.py --smoke
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from netcore.classhub import protocol as p  # noqa: E402
from netcore.classhub.client import HubClient  # noqa: E402


def start_hub(folder: Path, port: int = 0):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "netcore.cli.class_serve", "--folder", str(folder), "--port",
         str(port), "--json", "--no-announce", "--name", "bench"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    line = process.stdout.readline()
    if not line:
        raise SystemExit("the hub did not start")
    return process, json.loads(line)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def sample_project(folder: Path) -> bytes:
    from netcore.network.spec import load
    from netcore.project.fileformat import save_project
    from netcore.project.model import Project
    from netcore.resources import preset_paths

    return save_project(
        folder / "p.layerlab", Project(spec=load(preset_paths()["xor-mlp"]))
    ).read_bytes()


def drawing() -> bytes:
    import io

    from PIL import Image

    image = Image.new("L", (280, 280), 255)
    for i in range(40, 240):
        for w in range(12):
            image.putpixel((130 + w, i), 0)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class Student:
    def __init__(self, url: str, code: str, number: int, sent: dict, acks: list) -> None:
        self.name = f"student {number:02d}"
        self.sent, self.acks = sent, acks
        self.handed: dict[str, float] = {}
        self.ticks = 0
        self.client = HubClient(url, code, self.name, on_message=self._heard, backoff=(0.2, 2.0))

    def _heard(self, message) -> None:
        if isinstance(message, p.Feed) and message.event == "handed in":
            started = self.handed.get(message.data.get("id"))
            if started is not None:
                self.acks.append(time.perf_counter() - started)

    async def work(self, seconds: float, project: bytes, picture: bytes) -> None:
        await self.client.wait_online(30)
        curves = p.Curves(
            loss=[1 / (i + 1) for i in range(200)], accuracy=[i / 200 for i in range(200)]
        )
        start = time.perf_counter()
        tick = 0
        while (now := time.perf_counter()) - start < seconds:
            tick += 1
            self.ticks = tick
            self.sent[(self.name, tick)] = now
            self.client.share(p.Progress(lesson="first-steps", step=tick))
            if tick % 4 == 0:
                self.client.share(p.RunShare(run=tick // 4, epochs=200, curves=curves, params=17,
                                             test_accuracy=0.9, settings={"optimizer": "adam"}))  # fmt: skip
            if tick % 10 == 5:
                self.handed[self.client.hand_in("drawing", picture, label=tick % 10)] = (
                    time.perf_counter()
                )
            if tick % 120 == 1:
                self.handed[self.client.hand_in("project", project)] = time.perf_counter()
            await asyncio.sleep(0.5)


async def hostile(url: str, number: int, seconds: float, counts: dict) -> None:
    """Garbage from 127.0.0.(10+n): wrong codes, bad frames, oversized frames, connection floods."""
    connector = aiohttp.TCPConnector(local_addr=(f"127.0.0.{10 + number}", 0), limit=0)
    async with aiohttp.ClientSession(connector=connector) as s:
        end = time.perf_counter() + seconds
        round_ = 0
        while time.perf_counter() < end:
            round_ += 1
            with contextlib.suppress(aiohttp.ClientError, OSError, TimeoutError, RuntimeError):
                ws = await s.ws_connect(url + "ws", max_msg_size=0)
                kind = round_ % 4
                if kind == 0:
                    await ws.send_str(p.write(p.Join(code="ZZZZZZZ", name="x")).decode())
                elif kind == 1:
                    await ws.send_str("{" * 1000)
                elif kind == 2:
                    await ws.send_bytes(b"\0" * (p.MAX_FRAME + 1))
                else:
                    extra = [await s.ws_connect(url + "ws") for _ in range(20)]
                    for other in extra:
                        await other.close()
                counts["hostile"] += 1
                await asyncio.wait_for(ws.receive(), 2)
                await ws.close()
            await asyncio.sleep(0.05)


async def load(args, folder: Path) -> None:
    process, shown = start_hub(folder)
    url, code = shown["url"], shown["code"]
    from netcore.classhub.store import ClassStore

    store = ClassStore(folder)
    secret = store.secret
    store.close()
    sent: dict = {}
    latencies: list[float] = []
    acks: list[float] = []
    counts = {"hostile": 0}
    project, picture = sample_project(folder.parent), drawing()

    async with aiohttp.ClientSession() as s:
        teacher = await s.ws_connect(url + "ws/teacher", max_msg_size=0)
        await teacher.send_str(p.write(p.Teacher(secret=secret)).decode())

        async def feed() -> None:
            async for msg in teacher:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    return
                data = json.loads(msg.data)
                if data.get("event") == "progress":
                    started = sent.pop((data["data"]["name"], data["data"]["step"]), None)
                    if started is not None:
                        latencies.append(time.perf_counter() - started)

        listening = asyncio.create_task(feed())
        lags: list[float] = []

        async def probe() -> None:  # how late this process's own loop runs (it is the class)
            while True:
                before = time.perf_counter()
                await asyncio.sleep(0.1)
                lags.append(time.perf_counter() - before - 0.1)

        probing = asyncio.create_task(probe())
        students = [Student(url, code, i, sent, acks) for i in range(args.students)]
        runs = [asyncio.create_task(st.client.run()) for st in students]
        for st in students:
            await st.client.wait_online(30)
        cpu0, t0 = cpu_seconds(process.pid), time.perf_counter()
        await asyncio.gather(
            *(st.work(args.seconds, project, picture) for st in students),
            *(hostile(url, i, args.seconds, counts) for i in range(args.hostile)),
        )
        cpu = (cpu_seconds(process.pid) - cpu0) / (time.perf_counter() - t0)
        probing.cancel()
        async with asyncio.timeout(60):
            while any(st.client.pending for st in students):
                await asyncio.sleep(0.1)
        memory = peak_mb(process.pid)
        acknowledged = {i for st in students for i in st.handed if i not in st.client.pending}

        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
        killed = time.perf_counter()
        port = int(shown["address"].rsplit(":", 1)[1])
        again, _ = start_hub(folder, port)
        async with asyncio.timeout(60):
            while not all(st.client.connections >= 2 for st in students):
                await asyncio.sleep(0.05)
        back = time.perf_counter() - killed
        store = ClassStore(folder)
        kept = {r["handin_id"] for r in store.submissions()} | {
            i["handin_id"] for i in store.items()
        }
        files_ok = all((folder / r["file"]).is_file() for r in store.submissions() + store.items())
        store.close()
        for st in students:
            await st.client.close()
        await asyncio.gather(*runs)
        listening.cancel()
        await teacher.close()
        again.send_signal(signal.SIGTERM)
        again.communicate(timeout=20)

    statuses = sum(st.ticks for st in students)
    ms = [x * 1000 for x in latencies]
    ack_ms = [x * 1000 for x in acks]
    print(
        f"students: {args.students}, hostile clients: {args.hostile} ({counts['hostile']} attacks), {args.seconds:g} s"
    )
    print(
        f"status -> teacher feed: p50 {statistics.median(ms):.1f} ms, p99 {percentile(ms, 0.99):.1f} ms ({len(ms)} of {statuses} seen by the teacher)"
    )
    print(
        f"hand-in acknowledged: p50 {statistics.median(ack_ms):.1f} ms, p99 {percentile(ack_ms, 0.99):.1f} ms ({len(ack_ms)} hand-ins)"
    )
    print(
        f"the simulated class's own loop late by: p50 {statistics.median(lags) * 1000:.1f} ms, p99 {percentile(lags, 0.99) * 1000:.1f} ms"
    )
    print(f"hub CPU: {cpu * 100:.1f} % of one core; hub peak memory: {memory:.0f} MB")
    lost = len(acknowledged - kept)
    print(
        f"hand-ins acknowledged: {len(acknowledged)}, in the class database after SIGKILL: {len(acknowledged & kept)}, lost: {lost}, files present: {files_ok}"
    )
    print(f"every student back after SIGKILL + restart: {back:.2f} s")
    if lost or not files_ok:
        raise SystemExit(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--hostile", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="3 students, 3 s, 1 hostile client")
    args = parser.parse_args()
    if args.smoke:
        args.students, args.seconds, args.hostile = 3, 3.0, 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "class"
        asyncio.run(load(args, folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
