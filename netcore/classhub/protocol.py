"""The messages between the hub, the students' apps and the teacher, as versioned schemas.

Every WebSocket frame is one JSON object ``{"v": PROTOCOL_VERSION, "type": ..., ...}``. msgspec
validates it against the Struct its ``type`` names (types, lengths, ranges, no unknown fields):
nothing here is checked by hand. A frame of another protocol version is refused with both
versions named, so an app and a hub of different LayerLab releases say so instead of
misreading each other.

The limits are far above what a class sends (a run's curves hold at most ``MAX_POINTS`` points,
the app thins them) and far below what would cost the hub memory.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec

from netcore.i18n import translate

#: Bumped whenever a message changes in a way an older peer would misread.
PROTOCOL_VERSION = 1
#: The largest WebSocket frame the hub reads; a larger one closes that connection only.
MAX_FRAME = 1 << 20
#: A network spec shared with a run (a 200-layer network is a few hundred KB of JSON).
MAX_SPEC_BYTES = 512 << 10
#: Points of one curve (the app thins a run's curves to this many).
MAX_POINTS = 200
MAX_NAME = 40
MAX_TEXT = 500

#: A student's name: printable (no control characters), shown escaped everywhere.
_PRINTABLE = r"^[^\x00-\x1f\x7f]*\S[^\x00-\x1f\x7f]*$"
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_NAME, pattern=_PRINTABLE)]
Text = Annotated[str, msgspec.Meta(max_length=MAX_TEXT)]
Short = Annotated[str, msgspec.Meta(max_length=200)]
Code = Annotated[str, msgspec.Meta(min_length=1, max_length=32)]
Token = Annotated[str, msgspec.Meta(max_length=128)]
#: A hand-in's id, chosen by the app so a resent hand-in counts once.
HandinId = Annotated[str, msgspec.Meta(pattern=r"^[0-9a-f]{32}$")]
Count = Annotated[int, msgspec.Meta(ge=0, le=10**9)]
Score = Annotated[float, msgspec.Meta(ge=-1e30, le=1e30)]
Curve = Annotated[list[Score | None], msgspec.Meta(max_length=MAX_POINTS)]
Setting = str | int | float | bool | None


class ProtocolError(ValueError):
    """A frame the hub or the app will not read; the message says why (shown to the peer)."""


class Message(msgspec.Struct, tag_field="type", forbid_unknown_fields=True, kw_only=True):
    """Every message carries the protocol version it was written with."""

    v: int = PROTOCOL_VERSION


# -- student → hub ------------------------------------------------------------------------


class Join(Message, tag="join"):
    """The first frame of a student's connection: the class code and a name (or, to come back
    as the same student after a lost connection, the token the hub gave). ``seen_push`` is the
    last push the app received: the hub sends again the ones it missed while offline."""

    code: Code
    name: Name
    token: Token = ""
    seen_push: Annotated[int, msgspec.Meta(ge=0)] = 0


class Check(msgspec.Struct, forbid_unknown_fields=True):
    name: Short
    passed: bool


class Progress(Message, tag="progress"):
    """Where the student is in a lesson, with each check's result."""

    lesson: Short
    step: Annotated[int, msgspec.Meta(ge=0, le=10_000)]
    checks: Annotated[list[Check], msgspec.Meta(max_length=50)] = []


class Curves(msgspec.Struct, forbid_unknown_fields=True):
    loss: Curve = []
    accuracy: Curve = []
    val_loss: Curve = []
    val_accuracy: Curve = []


class RunShare(Message, tag="run"):
    """One run as the teacher sees it: settings, epochs, thinned curves, test accuracy,
    parameter count and the network as a spec (a JSON object). Nothing else."""

    run: Annotated[int, msgspec.Meta(ge=0, le=10**6)]
    settings: Annotated[dict[Short, Setting], msgspec.Meta(max_length=40)] = {}
    epochs: Count = 0
    curves: Curves = msgspec.field(default_factory=Curves)
    test_accuracy: Annotated[float, msgspec.Meta(ge=0, le=1)] | None = None
    params: Count = 0
    network: dict[str, Any] = {}
    live: bool = False


# -- teacher → hub ------------------------------------------------------------------------


class Teacher(Message, tag="teacher"):
    """The first frame of the teacher's feed: the secret only the teacher's machine holds."""

    secret: Token


class TeacherNote(msgspec.Struct, forbid_unknown_fields=True):
    """``POST /api/teacher/message``: a short message to all (or one student)."""

    text: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT)]
    student: int | None = None


class TeacherReview(msgspec.Struct, forbid_unknown_fields=True):
    """``POST /api/teacher/review``: a drawing of the class dataset accepted or rejected."""

    item: int
    accepted: bool


