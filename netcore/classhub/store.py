"""The class's state in SQLite, in the class folder: roster, live progress and runs,
submissions, the class dataset with its review, challenges and their results.

One file (``class.sqlite3``) in WAL mode with ``synchronous=FULL``: a hand-in the hub has
acknowledged is on disk, and killing the hub (even SIGKILL) loses nothing it acknowledged.
The schema carries its version (``PRAGMA user_version``); a file from a later LayerLab is
refused with both versions named. Restarting the hub on the same folder resumes the same class,
code and teacher secret.

Live sharing (lesson progress, runs) changes twice a second per student: the hub keeps it in
memory and writes the latest of each student in one transaction per second
(``save_live``), so the disk sees one commit a second, not eighty.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netcore.classhub.schema import SCHEMA, SCHEMA_VERSION
from netcore.i18n import translate

DB_NAME = "class.sqlite3"
#: The join code's alphabet: no 0/O, 1/I/L, 2/Z, 5/S, 8/B — nothing read aloud twice.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 7  # 25⁷ ≈ 6·10⁹ codes, and wrong guesses are rate-limited


class StoreError(Exception):
    """The class folder's database cannot be used; the message names the file and why."""


class NameTaken(ValueError):
    """Another student of the class already has this name."""


@dataclass(frozen=True)
class Student:
    id: int
    name: str
    joined: float
    last_seen: float


