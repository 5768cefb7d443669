"""The station's flow without Qt: what a scan means, which unit is next, when a parcel is done.

The station widget hands every event (a scan resolved, a parcel received, a unit saved, a grade pressed) to
:class:`StationFlow` and shows the :class:`Step` it gets back: the line to say and its tone, the request and unit to
show, a parcel to receive, the unexpected-parcel form to open, a beep. Nothing here touches a widget or the
database, so the flow is tested on its own (tests/gui/test_station_flow.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from returns_desk.domain.lifecycle import RECEIVABLE
from returns_desk.domain.vocab import Grade, ReturnStatus, ScanKind, UnitStatus
from returns_desk.services.inspection import Proposal
from returns_desk.services.results import LineView, RequestView, ScanResult, UnitView

KIND_WORDS = {
    "rma": "RMA",
    "tracking": "tracking number",
    "order": "order",
    "lpn": "license plate",
    "gtin": "item",
    "unknown": "code",
}
ENDED = frozenset({ReturnStatus.CANCELLED, ReturnStatus.REJECTED})


class Tone(StrEnum):
    """How a message looks (its colour), from calm to alarming."""

    READY = "ready"
    SCANNED = "scanned"
    WARNING = "warning"
    ERROR = "error"
    BUSY = "busy"
    SAVED = "saved"


class Beep(StrEnum):
    OK = "ok"
    ERROR = "error"


class Keep(StrEnum):
    """A Step field left as it is on screen."""

    AS_IS = "as is"


@dataclass(frozen=True, slots=True)
class Step:
    tone: Tone
    text: str
    request: RequestView | Keep | None = Keep.AS_IS  # the request to show (None: clear the panel)
    unit: UnitView | Keep | None = Keep.AS_IS  # the unit to grade next (None: no unit: the panel hides)
    receive: str | None = None  # the RMA to receive now, once the request is on screen
    load_history: bool = False  # the customer's earlier returns, for the request on screen
    unexpected: tuple[str, str | None] | None = None  # open the unexpected-parcel form: (scanned code, RMA)
    beep: Beep | None = None


def waiting_on(line: LineView) -> list[UnitView]:
    return [u for u in line.units if u.status == UnitStatus.RECEIVED.value]


def waiting_units(request: RequestView) -> list[UnitView]:
    """The request's units still to be graded, in line order."""
    return [u for line in request.lines for u in waiting_on(line)]


def line_of(request: RequestView, unit: UnitView) -> tuple[int, LineView]:
    return next((i, line) for i, line in enumerate(request.lines) if unit in line.units)