class TeacherChallenge(msgspec.Struct, forbid_unknown_fields=True):
    """``POST /api/teacher/challenge``: a challenge defined (then started by its number)."""

    title: Short
    dataset: Short
    max_params: Annotated[int, msgspec.Meta(ge=1, le=150_000_000)]
    seconds: Annotated[int, msgspec.Meta(ge=10, le=24 * 3600)]


def read_body(data: bytes, kind: type):
    """A teacher request's JSON body as ``kind``. Raises ProtocolError."""
    try:
        return msgspec.json.decode(data, type=kind)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise ProtocolError(f"{kind.__doc__.split(':')[0].strip('`')}: {exc}") from None


# -- hub → student / teacher --------------------------------------------------------------


class Welcome(Message, tag="welcome"):
    student: int
    name: str
    token: str
    class_name: str
    challenge: dict[str, Any] | None = None


class Refused(Message, tag="refused"):
    """Why the hub closes this connection (wrong code, a name taken, another version, ...)."""

    reason: str


class Error(Message, tag="error"):
    """A frame the hub did not take; the connection stays open."""

    reason: str


class Push(Message, tag="push"):
    """The teacher sent a lesson, a project or a network; the app fetches ``url`` (with its
    token) and asks the student before opening it."""

    push: int
    kind: Literal["lesson", "project", "network"]
    title: str
    url: str
    size: int


class Note(Message, tag="message"):
    """A short message from the teacher."""

    text: str


class ChallengeState(Message, tag="challenge"):
    challenge: int
    title: str
    dataset: str
    max_params: int
    seconds: int
    state: Literal["defined", "running", "stopped"]
    ends: float | None = None


class Feed(Message, tag="feed"):
    """What the teacher's dashboard hears: ``event`` names it, ``data`` holds it."""

    event: str
    student: int | None = None
    data: dict[str, Any] = {}
    sent: float = 0.0


StudentFrame = Join | Progress | RunShare
HubFrame = Welcome | Refused | Error | Push | Note | ChallengeState | Feed

_student_decoder = msgspec.json.Decoder(StudentFrame)
_teacher_decoder = msgspec.json.Decoder(Teacher)
_hub_decoder = msgspec.json.Decoder(HubFrame)


def _plain_text(value: Any) -> Any:
    """Translated templates (a ``str`` subclass) are written as the text they are."""
    if isinstance(value, str):
        return str(value)
    raise NotImplementedError(f"cannot send a {type(value).__name__}")


_encoder = msgspec.json.Encoder(enc_hook=_plain_text)


class _Envelope(msgspec.Struct):
    v: Any = None
    type: Any = None


_envelope = msgspec.json.Decoder(_Envelope)


def _checked(data: bytes | str, decoder: msgspec.json.Decoder):
    if len(data) > MAX_FRAME:
        raise ProtocolError(
            translate("Class hub", "a message of {size} bytes; at most {limit} are read").format(
                size=f"{len(data):,}", limit=f"{MAX_FRAME:,}"
            )
        )
    try:
        head = _envelope.decode(data)
    except msgspec.DecodeError:
        raise ProtocolError(translate("Class hub", "not a JSON object")) from None
    if head.v != PROTOCOL_VERSION:
        raise ProtocolError(
            translate(
                "Class hub",
                "protocol version {got}; this LayerLab speaks version {version}: "
                "use the same LayerLab release as the teacher",
            ).format(got=repr(head.v), version=PROTOCOL_VERSION)
        )
    try:
        return decoder.decode(data)
    except msgspec.ValidationError as exc:
        raise ProtocolError(
            translate("Class hub", "message '{type}': {problem}").format(
                type=str(head.type)[:40], problem=exc
            )
        ) from None
    except msgspec.DecodeError as exc:
        raise ProtocolError(
            translate("Class hub", "not JSON: {problem}").format(problem=exc)
        ) from None


def read_student(data: bytes | str) -> Join | Progress | RunShare:
    """A frame from a student's app. Raises ProtocolError (a message for the student)."""
    return _checked(data, _student_decoder)


def read_teacher(data: bytes | str) -> Teacher:
    """The teacher feed's first frame. Raises ProtocolError."""
    return _checked(data, _teacher_decoder)


def read_hub(data: bytes | str):
    """A frame from the hub (the app's side). Raises ProtocolError."""
    return _checked(data, _hub_decoder)


def write(message: Message) -> bytes:
    """The frame for ``message``."""
    return _encoder.encode(message)


def to_plain(message: Message) -> dict[str, Any]:
    """The message as plain values (for the teacher's feed and the window)."""
    return msgspec.to_builtins(message, enc_hook=_plain_text)


def thin(values: list[float | None], points: int = MAX_POINTS) -> list[float | None]:
    """At most ``points`` values of a curve, evenly spread, first and last kept."""
    if len(values) <= points:
        return list(values)
    step = (len(values) - 1) / (points - 1)
    return [values[round(i * step)] for i in range(points)]
