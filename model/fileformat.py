"""The `*.blueprint.json` file: canonical JSON, format versions and migrations, atomic saves.

Loading raises only `LoadError` (its message names the JSON location and the reason); saving
raises only `SaveError` and never leaves the user's file half-written. No Qt here.
"""

from __future__ import annotations

import errno
import gc
import glob
import json
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from blueprint_studio.model import __version__
from blueprint_studio.model.load_texts import word
from blueprint_studio.model.schema import CALIBRATED_KEYS, LIMITS, Blueprint, StaffingTargets

FORMAT_VERSION = 2
MIN_READER_VERSION = 2
MAX_FILE_BYTES = 64 * 1024 * 1024
SUFFIX = ".blueprint.json"
_ENVELOPE = ("format_version", "min_reader_version", "generator")


class LoadError(Exception):
    """A file that cannot be opened; `location` is a JSON path such as `lanes[2].pool.agents`.
    `code` and `params` let the window word `reason` in the user's language (model.load_texts)."""

    def __init__(
        self,
        reason: str,
        location: str = "",
        source: str = "",
        code: str = "",
        params: dict[str, Any] | None = None,
    ) -> None:
        self.reason = reason
        self.location = location
        self.source = source
        self.code = code
        self.params = dict(params or {})
        where = ": ".join(p for p in (source, location) if p)
        super().__init__(f"{where}: {reason}" if where else reason)


def _refuse(code: str, location: str = "", source: str = "", **params: Any) -> LoadError:
    return LoadError(word(code, params) or code, location, source, code, params)


class SaveError(Exception):
    """A save that did not happen; the file on disk is as it was before. `reason_code` (a key
    of model.load_texts, or "") and `reason` say why, `name` is the file's name."""

    def __init__(self, name: str, reason: str, reason_code: str = "") -> None:
        self.name, self.reason, self.reason_code = name, reason, reason_code
        super().__init__(f"Could not save '{name}': {reason}. The file on disk is unchanged.")


# ---------------------------------------------------------------- migrations


def _migrate_0_to_1(data: dict) -> dict:
    """v0 (the prototype): metadata at the top, `type` for node kinds, `from`/`to` on edges,
    `pos: [x, y]` for positions and `name` for lane titles."""
    data = dict(data)
    meta = {key: data.pop(key) for key in ("title", "author", "description") if key in data}
    if "language" in data:
        meta["language"] = data.pop("language")
    old_meta = data.get("meta", {})
    # Only an object can be merged; anything else is left for the schema to refuse by name.
    data["meta"] = {**meta, **old_meta} if isinstance(old_meta, dict) else old_meta
    data.pop("version", None)

    def node(n: dict) -> dict:
        n = dict(n)
        if "type" in n:
            n["kind"] = n.pop("type")
        if "pos" in n:
            pos = n.pop("pos")
            if isinstance(pos, list) and len(pos) == 2:
                n["x"], n["y"] = pos
        return n

    def edge(e: dict) -> dict:
        e = dict(e)
        if "from" in e:
            e["source"] = e.pop("from")
        if "to" in e:
            e["target"] = e.pop("to")
        return e

    def lane(ln: dict) -> dict:
        ln = dict(ln)
        if "name" in ln:
            ln["title"] = ln.pop("name")
        return ln

    for key, fix in (("nodes", node), ("edges", edge), ("lanes", lane)):
        if isinstance(data.get(key), list):
            data[key] = [fix(x) if isinstance(x, dict) else x for x in data[key]]
    return data