class StationFlow:
    """What the station is doing: the request on screen, the unit in hand with its grade, photos and the rules'
    proposal, the item a parcel was found by."""

    def __init__(self) -> None:
        self.request: RequestView | None = None
        self.unit: UnitView | None = None
        self.grade: Grade | None = None
        self.photos: list[str] = []
        self.proposal: Proposal | None = None
        self.wanted_gtin: str | None = None  # a parcel found by an item's barcode grades that item first

    def clear(self) -> None:
        self.request, self.wanted_gtin = None, None
        self.hold(None)

    def hold(self, unit: UnitView | None) -> None:
        """The unit now in hand (None: none), with nothing graded, photographed or proposed yet."""
        self.unit, self.grade, self.photos, self.proposal = unit, None, [], None

    # --- events ------------------------------------------------------------------------------------------
    def scan_resolved(self, result: ScanResult) -> Step | None:
        """A scan came back from the database. None: nothing changes (an item of the open request picked its
        line: see ``item_in_hand``)."""
        match = result.match
        is_item = result.kind is ScanKind.GTIN
        if is_item and self.request is not None:
            picked = self.item_in_hand(result.normalized)
            if picked is not None:
                return picked
        self.wanted_gtin = result.normalized if is_item else None
        if match is None and result.product is not None:
            return Step(
                Tone.WARNING,
                f"Item {result.product.sku} {result.product.name}: open returns "
                f"{', '.join(result.candidates) or 'none'} — scan the return label",
                beep=Beep.ERROR,
            )
        if match is None and result.candidates:
            return Step(
                Tone.WARNING,
                f"{result.normalized} fits more than one return ({', '.join(result.candidates)}) — "
                "scan the RMA on the label",
                beep=Beep.ERROR,
            )
        if match is None:
            self.request = None
            return Step(
                Tone.ERROR,
                f"No return matches {KIND_WORDS[result.kind.value]} {result.normalized or '(empty)'}"
                " — unexpected parcel: say what is in the box, then Ctrl+Enter",
                request=None,
                unexpected=(result.raw.strip(), None),
                beep=Beep.ERROR,
            )
        self.request = match
        if ReturnStatus(match.status) in ENDED and not waiting_units(match):
            # A parcel for a return that was cancelled or rejected was not expected: a supervisor decides.
            return Step(
                Tone.ERROR,
                f"{match.rma} was {match.status} — this parcel was not expected: say what is in the box, "
                "then Ctrl+Enter files it for a supervisor",
                request=match,
                unexpected=(result.raw.strip(), match.rma),
                beep=Beep.ERROR,
            )
        how = (
            ""
            if result.kind is ScanKind.RMA
            else f" (by {KIND_WORDS[result.kind.value]} {result.normalized})"
        )
        if ReturnStatus(match.status) in RECEIVABLE:
            return Step(
                Tone.SCANNED,
                f"Found {match.rma}{how} — receiving…",
                request=match,
                receive=match.rma,
                load_history=True,
            )
        return self._next(f"Found {match.rma}{how}", load_history=True)

    def received(self, view: RequestView) -> Step:
        self.request = view
        return self._next(f"Received {view.rma}", beep=Beep.OK)

    def refreshed(self, view: RequestView, said: str) -> Step:
        """The request read again after a save: the next unit, or the parcel is done."""
        self.request = view
        return self._next(said)

    def item_in_hand(self, gtin: str) -> Step | None:
        """An item scanned while its request is open chooses its line's next unit to grade."""
        if self.request is None:
            return None
        for line in self.request.lines:
            if line.gtin == gtin:
                waiting = waiting_on(line)
                if waiting:
                    self.hold(waiting[0])
                    return Step(
                        Tone.SCANNED,
                        f"Item {line.sku} matched — grade {waiting[0].lpn} with 1–7",
                        unit=waiting[0],
                    )
        return None

    def grade_chosen(self, grade: Grade) -> Step:
        self.grade, self.proposal = grade, None
        if grade.needs_photo and not self.photos:
            return Step(Tone.WARNING, f"Grade {grade.label}: add a photo (Ctrl+O or camera), then Enter")
        return Step(Tone.SCANNED, f"Grade {grade.label} — Enter saves")

    def proposal_ready(self, proposal: Proposal) -> bool:
        """The rules' proposal for a grade: kept when it is for the unit and grade still in hand."""
        if self.unit is None or proposal.lpn != self.unit.lpn or proposal.grade is not self.grade:
            return False
        self.proposal = proposal
        return True

    def photo_kept(self, ref: str) -> Step:
        if ref not in self.photos:
            self.photos.append(ref)
        return Step(Tone.SCANNED, f"{len(self.photos)} photo(s) attached — Enter saves")

    def may_save(self) -> Step | None:
        """Why Enter cannot save yet, or None when it can."""
        if self.grade is None:
            return Step(Tone.WARNING, "Choose a grade first: 1–7", beep=Beep.ERROR)
        if self.grade.needs_photo and not self.photos:
            return Step(
                Tone.ERROR, f"Grade {self.grade.label} needs a photo: Ctrl+O to add one", beep=Beep.ERROR
            )
        return None

    @staticmethod
    def saved_text(lpn: str, chosen: str | None, destination: str | None, on_hold: bool) -> str:
        """What a save says; ``chosen`` None: the unit was marked missing."""
        if chosen is None:
            return f"{lpn} marked missing"
        if on_hold:
            return f"Saved {lpn} — ON HOLD: put it on the hold shelf until a supervisor decides"
        return f"Saved {lpn} → {chosen.replace('_', ' ').upper()}, to {destination}"

    # --- which unit is next --------------------------------------------------------------------------------
    def _next(self, prefix: str, *, beep: Beep | None = None, load_history: bool = False) -> Step:
        waiting = waiting_units(self.request) if self.request else []
        wanted, self.wanted_gtin = self.wanted_gtin, None
        if wanted and self.request is not None:
            # The parcel was found by scanning one of its items: that item is the one in hand.
            scanned = [u for line in self.request.lines if line.gtin == wanted for u in waiting_on(line)]
            waiting = scanned + [u for u in waiting if u not in scanned]
        if waiting:
            self.hold(waiting[0])
            return Step(
                Tone.SCANNED,
                f"{prefix} — grade {waiting[0].lpn}: press 1–7",
                request=self.request,
                unit=waiting[0],
                beep=beep,
                load_history=load_history,
            )
        self.hold(None)
        status = self.request.status if self.request else ""
        return Step(
            Tone.SAVED if self.request else Tone.READY,
            f"{prefix} — {status}: nothing left to grade. Scan the next parcel",
            request=self.request,
            unit=None,
            beep=beep,
            load_history=load_history,
        )
