"""The shop platforms' return exports, read in their own shapes: one preset per platform (``platforms/*.toml``).

A preset says where each of our fields is kept in the platform's return record (a dotted path; a line's fields
sit under the preset's ``lines`` path), which column of a CSV it is (the same path: one row per return line), and
how the platform's words for a status, a reason and a resolution translate into ours. The tables are data: a shop
that uses words of its own adds them (``returns-desk import-map``), and they are kept in the database beside the
shipped ones (setting ``import_mappings``). Exports read the ``grade_out`` and ``disposition_out`` tables.
"""

from __future__ import annotations

import csv
import json
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.vocab import EventKind, ReasonCode, Resolution, ReturnStatus, Role
from returns_desk.services import auth, events, policy, shared
from returns_desk.services.import_rows import (
    KNOWN,
    REQUIRED,
    Row,
    json_rows,
    load_json,
    read_rows,
)
from returns_desk.services.results import Actor

KEYS = ("ours", "shopify", "bigcommerce", "loop", "aftership")
KEEP = "keep"  # a status that does not move a known request (the warehouse decides it); a new one is approved
VALUE_TABLES = ("status", "reason", "resolution")
SETTING = "import_mappings"
_OURS = {
    "status": {*(s.value for s in ReturnStatus), KEEP},
    "reason": {r.value for r in ReasonCode},
    "resolution": {r.value for r in Resolution},
}
IMPORT_STATUSES = {
    ReturnStatus.REQUESTED.value,
    ReturnStatus.APPROVED.value,
    ReturnStatus.REJECTED.value,
    ReturnStatus.CANCELLED.value,
    KEEP,
}


@dataclass(frozen=True, slots=True)
class Preset:
    key: str
    name: str
    docs: tuple[str, ...]
    records: tuple[str, ...]  # where a JSON file keeps its list of returns ("" = the file is the list)
    lines: str  # where a return keeps its list of lines
    id: str  # the platform's own id of a return
    detect: tuple[str, ...]  # CSV columns that say a file is this platform's
    columns: dict[str, str]  # our field -> its path (line fields start with ``lines``)
    defaults: dict[str, str]
    tables: dict[str, dict[str, str]]  # status, reason, resolution, grade_out, disposition_out
    prefixed: bool = True  # a CSV names line columns with the lines path in front ("line_items.sku")
    units: bool = False  # each line is one unit: a request's lines of one SKU add up
    added: dict[str, dict[str, str]] = field(default_factory=dict)  # the shop's own words, from the database

    @property
    def line_prefix(self) -> str:
        return self.lines + "."

    def csv_column(self, our: str) -> str:
        path = self.columns.get(our, our)
        if not self.prefixed and path.startswith(self.line_prefix):
            return path[len(self.line_prefix) :]
        return path

    def csv_id(self) -> str:
        return self.csv_column("rma_number") if self.key == "ours" else self.id

    def word(self, table: str, value: str) -> str | None:
        """Ours for the platform's ``value`` in ``table`` (without regard to case), or None when unknown."""
        text = value.strip()
        for source in (self.added.get(table, {}), self.tables.get(table, {})):
            if text in source:
                return source[text]
            lowered = {k.lower(): v for k, v in source.items()}
            if text.lower() in lowered:
                return lowered[text.lower()]
        if table != "status" and text.lower() in _OURS[table]:
            return (
                text.lower()
            )  # our own word (an export in the platform's layout writes ours where it has none)
        return None

    def unknown(self, table: str, value: str) -> str:
        return (
            f"'{value[:60]}' is not a {self.name} {table} this preset maps "
            f'(add it: returns-desk import-map {self.key} {table} "{value[:60]}" OURS)'
        )

    def out(self, table: str, ours: str) -> str:
        """Our grade or disposition in the platform's words; ours where the platform has none."""
        return self.tables.get(table, {}).get(ours, ours)


