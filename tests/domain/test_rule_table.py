"""The rules table's cells: what a supervisor types reads back as rule data, and a bad cell names its place."""

from __future__ import annotations

import pytest

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.rule_table import RULE_FIELDS, cells_of, rule_from
from returns_desk.domain.rules import DEFAULT_POLICY, rules_from_data, rules_to_data


def test_the_published_rules_read_back_as_they_were_shown() -> None:
    data = rules_to_data(DEFAULT_POLICY.rules)
    again = [rule_from(n, cells_of(rule)) for n, rule in enumerate(data, start=1)]
    assert rules_from_data(again) == DEFAULT_POLICY.rules


def test_cells_mean_lists_whole_numbers_and_yes_or_no() -> None:
    cells = dict.fromkeys((key for key, _ in RULE_FIELDS), "")
    cells.update(
        id="big-tv",
        disposition="refurbish",
        destination="REFURB",
        grades=" B, C ,",
        min_value_cents=" 50000 ",
        under_warranty="Yes",
        requires_approval="no",
    )
    rule = rule_from(3, list(cells.values()))
    assert rule["grades"] == ["B", "C"]
    assert rule["reasons"] == []
    assert rule["min_value_cents"] == 50000
    assert "max_value_cents" not in rule  # empty: no bound
    assert rule["under_warranty"] is True
    assert rule["requires_approval"] is False


def test_a_cell_that_is_not_a_number_names_its_row_and_column() -> None:
    cells = [""] * len(RULE_FIELDS)
    cells[[key for key, _ in RULE_FIELDS].index("max_age_days")] = "thirty"
    with pytest.raises(ValidationFailed, match="Row 7: Max age d must be a whole number"):
        rule_from(7, cells)
