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