def _load(key: str) -> Preset:
    text = resources.files("returns_desk.services.platforms").joinpath(f"{key}.toml").read_text("utf-8")
    data = tomllib.loads(text)
    tables = {name: dict(data.get(name, {})) for name in (*VALUE_TABLES, "grade_out", "disposition_out")}
    return Preset(
        key=key,
        name=data["name"],
        docs=tuple(data.get("docs", ())),
        records=tuple(data["records"]),
        lines=data["lines"],
        id=data["id"],
        detect=tuple(data["detect"]),
        columns=dict(data["columns"]),
        defaults=dict(data.get("defaults", {})),
        tables=tables,
        prefixed=key != "ours",
        units=bool(data.get("units", False)),
    )


_SHIPPED: dict[str, Preset] = {}


def shipped(key: str) -> Preset:
    if key not in KEYS:
        raise ValidationFailed(f"'{key}' is not an import format; use one of {', '.join(KEYS)}.")
    if key not in _SHIPPED:
        _SHIPPED[key] = _load(key)
    return _SHIPPED[key]


def get(session: Session, key: str) -> Preset:
    """The preset with the words this shop added to it."""
    base = shipped(key)
    added = (policy.setting(session, SETTING) or {}).get(key, {})
    if not added:
        return base
    return Preset(**{**{f: getattr(base, f) for f in base.__slots__}, "added": added})


def add_mapping(session: Session, actor: Actor, key: str, table: str, theirs: str, ours: str) -> None:
    """Teach a preset one more word of the platform's (or change what it means); an event says who and what."""
    auth.require(actor, Role.SUPERVISOR, "change the import presets")
    shared.require_shared(session, "change the import presets")
    shipped(key)
    if table not in VALUE_TABLES:
        raise ValidationFailed(f"'{table}' is not a table; use one of {', '.join(VALUE_TABLES)}.")
    theirs = theirs.strip()
    ours = ours.strip().lower()
    allowed = IMPORT_STATUSES if table == "status" else _OURS[table]
    if not theirs:
        raise ValidationFailed("Give the platform's word to map.")
    if ours not in allowed:
        raise ValidationFailed(f"'{ours}' is not one of ours for {table}: {', '.join(sorted(allowed))}.")
    current = json.loads(json.dumps(policy.setting(session, SETTING) or {}))
    before = current.get(key, {}).get(table, {}).get(theirs)
    current.setdefault(key, {}).setdefault(table, {})[theirs] = ours
    policy.put_setting(session, SETTING, current)
    events.record(
        session,
        actor,
        EventKind.SETTINGS_IMPORT_MAPPING,
        "settings",
        SETTING,
        {"preset": key, "table": table, "theirs": theirs, "before": before, "after": ours},
    )


# --- reading a file ---
def dig(record: Any, path: str) -> Any:
    """The value at a dotted path ("order.name", "shipments.0.slug"); None where the path leads nowhere."""
    here = record
    for part in path.split("."):
        if isinstance(here, dict):
            here = here.get(part)
        elif isinstance(here, list) and part.isdigit():
            here = here[int(part)] if int(part) < len(here) else None
        else:
            return None
        if here is None:
            return None
    return here


def detect(path: Path) -> Preset:
    """The platform whose header (CSV) or first record (JSON) the file has; our own format otherwise, whose
    checks then say what the file lacks."""
    platforms = [shipped(key) for key in KEYS if key != "ours"]
    if path.suffix.lower() == ".json":
        data = load_json(path)
        for preset in platforms:
            records = _records(data, preset)
            if records and isinstance(records[0], dict) and _json_matches(records[0], preset):
                return preset
    else:
        header = _csv_header(path)
        for preset in platforms:
            if all(column in header for column in (preset.csv_column(c) for c in _detect_fields(preset))):
                return preset
    return shipped("ours")


def _detect_fields(preset: Preset) -> list[str]:
    reverse = {path: our for our, path in preset.columns.items()}
    return [reverse.get(d, d) for d in preset.detect]


def _json_matches(record: dict[str, Any], preset: Preset) -> bool:
    lines = dig(record, preset.lines)
    if not isinstance(lines, list):
        return False
    for path in preset.detect:
        if path.startswith(preset.line_prefix):
            if lines and (
                not isinstance(lines[0], dict) or dig(lines[0], path[len(preset.line_prefix) :]) is None
            ):
                return False
        elif dig(record, path) is None:
            return False
    return True


def _csv_header(path: Path) -> set[str]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError):
        return set()  # read_rows says what is wrong with the file
    return {c.strip() for c in next(csv.reader([first]), [])}


