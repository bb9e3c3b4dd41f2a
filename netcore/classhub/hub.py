"""The class hub's logic, apart from the network: who is in the class, what they share, what
the teacher does, hand-ins, the class dataset and challenges.

``ClassHub`` is what the teacher's window holds ([7/8] runs it in-process): its methods are the
teacher's actions, and ``listen`` tells the dashboard every event as a plain ``Feed`` message.
The network side (``server.HubServer``) calls the same methods for the students and for a
teacher connecting from elsewhere with the secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from netcore.classhub import challenge as challenges
from netcore.classhub import protocol as p
from netcore.classhub.received import HandinError, file_name, store_handin
from netcore.classhub.store import ClassStore, NameTaken, Student
from netcore.fileio import atomic_write_bytes
from netcore.i18n import translate

FeedListener = Callable[[p.Feed], None]
#: How a message reaches one student's open connections (set by the server).
Deliver = Callable[[int | None, p.Message], None]
#: A pushed lesson or network (JSON) or project (a .layerlab).
MAX_PUSH_BYTES = 64 << 20
PUSH_SUFFIX = {"lesson": ".json", "network": ".json", "project": ".layerlab"}
#: How often the latest shared progress and runs are written to the database.
LIVE_SAVE_SECONDS = 1.0


#: Students in one class (each phone that joins is one more): a class never meets it, and a
#: client with the right code cannot fill the database with made-up names.
MAX_STUDENTS = 300


class JoinRefused(ValueError):
    """Why a join is refused (shown to the student); ``wrong_code`` counts as a guess."""

    def __init__(self, reason: str, wrong_code: bool = False) -> None:
        super().__init__(reason)
        self.wrong_code = wrong_code


class ClassHub:
    """One class, its state in ``folder``.

    Args:
        folder: The class folder (created if needed; an existing one is resumed).
        name: The class's name when it is created.
        evaluate: Scores a handed-in model (default: a separate, limited process).
    """

    def __init__(
        self,
        folder: str | Path,
        name: str = "",
        evaluate: Callable[..., Awaitable[challenges.Score]] = challenges.evaluate,
    ) -> None:
        self.folder = Path(folder)
        self.store = ClassStore(self.folder, name)
        self._listeners: list[FeedListener] = []
        self._deliver: Deliver = lambda student, message: None
        self._live = self.store.live()
        self._unsaved: dict[int, dict[str, Any]] = {}
        self.online: set[int] = set()
        self._evaluate = evaluate
        self._queue: asyncio.Queue[int] | None = None
        self._tasks: list[asyncio.Task] = []
        self._stop_timer: asyncio.TimerHandle | None = None
        #: What answers the phone page's "what does the network say?": a 28×28 image in 0…1
        #: → 10 probabilities, called in a worker thread (set by the teacher's window).
        self.predictor: Callable[[Any], Any] | None = None
        self.predictor_name = ""

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the background work: saving live state, evaluating pending hand-ins."""
        self._queue = asyncio.Queue()
        for pending in self.store.pending_results():
            self._queue.put_nowait(pending["submission_id"])
        self._tasks = [
            asyncio.create_task(self._save_live()),
            asyncio.create_task(self._evaluations()),
        ]
        running = self.store.running_challenge()
        if running is not None:
            self._arm_stop(running)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        if self._stop_timer is not None:
            self._stop_timer.cancel()
        self.flush()
        self.store.close()

    def flush(self) -> None:
        """Write the shared progress and runs not written yet."""
        changes, self._unsaved = self._unsaved, {}
        self.store.save_live(changes)

    async def _save_live(self) -> None:
        while True:
            await asyncio.sleep(LIVE_SAVE_SECONDS)
            self.flush()

    # -- the class -------------------------------------------------------------------------

    @property
    def code(self) -> str:
        return self.store.code

    @property
    def secret(self) -> str:
        return self.store.secret

    @property
    def class_name(self) -> str:
        return self.store.class_name

    def listen(self, listener: FeedListener) -> Callable[[], None]:
        """Call ``listener(feed)`` for every event of the class; returns a function that stops."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def set_delivery(self, deliver: Deliver) -> None:
        self._deliver = deliver

    def tell_teacher(self, event: str, student: int | None = None, **data: Any) -> None:
        feed = p.Feed(event=event, student=student, data=data, sent=time.time())
        for listener in list(self._listeners):
            listener(feed)

    def join(self, code: str, name: str, token: str = "") -> tuple[Student, str]:
        """A student joins (or comes back with their token). Raises JoinRefused."""
        if token:
            found = self.store.student_by_token(token)
            if found is not None:
                return found, token
        if code.strip().upper() != self.code:
            raise JoinRefused(translate("Class hub", "wrong class code"), wrong_code=True)
        if len(self.store.students()) >= MAX_STUDENTS:
            raise JoinRefused(
                translate("Class hub", "the class is full ({count} students)").format(
                    count=MAX_STUDENTS
                )
            )
        name = " ".join(name.split())
        try:
            student, token = self.store.add_student(name)
        except NameTaken:
            raise JoinRefused(
                translate(
                    "Class hub", "the name '{name}' is taken in this class; add an initial"
                ).format(name=name)
            ) from None
        return student, token

    def connected(self, student: Student) -> None:
        self.online.add(student.id)
        self.tell_teacher("joined", student.id, name=student.name)

    def disconnected(self, student: Student) -> None:
        self.online.discard(student.id)
        self.tell_teacher("left", student.id, name=student.name)

    def welcome(self, student: Student, token: str) -> p.Welcome:
        running = self.store.running_challenge()
        return p.Welcome(
            student=student.id,
            name=student.name,
            token=token,
            class_name=self.class_name,
            challenge=running.to_dict() if running else None,
        )

    # -- live sharing ------------------------------------------------------------------------

    def shared(self, student: Student, message: p.Progress | p.RunShare) -> None:
        kind = "progress" if isinstance(message, p.Progress) else "run"
        data = p.to_plain(message)
        data.pop("v", None)
        data.pop("type", None)
        self._live.setdefault(student.id, {})[kind] = data
        self._unsaved.setdefault(student.id, {})[kind] = data
        self.tell_teacher(kind, student.id, name=student.name, **data)

    def status(self) -> dict[str, Any]:
        """The class at a glance: roster with what each shared, hand-ins, dataset, challenges."""
        items = self.store.items()
        counts = {
            s: sum(1 for i in items if i["status"] == s)
            for s in ("pending", "accepted", "rejected")
        }
        return {
            "class": self.class_name,
            "code": self.code,
            "students": [
                {
                    "id": s.id,
                    "name": s.name,
                    "online": s.id in self.online,
                    **(self._live.get(s.id) or {}),
                }
                for s in self.store.students()
            ],
            "submissions": [
                {k: row[k] for k in ("id", "name", "kind", "file", "size")}
                for row in self.store.submissions()
            ],
            "dataset": counts,
        }

    # -- hand-ins --------------------------------------------------------------------------

    async def hand_in(
        self, student: Student, kind: str, handin_id: str, data: bytes, label: int | None = None
    ) -> dict[str, Any]:
        """Check and keep a hand-in; sent again (same id), it counts once. Raises HandinError."""
        if kind == "drawing" and (label is None or not 0 <= label <= 9):
            raise HandinError(translate("Class hub", "a drawing needs its label, a digit 0–9"))
        running = self.store.running_challenge() if kind == "model" else None
        if kind == "model" and running is None:
            raise HandinError(translate("Class hub", "no challenge is running"))
        relative = file_name(kind, student.id, student.name, handin_id)
        loop = asyncio.get_running_loop()
        size = await loop.run_in_executor(None, store_handin, self.folder, relative, kind, data)
        if kind == "drawing":
            item, new = self.store.add_item(student.id, handin_id, label, relative)
            if new:
                self.tell_teacher(
                    "drawing", student.id, name=student.name, item=item, label=label, file=relative
                )
            return {"item": item, "new": new}
        sub, new = self.store.add_submission(
            student.id, handin_id, kind, relative, size, running.id if running else None
        )
        if new:
            self.tell_teacher(kind, student.id, name=student.name, submission=sub, file=relative)
            if running is not None and self._queue is not None:
                self._queue.put_nowait(sub)
        return {"submission": sub, "new": new}

    # -- the teacher's actions -----------------------------------------------------------

    def push(self, kind: str, title: str, data: bytes, student: int | None = None) -> int:
        """Send a lesson, project or network to everyone (or one student)."""
        if kind not in PUSH_SUFFIX:
            raise ValueError(
                translate(
                    "Class hub", "a push is a lesson, a project or a network, not {kind}"
                ).format(kind=repr(kind)[:40])
            )
        if len(data) > MAX_PUSH_BYTES:
            raise ValueError(
                translate("Class hub", "a push of {size} bytes; at most {limit}").format(
                    size=f"{len(data):,}", limit=f"{MAX_PUSH_BYTES:,}"
                )
            )
        if student is not None and self.store.student(student) is None:
            raise ValueError(
                translate("Class hub", "no student number {student} in this class").format(
                    student=student
                )
            )
        title = title[: p.MAX_TEXT]
        relative = f"pushes/{kind}-{secrets.token_hex(6)}{PUSH_SUFFIX[kind]}"
        atomic_write_bytes(self.folder / relative, data)
        number = self.store.add_push(kind, title, relative, len(data), student)
        message = _push_message(self.store.push(number))
        self._deliver(student, message)
        self.tell_teacher("push", student, push=number, kind=kind, title=title)
        return number

    def missed_pushes(self, student: Student, seen: int) -> list[p.Push]:
        """Pushes sent while this student was away (after ``seen``, the last they had); a
        student who joins for the first time gets only the latest few."""
        return [_push_message(row) for row in self.store.pushes_since(seen, student.id)]

    def pushed_file(self, number: int, student: int) -> Path | None:
        """A push's file, if this student may fetch it."""
        row = self.store.push(number)
        if row is None or not row["file"] or row["student_id"] not in (None, student):
            return None
        return self.folder / row["file"]

    def message(self, text: str, student: int | None = None) -> None:
        text = text.strip()
        if not text or len(text) > p.MAX_TEXT:
            raise ValueError(
                translate("Class hub", "a message has 1 to {limit} characters, got {count}").format(
                    limit=p.MAX_TEXT, count=len(text)
                )
            )
        self._deliver(student, p.Note(text=text))
        self.tell_teacher("message", student, text=text)

    def review(self, item: int, accepted: bool) -> bool:
        done = self.store.review(item, accepted)
        if done:
            self.tell_teacher("review", None, item=item, accepted=accepted)
        return done

    def export_dataset(self, out: str | Path, include_pending: bool = True) -> dict[int, int]:
        """The class dataset as an image folder (``out/<label>/<item>.png``), which LayerLab
        opens as a dataset; rejected drawings are left out. Returns the count per label."""
        from netcore.classhub.export import export_items

        wanted = ("accepted", "pending") if include_pending else ("accepted",)
        items = [i for i in self.store.items() if i["status"] in wanted]
        return export_items(self.folder, items, Path(out))

    # -- challenges ------------------------------------------------------------------------

    async def define_challenge(
        self, title: str, dataset: str, max_params: int, seconds: int
    ) -> int:
        """A challenge on ``dataset``'s test split, which the hub keeps. Raises DatasetError,
        ValueError."""
        if not (1 <= max_params <= 150_000_000 and 10 <= seconds <= 24 * 3600):
            raise ValueError(
                translate(
                    "Class hub",
                    "a challenge allows 1 to 150,000,000 parameters and lasts 10 s to 24 h",
                )
            )
        loop = asyncio.get_running_loop()
        arrays = await loop.run_in_executor(None, challenges.load_test_data, dataset)
        number = self.store.define_challenge(title[:200], dataset, max_params, seconds)
        await loop.run_in_executor(None, challenges.save_test_data, self.folder, number, *arrays)
        self._challenge_changed(number)
        return number

    def start_challenge(self, number: int) -> None:
        if not challenges.test_data_path(self.folder, number).is_file():
            raise ValueError(
                translate("Class hub", "no challenge number {number} with its test data").format(
                    number=number
                )
            )
        self.store.set_challenge_state(number, "running")
        self._arm_stop(self.store.challenge(number))
        self._challenge_changed(number)

    def stop_challenge(self, number: int) -> None:
        if self.store.set_challenge_state(number, "stopped"):
            self._challenge_changed(number)

    def leaderboard(self, number: int) -> list[dict[str, Any]]:
        return self.store.leaderboard(number)

    def _arm_stop(self, running) -> None:
        if self._stop_timer is not None:
            self._stop_timer.cancel()
        delay = max(0.0, running.ends - time.time())
        loop = asyncio.get_running_loop()
        self._stop_timer = loop.call_later(delay, self.stop_challenge, running.id)

    def _challenge_changed(self, number: int) -> None:
        found = self.store.challenge(number)
        message = p.ChallengeState(**found.to_dict())
        self._deliver(None, message)
        self.tell_teacher("challenge", None, **found.to_dict())

    async def _evaluations(self) -> None:
        while True:
            sub = await self._queue.get()
            row = self._db_submission(sub)
            if row is None:
                continue
            found = self.store.challenge(row["challenge_id"])
            test = challenges.test_data_path(self.folder, found.id)
            score = await self._evaluate(self.folder / row["file"], test, found.max_params)
            status = "scored" if score.accuracy is not None else "failed"
            self.store.set_result(sub, status, score.accuracy, score.params, score.error)
            result = {
                "submission": sub,
                "challenge": found.id,
                "status": status,
                "accuracy": score.accuracy,
                "params": score.params,
                "message": score.error,
            }
            self._deliver(row["student_id"], p.Feed(event="result", data=result, sent=time.time()))
            self.tell_teacher(
                "result", row["student_id"], **result, leaderboard=self.leaderboard(found.id)
            )

    def _db_submission(self, sub: int) -> dict[str, Any] | None:
        rows = [r for r in self.store.submissions() if r["id"] == sub]
        return rows[0] if rows and rows[0]["challenge_id"] is not None else None


def _push_message(row: dict[str, Any]) -> p.Push:
    number = row["id"]
    return p.Push(
        push=number,
        kind=row["kind"],
        title=row["title"],
        url=f"/api/push/{number}",
        size=row["size"],
    )
