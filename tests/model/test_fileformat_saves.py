"""Saves that keep what the user had: the .bak is replaced atomically and only after the new
content is in place, temporary files of killed saves are cleaned up, links are written through."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time

import pytest
from flowkit import minimal

from blueprint_studio.model import fileformat
from blueprint_studio.model.fileformat import SaveError, load, loads, remove_stale_temps, save
from blueprint_studio.model.schema import Meta


def _titled(title: str):
    return minimal(meta=Meta(title=title))


def _temps(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_save_that_fails_after_the_temporary_file_keeps_the_file_and_the_backup(tmp_path, monkeypatch):
    path = tmp_path / "desk.blueprint.json"
    save(_titled("One"), path)
    save(_titled("Two"), path)
    bak = path.with_name(path.name + ".bak")
    before = path.read_bytes(), bak.read_bytes()
    real_replace = os.replace

    def refuse_target(src, dst):
        if str(dst) == str(path):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(fileformat.os, "replace", refuse_target)
    with pytest.raises(SaveError, match="the disk is full. The file on disk is unchanged") as info:
        save(_titled("Three"), path)
    assert info.value.reason_code == "os.ENOSPC"
    assert (path.read_bytes(), bak.read_bytes()) == before
    assert loads(bak.read_bytes()).meta.title == "One"
    assert _temps(tmp_path) == []


def test_a_backup_copy_that_fails_midway_leaves_the_old_backup_whole(tmp_path, monkeypatch):
    path = tmp_path / "desk.blueprint.json"
    save(_titled("One"), path)
    save(_titled("Two"), path)
    bak = path.with_name(path.name + ".bak")
    good_bak = bak.read_bytes()
    real_write = fileformat._write_temp

    def full_on_backup(folder, name, payload):
        if name.endswith(".bak"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(folder, name, payload)

    monkeypatch.setattr(fileformat, "_write_temp", full_on_backup)
    with pytest.raises(SaveError):
        save(_titled("Three"), path)
    assert bak.read_bytes() == good_bak
    assert load(path).meta.title == "Two"
    assert _temps(tmp_path) == []


def test_saving_onto_a_symbolic_link_writes_the_file_it_points_at(tmp_path):
    real = tmp_path / "shared" / "desk.blueprint.json"
    real.parent.mkdir()
    save(_titled("One"), real)
    link = tmp_path / "desk.blueprint.json"
    link.symlink_to(real)
    save(_titled("Two"), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load(real).meta.title == "Two"
    assert load(real.with_name(real.name + ".bak")).meta.title == "One"
    assert _temps(real.parent) == [] and _temps(tmp_path) == []


def test_saving_onto_a_relative_link_chain_keeps_both_links(tmp_path):
    save(_titled("One"), tmp_path / "real.blueprint.json")
    (tmp_path / "middle.blueprint.json").symlink_to("real.blueprint.json")
    (tmp_path / "top.blueprint.json").symlink_to("middle.blueprint.json")
    save(_titled("Two"), tmp_path / "top.blueprint.json")
    assert (tmp_path / "top.blueprint.json").is_symlink() and (
        tmp_path / "middle.blueprint.json"
    ).is_symlink()
    assert load(tmp_path / "real.blueprint.json").meta.title == "Two"


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporary_files_of_a_killed_save_go_at_the_next_save_and_nothing_else(tmp_path):
    path = tmp_path / "desk.blueprint.json"
    save(_titled("One"), path)
    dead, alive = _dead_pid(), os.getppid()
    left = [
        tmp_path / f".desk.blueprint.json.{dead}.ab12cd_x.tmp",
        tmp_path / f".desk.blueprint.json.bak.{dead}.zz99yy_q.tmp",
    ]
    old_style = tmp_path / ".desk.blueprint.json.k3j4h5g6.tmp"
    kept = [
        tmp_path / f".desk.blueprint.json.{alive}.running.tmp",  # a save in progress
        tmp_path / f".other.blueprint.json.{dead}.abc.tmp",  # another file's
        tmp_path / ".desk.blueprint.json.notes.txt",  # not our pattern
        tmp_path / ".desk.blueprint.json.k3j4h5g7.tmp",
    ]  # old style, recent
    for p in left + [old_style] + kept:
        p.write_bytes(b"x" * 1000)
    day_ago = time.time() - 2 * 24 * 3600
    os.utime(old_style, (day_ago, day_ago))
    save(_titled("Two"), path)
    for p in left + [old_style]:
        assert not p.exists(), p.name
    for p in kept:
        assert p.exists(), p.name
    assert load(path).meta.title == "Two"


def test_cleaning_a_folder_that_cannot_be_listed_is_harmless(tmp_path):
    assert remove_stale_temps(tmp_path / "missing", "desk.blueprint.json") == []


def test_unsavable_document_is_a_save_error_naming_the_file(tmp_path):
    bp = _titled("One")
    broken = bp.model_copy(update={"meta": Meta.model_construct(title="a\ud800")})
    with pytest.raises(SaveError, match="desk.blueprint.json") as info:
        save(broken, tmp_path / "desk.blueprint.json")
    assert info.value.reason_code == "unsavable"
    assert list(tmp_path.iterdir()) == []
