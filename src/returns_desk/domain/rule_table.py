"""The disposition rules as a supervisor edits them: one row of text cells per rule, read back into rule data.

The rules tab shows these cells and hands them back; what a cell means (a comma list, a whole number, yes/no) is
decided here, so the screen holds no rules of its own and the reading is tested without a window.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from returns_desk.domain.errors import ValidationFailed

RULE_FIELDS = (
    ("id", "Id"),
    ("description", "Description"),
    ("disposition", "Disposition"),
    ("destination", "Destination"),
    ("grades", "Grades"),
    ("reasons", "Reasons"),
    ("categories", "Categories"),
    ("min_value_cents", "Min value ¢"),
    ("max_value_cents", "Max value ¢"),
    ("under_warranty", "Warranty"),
    ("min_age_days", "Min age d"),
    ("max_age_days", "Max age d"),
    ("requires_approval", "Approval"),
)
LISTS = ("grades", "reasons", "categories")
INTS = ("min_value_cents", "max_value_cents", "min_age_days", "max_age_days")
YES = ("yes", "true", "1")
NEW_RULE = ("new-rule", "", "refurbish", "REFURB")  # the first cells of a rule added by hand


@dataclass(frozen=True, slots=True)
class TableSpec:
    """How one kind of rule reads as cells: its columns and what each cell holds."""

    fields: tuple[tuple[str, str], ...]  # (key, column title)
    lists: tuple[str, ...] = ()  # comma lists
    ints: tuple[str, ...] = ()  # whole numbers, empty = none
    flags: tuple[str, ...] = ()  # yes/no, empty = no
    maybe_flags: tuple[str, ...] = ()  # yes/no, empty = either
    new_rule: tuple[str, ...] = ()  # the first cells of a rule added by hand


DISPOSITION_TABLE = TableSpec(
    RULE_FIELDS, LISTS, INTS, flags=("requires_approval",), maybe_flags=("under_warranty",), new_rule=NEW_RULE
)


def cells_of(rule: Mapping[str, Any], spec: TableSpec = DISPOSITION_TABLE) -> list[str]:
    """A rule's data as the row of cells the supervisor sees."""
    cells = []
    for key, _ in spec.fields:
        value = rule.get(key)
        if key in spec.lists:
            cells.append(", ".join(value or []))
        elif value is None:
            cells.append("")
        else:
            cells.append(str(value).lower() if isinstance(value, bool) else str(value))
    return cells


def rule_from(row_number: int, cells: Sequence[str], spec: TableSpec = DISPOSITION_TABLE) -> dict[str, Any]:
    """A row of cells (row_number counts from 1, for the message) as rule data; a cell that cannot be read
    raises ValidationFailed naming the row and the column."""
    rule: dict[str, Any] = {}
    for (key, label), raw in zip(spec.fields, cells, strict=True):
        text = raw.strip()
        if key in spec.lists:
            rule[key] = [part.strip() for part in text.split(",") if part.strip()]
        elif key in spec.ints:
            if text:
                try:
                    rule[key] = int(text)
                except ValueError:
                    raise ValidationFailed(f"Row {row_number}: {label} must be a whole number.") from None
        elif key in spec.maybe_flags:
            if text:
                rule[key] = text.lower() in YES
        elif key in spec.flags:
            rule[key] = text.lower() in YES
        else:
            rule[key] = text
    return rule
