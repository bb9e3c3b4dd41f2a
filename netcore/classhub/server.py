"""The hub on the network (aiohttp): students' WebSockets, hand-ins over HTTP, the teacher's feed
and actions, each behind its limit.

A hostile client costs the hub one connection, not the class: frames are bounded (``MAX_FRAME``)
and validated by schema, each connection has a message budget (a token bucket), wrong codes and
wrong secrets are rate-limited per address, connections are counted in all and per address, a
connection must join within ``join_seconds``, and a client too slow to read its messages is
dropped instead of holding them in the hub's memory. Every refusal says why.

Routes (students authenticate with the token the hub gave them at join, the teacher with the
class secret, both as ``Authorization: Bearer …``):

- ``GET /ws``: a student's WebSocket (``join`` first, then ``progress`` and ``run``).
- ``POST /api/handin/{project|model|drawing}?id=HANDIN[&label=N]``: a hand-in's bytes.
- ``GET /api/push/{n}``: a pushed lesson, project or network.
- ``GET /ws/teacher``: the teacher's feed (``teacher`` with the secret first).
- ``GET /api/teacher/status``, ``POST /api/teacher/{push|message|review|challenge}``,
  ``POST /api/teacher/challenge/{n}/{start|stop}``, ``GET /api/teacher/leaderboard/{n}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import re
import time
from collections import defaultdict

from aiohttp import WSMsgType, web

from netcore.classhub import phone
from netcore.classhub import protocol as p
from netcore.classhub.connections import Bucket, HubLimits, Peer, read_body
from netcore.classhub.hub import ClassHub, JoinRefused
from netcore.classhub.received import LIMITS, HandinError
from netcore.datasets.errors import DatasetError
from netcore.i18n import translate


class HubServer:
    """Serves ``hub`` on ``host:port`` (port 0: any free one)."""

    def __init__(
        self, hub: ClassHub, host: str = "127.0.0.1", port: int = 0, limits: HubLimits | None = None
    ) -> None:
        self.hub, self.host, self.port = hub, host, port
        self.limits = limits or HubLimits()
        self._students: dict[int, set[Peer]] = defaultdict(set)
        self._teachers: set[Peer] = set()
        self._per_address: dict[str, int] = defaultdict(int)
        self._wrong: dict[str, list[float]] = defaultdict(list)
        self._handins: dict[int, Bucket] = {}
        self._runner: web.AppRunner | None = None
        self.refused = 0  # connections and frames refused, for the bench and the log
        hub.set_delivery(self._deliver)
        hub.listen(self._to_teachers)

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.address}/"

    def app(self) -> web.Application:
        app = web.Application(client_max_size=1 << 20)
        app.add_routes(
            [
                *phone.routes(self),
                web.get("/ws", self._student_ws),
                web.get("/ws/teacher", self._teacher_ws),
                web.post(r"/api/handin/{kind:project|model|drawing}", self._handin),
                web.get(r"/api/push/{number:\d{1,9}}", self._pushed),
                web.get("/api/teacher/status", self._teacher(self._status)),
                web.post("/api/teacher/push", self._teacher(self._push)),
                web.post("/api/teacher/message", self._teacher(self._message)),
                web.post("/api/teacher/review", self._teacher(self._review)),
                web.post("/api/teacher/challenge", self._teacher(self._define)),
                web.post(
                    r"/api/teacher/challenge/{number:\d{1,9}}/{action:start|stop}",
                    self._teacher(self._challenge),
                ),
                web.get(r"/api/teacher/leaderboard/{number:\d{1,9}}", self._teacher(self._board)),
            ]
        )
        return app

    async def start(self) -> None:
        """Listen; ``port`` then holds the port bound."""
        await self.hub.start()
        self._runner = web.AppRunner(
            self.app(), access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        sockets = site._server.sockets if site._server else []
        if sockets:
            self.port = sockets[0].getsockname()[1]

    async def stop(self) -> None:
        for peer in [*self._teachers, *(x for peers in self._students.values() for x in peers)]:
            await peer.close()
            with contextlib.suppress(Exception):
                await peer.ws.close(message=b"the class hub stopped")
        if self._runner is not None:
            await self._runner.cleanup()
        await self.hub.stop()

    # -- delivery ---------------------------------------------------------------------------

    def _deliver(self, student: int | None, message: p.Message) -> None:
        targets = (
            self._students.get(student, set())
            if student is not None
            else {x for peers in self._students.values() for x in peers}
        )
        for peer in list(targets):
            peer.send(message)

    def _to_teachers(self, feed: p.Feed) -> None:
        for peer in list(self._teachers):
            peer.send(feed)

    # -- limits -----------------------------------------------------------------------------

    def _address(self, request: web.Request) -> str:
        return request.remote or "?"

    def _blocked(self, address: str) -> float:
        """Seconds until ``address`` may try a code again (0: it may)."""
        now = time.monotonic()
        recent = [t for t in self._wrong[address] if now - t < 60]
        self._wrong[address] = recent
        if len(recent) < self.limits.wrong_codes_per_minute:
            return 0.0
        return 60 - (now - recent[0])

    def _wrong_guess(self, address: str) -> None:
        now = time.monotonic()
        if len(self._wrong) > 10_000:  # many addresses (IPv6): forget those quiet for a minute
            self._wrong = defaultdict(
                list, {a: t for a, t in self._wrong.items() if t and now - t[-1] < 60}
            )
        self._wrong[address].append(now)

    def _too_many(self, address: str) -> str:
        total = sum(self._per_address.values())
        if total >= self.limits.max_connections:
            return translate("Class hub", "the class hub is full ({count} connections)").format(
                count=total
            )
        if self._per_address[address] >= self.limits.per_address:
            return translate(
                "Class hub", "too many connections from {address} ({count}); close some"
            ).format(address=address, count=self._per_address[address])
        return ""

    # -- pages and WebSockets ---------------------------------------------------------------

    async def _open(self, request: web.Request) -> web.WebSocketResponse | web.Response:
        address = self._address(request)
        reason = self._too_many(address)
        if reason:
            self.refused += 1
            return web.Response(status=503, text=reason)
        ws = web.WebSocketResponse(max_msg_size=p.MAX_FRAME, heartbeat=30.0)
        await ws.prepare(request)
        return ws

    async def _first(self, ws: web.WebSocketResponse) -> bytes | str | None:
        try:
            msg = await ws.receive(timeout=self.limits.join_seconds)
        except TimeoutError:
            await self._refuse(ws, translate("Class hub", "no join message in time"))
            return None
        if msg.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
            await self._refuse(ws, translate("Class hub", "the connection ended before joining"))
            return None
        return msg.data

    async def _refuse(self, ws: web.WebSocketResponse, reason: str) -> None:
        self.refused += 1
        with contextlib.suppress(ConnectionError, RuntimeError):
            await ws.send_str(p.write(p.Refused(reason=reason)).decode())
            await ws.close(message=reason.encode()[:120])

    async def _student_ws(self, request: web.Request):
        ws = await self._open(request)
        if not isinstance(ws, web.WebSocketResponse):
            return ws
        address = self._address(request)
        self._per_address[address] += 1
        try:
            await self._student_session(ws, address)
        finally:
            self._per_address[address] -= 1
        return ws

    async def _student_session(self, ws: web.WebSocketResponse, address: str) -> None:
        data = await self._first(ws)
        if data is None:
            return
        wait = self._blocked(address)
        if wait:
            return await self._refuse(
                ws,
                translate(
                    "Class hub", "too many wrong codes from {address}; try again in {seconds} s"
                ).format(address=address, seconds=int(wait) + 1),
            )
        try:
            join = p.read_student(data)
            if not isinstance(join, p.Join):
                raise p.ProtocolError(translate("Class hub", "join the class first"))
            student, token = self.hub.join(join.code, join.name, join.token)
        except (p.ProtocolError, JoinRefused) as exc:
            if getattr(exc, "wrong_code", False):
                self._wrong_guess(address)
            return await self._refuse(ws, str(exc))
        peer = Peer(ws, self.limits, student)
        self._students[student.id].add(peer)
        peer.send(self.hub.welcome(student, token))
        for missed in self.hub.missed_pushes(student, join.seen_push):
            peer.send(missed)
        self.hub.connected(student)
        bucket = Bucket(self.limits.messages_per_second, self.limits.message_burst)
        over = 0
        try:
            async for msg in ws:
                if msg.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
                    break
                if not bucket.take():
                    over += 1
                    self.refused += 1
                    reason = translate(
                        "Class hub", "too many messages; at most {rate:g} a second are taken"
                    ).format(rate=self.limits.messages_per_second)
                    if over >= self.limits.flood_close:
                        await ws.close(message=reason.encode()[:120])
                        break
                    if over == 1 or over % 50 == 0:
                        peer.send(p.Error(reason=reason))
                        await asyncio.sleep(0)  # the writer sends it before the next frame
                    continue
                try:
                    message = p.read_student(msg.data)
                    if isinstance(message, p.Join):
                        raise p.ProtocolError(translate("Class hub", "already joined"))
                except p.ProtocolError as exc:
                    self.refused += 1
                    peer.send(p.Error(reason=str(exc)))
                    await asyncio.sleep(0)
                    continue
                self.hub.shared(student, message)
        finally:
            await peer.close()
            self._students[student.id].discard(peer)
            if not self._students[student.id]:
                del self._students[student.id]
                self.hub.disconnected(student)

    async def _teacher_ws(self, request: web.Request):
        ws = await self._open(request)
        if not isinstance(ws, web.WebSocketResponse):
            return ws
        address = self._address(request)
        self._per_address[address] += 1
        try:
            data = await self._first(ws)
            if data is None:
                return ws
            try:
                hello = p.read_teacher(data)
            except p.ProtocolError as exc:
                await self._refuse(ws, str(exc))
                return ws
            if self._blocked(address) or not self._secret_ok(hello.secret):
                self._wrong_guess(address)
                await self._refuse(ws, translate("Class hub", "wrong teacher secret"))
                return ws
            peer = Peer(ws, self.limits)
            self._teachers.add(peer)
            peer.send(p.Feed(event="status", data=self.hub.status(), sent=time.time()))
            try:
                async for msg in ws:
                    if msg.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
                        break
            finally:
                self._teachers.discard(peer)
                await peer.close()
        finally:
            self._per_address[address] -= 1
        return ws

    def _secret_ok(self, secret: str) -> bool:
        return hmac.compare_digest(secret.encode(), self.hub.secret.encode())

    # -- HTTP: hand-ins and pushes ------------------------------------------------------------

    def _student_of(self, request: web.Request):
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ").strip()
        return self.hub.store.student_by_token(token) if token else None

    async def _handin(self, request: web.Request) -> web.Response:
        student = self._student_of(request)
        if student is None:
            return _error(401, translate("Class hub", "join the class first (no valid token)"))
        bucket = self._handins.setdefault(
            student.id, Bucket(self.limits.handins_per_second, self.limits.handin_burst)
        )
        if not bucket.take():
            return _error(429, translate("Class hub", "too many hand-ins at once; try later"))
        kind = request.match_info["kind"]
        handin_id = request.query.get("id", "")
        if not re.fullmatch(r"[0-9a-f]{32}", handin_id):
            return _error(400, translate("Class hub", "a hand-in needs its id (32 hex digits)"))
        label = request.query.get("label")
        if label is not None and not re.fullmatch(r"\d", label):
            return _error(
                400,
                translate("Class hub", "a label is one digit 0–9, got {label}").format(
                    label=label[:20]
                ),
            )
        try:
            data = await read_body(request, LIMITS[kind], kind)
            done = await self.hub.hand_in(
                student, kind, handin_id, data, int(label) if label is not None else None
            )
        except HandinError as exc:
            return _error(413 if "at most" in str(exc) else 400, str(exc))
        return web.json_response({"ok": True, "id": handin_id, **done})

    async def _pushed(self, request: web.Request) -> web.StreamResponse:
        student = self._student_of(request)
        if student is None:
            return _error(401, translate("Class hub", "join the class first (no valid token)"))
        path = self.hub.pushed_file(int(request.match_info["number"]), student.id)
        if path is None or not path.is_file():
            return _error(404, translate("Class hub", "no such push for you"))
        return web.FileResponse(path)

    # -- HTTP: the teacher ----------------------------------------------------------------

    def _teacher(self, handler):
        async def guarded(request: web.Request) -> web.StreamResponse:
            address = self._address(request)
            auth = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
            if self._blocked(address) or not self._secret_ok(auth):
                self._wrong_guess(address)
                return _error(
                    403, translate("Class hub", "teacher actions need the teacher's secret")
                )
            try:
                return await handler(request)
            except (p.ProtocolError, ValueError, DatasetError, HandinError) as exc:
                return _error(400, str(exc))

        return guarded

    async def _status(self, request: web.Request) -> web.Response:
        return web.json_response(self.hub.status())

    async def _push(self, request: web.Request) -> web.Response:
        from netcore.classhub.hub import MAX_PUSH_BYTES

        student = request.query.get("student")
        data = await read_body(request, MAX_PUSH_BYTES, "push")
        number = self.hub.push(
            request.query.get("kind", ""),
            request.query.get("title", ""),
            data,
            int(student) if student and student.isdigit() else None,
        )
        return web.json_response({"push": number})

    async def _message(self, request: web.Request) -> web.Response:
        note = p.read_body(await read_body(request, 1 << 16, "message"), p.TeacherNote)
        self.hub.message(note.text, note.student)
        return web.json_response({"ok": True})

    async def _review(self, request: web.Request) -> web.Response:
        review = p.read_body(await read_body(request, 1 << 16, "review"), p.TeacherReview)
        if not self.hub.review(review.item, review.accepted):
            return _error(404, f"no drawing number {review.item} in the class dataset")
        return web.json_response({"ok": True})

    async def _define(self, request: web.Request) -> web.Response:
        spec = p.read_body(await read_body(request, 1 << 16, "challenge"), p.TeacherChallenge)
        number = await self.hub.define_challenge(
            spec.title, spec.dataset, spec.max_params, spec.seconds
        )
        return web.json_response({"challenge": number})

    async def _challenge(self, request: web.Request) -> web.Response:
        number = int(request.match_info["number"])
        if request.match_info["action"] == "start":
            self.hub.start_challenge(number)
        else:
            self.hub.stop_challenge(number)
        return web.json_response({"ok": True})

    async def _board(self, request: web.Request) -> web.Response:
        return web.json_response(self.hub.leaderboard(int(request.match_info["number"])))


def _error(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)
