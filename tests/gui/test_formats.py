"""Dates and money the locale's way: Korean, American, and ISO dates on a computer with no locale of its own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from returns_desk.gui import formats


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("locale")
@pytest.mark.parametrize(
    ("name", "day", "usd", "krw"),
    [
        ("ko_KR", "2026. 11. 20.", "$1,234.50", "₩12,345"),
        ("en_US", "11/20/2026", "$1,234.50", "₩12,345"),
        ("C", "2026-11-20", "$1,234.50", "₩12,345"),
    ],
)
def test_days_and_money_follow_the_locale(name: str, day: str, usd: str, krw: str) -> None:
    QLocale.setDefault(QLocale(name))
    assert formats.day(date(2026, 11, 20)) == day
    assert formats.money(123_450, "USD") == usd
    assert formats.money(12_345, "KRW") == krw
    assert formats.day(None) == "—"
