"""The station's flow without a window: what each scan leads to, which unit is next, when a parcel is done."""

from __future__ import annotations

from datetime import UTC, datetime

from returns_desk.domain.vocab import Grade, ScanKind
from returns_desk.gui.station.flow import Beep, Keep, StationFlow, Tone
from returns_desk.services.results import LineView, ProductView, RequestView, ScanResult, UnitView

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def unit(lpn: str, status: str = "received") -> UnitView:
    return UnitView(lpn, status, None, None, None)


def line(sku: str, gtin: str | None, *units: UnitView) -> LineView:
    return LineView(
        1,
        sku,
        f"{sku} name",
        gtin,
        "electronics",
        len(units),
        len(units),
        "defective",
        None,
        4999,
        True,
        units,
    )


def request(status: str, *lines: LineView, rma: str = "RMA-00000042") -> RequestView:
    return RequestView(
        7,
        rma,
        status,
        1,
        "shop",
        "EU",
        "ORD-1",
        "Ada Park",
        "ada@example.com",
        NOW,
        NOW,
        NOW,
        None,
        None,
        True,
        lines,
    )


def scanned(
    match: RequestView | None, kind: ScanKind = ScanKind.RMA, code: str = "RMA-00000042"
) -> ScanResult:
    return ScanResult(code, kind, code, match=match)


def test_an_approved_return_is_shown_and_received_then_its_first_unit_is_graded() -> None:
    flow = StationFlow()
    approved = request("approved", line("ELE-1", "00000000000017"))
    step = flow.scan_resolved(scanned(approved))
    assert step is not None
    assert (step.tone, step.receive, step.request, step.load_history) == (
        Tone.SCANNED,
        approved.rma,
        approved,
        True,
    )
    assert step.text == "Found RMA-00000042 — receiving…"
    received = request("received", line("ELE-1", "00000000000017", unit("LP1"), unit("LP2")))
    after = flow.received(received)
    assert (after.unit, after.beep, flow.unit) == (unit("LP1"), Beep.OK, unit("LP1"))
    assert after.text == "Received RMA-00000042 — grade LP1: press 1–7"


def test_the_next_unit_after_a_save_and_the_parcel_done_at_the_last() -> None:
    flow = StationFlow()
    flow.received(request("received", line("ELE-1", None, unit("LP1"), unit("LP2"))))
    said = flow.saved_text("LP1", "restock", "A-STOCK", on_hold=False)
    assert said == "Saved LP1 → RESTOCK, to A-STOCK"
    step = flow.refreshed(
        request("received", line("ELE-1", None, unit("LP1", "restocked"), unit("LP2"))), said
    )
    assert step.unit == unit("LP2")
    assert step.text == "Saved LP1 → RESTOCK, to A-STOCK — grade LP2: press 1–7"
    done = flow.refreshed(
        request("inspected", line("ELE-1", None, unit("LP1", "restocked"), unit("LP2", "restocked"))),
        "Saved LP2",
    )
    assert (done.tone, done.unit, flow.unit) == (Tone.SAVED, None, None)
    assert done.text == "Saved LP2 — inspected: nothing left to grade. Scan the next parcel"


def test_a_parcel_found_by_an_item_grades_that_item_first() -> None:
    flow = StationFlow()
    two = request(
        "received", line("ELE-1", "00000000000017", unit("LP1")), line("ELE-2", "00000000000024", unit("LP2"))
    )
    step = flow.scan_resolved(scanned(two, ScanKind.GTIN, "00000000000024"))
    assert step is not None
    assert step.unit == unit("LP2")
    assert "(by item 00000000000024)" in step.text
    # With the return open, scanning the other item picks its line.
    picked = flow.scan_resolved(scanned(two, ScanKind.GTIN, "00000000000017"))
    assert picked is not None
    assert (picked.unit, picked.text) == (unit("LP1"), "Item ELE-1 matched — grade LP1 with 1–7")
    assert isinstance(picked.request, Keep)


