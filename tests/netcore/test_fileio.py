"""Atomic saves: all or nothing, and the file permissions a plain write would give."""

import os
import stat

import pytest

from netcore.fileio import atomic_path, atomic_write_text


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_files_get_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "net.json", "{}")
    finally:
        os.umask(umask)
    assert mode(tmp_path / "net.json") == 0o644  # not mkstemp's private 0600


def test_existing_files_keep_their_permissions(tmp_path):
    path = tmp_path / "private.json"
    path.write_text("old")
    os.chmod(path, 0o600)
    atomic_write_text(path, "new")
    assert path.read_text() == "new" and mode(path) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "net.json"
    path.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(path) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert path.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net.json"]


def test_temporaries_left_by_a_killed_save_are_removed_at_the_next_save(tmp_path):
    import os
    import time

    from netcore.fileio import atomic_write_text

    target = tmp_path / "net.json"
    stale = tmp_path / ".net.abc123.tmp.json"
    stale.write_text("half a file")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".net.def456.tmp.json"  # perhaps a save in progress: kept
    fresh.write_text("being written")
    other = tmp_path / ".other.abc.tmp.json"
    other.write_text("another file's")
    os.utime(other, (old, old))
    atomic_write_text(target, "{}")
    assert target.read_text() == "{}"
    assert not stale.exists() and fresh.exists() and other.exists()


def test_special_files_are_refused_not_read_forever(tmp_path):
    """A lesson folder may hold a link to /dev/zero or a FIFO: both are refused at once."""
    import os

    from netcore.fileio import UnreadableFileError, read_bytes_limited

    link = tmp_path / "zero.toml"
    link.symlink_to("/dev/zero")
    with pytest.raises(UnreadableFileError, match="device"):
        read_bytes_limited(link, 1000)
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableFileError, match="pipe"):
        read_bytes_limited(fifo, 1000)
    with pytest.raises(UnreadableFileError, match="folder"):
        read_bytes_limited(tmp_path, 1000)
    import socket

    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "sock.toml"))
        with pytest.raises(UnreadableFileError, match="socket"):
            read_bytes_limited(tmp_path / "sock.toml", 1000)
    finally:
        sock.close()


def test_reading_stops_at_the_limit_and_names_it(tmp_path):
    from netcore.fileio import UnreadableFileError, read_bytes_limited, read_text_limited

    big = tmp_path / "big.toml"
    big.write_bytes(b"x" * 2001)
    with pytest.raises(UnreadableFileError, match=r"2,001 bytes; a lesson may be at most 2,000"):
        read_bytes_limited(big, 2000, "lesson")
    assert read_text_limited(big, 2001) == "x" * 2001


def test_a_save_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path):
    from netcore.fileio import atomic_write_text

    real = tmp_path / "real" / "heat.png"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.png"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_a_save_onto_a_folder_or_device_is_refused(tmp_path):
    from netcore.fileio import UnreadableFileError, atomic_write_text

    with pytest.raises(UnreadableFileError, match="folder"):
        atomic_write_text(tmp_path, "x")
    link = tmp_path / "null"
    link.symlink_to("/dev/null")
    with pytest.raises(UnreadableFileError, match="device"):
        atomic_write_text(link, "x")