@dataclass(frozen=True)
class Challenge:
    id: int
    title: str
    dataset: str
    max_params: int
    seconds: int
    state: str
    started: float | None
    stopped: float | None

    @property
    def ends(self) -> float | None:
        return self.started + self.seconds if self.started is not None else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "challenge": self.id,
            "title": self.title,
            "dataset": self.dataset,
            "max_params": self.max_params,
            "seconds": self.seconds,
            "state": self.state,
            "ends": self.ends if self.state == "running" else None,
        }


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ClassStore:
    """The state of one class, in ``folder/class.sqlite3`` (created on first use).

    Args:
        folder: The class folder (hand-ins are stored beside the database).
        name: The class's name when it is created (a resumed class keeps its own).

    Raises:
        StoreError: Not a class database, a later schema, or a database that cannot be opened.
    """

    def __init__(self, folder: str | Path, name: str = "") -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / DB_NAME
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            mode = self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=5000")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                self._create(name)
            elif version > SCHEMA_VERSION:
                raise StoreError(
                    translate(
                        "Class hub",
                        "{path}: a class saved by a later LayerLab (schema {got}); this one "
                        "reads schema {version}. Update LayerLab to resume this class.",
                    ).format(path=self.path, got=version, version=SCHEMA_VERSION)
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                translate("Class hub", "{path}: not a class database ({problem})").format(
                    path=self.path, problem=exc
                )
            ) from None
        if mode.lower() != "wal":
            raise StoreError(f"{self.path}: the database could not use WAL mode ({mode})")

    def _create(self, name: str) -> None:
        with self._transaction() as db:  # the schema, the class and its version: all or nothing
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            items = {
                "name": name or self.folder.name,
                "code": new_code(),
                "secret": secrets.token_urlsafe(32),
                "created": repr(time.time()),
            }
            db.executemany("INSERT INTO meta VALUES (?, ?)", items.items())
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _transaction(self):
        return _Transaction(self._db)

    def close(self) -> None:
        self._db.close()

    # -- the class ---------------------------------------------------------------------------

    def meta(self, key: str) -> str:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else ""

    @property
    def class_name(self) -> str:
        return self.meta("name")

    @property
    def code(self) -> str:
        return self.meta("code")

    @property
    def secret(self) -> str:
        """The teacher's secret: only this machine holds it (it never leaves the hub)."""
        return self.meta("secret")

    # -- the roster --------------------------------------------------------------------------

    def add_student(self, name: str) -> tuple[Student, str]:
        """A new student and the token that lets them come back. Raises NameTaken."""
        token = secrets.token_urlsafe(24)
        now = time.time()
        try:
            with self._transaction() as db:
                cur = db.execute(
                    "INSERT INTO students (name, token_hash, joined, last_seen) "
                    "VALUES (?, ?, ?, ?)",
                    (name, _hash(token), now, now),
                )
        except sqlite3.IntegrityError:
            raise NameTaken(name) from None
        return Student(cur.lastrowid, name, now, now), token

    def student_by_token(self, token: str) -> Student | None:
        row = self._db.execute(
            "SELECT id, name, joined, last_seen FROM students WHERE token_hash = ?",
            (_hash(token),),
        ).fetchone()
        return Student(*row) if row else None

    def students(self) -> list[Student]:
        rows = self._db.execute("SELECT id, name, joined, last_seen FROM students ORDER BY id")
        return [Student(*row) for row in rows]

    def student(self, student_id: int) -> Student | None:
        row = self._db.execute(
            "SELECT id, name, joined, last_seen FROM students WHERE id = ?", (student_id,)
        ).fetchone()
        return Student(*row) if row else None

    # -- live sharing ------------------------------------------------------------------------

    def save_live(self, changes: dict[int, dict[str, Any]]) -> None:
        """The latest progress and run of each student who shared since the last call
        (``{student: {"progress": {...}, "run": {...}}}``), in one transaction."""
        if not changes:
            return
        now = time.time()
        with self._transaction() as db:
            for student, live in changes.items():
                db.execute(
                    "INSERT INTO live (student_id, progress, run, updated) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (student_id) DO UPDATE SET "
                    "progress = coalesce(excluded.progress, progress), "
                    "run = coalesce(excluded.run, run), updated = excluded.updated",
                    (student, _json(live.get("progress")), _json(live.get("run")), now),
                )
                db.execute("UPDATE students SET last_seen = ? WHERE id = ?", (now, student))

    def live(self) -> dict[int, dict[str, Any]]:
        """The latest shared progress and run of every student (after a restart too)."""
        out = {}
        for student, progress, run in self._db.execute(
            "SELECT student_id, progress, run FROM live"
        ):
            out[student] = {"progress": _load(progress), "run": _load(run)}
        return out

    # -- hand-ins ----------------------------------------------------------------------------

    def find_submission(self, student: int, handin_id: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT * FROM submissions WHERE student_id = ? AND handin_id = ?",
            (student, handin_id),
        ).fetchone()
        return dict(row) if row else None

    def add_submission(
        self,
        student: int,
        handin_id: str,
        kind: str,
        file: str,
        size: int,
        challenge: int | None = None,
    ) -> tuple[int, bool]:
        """Record a hand-in whose file is already in place; (id, whether it is new). A hand-in
        sent again (same id) counts once. A model handed in for a challenge gets a pending
        result in the same transaction."""
        with self._transaction() as db:
            cur = db.execute(
                "INSERT INTO submissions (student_id, handin_id, kind, file, size, "
                "challenge_id, received) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (student_id, handin_id) DO NOTHING",
                (student, handin_id, kind, file, size, challenge, time.time()),
            )
            if cur.rowcount == 0:
                found = self.find_submission(student, handin_id)
                return found["id"], False
            sid = cur.lastrowid
            if challenge is not None:
                db.execute(
                    "INSERT INTO results (challenge_id, student_id, submission_id) "
                    "VALUES (?, ?, ?)",
                    (challenge, student, sid),
                )
        return sid, True

    def submissions(self, student: int | None = None) -> list[dict[str, Any]]:
        query = "SELECT s.*, st.name FROM submissions s JOIN students st ON st.id = s.student_id"
        args: tuple = ()
        if student is not None:
            query, args = query + " WHERE s.student_id = ?", (student,)
        return [dict(row) for row in self._db.execute(query + " ORDER BY s.id", args)]

    # -- the class dataset -------------------------------------------------------------------

    def add_item(self, student: int, handin_id: str, label: int, file: str) -> tuple[int, bool]:
        """A drawn digit whose image is already in place; (id, whether it is new)."""
        with self._transaction() as db:
            cur = db.execute(
                "INSERT INTO dataset_items (student_id, handin_id, label, file, received) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (student_id, handin_id) DO NOTHING",
                (student, handin_id, label, file, time.time()),
            )
            if cur.rowcount == 0:
                row = db.execute(
                    "SELECT id FROM dataset_items WHERE student_id = ? AND handin_id = ?",
                    (student, handin_id),
                ).fetchone()
                return row[0], False
        return cur.lastrowid, True

    def review(self, item: int, accepted: bool) -> bool:
        """Accept or reject a drawing (a wrong label); False if there is no such item."""
        with self._transaction() as db:
            cur = db.execute(
                "UPDATE dataset_items SET status = ?, reviewed = ? WHERE id = ?",
                ("accepted" if accepted else "rejected", time.time(), item),
            )
        return cur.rowcount == 1

    def items(self, status: str | None = None) -> list[dict[str, Any]]:
        """The class dataset, newest first (optionally only one status)."""
        query = "SELECT d.*, s.name FROM dataset_items d JOIN students s ON s.id = d.student_id"
        args: tuple = ()
        if status is not None:
            query, args = query + " WHERE d.status = ?", (status,)
        return [dict(row) for row in self._db.execute(query + " ORDER BY d.id DESC", args)]

    # -- the teacher's pushes ----------------------------------------------------------------

    def add_push(self, kind: str, title: str, file: str, size: int, student: int | None) -> int:
        with self._transaction() as db:
            cur = db.execute(
                "INSERT INTO pushes (kind, title, file, size, student_id, sent) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (kind, title, file, size, student, time.time()),
            )
        return cur.lastrowid

    def push(self, push: int) -> dict[str, Any] | None:
        row = self._db.execute("SELECT * FROM pushes WHERE id = ?", (push,)).fetchone()
        return dict(row) if row else None

    def pushes_since(self, push: int, student: int, limit: int = 5) -> list[dict[str, Any]]:
        """The latest pushes to everyone or to ``student`` after number ``push``, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM pushes WHERE id > ? AND (student_id IS NULL OR student_id = ?) "
            "ORDER BY id DESC LIMIT ?",
            (push, student, limit),
        )
        return [dict(row) for row in rows][::-1]

    # -- challenges --------------------------------------------------------------------------

    def define_challenge(self, title: str, dataset: str, max_params: int, seconds: int) -> int:
        with self._transaction() as db:
            cur = db.execute(
                "INSERT INTO challenges (title, dataset, max_params, seconds) VALUES (?, ?, ?, ?)",
                (title, dataset, max_params, seconds),
            )
        return cur.lastrowid

    def challenge(self, challenge: int) -> Challenge | None:
        row = self._db.execute(
            "SELECT id, title, dataset, max_params, seconds, state, started, stopped "
            "FROM challenges WHERE id = ?",
            (challenge,),
        ).fetchone()
        return Challenge(*row) if row else None

    def running_challenge(self, now: float | None = None) -> Challenge | None:
        """The challenge open for hand-ins now (started, not stopped, time not over)."""
        now = time.time() if now is None else now
        row = self._db.execute(
            "SELECT id FROM challenges WHERE state = 'running' ORDER BY started DESC LIMIT 1"
        ).fetchone()
        found = self.challenge(row[0]) if row else None
        return found if found is not None and found.ends is not None and now < found.ends else None

    def set_challenge_state(self, challenge: int, state: str) -> bool:
        """Start (stopping any other running one) or stop a challenge."""
        now = time.time()
        with self._transaction() as db:
            if state == "running":
                db.execute(
                    "UPDATE challenges SET state = 'stopped', stopped = ? "
                    "WHERE state = 'running' AND id != ?",
                    (now, challenge),
                )
                cur = db.execute(
                    "UPDATE challenges SET state = 'running', started = ?, stopped = NULL "
                    "WHERE id = ?",
                    (now, challenge),
                )
            else:
                cur = db.execute(
                    "UPDATE challenges SET state = 'stopped', stopped = ? WHERE id = ?",
                    (now, challenge),
                )
        return cur.rowcount == 1

    def set_result(
        self,
        submission: int,
        status: str,
        accuracy: float | None,
        params: int | None,
        message: str = "",
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE results SET status = ?, accuracy = ?, params = ?, message = ?, "
                "evaluated = ? WHERE submission_id = ?",
                (status, accuracy, params, message, time.time(), submission),
            )

    def pending_results(self) -> list[dict[str, Any]]:
        """Hand-ins still to evaluate (after a restart too)."""
        rows = self._db.execute(
            "SELECT r.submission_id, r.challenge_id, s.file FROM results r "
            "JOIN submissions s ON s.id = r.submission_id WHERE r.status = 'pending' "
            "ORDER BY r.id"
        )
        return [dict(row) for row in rows]

    def leaderboard(self, challenge: int) -> list[dict[str, Any]]:
        """Each student's best scored hand-in, best first (ties: fewer parameters, earlier)."""
        rows = self._db.execute(
            "SELECT st.name, r.student_id, r.accuracy, r.params, r.submission_id, s.received "
            "FROM results r JOIN students st ON st.id = r.student_id "
            "JOIN submissions s ON s.id = r.submission_id "
            "WHERE r.challenge_id = ? AND r.status = 'scored' "
            "ORDER BY r.accuracy DESC, r.params ASC, s.received ASC",
            (challenge,),
        )
        best: dict[int, dict[str, Any]] = {}
        for row in rows:
            best.setdefault(row["student_id"], dict(row))
        return [{"rank": i + 1, **row} for i, row in enumerate(best.values())]

    def results(self, challenge: int) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT r.*, st.name FROM results r JOIN students st ON st.id = r.student_id "
            "WHERE r.challenge_id = ? ORDER BY r.id",
            (challenge,),
        )
        return [dict(row) for row in rows]


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error) on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> sqlite3.Connection:
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def __exit__(self, kind, value, tb) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, separators=(",", ":"))


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)
