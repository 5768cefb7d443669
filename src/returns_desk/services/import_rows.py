"""Reading an import file: CSV or JSON rows, each with the line (or record) it came from, and the problems found.

The shapes are described in ``services/imports.py``. A file whose structure is broken is rejected as a whole.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.services.audit import safe_cell

REQUIRED = ("rma_number", "order_number", "sku", "quantity", "reason")
KNOWN = (
    *REQUIRED,
    "tracking_number",
    "carrier",
    "status",
    "resolution",
    "requested_at",
    "customer_comment",
    "line_comment",
    "unit_price",
    "customer_email",
    "customer_name",
    "customer_language",
    "channel",
    "region",
    "ordered_at",
    "delivered_at",
    # What the dock found, as an export writes it (services/exports.py); an import leaves it to the dock.
    "grades",
    "dispositions",
)
MAX_QUANTITY = 1_000


@dataclass(frozen=True, slots=True)
class RowError:
    file: str
    line: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class ImportRejected(ReturnsDeskError):
    def __init__(self, errors: list[RowError], *, total: int | None = None) -> None:
        self.errors = errors
        self.total = total if total is not None else len(errors)
        super().__init__(
            f"{self.total} problem(s); nothing was imported.\n" + "\n".join(str(e) for e in errors[:50])
        )


@dataclass(slots=True)
class Row:
    line: str
    raw: dict[str, Any]  # our field names
    values: dict[str, Any] = field(default_factory=dict)  # checked and converted
    source: dict[str, Any] | None = None  # the row as the file gave it, when its names are not ours


def read_rows(
    path: Path, required: Sequence[str] = REQUIRED, nest: tuple[str, str] = ("returns", "return")
) -> Iterator[Row]:
    """Rows of a CSV or JSON file, each with the line (CSV) or record number (JSON) it came from. A file whose
    structure is broken (a quote never closed, a header naming a column twice, a ``required`` column missing,
    JSON that does not parse) is rejected as a whole, naming the line: reading on would put the rest of the file
    into one field. JSON is a list of rows or an object whose ``nest[0]`` key lists records with ``lines``."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            yield from json_rows(load_json(path), *nest)
            return
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle, strict=True)
            start = 1
            try:
                fieldnames = reader.fieldnames
                if fieldnames is None:
                    raise ImportRejected([RowError(path.name, "1", "header", "the file is empty")])
                repeated = sorted({c for c in fieldnames if fieldnames.count(c) > 1})
                if repeated:
                    raise ImportRejected(
                        [RowError(path.name, "1", c, "column named twice in the header") for c in repeated]
                    )
                missing = [c for c in required if c not in fieldnames]
                if missing:
                    raise ImportRejected(
                        [RowError(path.name, "1", c, "column missing from the header") for c in missing]
                    )
                start = reader.line_num + 1
                for record in reader:
                    if None in record:
                        raise ImportRejected(
                            [RowError(path.name, str(start), "row", "more cells than header columns")]
                        )
                    yield Row(str(start), {k: v for k, v in record.items() if k is not None})
                    start = reader.line_num + 1
            except csv.Error as exc:
                where = (
                    "a quote opened on this line is never closed" if "end of data" in str(exc) else str(exc)
                )
                raise ImportRejected(
                    [RowError(path.name, str(start), "file", f"broken CSV: {where}")]
                ) from exc
    except UnicodeDecodeError as exc:
        raise ImportRejected([RowError(path.name, "?", "file", f"not UTF-8 text ({exc.reason})")]) from exc
    except OSError as exc:
        raise ImportRejected(
            [RowError(path.name, "?", "file", f"cannot read it ({exc.strerror or exc})")]
        ) from exc