def test_what_matches_nothing_opens_the_unexpected_parcel_form() -> None:
    flow = StationFlow()
    step = flow.scan_resolved(ScanResult(" 1Z999 ", ScanKind.TRACKING, "1Z999"))
    assert step is not None
    assert (step.tone, step.request, step.unexpected, step.beep) == (
        Tone.ERROR,
        None,
        ("1Z999", None),
        Beep.ERROR,
    )
    assert step.text.startswith("No return matches tracking number 1Z999")


def test_a_parcel_for_a_cancelled_return_goes_to_a_supervisor_with_that_return() -> None:
    flow = StationFlow()
    cancelled = request("cancelled", line("ELE-1", None))
    step = flow.scan_resolved(scanned(cancelled))
    assert step is not None
    assert (step.request, step.unexpected, step.receive) == (
        cancelled,
        ("RMA-00000042", "RMA-00000042"),
        None,
    )
    assert "was cancelled" in step.text


def test_an_item_in_several_returns_or_a_code_that_fits_several_asks_for_the_label() -> None:
    flow = StationFlow()
    item = ScanResult(
        "4006381333931",
        ScanKind.GTIN,
        "04006381333931",
        product=ProductView("ELE-9", "Kettle", "04006381333931", "kitchen", 3999),
        candidates=("RMA-1", "RMA-2"),
    )
    step = flow.scan_resolved(item)
    assert step is not None
    assert (step.tone, step.request, step.unexpected) == (Tone.WARNING, Keep.AS_IS, None)
    assert "open returns RMA-1, RMA-2 — scan the return label" in step.text
    several = flow.scan_resolved(ScanResult("12345", ScanKind.ORDER, "12345", candidates=("RMA-1", "RMA-2")))
    assert several is not None
    assert "fits more than one return" in several.text


def test_a_grade_below_a_asks_for_a_photo_before_enter_saves() -> None:
    flow = StationFlow()
    flow.received(request("received", line("ELE-1", None, unit("LP1"))))
    refused = flow.may_save()
    assert refused is not None
    assert refused.text == "Choose a grade first: 1–7"
    assert flow.grade_chosen(Grade.A).text == f"Grade {Grade.A.label} — Enter saves"
    assert flow.may_save() is None
    assert flow.grade_chosen(Grade.C).tone is Tone.WARNING
    assert flow.may_save() is not None
    assert flow.photo_kept("sha256:1").text == "1 photo(s) attached — Enter saves"
    assert flow.photo_kept("sha256:1").text == "1 photo(s) attached — Enter saves"  # the same photo once
    assert flow.may_save() is None
    assert flow.saved_text("LP3", "refurbish", "REFURB", on_hold=True).endswith("until a supervisor decides")
    assert flow.saved_text("LP4", None, None, on_hold=False) == "LP4 marked missing"


def test_a_proposal_counts_only_for_the_unit_and_grade_still_in_hand() -> None:
    from returns_desk.domain.rules import DEFAULT_POLICY, UnitFacts
    from returns_desk.domain.vocab import Fault, ReasonCode
    from returns_desk.services.inspection import Proposal

    facts = UnitFacts(Grade.B, ReasonCode.DEFECTIVE, "electronics", 4999, False, 3, Fault.UNKNOWN, True)
    decision, refund = DEFAULT_POLICY.decide(facts), DEFAULT_POLICY.refund(facts, 4999)
    flow = StationFlow()
    flow.received(request("received", line("ELE-1", None, unit("LP1"), unit("LP2"))))
    flow.grade_chosen(Grade.B)
    assert not flow.proposal_ready(Proposal("LP2", Grade.B, decision, refund))  # another unit
    assert not flow.proposal_ready(Proposal("LP1", Grade.C, decision, refund))  # a grade since changed
    assert flow.proposal_ready(Proposal("LP1", Grade.B, decision, refund))
    assert flow.proposal is not None
    flow.refreshed(
        request("received", line("ELE-1", None, unit("LP1", "restocked"), unit("LP2"))), "Saved LP1"
    )
    assert (flow.unit, flow.grade, flow.photos, flow.proposal) == (unit("LP2"), None, [], None)
