"""Scan classification: carrier check digits, GTINs, our RMAs and license plates, scanner noise."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from returns_desk.domain.scancodes import (
    classify,
    clean,
    fedex12_check_digit,
    gs1_check_digit,
    gs1_valid,
    lpn_for_serial,
    normalize_tracking,
    ups_check_digit,
)
from returns_desk.domain.vocab import ScanKind


def first(code: str) -> tuple[ScanKind, str, str | None]:
    r = classify(code)[0]
    return r.kind, r.normalized, r.carrier


@pytest.mark.parametrize(
    ("code", "carrier", "normalized"),
    [
        ("1Z5R89390357567127", "ups", "1Z5R89390357567127"),
        ("1Z879E930346834440", "ups", "1Z879E930346834440"),
        ("1z 410e 7w03 9275 1591", "ups", "1Z410E7W0392751591"),
        ("986578788855", "fedex", "986578788855"),
        ("0414 4176 0228 964", "fedex", "041441760228964"),
        ("9611020987654312345672", "fedex", "9611020987654312345672"),
        ("1001921334250001000300779017972697", "fedex", "779017972697"),
        ("0307 1790 0005 2348 3741", "usps", "03071790000523483741"),
        ("9400 1112 0108 0805 4830 16", "usps", "9400111201080805483016"),
        ("420 22153 9101026837331000039521", "usps", "9101026837331000039521"),
        ("4201028200009261290113185417468510", "usps", "9261290113185417468510"),
        ("3318810025", "dhl", "3318810025"),
        ("JJD0099999999", "dhl", "JJD0099999999"),
        ("GM2951173225174494", "dhl", "GM2951173225174494"),
    ],
)
def test_carrier_tracking_numbers_are_recognised(code: str, carrier: str, normalized: str) -> None:
    assert first(code) == (ScanKind.TRACKING, normalized, carrier)


@pytest.mark.parametrize(
    "code",
    [
        "1Z5R89390357567128",
        "1Z1111111111111111",
        "996578788855",
        "5682 8361 0012 732",
        "3318810010",
        "9600000000000000000001",
    ],
)
def test_a_wrong_check_digit_is_not_a_tracking_number(code: str) -> None:
    assert all(r.kind is not ScanKind.TRACKING for r in classify(code))


@pytest.mark.parametrize(
    ("code", "gtin"),
    [
        ("4006381333931", "04006381333931"),
        ("012345678905", "00012345678905"),
        ("96385074", "00000096385074"),
        ("10012345678902", "10012345678902"),
        ("]E04006381333931", "04006381333931"),
        ("(01)04006381333931", "04006381333931"),
        ("]C1010400638133393110ABC\x1d21X", "04006381333931"),
    ],
)
def test_gtins_are_normalised_to_14_digits(code: str, gtin: str) -> None:
    assert first(code)[:2] == (ScanKind.GTIN, gtin)


def test_a_12_digit_code_that_is_both_upc_and_fedex_keeps_both_readings() -> None:
    body = "7" + "0" * 9 + "1"
    code = body + str(fedex12_check_digit(body))
    if gs1_valid(code):
        kinds = [r.kind for r in classify(code)]
        assert kinds[:2] == [ScanKind.GTIN, ScanKind.TRACKING]
    else:
        assert first(code)[0] is ScanKind.TRACKING


@pytest.mark.parametrize(
    ("code", "normalized"),
    [
        ("RMA-00001234", "RMA-00001234"),
        ("rma00001234", "RMA-00001234"),
        ("]C0RMA-00001234", "RMA-00001234"),
        ("\x02RMA-00001234\x03\r\n", "RMA-00001234"),
        ("*RMA-00001234*", "RMA-00001234"),
        (" RMA 00001234 ", "RMA-00001234"),
    ],
)
def test_our_rma_numbers_survive_scanner_noise(code: str, normalized: str) -> None:
    assert first(code)[:2] == (ScanKind.RMA, normalized)


def test_license_plates_carry_a_check_digit() -> None:
    lpn = lpn_for_serial(1)
    assert lpn == "LP0000000017"
    assert first(lpn)[:2] == (ScanKind.LPN, lpn)
    misread = classify("LP0000000018")
    assert all(r.kind is not ScanKind.LPN for r in misread)
    assert not any(r.certain for r in misread)


def test_order_numbers_and_free_text() -> None:
    assert first("#1001")[:2] == (ScanKind.ORDER, "1001")
    readings = classify("#1001-R1")
    assert {r.kind for r in readings} == {ScanKind.RMA, ScanKind.ORDER}
    assert not any(r.certain for r in readings)
    assert first("")[0] is ScanKind.UNKNOWN
    assert first("\x00\x1b")[0] is ScanKind.UNKNOWN


digits = st.text(alphabet="0123456789", min_size=1, max_size=30)


@given(digits)
def test_gs1_check_digit_makes_a_valid_code_and_any_single_digit_change_breaks_it(body: str) -> None:
    code = body + str(gs1_check_digit(body))
    assert gs1_valid(code)
    for i in range(len(code)):
        for d in "0123456789":
            if d != code[i]:
                assert not gs1_valid(code[:i] + d + code[i + 1 :])


@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPRSTUVWXYZ", min_size=15, max_size=15))
def test_ups_check_digit_round_trips(body: str) -> None:
    code = f"1Z{body}{ups_check_digit(body)}"
    assert first(code) == (ScanKind.TRACKING, code, "ups")


@given(st.text(max_size=40))
@example("]A 0")  # a space inside the AIM prefix hid it until the space was gone
@example("**AB**")
@example("*]C1RMA-00000042*")
def test_classification_is_stable_under_cleaning(raw: str) -> None:
    readings = classify(raw)
    assert readings
    assert classify(clean(raw)) == readings
    for r in readings:
        assert r.normalized == r.normalized.strip()
        assert not any(ord(c) < 32 for c in r.normalized)


@given(st.integers(min_value=1, max_value=10**9 - 1))
def test_every_lpn_is_recognised_as_an_lpn(serial: int) -> None:
    lpn = lpn_for_serial(serial)
    assert first(f"  {lpn.lower()}\r\n")[:2] == (ScanKind.LPN, lpn)


def test_normalize_tracking_strips_routing_prefix() -> None:
    assert normalize_tracking("420 22153 9101026837331000039521") == "9101026837331000039521"