def _migrate_1_to_2(data: dict) -> dict:
    """v1 counted a business-hours SLA policy's clock on the hours when a pool (`calendar_pool`)
    had agents on duty; v2 has calendars of their own. Each such pool becomes a calendar open
    whenever at least one agent is on duty (the same clock, so the same results), and the
    policies count it. A scenario whose shifts or head count change those hours gets its own
    calendar and its own policies, as its run counted them. Anything malformed is left as it is
    for the schema to refuse by name."""
    data = dict(data)
    lanes = [lane for lane in _list(data.get("lanes")) if isinstance(lane, dict)]
    pools: dict[str, dict] = {}
    for pool in [lane.get("pool") for lane in lanes] + _list(data.get("pools")):
        if isinstance(pool, dict) and isinstance(pool.get("id"), str):
            pools.setdefault(pool["id"], pool)
    meta = data.get("meta")
    french = isinstance(meta, dict) and meta.get("language") == "fr"
    calendars = _list(data.get("calendars"))
    taken = _ids_in(data)
    made: dict[tuple, str] = {}  # opening hours -> the calendar made for them

    def calendar_for(pool_id: Any, shifts: Any, scenario: str) -> str | None:
        hours = _open_hours(shifts)
        if not hours or not isinstance(pool_id, str):
            return None  # no shifts: the policy has no calendar (an error that names it)
        key = tuple((tuple(h["days"]), h["start"], h["end"]) for h in hours)
        if key not in made:
            pool = pools.get(pool_id, {})
            name = str(pool.get("name") or pool_id)
            if scenario and hours != _open_hours(pool.get("shifts")):  # the scenario's own hours
                name += f" ({scenario})"
            calendar_id = _free_id(f"calendar_{pool_id}", taken)
            made[key] = calendar_id
            title = f"Heures d’ouverture\u00a0: {name}" if french else f"Opening hours: {name}"
            calendars.append({"id": calendar_id, "name": title, "hours": hours})
        return made[key]

    def policies(items: Any, shifts_of: Callable[[Any], Any], scenario: str = "") -> Any:
        if not isinstance(items, list):
            return items
        out = []
        for policy in items:
            if isinstance(policy, dict) and "calendar_pool" in policy:
                policy = dict(policy)
                pool_id = policy.pop("calendar_pool")
                if policy.get("business_hours") and policy.get("calendar") is None:
                    calendar_id = calendar_for(pool_id, shifts_of(pool_id), scenario)
                    if calendar_id is not None:
                        policy["calendar"] = calendar_id
            out.append(policy)
        return out

    base = data.get("sla")
    if "sla" in data:
        data["sla"] = policies(base, lambda pool_id: _pool_shifts(pools, pool_id))
    if isinstance(data.get("scenarios"), list):
        data["scenarios"] = [
            _scenario_1_to_2(s, base, pools, policies) if isinstance(s, dict) else s
            for s in data["scenarios"]
        ]
    if calendars:
        data["calendars"] = calendars
    return data


def _scenario_1_to_2(scenario: dict, base: Any, pools: dict[str, dict], policies: Callable) -> dict:
    """A scenario's policies counted its own hours of the pool (its shifts, or the pool's scaled
    to its head count, as model.build does): where these differ, it gets policies of its own."""
    scenario = dict(scenario)
    name = str(scenario.get("name") or scenario.get("id") or "")

    def shifts_of(pool_id: Any) -> Any:
        pool = pools.get(pool_id, {}) if isinstance(pool_id, str) else {}
        own = scenario.get("pool_shifts")
        if isinstance(own, dict) and pool_id in own:
            return own[pool_id]
        agents = scenario.get("pool_agents")
        shifts = pool.get("shifts")
        if isinstance(agents, dict) and pool_id in agents and shifts:
            return _scaled(shifts, agents[pool_id], pool.get("agents", 1))
        return shifts

    own = scenario.get("sla")
    if own is not None:
        scenario["sla"] = policies(own, shifts_of, name)
    elif isinstance(base, list) and any(
        isinstance(p, dict)
        and p.get("business_hours")
        and _open_hours(shifts_of(p.get("calendar_pool")))
        != _open_hours(_pool_shifts(pools, p.get("calendar_pool")))
        for p in base
    ):
        scenario["sla"] = policies(base, shifts_of, name)
    return scenario