def load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"), object_pairs_hook=_no_repeated_keys)
    except json.JSONDecodeError as exc:
        raise ImportRejected(
            [RowError(path.name, str(exc.lineno), "file", f"not valid JSON: {exc.msg}")]
        ) from exc
    except RecursionError as exc:
        raise ImportRejected(
            [RowError(path.name, "?", "file", "JSON nested too deeply to be return data")]
        ) from exc
    except _RepeatedKey as exc:
        raise ImportRejected([RowError(path.name, "?", exc.key, "key given twice in one object")]) from exc
    except ValueError as exc:  # a number with thousands of digits, say
        raise ImportRejected([RowError(path.name, "?", "file", f"not valid JSON: {exc}")]) from exc


class _RepeatedKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _RepeatedKey(key)
        out[key] = value
    return out


def json_rows(data: Any, key: str, noun: str) -> Iterator[Row]:
    if isinstance(data, dict) and isinstance(data.get(key), list):
        for i, request in enumerate(data[key], start=1):
            if not isinstance(request, dict):
                yield Row(str(i), {"__error__": f"each {noun} must be an object"})
                continue
            lines = request.get("lines")
            if not isinstance(lines, list) or not lines:
                yield Row(str(i), {**request, "__error__": f"a {noun} needs a non-empty 'lines' list"})
                continue
            head = {k: v for k, v in request.items() if k != "lines"}
            for j, line in enumerate(lines, start=1):
                yield Row(
                    f"{i}.{j}",
                    {**head, **line} if isinstance(line, dict) else {"__error__": "a line must be an object"},
                )
    elif isinstance(data, list):
        for i, item in enumerate(data, start=1):
            yield Row(str(i), item if isinstance(item, dict) else {"__error__": "each row must be an object"})
    else:
        yield Row("1", {"__error__": f"expected a list of rows or an object with a '{key}' list"})


def text_of(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""  # a nested object is reported by Validator.check (_not_scalar)
    return str(value).strip()


def not_scalar(raw: Mapping[str, Any]) -> list[str]:
    return sorted(k for k, v in raw.items() if isinstance(v, (dict, list)))


# Dates a return can carry: anything outside is a typo or a placeholder (0001-01-01, 9999-12-31), and the ends of
# the calendar overflow the arithmetic done on dates later (return windows, ages).


class RejectWriter:
    """``FILE.rejects.csv`` beside the input, written as bad groups (a request, an order) are found: every row of
    each, with its line and what is wrong with it. The file is made on the first bad group only."""

    def __init__(self, path: Path, known: Sequence[str], group_name: str) -> None:
        self.target = path.with_name(path.stem + ".rejects.csv")
        self.known = list(known)
        self.group_name = group_name
        self.rows = 0
        self._handle: Any = None
        self._writer: Any = None

    def add(self, key: str, group: Sequence[Row], errs: Sequence[RowError]) -> None:
        if self._writer is None:
            self._handle = self.target.open("w", newline="", encoding="utf-8")
            self._writer = csv.DictWriter(self._handle, ["line", *self.known, "error"], extrasaction="ignore")
            self._writer.writeheader()
        for row in group:
            own = [f"{e.field}: {e.message}" for e in errs if e.line == row.line]
            reason = "; ".join(own) or f"another row of {self.group_name}{key} is bad"
            given = row.source if row.source is not None else row.raw
            # A reject file is opened in a spreadsheet: a cell starting with = + - @ would run as a formula.
            self._writer.writerow(
                {
                    **{k: safe_cell(text_of(v)) for k, v in given.items() if k in self.known},
                    "line": row.line,
                    "error": safe_cell(reason),
                }
            )
            self.rows += 1

    def close(self) -> Path | None:
        if self._handle is None:
            return None
        self._handle.close()
        return self.target


def write_rejects(
    path: Path,
    known: Sequence[str],
    bad: Mapping[str, list[RowError]],
    groups: Mapping[str, list[Row]],
    group_name: str,
) -> tuple[Path, int]:
    """All the bad groups of a file checked whole (services/sales_import.py) into its reject file; returns the
    file and how many rows went there."""
    writer = RejectWriter(path, known, group_name)
    for key, errs in bad.items():
        writer.add(key, groups[key], errs)
    writer.close()
    return writer.target, writer.rows
