"""The `*.blueprint.json` file: canonical JSON, format versions and migrations, atomic saves.

Loading raises only `LoadError` (its message names the JSON location and the reason); saving
raises only `SaveError` and never leaves the user's file half-written. No Qt here.
"""
from __future__ import annotations

import errno
import gc
import json
import os
import shutil
import tempfile
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from pydantic import ValidationError

from model import __version__
from model.schema import MAX_ELEMENTS, Blueprint

FORMAT_VERSION = 1
MIN_READER_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
SUFFIX = ".blueprint.json"
_ENVELOPE = ("format_version", "min_reader_version", "generator")


class LoadError(Exception):
    """A file that cannot be opened; `location` is a JSON path such as `lanes[2].pool.agents`."""

    def __init__(self, reason: str, location: str = "", source: str = "") -> None:
        self.reason = reason
        self.location = location
        self.source = source
        where = ": ".join(p for p in (source, location) if p)
        super().__init__(f"{where}: {reason}" if where else reason)


class SaveError(Exception):
    """A save that did not happen; the file on disk is as it was before."""


# ---------------------------------------------------------------- migrations

def _migrate_0_to_1(data: dict) -> dict:
    """v0 (the prototype): metadata at the top, `type` for node kinds, `from`/`to` on edges,
    `pos: [x, y]` for positions and `name` for lane titles."""
    data = dict(data)
    meta = {key: data.pop(key) for key in ("title", "author", "description") if key in data}
    if "language" in data:
        meta["language"] = data.pop("language")
    data["meta"] = {**meta, **data.get("meta", {})}
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


MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _migrate_0_to_1}


def migrate(data: dict, version: int) -> dict:
    """Apply the chain of pure migrations from `version` up to FORMAT_VERSION."""
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


# ---------------------------------------------------------------- reading

def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


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
    return out


_REASONS = {
    "greater_than_equal": "must be ≥ {ge}",
    "greater_than": "must be > {gt}",
    "less_than_equal": "must be ≤ {le}",
    "less_than": "must be < {lt}",
    "missing": "is required",
    "extra_forbidden": "is not a known key",
    "string_too_long": "is too long (at most {max_length} characters)",
    "string_too_short": "must not be empty",
    "too_long": "has too many items (at most {max_length})",
    "too_short": "needs at least {min_length} item(s)",
    "literal_error": "must be one of {expected}",
    "union_tag_invalid": "has an unknown kind '{tag}' (expected {expected_tags})",
    "union_tag_not_found": "needs a 'kind'",
    "string_pattern_mismatch": "is not a valid identifier (letters, digits, _ . : -)",
    "finite_number": "must be a finite number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "string_type": "must be text",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "tuple_type": "must be a pair of numbers",
}


def _reason(error: dict) -> str:
    template = _REASONS.get(error["type"])
    if template is None:
        msg = str(error.get("msg", "is invalid"))
        return msg.removeprefix("Value error, ")
    ctx = {k: (int(v) if isinstance(v, float) and v.is_integer() else v)
           for k, v in error.get("ctx", {}).items()}
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return str(error.get("msg", "is invalid"))


def _check_sizes(data: dict) -> None:
    for key in ("nodes", "edges", "lanes", "stages", "pools", "fields", "scenarios", "cards", "sla"):
        value = data.get(key)
        if isinstance(value, list) and len(value) > MAX_ELEMENTS:
            raise LoadError(f"has {len(value):,} items, more than the {MAX_ELEMENTS:,} allowed", key)


def loads(raw: bytes | str, source: str = "") -> Blueprint:
    """Parse file content into a Blueprint; raises only LoadError."""
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB", source=source)
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        with paused_gc():
            data = json.loads(text, parse_constant=_reject_constant)
    except UnicodeDecodeError as exc:
        raise LoadError(f"not UTF-8 text (byte {exc.start})", source=source) from None
    except json.JSONDecodeError as exc:
        raise LoadError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                        source=source) from None
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise LoadError(f"not valid JSON: {reason}", source=source) from None
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


def from_data(data: Any, source: str = "") -> Blueprint:
    if not isinstance(data, dict):
        raise LoadError("the file does not hold a blueprint (expected a JSON object)", source=source)
    version = data.get("format_version", 0)
    min_reader = data.get("min_reader_version", version)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise LoadError("must be a whole number ≥ 0", "format_version", source)
    if not isinstance(min_reader, int) or isinstance(min_reader, bool):
        raise LoadError("must be a whole number", "min_reader_version", source)
    if min_reader > FORMAT_VERSION:
        writer = data.get("generator") if isinstance(data.get("generator"), str) else "a newer version"
        raise LoadError(
            f"written by {writer[:80]} in file format {version}, which this version "
            f"(Blueprint Studio {__version__}, format {FORMAT_VERSION}) cannot read without losing "
            "information; update Blueprint Studio to open it", source=source)
    body = {k: v for k, v in data.items() if k not in _ENVELOPE}
    _check_sizes(body)
    body = migrate(body, min(version, FORMAT_VERSION))
    try:
        with paused_gc():
            return Blueprint.model_validate(body)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise LoadError(_reason(first), _json_location(body, first["loc"]), source) from None
    except (RecursionError, MemoryError):
        raise LoadError("the document is nested too deeply", source=source) from None


def load(path: str | os.PathLike) -> Blueprint:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
                            source=path.name)
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(_os_reason(exc), source=str(path.name)) from None
    return loads(raw, source=path.name)


# ---------------------------------------------------------------- writing

def to_data(blueprint: Blueprint) -> dict:
    data = blueprint.model_dump(mode="json")
    data.update(format_version=FORMAT_VERSION, min_reader_version=MIN_READER_VERSION,
                generator=f"Blueprint Studio {__version__}")
    return data


def dumps(blueprint: Blueprint) -> bytes:
    """Canonical bytes: sorted keys, two-space indent, shortest round-trip floats, final newline."""
    text = json.dumps(to_data(blueprint), sort_keys=True, indent=2, ensure_ascii=False,
                      allow_nan=False)
    return (text + "\n").encode("utf-8")


def _os_reason(exc: OSError) -> str:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the file or folder does not exist",
        errno.EISDIR: "it is a folder, not a file",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    return reasons.get(exc.errno, exc.strerror or str(exc))


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


def save(blueprint: Blueprint, path: str | os.PathLike, keep_backup: bool = True) -> None:
    """Write atomically: temporary file beside the target, fsync, rename, fsync of the folder.
    The previous content is kept as `<name>.bak`. On failure the target is untouched."""
    path = Path(path)
    payload = dumps(blueprint)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, tmp_name)
            if keep_backup:
                shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        raise SaveError(f"Could not save '{path.name}': {_os_reason(exc)}. "
                        "The file on disk is unchanged.") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