def _open_hours(shifts: Any) -> list[dict]:
    """Opening hours where a shift has agents on duty (overlaps may stay: a calendar counts
    them once); [] when there are none or the shifts are malformed."""
    hours: list[dict] = []
    if not isinstance(shifts, list):
        return hours
    for shift in shifts:
        if not isinstance(shift, dict) or not isinstance(shift.get("agents"), int) or shift["agents"] <= 0:
            continue
        entry = {k: shift.get(k) for k in ("days", "start", "end")}
        if not isinstance(entry["days"], list):
            continue
        entry["days"] = sorted(set(d for d in entry["days"] if isinstance(d, int)))
        if entry not in hours:
            hours.append(entry)
    return hours


def _scaled(shifts: list, agents: Any, pool_agents: Any) -> list:
    """model.build._scale_shifts on raw shifts: each in proportion to the pool's peak."""
    try:
        from blueprint_studio.model.build import calendar_of
        from blueprint_studio.model.schema import Shift

        typed = [Shift.model_validate(s) for s in shifts]
        peak = calendar_of(int(pool_agents), typed).peak or 1
        return [{**s, "agents": max(0, round(t.agents * int(agents) / peak))} for s, t in zip(shifts, typed)]
    except (ValidationError, TypeError, ValueError):
        return shifts


def _list(value: Any) -> list:
    return list(value) if isinstance(value, list) else []


def _pool_shifts(pools: dict[str, dict], pool_id: Any) -> Any:
    return pools.get(pool_id, {}).get("shifts") if isinstance(pool_id, str) else None


def _ids_in(data: dict) -> set[str]:
    """Every id a file uses (a lane's pool and a scenario's policies too)."""
    items: list[Any] = []
    for key in ("lanes", "stages", "pools", "calendars", "nodes", "edges", "sla", "scenarios", "cards"):
        for item in _list(data.get(key)):
            if isinstance(item, dict):
                items += [item, item.get("pool"), *_list(item.get("sla"))]
    return {item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)}


def _free_id(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted[:60], 2
    while candidate in taken:
        candidate, n = f"{wanted[:56]}_{n}", n + 1
    taken.add(candidate)
    return candidate


MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _migrate_0_to_1, 1: _migrate_1_to_2}


def migrate(data: dict, version: int) -> dict:
    """Apply the chain of pure migrations from `version` up to FORMAT_VERSION."""
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


# ---------------------------------------------------------------- reading


def _reject_constant(name: str) -> Any:
    raise _refuse("json_constant", name=name)


def _json_location(data: Any, loc: tuple) -> str:
    """Render a pydantic location against the raw data, skipping union tags it inserts."""
    out, here = "", data
    for part in loc:
        if isinstance(part, int) and isinstance(here, list) and 0 <= part < len(here):
            out += f"[{part}]"
            here = here[part]
        elif isinstance(part, str) and isinstance(here, dict) and part in here:
            out += f".{part}" if out else part
            here = here[part]
        elif isinstance(part, str) and isinstance(here, dict) and part == loc[-1]:
            out += f".{part}" if out else part
            here = None
        elif isinstance(here, dict) and str(part) in here:
            out += f".{part}" if out else str(part)
            here = here[str(part)]
    return _printable(out)


def _printable(text: str) -> str:
    """Keys come from the file: never echo control, format or broken characters as they are."""
    return "".join(
        ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else f"U+{ord(ch):04X}" for ch in text
    )


def _schema_error(error: ErrorDetails, body: Any, source: str) -> LoadError:
    code = str(error["type"])
    params = {
        k: (
            int(v)
            if isinstance(v, float) and v.is_integer()
            else _printable(v[:80])
            if isinstance(v, str)
            else v
        )  # a kind read from the file
        for k, v in error.get("ctx", {}).items()
        if isinstance(v, (str, int, float))
    }
    reason = word(code, params)
    if reason is None:  # a rule of the schema (e.g. "low must not exceed high"), in English only
        reason = str(error.get("msg", "is invalid")).removeprefix("Value error, ")
    return LoadError(reason, _json_location(body, error["loc"]), source, code, params)


