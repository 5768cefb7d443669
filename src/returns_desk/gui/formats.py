"""Dates, numbers and money as the window's locale writes them (``QLocale``: the settings' ``locale``): Korean
``2026. 11. 20.`` and ``₩12,345``, American ``11/20/2026`` and ``$1,234.50``. A computer with no locale of its own
(the ``C`` locale of a bare system) gets ISO dates, which nobody misreads."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from returns_desk.domain.money import currency_symbol, format_money, minor_digits


def _locale() -> QLocale:
    return QLocale()


def day(value: date | datetime | None) -> str:
    """A calendar day; "—" for none."""
    if value is None:
        return "—"
    locale = _locale()
    qdate = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.C:
        return qdate.toString("yyyy-MM-dd")
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # Four-digit years: a two-digit year is one more thing to misread on a dock.
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(qdate, pattern)


def number(value: int | float) -> str:
    return _locale().toString(value)


def money(minor_units: int, currency: str) -> str:
    """``money(4999, "USD")``: ``$49.99`` in English, the same amount written the locale's way elsewhere."""
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        return format_money(minor_units, currency)
    digits = minor_digits(currency)
    return locale.toCurrencyString(minor_units / 10**digits, currency_symbol(currency), digits)
