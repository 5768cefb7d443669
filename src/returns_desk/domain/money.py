"""Money as a person reads it: amounts are kept in minor units (cents) and always shown with their currency."""

from __future__ import annotations

# ISO 4217 codes the shops we serve use, with their symbol and minor digits. Anything else shows as its code.
_KNOWN: dict[str, tuple[str, int]] = {
    "USD": ("$", 2),
    "CAD": ("CA$", 2),
    "AUD": ("A$", 2),
    "EUR": ("€", 2),
    "GBP": ("£", 2),
    "KRW": ("₩", 0),
    "JPY": ("¥", 0),
}
DEFAULT_CURRENCY = "USD"


def is_currency(code: str) -> bool:
    return len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()


def minor_digits(currency: str) -> int:
    """Digits after the decimal point: 2 for dollars and euros, 0 for won and yen."""
    return _KNOWN.get(currency, ("", 2))[1]


def currency_symbol(currency: str) -> str:
    """``$`` for USD, ``₩`` for KRW; the code itself for a currency without a symbol of its own here."""
    return _KNOWN.get(currency, (f"{currency} ", 2))[0].strip()


def format_money(minor_units: int, currency: str = DEFAULT_CURRENCY, *, signed: bool = False) -> str:
    """``format_money(4999, "USD")`` is ``$49.99``; ``format_money(4999, "SEK")`` is ``SEK 49.99``."""
    symbol, digits = _KNOWN.get(currency, (f"{currency} ", 2))
    sign = "-" if minor_units < 0 else ("+" if signed and minor_units > 0 else "")
    whole, part = divmod(abs(minor_units), 10**digits) if digits else (abs(minor_units), 0)
    text = f"{whole:,}" + (f".{part:0{digits}d}" if digits else "")
    return f"{sign}{symbol}{text}"