def _check_sizes(data: dict, source: str) -> None:
    for key, limit in LIMITS.items():
        value = data.get(key)
        if isinstance(value, list) and len(value) > limit:
            raise _refuse("too_many", key, source, count=len(value), limit=limit)


def over_limits(blueprint: Blueprint) -> tuple[str, int, int] | None:
    """(collection, count, limit) of the first collection too large to be opened again (a
    document grown by pasting); None when the document can be reopened."""
    for key, limit in LIMITS.items():
        count = len(getattr(blueprint, key, ()))
        if count > limit:
            return key, count, limit
    return None


def loads(raw: bytes | str, source: str = "") -> Blueprint:
    """Parse file content into a Blueprint; raises only LoadError."""
    if len(raw) > MAX_FILE_BYTES:
        raise _refuse("file_too_large", source=source, limit=MAX_FILE_BYTES // (1024 * 1024))
    if not raw or raw.isspace():
        raise _refuse("empty_file", source=source)
    try:
        # A byte-order mark (some Windows editors write one) is not content: JSON allows
        # readers to skip it, and a save writes the file again without it.
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        with paused_gc():
            data = json.loads(text, parse_constant=_reject_constant)
    except LoadError as exc:
        raise LoadError(exc.reason, "", source, exc.code, exc.params) from None
    except UnicodeDecodeError as exc:
        raise _refuse("not_utf8", source=source, byte=exc.start) from None
    except json.JSONDecodeError as exc:
        raise _refuse("bad_json", source=source, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise _refuse("too_deep", source=source) from None
    except ValueError:  # an integer of more digits than Python converts
        raise _refuse("json_number", source=source) from None
    return from_data(data, source)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Building tens of thousands of small immutable objects triggers the cyclic collector over
    and over for nothing (none of them forms a cycle); pause it for the duration."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_envelope(data: dict, source: str) -> int:
    """The format version to migrate from; refuses a file from a newer version by name."""
    version = data.get("format_version", 0)
    min_reader = data.get("min_reader_version", version)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise _refuse("whole_number_min", "format_version", source)
    if not isinstance(min_reader, int) or isinstance(min_reader, bool):
        raise _refuse("whole_number", "min_reader_version", source)
    if min_reader > FORMAT_VERSION:
        generator = data.get("generator")
        writer = generator if isinstance(generator, str) else "a newer version"
        raise _refuse(
            "newer_version",
            source=source,
            writer=_printable(writer[:80]),
            version=version,
            ours=__version__,
            format=FORMAT_VERSION,
        )
    return min(version, FORMAT_VERSION)


def from_data(data: Any, source: str = "") -> Blueprint:
    """Validate parsed JSON; whatever its shape, the only exception that leaves is LoadError."""
    if not isinstance(data, dict):
        raise _refuse("not_a_blueprint", source=source)
    version = _check_envelope(data, source)
    body = {k: v for k, v in data.items() if k not in _ENVELOPE}
    _check_sizes(body, source)
    try:
        body = migrate(body, version)
        with paused_gc():
            return Blueprint.model_validate(body)
    except ValidationError as exc:
        raise _schema_error(exc.errors(include_url=False)[0], body, source) from None
    except (RecursionError, MemoryError):
        raise _refuse("too_deep", source=source) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, OverflowError):
        # A structure no migration or rule foresaw: still a bad file, never a crash.
        raise _refuse("malformed", source=source) from None


def read_file(path: str | os.PathLike) -> bytes:
    """The bytes of a blueprint file; raises only LoadError. A pipe, a device or a socket is
    refused before reading (a pipe would block forever, /dev/zero never ends), and no more than
    the size limit is ever read (a file may grow while it is read)."""
    path = Path(path)
    name = _printable(path.name)  # a file name may hold an escape sequence too
    try:
        # O_NONBLOCK: opening a pipe with no writer would block before fstat could refuse it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
            if not stat.S_ISREG(info.st_mode):
                raise _refuse("not_a_file", source=name)
            if info.st_size > MAX_FILE_BYTES:
                raise _refuse("file_too_large", source=name, limit=MAX_FILE_BYTES // (1024 * 1024))
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        code, reason = os_reason(exc)
        raise LoadError(reason, "", name, code) from None


def load(path: str | os.PathLike) -> Blueprint:
    return loads(read_file(path), source=_printable(Path(path).name))


def load_with_content(path: str | os.PathLike) -> tuple[Blueprint, bytes]:
    """The blueprint and the bytes it was read from (the window keeps their digest to notice
    changes on disk), from one read; raises only LoadError."""
    raw = read_file(path)
    return loads(raw, source=_printable(Path(path).name)), raw


# ---------------------------------------------------------------- writing


def to_data(blueprint: Blueprint) -> dict:
    data = blueprint.model_dump(mode="json")
    # A document without staffing targets is written as before they existed, so that its bytes,
    # and the files of readers that predate them, stay the same.
    if blueprint.targets == StaffingTargets():
        del data["targets"]
    # A scenario without calibrated values is written as before calibration existed.
    for scenario in data["scenarios"]:
        for key in CALIBRATED_KEYS:
            if scenario.get(key, 0) in ({}, None):
                del scenario[key]
    # Likewise an SLA policy or a step without an escalation ladder.
    scenario_policies = [p for scenario in data["scenarios"] for p in scenario.get("sla") or ()]
    for element in (*data["sla"], *scenario_policies, *data["nodes"]):
        if element.get("ladder", 0) is None:
            del element["ladder"]
    # Likewise an edge without an approval and a re-assignment without a reason.
    for element in data["edges"]:
        if element.get("approval", 0) is None:
            del element["approval"]
    for element in (*data["nodes"], *data["edges"]):
        for action in (*element.get("after", ()), *element.get("actions", ())):
            if action.get("kind") == "reassign" and action.get("reason", 0) == "":
                del action["reason"]
    # Likewise an intake without follow-ups and a step without a merge rule.
    for element in data["nodes"]:
        for key in ("follow_ups", "merge"):
            if element.get(key, 0) is None:
                del element[key]
    # Likewise a pool without individual agents and a step without a required skill.
    lane_pools = [lane["pool"] for lane in data["lanes"] if lane.get("pool")]
    for scenario_pool in (*lane_pools, *data["pools"]):
        for key, default in (("roster", []), ("skill_fallback", None), ("ownership", False)):
            if scenario_pool.get(key, 0) == default:
                del scenario_pool[key]
    for element in data["nodes"]:
        if element.get("required_skill", 0) is None:
            del element["required_skill"]
    data.update(
        format_version=FORMAT_VERSION,
        min_reader_version=MIN_READER_VERSION,
        generator=f"Blueprint Studio {__version__}",
    )
    return data


def dumps(blueprint: Blueprint) -> bytes:
    """Canonical bytes: sorted keys, two-space indent, shortest round-trip floats, final newline."""
    text = json.dumps(to_data(blueprint), sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


_OS_CODES = {
    errno.ENOSPC: "os.ENOSPC",
    errno.EDQUOT: "os.EDQUOT",
    errno.EACCES: "os.EACCES",
    errno.EPERM: "os.EACCES",
    errno.EROFS: "os.EROFS",
    errno.ENOENT: "os.ENOENT",
    errno.EISDIR: "os.EISDIR",
    errno.ENAMETOOLONG: "os.ENAMETOOLONG",
    errno.ELOOP: "os.ELOOP",
    errno.ENOTDIR: "os.ENOTDIR",
    errno.EEXIST: "os.ENOTDIR",
}


def os_reason(exc: OSError) -> tuple[str, str]:
    """(code, English reason) of a failed file operation; the code is "" for rare errors."""
    code = _OS_CODES.get(exc.errno or 0, "")
    return code, word(code, {}) or exc.strerror or str(exc)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open folders; the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_target(path: Path) -> Path:
    """Where a save of `path` lands: through symbolic links to the real file, as QSaveFile does,
    so that the link stays a link and the file it points at gets the new content."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def save(blueprint: Blueprint, path: str | os.PathLike, keep_backup: bool = True) -> None:
    """Write atomically: temporary file beside the target, fsync, rename, fsync of the folder.
    The previous content is kept as `<name>.bak`, itself replaced atomically and only once the
    new content is in place. On failure the target and its `.bak` are untouched."""
    shown = Path(path).name
    try:
        payload = dumps(blueprint)
    except (ValueError, TypeError, UnicodeEncodeError, RecursionError):
        raise SaveError(shown, word("unsavable", {}) or "", "unsavable") from None
    temps: list[str] = []
    try:
        target = write_target(Path(path))
        folder = target.parent
        remove_stale_temps(folder, target.name)
        temps.append(_write_temp(folder, target.name, payload))
        match_permissions(temps[0], target)
        if target.exists():
            previous = target.read_bytes() if keep_backup else b""
            if previous and not previous.isspace():  # an emptied file is no backup: keep the older
                temps.append(_write_temp(folder, target.name + ".bak", previous))
                shutil.copymode(target, temps[1])
        os.replace(temps[0], target)
        if len(temps) == 2:
            # The new content is safe: only now may the backup of the previous one move in.
            os.replace(temps[1], target.with_name(target.name + ".bak"))
        temps.clear()
        _fsync_dir(folder)
    except OSError as exc:
        code, reason = os_reason(exc)
        raise SaveError(shown, reason, code) from None
    finally:
        for name in temps:
            try:
                os.unlink(name)
            except OSError:
                pass


def write_atomic(path: str | os.PathLike, payload: bytes) -> None:
    """Any other file we write (a sweep's CSV or JSON) the way `save` writes a blueprint, without
    the backup: a temporary file beside the target, fsync, rename; through a symbolic link; the
    permissions of the file replaced or, for a new file, the usual ones (0666 less the umask).
    On failure the target is untouched and no temporary file is left. Raises OSError."""
    target = write_target(Path(path))
    temporary = _write_temp(target.parent, target.name, payload)
    try:
        match_permissions(temporary, target)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _fsync_dir(target.parent)


def match_permissions(temporary: str | os.PathLike[str], target: Path) -> None:
    """Give a temporary file (mkstemp makes it 0600) the permissions it will need as `target`: those of
    the file it replaces, or for a new file those any program would give it (0666 less the umask)."""
    if target.exists():
        shutil.copymode(target, temporary)
    else:
        os.chmod(temporary, 0o666 & ~_umask())


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (os.umask sets it
    too, for an instant, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------- temporary files

_STALE_AFTER = 24 * 3600  # seconds; a temporary file this old is no save in progress


def _write_temp(folder: Path, name: str, payload: bytes) -> str:
    """`.<name>.<pid>.<random>.tmp` beside the target, written and fsynced; the pid tells a
    later save whether the process that wrote it is still running."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    return tmp_name


def pid_alive(pid: int) -> bool:
    """Whether process `pid` runs on this machine (temporary files and recovery locks name theirs)."""
    if not 0 < pid < 2**31:  # a lock file may say anything; os.kill overflows beyond
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return False
    return True


def remove_stale_temps(folder: Path, name: str) -> list[Path]:
    """Remove the temporary files our saves of `name` (and of its .bak) left behind when killed:
    only names of our pattern, written by a process that has ended, or older than a day."""
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(f".{glob.escape(name)}.*.tmp"))
    except OSError:
        return removed
    now = time.time()
    for candidate in candidates:
        middle = candidate.name[len(name) + 2 : -len(".tmp")].removeprefix("bak.")
        pid_text = middle.split(".", 1)[0]
        try:
            age = now - candidate.lstat().st_mtime
            if not candidate.is_file() or candidate.is_symlink():
                continue
            ended = pid_text.isdigit() and int(pid_text) != os.getpid() and not pid_alive(int(pid_text))
            if ended or age > _STALE_AFTER:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed
