"""The dock's vocabulary in the window's language: grades, request statuses, reasons, dispositions, faults,
channels and the kinds of code a scan can be. The database keeps the codes (``not_as_described``); a person reads
these words. English is the source; translations live with the window's (resources/translations)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_WORDS: dict[str, dict[str, object]] = {
    "grade": {
        "A": QT_TRANSLATE_NOOP("Words", "A — new, unopened"),
        "B": QT_TRANSLATE_NOOP("Words", "B — like new, open box"),
        "C": QT_TRANSLATE_NOOP("Words", "C — used, cosmetic wear"),
        "D": QT_TRANSLATE_NOOP("Words", "D — damaged or defective"),
        "incorrect_item": QT_TRANSLATE_NOOP("Words", "Incorrect item"),
        "missing": QT_TRANSLATE_NOOP("Words", "Missing"),
        "junk": QT_TRANSLATE_NOOP("Words", "Junk"),
    },
    "status": {
        "requested": QT_TRANSLATE_NOOP("Words", "Pending"),
        "approved": QT_TRANSLATE_NOOP("Words", "Authorized"),
        "received": QT_TRANSLATE_NOOP("Words", "Received"),
        "inspected": QT_TRANSLATE_NOOP("Words", "Inspected"),
        "refunded": QT_TRANSLATE_NOOP("Words", "Refunded"),
        "exchanged": QT_TRANSLATE_NOOP("Words", "Exchanged"),
        "store_credit": QT_TRANSLATE_NOOP("Words", "Store credit"),
        "repaired": QT_TRANSLATE_NOOP("Words", "Repaired"),
        "closed": QT_TRANSLATE_NOOP("Words", "Closed"),
        "rejected": QT_TRANSLATE_NOOP("Words", "Rejected"),
        "cancelled": QT_TRANSLATE_NOOP("Words", "Cancelled"),
    },
    "reason": {
        "color": QT_TRANSLATE_NOOP("Words", "colour not as expected"),
        "defective": QT_TRANSLATE_NOOP("Words", "defective"),
        "not_as_described": QT_TRANSLATE_NOOP("Words", "not as described"),
        "other": QT_TRANSLATE_NOOP("Words", "other"),
        "size_too_large": QT_TRANSLATE_NOOP("Words", "too large"),
        "size_too_small": QT_TRANSLATE_NOOP("Words", "too small"),
        "style": QT_TRANSLATE_NOOP("Words", "style"),
        "unknown": QT_TRANSLATE_NOOP("Words", "not given"),
        "unwanted": QT_TRANSLATE_NOOP("Words", "no longer wanted"),
        "wrong_item": QT_TRANSLATE_NOOP("Words", "wrong item sent"),
        "damaged_in_transit": QT_TRANSLATE_NOOP("Words", "damaged in transit"),
    },
    "disposition": {
        "restock": QT_TRANSLATE_NOOP("Words", "RESTOCK"),
        "refurbish": QT_TRANSLATE_NOOP("Words", "REFURBISH"),
        "dispose": QT_TRANSLATE_NOOP("Words", "DISPOSE"),
        "return_to_vendor": QT_TRANSLATE_NOOP("Words", "RETURN TO VENDOR"),
        "liquidate": QT_TRANSLATE_NOOP("Words", "LIQUIDATE"),
    },
    "fault": {
        "customer": QT_TRANSLATE_NOOP("Words", "customer"),
        "carrier": QT_TRANSLATE_NOOP("Words", "carrier"),
        "warehouse": QT_TRANSLATE_NOOP("Words", "warehouse"),
        "unknown": QT_TRANSLATE_NOOP("Words", "unknown"),
    },
    "channel": {
        "web": QT_TRANSLATE_NOOP("Words", "web shop"),
        "marketplace": QT_TRANSLATE_NOOP("Words", "marketplace"),
        "store": QT_TRANSLATE_NOOP("Words", "store"),
    },
    "unit": {
        "received": QT_TRANSLATE_NOOP("Words", "received"),
        "inspected": QT_TRANSLATE_NOOP("Words", "inspected"),
        "awaiting_approval": QT_TRANSLATE_NOOP("Words", "awaiting approval"),
        "restocked": QT_TRANSLATE_NOOP("Words", "restocked"),
        "in_refurbishment": QT_TRANSLATE_NOOP("Words", "in refurbishment"),
        "repaired": QT_TRANSLATE_NOOP("Words", "repaired"),
        "disposed": QT_TRANSLATE_NOOP("Words", "disposed"),
        "returned_to_vendor": QT_TRANSLATE_NOOP("Words", "returned to vendor"),
        "liquidated": QT_TRANSLATE_NOOP("Words", "liquidated"),
        "missing": QT_TRANSLATE_NOOP("Words", "missing"),
    },
    "refund": {
        "full": QT_TRANSLATE_NOOP("Words", "full"),
        "partial": QT_TRANSLATE_NOOP("Words", "partial"),
        "withheld": QT_TRANSLATE_NOOP("Words", "withheld"),
    },
    # The checklists Returns Desk comes with (domain/checklists.DEFAULT); a question an admin writes is shown as it
    # is written.
    "question": {
        "All accessories, cables and manuals present": QT_TRANSLATE_NOOP(
            "Words", "All accessories, cables and manuals present"
        ),
        "All parts present": QT_TRANSLATE_NOOP("Words", "All parts present"),
        "Factory seal intact": QT_TRANSLATE_NOOP("Words", "Factory seal intact"),
        "No damage, works as intended": QT_TRANSLATE_NOOP("Words", "No damage, works as intended"),
        "No scratches, dents or cracks": QT_TRANSLATE_NOOP("Words", "No scratches, dents or cracks"),
        "No signs of wear, stains or odour": QT_TRANSLATE_NOOP("Words", "No signs of wear, stains or odour"),
        "No tears or detached parts": QT_TRANSLATE_NOOP("Words", "No tears or detached parts"),
        "No tears, loose seams or broken zips": QT_TRANSLATE_NOOP(
            "Words", "No tears, loose seams or broken zips"
        ),
        "Original box, undamaged": QT_TRANSLATE_NOOP("Words", "Original box, undamaged"),
        "Original tags attached": QT_TRANSLATE_NOOP("Words", "Original tags attached"),
        "Powers on and works": QT_TRANSLATE_NOOP("Words", "Powers on and works"),
        "Soles clean, no wear": QT_TRANSLATE_NOOP("Words", "Soles clean, no wear"),
        "Unopened, original packaging": QT_TRANSLATE_NOOP("Words", "Unopened, original packaging"),
    },
    "exception": {
        "unexpected_parcel": QT_TRANSLATE_NOOP("Words", "Unexpected parcel"),
        "discrepancy": QT_TRANSLATE_NOOP("Words", "Discrepancy"),
        "outside_window": QT_TRANSLATE_NOOP("Words", "Outside window"),
        "awaiting_approval": QT_TRANSLATE_NOOP("Words", "Awaiting approval"),
        "high_value": QT_TRANSLATE_NOOP("Words", "High value"),
        "refund_withheld": QT_TRANSLATE_NOOP("Words", "Refund withheld"),
        "sync_conflict": QT_TRANSLATE_NOOP("Words", "Sync conflict"),
        "parcel_trouble": QT_TRANSLATE_NOOP("Words", "Parcel trouble"),
    },
    # Where a return parcel is on its way back (services/tracking.STAGES).
    "stage": {
        "no_scans": QT_TRANSLATE_NOOP("Words", "No scans yet"),
        "pickup_scheduled": QT_TRANSLATE_NOOP("Words", "Pickup scheduled"),
        "in_transit": QT_TRANSLATE_NOOP("Words", "In transit"),
        "out_for_delivery": QT_TRANSLATE_NOOP("Words", "Out for delivery"),
        "delivered": QT_TRANSLATE_NOOP("Words", "Delivered"),
        "stalled": QT_TRANSLATE_NOOP("Words", "Stalled"),
        "pickup_failed": QT_TRANSLATE_NOOP("Words", "Pickup failed"),
        "returned_to_sender": QT_TRANSLATE_NOOP("Words", "Returned to sender"),
        "exception": QT_TRANSLATE_NOOP("Words", "Exception"),
    },
    "role": {
        "staff": QT_TRANSLATE_NOOP("Words", "staff"),
        "supervisor": QT_TRANSLATE_NOOP("Words", "supervisor"),
        "admin": QT_TRANSLATE_NOOP("Words", "admin"),
    },
    "resolution": {
        "refund": QT_TRANSLATE_NOOP("Words", "refund"),
        "exchange": QT_TRANSLATE_NOOP("Words", "exchange"),
        "store_credit": QT_TRANSLATE_NOOP("Words", "store credit"),
        "repair": QT_TRANSLATE_NOOP("Words", "repair"),
    },
    # Where a request's parcel is (services/requests.WHERE).
    "parcel": {
        "expected": QT_TRANSLATE_NOOP("Words", "expected"),
        "received": QT_TRANSLATE_NOOP("Words", "received"),
        "inspected": QT_TRANSLATE_NOOP("Words", "inspected"),
    },
    "verdict": {
        "authorize": QT_TRANSLATE_NOOP("Words", "authorize"),
        "reject": QT_TRANSLATE_NOOP("Words", "reject"),
        "review": QT_TRANSLATE_NOOP("Words", "review"),
    },
    "outbox": {
        "queued": QT_TRANSLATE_NOOP("Words", "queued"),
        "sending": QT_TRANSLATE_NOOP("Words", "sending"),
        "sent": QT_TRANSLATE_NOOP("Words", "sent"),
        "failed": QT_TRANSLATE_NOOP("Words", "failed"),
    },
    # What an audit event is about (services/audit.SUBJECTS).
    "subject": {
        "unit": QT_TRANSLATE_NOOP("Words", "unit"),
        "return": QT_TRANSLATE_NOOP("Words", "return"),
        "user": QT_TRANSLATE_NOOP("Words", "user"),
        "station": QT_TRANSLATE_NOOP("Words", "station"),
    },
    # A step at the refurbishment bench (services/refurbishment).
    "bench": {
        "work": QT_TRANSLATE_NOOP("Words", "work"),
        "repaired": QT_TRANSLATE_NOOP("Words", "repaired"),
        "beyond_repair": QT_TRANSLATE_NOOP("Words", "beyond repair"),
    },
    "scan": {
        "rma": QT_TRANSLATE_NOOP("Words", "RMA"),
        "tracking": QT_TRANSLATE_NOOP("Words", "tracking number"),
        "order": QT_TRANSLATE_NOOP("Words", "order"),
        "lpn": QT_TRANSLATE_NOOP("Words", "license plate"),
        "gtin": QT_TRANSLATE_NOOP("Words", "item"),
        "unknown": QT_TRANSLATE_NOOP("Words", "code"),
    },
}


def word(kind: str, code: str) -> str:
    """The word for a code in the window's language; an unknown code is shown as it is."""
    source = _WORDS.get(kind, {}).get(code)
    return QCoreApplication.translate("Words", str(source)) if source is not None else code


def grade_letter(code: str) -> str:
    """The short name on a key hint: A, B, C, D, or the word for the others."""
    return word("grade", code).split(" — ")[0]
