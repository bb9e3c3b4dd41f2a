"""The class hub's messages (versioned, validated by schema) and its state in SQLite."""

import contextlib
import sqlite3

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from netcore.classhub import protocol
from netcore.classhub.protocol import ProtocolError, read_student
from netcore.classhub.store import CODE_ALPHABET, ClassStore, NameTaken, StoreError


def frame(**fields):
    return msgspec.json.encode({"v": protocol.PROTOCOL_VERSION, **fields})


def test_a_join_is_read_with_its_fields():
    message = read_student(frame(type="join", code="ACDEFG7", name="Ada"))
    assert isinstance(message, protocol.Join)
    assert (message.code, message.name, message.token) == ("ACDEFG7", "Ada", "")


def test_another_protocol_version_is_refused_naming_both():
    with pytest.raises(ProtocolError, match=r"protocol version 2; this LayerLab speaks version 1"):
        read_student(msgspec.json.encode({"v": 2, "type": "join", "code": "A", "name": "x"}))
    with pytest.raises(ProtocolError, match="protocol version None"):
        read_student(b'{"type": "join", "code": "A", "name": "x"}')


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"garbage", "not a JSON object"),
        (b"[1, 2]", "not a JSON object"),
        (frame(type="shutdown"), "message 'shutdown': Invalid value 'shutdown'"),
        (frame(type="join", code="A", name=""), "message 'join'.*name"),
        (frame(type="join", code="A", name="a\nb"), "message 'join'.*name"),
        (frame(type="join", code="A", name="x" * 41), "length <= 40"),
        (frame(type="join", code="A", name="x", admin=True), "unknown field `admin`"),
        (frame(type="run", run=1, curves={"loss": [0.5] * 201}), "length <= 200"),
        (frame(type="run", run=1, test_accuracy=3.0), r"<= 1"),
        (frame(type="progress", lesson="l", step=-1), ">= 0"),
    ],
)
def test_malformed_frames_are_refused_with_the_reason(data, message):
    with pytest.raises(ProtocolError, match=message):
        read_student(data)


def test_a_frame_past_the_limit_is_refused_before_parsing():
    with pytest.raises(ProtocolError, match="at most 1,048,576"):
        read_student(b" " * (protocol.MAX_FRAME + 1))


@given(st.binary(max_size=300))
def test_no_bytes_make_the_reader_fail_otherwise(data):
    with contextlib.suppress(ProtocolError):
        read_student(data)


@given(st.lists(st.floats(allow_nan=False), max_size=2000))
def test_thinned_curves_keep_at_most_200_points_with_both_ends(values):
    thinned = protocol.thin(values)
    assert len(thinned) == min(len(values), 200)
    if values:
        assert thinned[0] == values[0] and thinned[-1] == values[-1]


def test_a_new_class_has_a_code_a_secret_and_resumes_after_a_restart(tmp_path):
    store = ClassStore(tmp_path, name="7B")
    code, secret = store.code, store.secret
    assert len(code) >= 6 and set(code) <= set(CODE_ALPHABET)
    assert not set(CODE_ALPHABET) & set("0O1IL5S2Z8B")
    ada, token = store.add_student("Ada")
    store.close()
    again = ClassStore(tmp_path, name="other")
    assert (again.class_name, again.code, again.secret) == ("7B", code, secret)
    assert again.student_by_token(token) == ada
    assert again.student_by_token("forged") is None
    mode = sqlite3.connect(tmp_path / "class.sqlite3").execute("PRAGMA journal_mode").fetchone()
    assert mode[0] == "wal"
    again.close()


def test_names_are_unique_whatever_their_case(tmp_path):
    store = ClassStore(tmp_path)
    store.add_student("Ada")
    with pytest.raises(NameTaken):
        store.add_student("ADA")
    store.close()


def test_a_hand_in_sent_twice_counts_once_and_a_challenge_result_waits(tmp_path):
    store = ClassStore(tmp_path)
    ada, _ = store.add_student("Ada")
    challenge = store.define_challenge("best", "circles", 1000, 60)
    first = store.add_submission(ada.id, "a" * 32, "model", "models/x.keras", 10, challenge)
    again = store.add_submission(ada.id, "a" * 32, "model", "models/x.keras", 10, challenge)
    assert first[1] and not again[1] and first[0] == again[0]
    assert [r["submission_id"] for r in store.pending_results()] == [first[0]]
    store.set_result(first[0], "scored", 0.9, 500)
    top = store.leaderboard(challenge)[0]
    assert (top["name"], top["rank"], top["accuracy"], top["params"]) == ("Ada", 1, 0.9, 500)
    store.close()


def test_reviews_and_the_dataset_newest_first(tmp_path):
    store = ClassStore(tmp_path)
    ada, _ = store.add_student("Ada")
    one, _ = store.add_item(ada.id, "1" * 32, 3, "drawings/1.png")
    two, _ = store.add_item(ada.id, "2" * 32, 4, "drawings/2.png")
    assert store.review(one, accepted=False)
    assert not store.review(999, accepted=True)
    assert [i["id"] for i in store.items()] == [two, one]
    assert [i["id"] for i in store.items("rejected")] == [one]
    store.close()


def test_live_sharing_keeps_the_latest_of_each_student(tmp_path):
    store = ClassStore(tmp_path)
    ada, _ = store.add_student("Ada")
    store.save_live({ada.id: {"progress": {"lesson": "a", "step": 1}}})
    store.save_live({ada.id: {"run": {"run": 1}}})
    assert store.live() == {ada.id: {"progress": {"lesson": "a", "step": 1}, "run": {"run": 1}}}
    store.close()


def test_a_later_schema_or_another_file_is_refused_by_name(tmp_path):
    db = sqlite3.connect(tmp_path / "class.sqlite3")
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(
        StoreError, match=r"class.sqlite3: a class saved by a later LayerLab \(schema 99\)"
    ):
        ClassStore(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "class.sqlite3").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a class database"):
        ClassStore(other)
