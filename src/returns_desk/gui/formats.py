"""Dates, numbers and money as the window's locale writes them (``QLocale``: the settings' ``locale``): Korean
``2026. 11. 20.`` and ``₩12,345``, American ``11/20/2026`` and ``$1,234.50``. A computer with no locale of its own
(the ``C`` locale of a bare system) gets ISO dates, which nobody misreads."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QWidget

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
    return locale.toString(qdate, date_pattern())


def number(value: int | float) -> str:
    """A count or a measure with the locale's digit grouping (``12,345``; the C locale groups by commas)."""
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        return f"{value:,.2f}" if isinstance(value, float) else f"{value:,}"
    if isinstance(value, float):
        return locale.toString(value, "f", 2)
    return locale.toString(value)


def money(minor_units: int, currency: str) -> str:
    """``money(4999, "USD")``: ``$49.99`` in English, the same amount written the locale's way elsewhere."""
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        return format_money(minor_units, currency)
    digits = minor_digits(currency)
    return locale.toCurrencyString(minor_units / 10**digits, currency_symbol(currency), digits)


def date_pattern() -> str:
    """The pattern a date field shows its day in (``QDateEdit.setDisplayFormat``), four-digit years."""
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # Four-digit years: a two-digit year is one more thing to misread on a dock.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def month(value: date | datetime | str) -> str:
    """A month: ``2026-11`` in ISO, ``Nov 2026`` in English, ``2026년 11월`` in Korean."""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    locale = _locale()
    qdate = QDate(value.year, value.month, 1)
    if locale.language() == QLocale.Language.C:
        return qdate.toString("yyyy-MM")
    if locale.language() == QLocale.Language.Korean:
        return locale.toString(qdate, "yyyy년 M월")
    return locale.toString(qdate, "MMM yyyy")


def percent(share: float, places: int = 1) -> str:
    """A share (0..1) as a percentage in the locale's digits: ``12.5%``."""
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        return f"{share:.{places}%}"
    return locale.toString(share * 100, "f", places) + "%"


def moment(value: datetime | None, *, seconds: bool = True) -> str:
    """A day and a time (to the second, or the minute), as kept (UTC); "—" for none."""
    if value is None:
        return "—"
    return f"{day(value)} {value:%H:%M:%S}" if seconds else f"{day(value)} {value:%H:%M}"


def widths(view: QWidget) -> tuple[int, int]:
    """Pixels a table column needs in ``view``'s font for a day and time (``moment``) and for a day (``day``),
    written the locale's way: Korean dates are longer than ISO ones."""
    latest = datetime(2026, 12, 31, 23, 59, tzinfo=UTC)
    metrics = view.fontMetrics()
    padding = 18
    return (
        metrics.horizontalAdvance(moment(latest, seconds=False)) + padding,
        metrics.horizontalAdvance(day(latest)) + padding,
    )
