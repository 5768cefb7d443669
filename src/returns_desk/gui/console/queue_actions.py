"""The queue's actions on the selected row: approve, re-route, send back, reject or cancel the return, assign or
resolve its exception, print its tag. Each opens an ActionDialog that says what will happen and asks for what the
action needs; the service checks the role and the unit's version, and writes the event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from returns_desk.barcodes.labels import TagData
from returns_desk.domain.vocab import Disposition, UnitStatus
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.console.case_actions import AssignCase, CaseAction, ResolveCase
from returns_desk.services import exceptions, supervision, tags
from returns_desk.services.exceptions import ExceptionRow, Person

if TYPE_CHECKING:
    from returns_desk.gui.console.queue_tab import QueueTab


def words(value: str | None) -> str:
    return (value or "—").replace("_", " ")


def approve(tab: QueueTab) -> None:
    row = tab.need_unit()
    if row is None:
        return
    if row.state != UnitStatus.AWAITING_APPROVAL.value:
        tab.message.emit(f"{row.reference} is {words(row.state)}: it is not waiting for approval.", True)
        return
    lpn, version, actor = row.reference, row.version, tab.current_actor()

    def go(answer: Answer) -> None:
        tab.act(
            lambda s: supervision.approve(s, actor, lpn, answer.reason, seen_version=version),
            lambda r: f"{lpn} approved: {r.chosen.value} → {r.destination}. Ctrl+P prints its new tag.",
        )

    tab.ask(
        f"Approve {lpn}",
        f"{lpn} ({row.sku} {row.product}, grade {row.grade}) goes to {words(row.disposition).upper()} as "
        "the inspector chose; its approval exception is closed. Its tag said ON HOLD: print the new one.",
        go,
        ok_text="Approve",
    )


def change_disposition(tab: QueueTab) -> None:
    row = tab.need_unit()
    if row is None:
        return
    lpn, version, actor = row.reference, row.version, tab.current_actor()
    choices = [(words(d.value), d) for d in Disposition if d.value != row.disposition]

    def go(answer: Answer) -> None:
        to: Disposition = answer.choice
        tab.act(
            lambda s: supervision.change_disposition(s, actor, lpn, to, answer.reason, seen_version=version),
            f"{lpn} re-routed to {to.value}. Ctrl+P prints its new tag.",
        )

    tab.ask(
        f"Change the disposition of {lpn}",
        f"{lpn} is {words(row.state)} (now {words(row.disposition)}). It goes where you choose instead; "
        "an approval it waits for is settled.",
        go,
        pickers=[("Route to", choices)],
        ok_text="Re-route",
    )


def send_back(tab: QueueTab) -> None:
    row = tab.need_unit()
    if row is None:
        return
    lpn, version, actor = row.reference, row.version, tab.current_actor()

    def go(answer: Answer) -> None:
        tab.act(
            lambda s: supervision.send_back(s, actor, lpn, answer.reason, seen_version=version),
            f"{lpn} sent back for re-inspection",
        )

    tab.ask(
        f"Send {lpn} back",
        f"{lpn} goes back to 'received': its grade and route are cleared, and the next station that scans "
        "it grades it again.",
        go,
        ok_text="Send back",
    )


def end_return(tab: QueueTab, *, reject: bool) -> None:
    row = tab.need_row()
    if row is None:
        return
    if not row.rma:
        tab.message.emit("That row has no return to act on.", True)
        return
    rma, actor = row.rma, tab.current_actor()
    verb = "reject" if reject else "cancel"
    service = supervision.reject_return if reject else supervision.cancel_return

    def go(answer: Answer) -> None:
        tab.act(lambda s: service(s, actor, rma, answer.reason), f"{rma}: {verb}ed")

    tab.ask(
        f"{verb.capitalize()} return {rma}",
        f"Return {rma} is {verb}ed and no refund is paid. Units waiting for approval go where the rules "
        "proposed, every open exception of the return is closed, and a parcel that still comes is an "
        "unexpected parcel."
        + ("" if reject else " Only a return whose parcel has not arrived can be cancelled."),
        go,
        ok_text=f"{verb.capitalize()} return",
    )


def with_cases(tab: QueueTab, then: type[CaseAction]) -> None:
    row = tab.need_row()
    if row is None:
        return
    actor = tab.current_actor()
    if row.kind == "exception":
        unit_id = None
    elif not row.exception_kind:
        tab.message.emit(f"{row.reference} has no open exception.", True)
        return
    else:
        unit_id = row.id

    def load(session: Session) -> tuple[list[ExceptionRow], list[Person]]:
        cases = exceptions.open_exceptions(session, actor, unit_id=unit_id) if unit_id else []
        people = exceptions.assignees(session, actor) if then is AssignCase else []
        return cases, people

    def loaded(found: tuple[list[ExceptionRow], list[Person]]) -> None:
        cases, people = found
        choices = [(f"#{c.id} {words(c.kind)}", c.id) for c in cases] or [(row.reference, row.id)]
        then(tab, row.reference, choices, people).open()

    tab.read(load, loaded)


def assign(tab: QueueTab) -> None:
    with_cases(tab, AssignCase)


def resolve(tab: QueueTab) -> None:
    with_cases(tab, ResolveCase)


def print_tag(tab: QueueTab) -> None:
    row = tab.need_unit()
    if row is None:
        return
    lpn = row.reference

    def printable(tag: TagData | None) -> None:
        if tag is None:
            tab.message.emit(f"{lpn} is on no unit.", True)
        else:
            tab.tag_requested.emit(tag)

    tab.read(lambda s: tags.tag_for(s, lpn), printable)
