"""What a scanned string is: our RMA, a carrier tracking number, an order, our license plate (LPN) or a GTIN.

A scanner may add an AIM symbology identifier (``]C1``), control characters, Code 39 ``*`` guards, spaces or a
GS1 ``420``+ZIP routing prefix. :func:`classify` strips all of that and returns every plausible reading in order
of likelihood; the receiving service tries them against the database in that order, so a 12-digit string that is
both a valid UPC-A and a valid FedEx number still finds its parcel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from returns_desk.domain.vocab import ScanKind

RMA_PREFIX = "RMA-"
LPN_PREFIX = "LP"
LPN_SERIAL_DIGITS = 9

_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f-\x9f\u00a0\u200b\ufeff]")
_GS = "\x1d"

_RMA = re.compile(r"^RMA-?(\d{4,12})$")
_LPN = re.compile(r"^LP(\d{10})$")
_UPS = re.compile(r"^1Z[0-9A-Z]{16}$")
_DHL_ECOMMERCE = re.compile(r"^(GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)\d{10,39}$")
_DHL_PIECE = re.compile(r"^J[A-Z]{2,3}\d{9,10}$")
_ORDER = re.compile(r"^(?:#|SO-?)?(\d{3,12})$")
_ORDER_TEXT = re.compile(r"^#?[0-9A-Z][0-9A-Z\-]{2,30}$")
_DIGITS = re.compile(r"^\d+$")
_GS1_GTIN = re.compile(r"^(?:\(01\)|01)(\d{14})")


@dataclass(frozen=True, slots=True)
class Reading:
    """One interpretation of a scan: what it would be and its canonical form for lookups."""

    kind: ScanKind
    normalized: str
    carrier: str | None = None
    # False for fallbacks tried only because shop platforms use free formats: "unknown" if nothing matches.
    certain: bool = True


# --- check digits -------------------------------------------------------------------------------------------


def gs1_check_digit(body: str) -> int:
    """GS1 mod-10 check digit for GTIN/SSCC/USPS IMpb: weights 3,1,3,… from the rightmost body digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def gs1_valid(code: str) -> bool:
    return len(code) >= 2 and code.isdigit() and gs1_check_digit(code[:-1]) == int(code[-1])


def ups_check_digit(body: str) -> int:
    """UPS 1Z: mod 10 over the 15 characters after ``1Z``; letters count as (ord-3) mod 10, odd places double."""
    total = 0
    for i, ch in enumerate(body):
        value = int(ch) if ch.isdigit() else (ord(ch) - 3) % 10
        total += value * (2 if i % 2 else 1)
    return (10 - total % 10) % 10


def ups_valid(code: str) -> bool:
    return code[17].isdigit() and ups_check_digit(code[2:17]) == int(code[17])


def fedex12_check_digit(body: str) -> int:
    """FedEx Express 12 digits: weights 3,1,7 repeating over the first 11, sum mod 11 mod 10."""
    weights = (3, 1, 7)
    return sum(int(ch) * weights[i % 3] for i, ch in enumerate(body)) % 11 % 10


def fedex12_valid(code: str) -> bool:
    return fedex12_check_digit(code[:11]) == int(code[11])


def dhl_express_valid(code: str) -> bool:
    """DHL Express air waybill: the body modulo 7 is the last digit."""
    return int(code[:-1]) % 7 == int(code[-1])


def lpn_for_serial(serial: int) -> str:
    """Our license plate: ``LP`` + 9-digit serial + GS1 check digit, so a misread plate is never a real one."""
    if not 0 < serial < 10**LPN_SERIAL_DIGITS:
        raise ValueError(f"LPN serial out of range: {serial}")
    body = f"{serial:0{LPN_SERIAL_DIGITS}d}"
    return f"{LPN_PREFIX}{body}{gs1_check_digit(body)}"


def rma_for_serial(serial: int) -> str:
    return f"{RMA_PREFIX}{serial:08d}"


def gtin14(code: str) -> str:
    """GTIN-8/12/13/14 in its canonical 14-digit form (left-padded with zeros)."""
    return code.zfill(14)


# --- normalisation ------------------------------------------------------------------------------------------


def as_scanned(raw: str) -> str:
    """The code as it was printed: without the AIM prefix, control characters, spaces and ``*`` guards a scanner
    adds, case kept (a shop platform's RMA is stored exactly as the platform wrote it). Taken off until nothing
    more comes off, so that cleaning a cleaned code changes nothing (``]A 0``: the space hid a prefix)."""
    text = raw
    while (cleaner := _clean_once(text)) != text:
        text = cleaner
    return text


def _clean_once(raw: str) -> str:
    text = raw.strip()
    text = _AIM_PREFIX.sub("", text)
    if _GS in text:
        # GS (FNC1) separates GS1 element strings. USPS labels read (420) ship-to ZIP, GS, then the tracking
        # number: the element we act on is the one after the routing ZIP; otherwise it is the first.
        elements = [e for e in (part.strip() for part in text.split(_GS)) if e]
        text = elements[1] if len(elements) > 1 and elements[0].startswith("420") else (elements or [""])[0]
    text = _CONTROL_OR_SPACE.sub("", text)
    if len(text) > 2 and text.startswith("*") and text.endswith("*"):
        text = text[1:-1]
    return text


def clean(raw: str) -> str:
    """Strip what scanners and people add around a code (see ``as_scanned``), in capitals."""
    return as_scanned(raw).upper()


def normalize_tracking(raw: str) -> str:
    """The canonical form a tracking number is stored and looked up in."""
    for reading in classify(raw):
        if reading.kind is ScanKind.TRACKING:
            return reading.normalized
    return clean(raw)


def normalize_order(raw: str) -> str:
    text = clean(raw)
    match = _ORDER.match(text)
    if match:
        return match.group(1)
    return text.removeprefix("#")


# --- classification -----------------------------------------------------------------------------------------


def classify(raw: str) -> tuple[Reading, ...]:
    """Every plausible reading of a scanned string, most likely first; ``(UNKNOWN,)`` if none fits."""
    code = clean(raw)
    if not code:
        return (Reading(ScanKind.UNKNOWN, ""),)
    readings: list[Reading] = []

    if m := _RMA.match(code):
        readings.append(Reading(ScanKind.RMA, RMA_PREFIX + m.group(1)))
    elif (m := _LPN.match(code)) and gs1_valid(m.group(1)):
        readings.append(Reading(ScanKind.LPN, code))
    elif _UPS.match(code) and ups_valid(code):
        readings.append(Reading(ScanKind.TRACKING, code, "ups"))
    elif _DHL_ECOMMERCE.match(code) or _DHL_PIECE.match(code):
        readings.append(Reading(ScanKind.TRACKING, code, "dhl"))
    elif m := _GS1_GTIN.match(code):
        if gs1_valid(m.group(1)):
            readings.append(Reading(ScanKind.GTIN, m.group(1)))
    elif _DIGITS.match(code):
        readings.extend(_classify_digits(code))

    if m := _ORDER.match(code):
        # Order numbers are mostly plain digits, so a digit string is also tried as an order.
        readings.append(Reading(ScanKind.ORDER, m.group(1), certain=code.startswith(("#", "SO"))))
    elif not readings and _ORDER_TEXT.match(code):
        # Shop platforms bring their own RMA and order formats; the database decides which this is.
        readings.append(Reading(ScanKind.RMA, code, certain=False))
        readings.append(Reading(ScanKind.ORDER, code.removeprefix("#"), certain=False))
    if not readings:
        return (Reading(ScanKind.UNKNOWN, code),)
    return tuple(dict.fromkeys(readings))


def _classify_digits(code: str) -> list[Reading]:
    n = len(code)
    out: list[Reading] = []
    if n in (8, 12, 13, 14) and gs1_valid(code):
        out.append(Reading(ScanKind.GTIN, gtin14(code)))
    if n == 12 and fedex12_valid(code):
        out.append(Reading(ScanKind.TRACKING, code, "fedex"))
    if n == 15 and gs1_valid(code):
        out.append(Reading(ScanKind.TRACKING, code, "fedex"))
    if n == 34 and code.startswith(("10", "96")) and fedex12_valid(code[-12:]):
        # FedEx 1D labels carry routing data; the tracking number is the last 12 digits.
        out.append(Reading(ScanKind.TRACKING, code[-12:], "fedex"))
    if n in (10, 11) and dhl_express_valid(code):
        out.append(Reading(ScanKind.TRACKING, code, "dhl"))
    out.extend(_usps_or_smartpost(code))
    return out


def _usps_or_smartpost(code: str) -> list[Reading]:
    """USPS IMpb (20–22 digits, GS1 mod 10), FedEx SmartPost and FedEx Ground 96, with a ``420``+ZIP prefix."""
    candidates = [code]
    if code.startswith("420"):
        # 420 + ZIP5 or 420 + ZIP5+4 precede the tracking number on a GS1-128 label.
        candidates = [code[8:], code[12:]]
    out: list[Reading] = []
    for c in candidates:
        if len(c) == 22 and c.startswith("96") and gs1_valid(c[7:]):
            out.append(Reading(ScanKind.TRACKING, c, "fedex"))
        elif (len(c) == 22 and c[:2] in {"91", "92", "93", "94", "95"} and gs1_valid(c)) or (
            len(c) == 20 and (gs1_valid(c) or gs1_valid("91" + c))
        ):
            out.append(Reading(ScanKind.TRACKING, c, "usps"))
        elif len(c) == 20 and gs1_valid("92" + c):
            out.append(Reading(ScanKind.TRACKING, c, "fedex"))
        elif len(c) == 26 and c.startswith("92") and gs1_valid(c):
            out.append(Reading(ScanKind.TRACKING, c, "usps"))
    return out