def _records(data: Any, preset: Preset) -> list[Any] | None:
    for where in preset.records:
        found = dig(data, where) if where else data
        if isinstance(found, list):
            return found
    return None


def rows(path: Path, preset: Preset) -> Iterator[Row]:
    """The file's rows, one per return line, each holding our field names (``Row.raw``) and the row as the file
    gave it (``Row.source``, for the reject file)."""
    if path.suffix.lower() == ".json":
        yield from _json(path, preset)
        return
    required = REQUIRED if preset.key == "ours" else (preset.csv_id(),)
    for row in read_rows(path, required=required):
        row.source = row.raw
        row.raw = _ours(preset, row.raw)
        yield row


def _ours(preset: Preset, flat: Mapping[str, Any]) -> dict[str, Any]:
    if preset.key == "ours":
        return dict(flat)  # our own names: unknown columns are reported by the checks
    raw = {our: flat.get(preset.csv_column(our)) for our in preset.columns}
    for our, value in preset.defaults.items():
        if raw.get(our) in (None, ""):
            raw[our] = value
    raw[ID] = flat.get(preset.id)
    return raw


ID = "__platform_id__"  # Row.raw key of the platform's own id of the request


def _json(path: Path, preset: Preset) -> Iterator[Row]:
    data = load_json(path)
    if preset.key == "ours":
        for row in json_rows(data, "returns", "return"):
            row.source = row.raw
            yield row
        return
    records = _records(data, preset)
    if records is None:
        where = " or ".join(f"'{r}'" for r in preset.records if r) or "the top level"
        yield Row("1", {"__error__": f"no list of returns at {where}"})
        return
    head_paths = {our: p for our, p in preset.columns.items() if not p.startswith(preset.line_prefix)}
    line_paths = {
        our: p[len(preset.line_prefix) :]
        for our, p in preset.columns.items()
        if p.startswith(preset.line_prefix)
    }
    for i, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            yield Row(str(i), {"__error__": "each return must be an object"})
            continue
        lines = dig(record, preset.lines)
        if not isinstance(lines, list) or not lines:
            yield Row(str(i), {"__error__": f"a return needs a non-empty '{preset.lines}' list"})
            continue
        head = {our: dig(record, p) for our, p in head_paths.items()}
        head[ID] = dig(record, preset.id)
        for j, line in enumerate(lines, start=1):
            if not isinstance(line, dict):
                yield Row(f"{i}.{j}", {"__error__": "a line must be an object"})
                continue
            raw = {**head, **{our: dig(line, p) for our, p in line_paths.items()}}
            for our, value in preset.defaults.items():
                if raw.get(our) in (None, ""):
                    raw[our] = value
            source = {preset.columns[our]: v for our, v in raw.items() if our in preset.columns}
            yield Row(f"{i}.{j}", raw, source=source)


def sources(preset: Preset) -> Sequence[str]:
    """The columns a reject file repeats: the preset's own, in its order."""
    if preset.key == "ours":
        return KNOWN
    return [preset.id, *dict.fromkeys(preset.csv_column(our) for our in preset.columns)]


def grade_word(preset: Preset, grade: str | None) -> str:
    return preset.out("grade_out", grade) if grade else ""


def disposition_word(preset: Preset, disposition: str | None) -> str:
    return preset.out("disposition_out", disposition) if disposition else ""


def tables_markdown() -> str:
    """The shipped mapping tables as the README shows them (a test keeps the README equal to this)."""
    out: list[str] = []
    for key in KEYS:
        preset = shipped(key)
        if key == "ours":
            continue
        out.append(f"**{preset.name}** (`--from {key}`; {', '.join(preset.docs[:1])})\n")
        out.append("| table | their word → ours |")
        out.append("| --- | --- |")
        for table in (*VALUE_TABLES, "grade_out", "disposition_out"):
            words = preset.tables.get(table, {})
            if not words:
                continue
            arrow = "ours → theirs" if table.endswith("_out") else ""
            pairs = "; ".join(f"`{theirs or '(empty)'}` → `{ours}`" for theirs, ours in words.items())
            name = table.replace("_out", " (export)")
            out.append(f"| {name}{' ' + arrow if arrow else ''} | {pairs} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
