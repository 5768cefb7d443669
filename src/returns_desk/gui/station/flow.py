"""The station's flow without Qt: what a scan means, which unit is next, when a parcel is done.

The station widget hands every event (a scan resolved, a parcel received, a unit saved, a grade pressed) to
:class:`StationFlow` and shows the :class:`Step` it gets back: the line to say and its tone, the request and unit to
show, a parcel to receive, the unexpected-parcel form to open, a beep. Nothing here touches a widget or the
database, so the flow is tested on its own (tests/gui/test_station_flow.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from returns_desk.domain.lifecycle import RECEIVABLE
from returns_desk.domain.vocab import Grade, ReturnStatus, ScanKind, UnitStatus
from returns_desk.services.inspection import Proposal
from returns_desk.services.results import LineView, RequestView, ScanResult, UnitView

Translate = Callable[[str, str], str]  # (context, English) -> the window's language: Qt's translate
Word = Callable[[str, str], str]  # (kind, code) -> the word a person reads: gui/words.word


def _english(_context: str, text: str) -> str:
    return text


SCAN_WORDS = {"tracking": "tracking number", "lpn": "license plate", "gtin": "item", "unknown": "code"}


def _code_word(kind: str, code: str) -> str:
    """English without Qt: a grade's label, a scan's kind in words, any other code with spaces."""
    if kind == "grade":
        return Grade(code).label
    if kind == "scan":
        return SCAN_WORDS.get(code, code.upper() if code == "rma" else code)
    return code.replace("_", " ")


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

    def __init__(self, translate: Translate = _english, word: Word = _code_word) -> None:
        self.translate, self.word = translate, word
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
                self.translate(
                    "StationFlow", "Item {0} {1}: open returns {2} — scan the return label"
                ).format(
                    result.product.sku,
                    result.product.name,
                    ", ".join(result.candidates) or self.translate("StationFlow", "none"),
                ),
                beep=Beep.ERROR,
            )
        if match is None and result.candidates:
            return Step(
                Tone.WARNING,
                self.translate(
                    "StationFlow", "{0} fits more than one return ({1}) — scan the RMA on the label"
                ).format(result.normalized, ", ".join(result.candidates)),
                beep=Beep.ERROR,
            )
        if match is None:
            self.request = None
            return Step(
                Tone.ERROR,
                self.translate(
                    "StationFlow",
                    "No return matches {0} {1} — unexpected parcel: say what is in the box, then Ctrl+Enter",
                ).format(
                    self.word("scan", result.kind.value),
                    result.normalized or self.translate("StationFlow", "(empty)"),
                ),
                request=None,
                unexpected=(result.raw.strip(), None),
                beep=Beep.ERROR,
            )
        self.request = match
        if ReturnStatus(match.status) in ENDED and not waiting_units(match):
            # A parcel for a return that was cancelled or rejected was not expected: a supervisor decides.
            return Step(
                Tone.ERROR,
                self.translate(
                    "StationFlow",
                    "{0} was {1} — this parcel was not expected: say what is in the box, then Ctrl+Enter "
                    "files it for a supervisor",
                ).format(match.rma, self.word("status", match.status).lower()),
                request=match,
                unexpected=(result.raw.strip(), match.rma),
                beep=Beep.ERROR,
            )
        how = (
            ""
            if result.kind is ScanKind.RMA
            else self.translate("StationFlow", " (by {0} {1})").format(
                self.word("scan", result.kind.value), result.normalized
            )
        )
        if ReturnStatus(match.status) in RECEIVABLE:
            return Step(
                Tone.SCANNED,
                self.translate("StationFlow", "Found {0}{1} — receiving…").format(match.rma, how),
                request=match,
                receive=match.rma,
                load_history=True,
            )
        return self._next(
            self.translate("StationFlow", "Found {0}{1}").format(match.rma, how), load_history=True
        )

    def received(self, view: RequestView) -> Step:
        self.request = view
        return self._next(self.translate("StationFlow", "Received {0}").format(view.rma), beep=Beep.OK)

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
                        self.translate("StationFlow", "Item {0} matched — grade {1} with 1–7").format(
                            line.sku, waiting[0].lpn
                        ),
                        unit=waiting[0],
                    )
        return None

    def grade_chosen(self, grade: Grade) -> Step:
        self.grade, self.proposal = grade, None
        if grade.needs_photo and not self.photos:
            return Step(
                Tone.WARNING,
                self.translate("StationFlow", "Grade {0}: add a photo (Ctrl+O or camera), then Enter").format(
                    self.word("grade", grade.value)
                ),
            )
        return Step(
            Tone.SCANNED,
            self.translate("StationFlow", "Grade {0} — Enter saves").format(self.word("grade", grade.value)),
        )

    def proposal_ready(self, proposal: Proposal) -> bool:
        """The rules' proposal for a grade: kept when it is for the unit and grade still in hand."""
        if self.unit is None or proposal.lpn != self.unit.lpn or proposal.grade is not self.grade:
            return False
        self.proposal = proposal
        return True

    def photo_kept(self, ref: str) -> Step:
        if ref not in self.photos:
            self.photos.append(ref)
        return Step(
            Tone.SCANNED,
            self.translate("StationFlow", "{0} photo(s) attached — Enter saves").format(len(self.photos)),
        )

    def may_save(self) -> Step | None:
        """Why Enter cannot save yet, or None when it can."""
        if self.grade is None:
            return Step(
                Tone.WARNING, self.translate("StationFlow", "Choose a grade first: 1–7"), beep=Beep.ERROR
            )
        if self.grade.needs_photo and not self.photos:
            return Step(
                Tone.ERROR,
                self.translate("StationFlow", "Grade {0} needs a photo: Ctrl+O to add one").format(
                    self.word("grade", self.grade.value)
                ),
                beep=Beep.ERROR,
            )
        return None

    def saved_text(self, lpn: str, chosen: str | None, destination: str | None, on_hold: bool) -> str:
        """What a save says; ``chosen`` None: the unit was marked missing."""
        if chosen is None:
            return self.translate("StationFlow", "{0} marked missing").format(lpn)
        if on_hold:
            return self.translate(
                "StationFlow", "Saved {0} — ON HOLD: put it on the hold shelf until a supervisor decides"
            ).format(lpn)
        return self.translate("StationFlow", "Saved {0} → {1}, to {2}").format(
            lpn, self.word("disposition", chosen).upper(), destination
        )

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
                self.translate("StationFlow", "{0} — grade {1}: press 1–7").format(prefix, waiting[0].lpn),
                request=self.request,
                unit=waiting[0],
                beep=beep,
                load_history=load_history,
            )
        self.hold(None)
        status = self.word("status", self.request.status).lower() if self.request else ""
        return Step(
            Tone.SAVED if self.request else Tone.READY,
            self.translate("StationFlow", "{0} — {1}: nothing left to grade. Scan the next parcel").format(
                prefix, status
            ),
            request=self.request,
            unit=None,
            beep=beep,
            load_history=load_history,
        )
