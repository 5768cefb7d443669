"""The queue's actions on the selected row: approve, re-route, send back, reject or cancel the return, assign or
resolve its exception, print its tag. Each opens an ActionDialog that says what will happen and asks for what the
action needs; the service checks the role and the unit's version, and writes the event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from returns_desk.barcodes.labels import TagData
from returns_desk.domain.vocab import Disposition, UnitStatus
from returns_desk.gui import words as vocabulary
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.console.case_actions import AssignCase, CaseAction, ResolveCase
from returns_desk.services import exceptions, supervision, tags
from returns_desk.services.exceptions import ExceptionRow, Person

if TYPE_CHECKING:
    from returns_desk.gui.console.queue_tab import QueueTab


def words(value: str | None, kind: str = "") -> str:
    """A code as a person reads it: the vocabulary's word when ``kind`` names one, else the code in words."""
    if kind and value:
        return vocabulary.word(kind, value)
    return (value or "—").replace("_", " ")


def approve(tab: QueueTab) -> None:
    row = tab.need_unit()
    if row is None:
        return
    if row.state != UnitStatus.AWAITING_APPROVAL.value:
        tab.message.emit(
            QCoreApplication.translate("QueueActions", "{0} is {1}: it is not waiting for approval.").format(
                row.reference, words(row.state, "unit")
            ),
            True,
        )
        return
    lpn, version, actor = row.reference, row.version, tab.current_actor()

    def go(answer: Answer) -> None:
        tab.act(
            lambda s: supervision.approve(s, actor, lpn, answer.reason, seen_version=version),
            lambda r: QCoreApplication.translate(
                "QueueActions", "{0} approved: {1} → {2}. Ctrl+P prints its new tag."
            ).format(lpn, words(r.chosen.value, "disposition"), r.destination),
        )

    tab.ask(
        QCoreApplication.translate("QueueActions", "Approve {0}").format(lpn),
        QCoreApplication.translate(
            "QueueActions",
            "{0} ({1} {2}, grade {3}) goes to {4} as the inspector chose; its approval exception is closed. Its "
            "tag said ON HOLD: print the new one.",
        ).format(lpn, row.sku, row.product, row.grade, words(row.disposition, "disposition")),
        go,
        ok_text=QCoreApplication.translate("QueueActions", "Approve"),
    )


def change_disposition(tab: QueueTab) -> None:
    row = tab.need_unit()
    if row is None:
        return
    lpn, version, actor = row.reference, row.version, tab.current_actor()
    choices = [(words(d.value, "disposition"), d) for d in Disposition if d.value != row.disposition]

    def go(answer: Answer) -> None:
        to: Disposition = answer.choice
        tab.act(
            lambda s: supervision.change_disposition(s, actor, lpn, to, answer.reason, seen_version=version),
            QCoreApplication.translate(
                "QueueActions", "{0} re-routed to {1}. Ctrl+P prints its new tag."
            ).format(lpn, words(to.value, "disposition")),
        )

    tab.ask(
        QCoreApplication.translate("QueueActions", "Change the disposition of {0}").format(lpn),
        QCoreApplication.translate(
            "QueueActions",
            "{0} is {1} (now {2}). It goes where you choose instead; an approval it waits for is settled.",
        ).format(lpn, words(row.state, "unit"), words(row.disposition, "disposition")),
        go,
        pickers=[(QCoreApplication.translate("QueueActions", "Route to"), choices)],
        ok_text=QCoreApplication.translate("QueueActions", "Re-route"),
    )


def send_back(tab: QueueTab) -> None:
    row = tab.need_unit()
    if row is None:
        return
    lpn, version, actor = row.reference, row.version, tab.current_actor()

    def go(answer: Answer) -> None:
        tab.act(
            lambda s: supervision.send_back(s, actor, lpn, answer.reason, seen_version=version),
            QCoreApplication.translate("QueueActions", "{0} sent back for re-inspection").format(lpn),
        )

    tab.ask(
        QCoreApplication.translate("QueueActions", "Send {0} back").format(lpn),
        QCoreApplication.translate(
            "QueueActions",
            "{0} goes back to 'received': its grade and route are cleared, and the next station that scans it "
            "grades it again.",
        ).format(lpn),
        go,
        ok_text=QCoreApplication.translate("QueueActions", "Send back"),
    )


def end_return(tab: QueueTab, *, reject: bool) -> None:
    row = tab.need_row()
    if row is None:
        return
    if not row.rma:
        tab.message.emit(
            QCoreApplication.translate("QueueActions", "That row has no return to act on."), True
        )
        return
    rma, actor = row.rma, tab.current_actor()
    service = supervision.reject_return if reject else supervision.cancel_return
    if reject:
        done = QCoreApplication.translate("QueueActions", "{0}: rejected").format(rma)
        title = QCoreApplication.translate("QueueActions", "Reject return {0}").format(rma)
        button = QCoreApplication.translate("QueueActions", "Reject return")
        what = QCoreApplication.translate(
            "QueueActions",
            "Return {0} is rejected and no refund is paid. Units waiting for approval go where the rules proposed, "
            "every open exception of the return is closed, and a parcel that still comes is an unexpected parcel.",
        )
    else:
        done = QCoreApplication.translate("QueueActions", "{0}: cancelled").format(rma)
        title = QCoreApplication.translate("QueueActions", "Cancel return {0}").format(rma)
        button = QCoreApplication.translate("QueueActions", "Cancel return")
        what = QCoreApplication.translate(
            "QueueActions",
            "Return {0} is cancelled and no refund is paid. Units waiting for approval go where the rules "
            "proposed, every open exception of the return is closed, and a parcel that still comes is an "
            "unexpected parcel. Only a return whose parcel has not arrived can be cancelled.",
        )

    def go(answer: Answer) -> None:
        tab.act(lambda s: service(s, actor, rma, answer.reason), done)

    tab.ask(title, what.format(rma), go, ok_text=button)


def with_cases(tab: QueueTab, then: type[CaseAction]) -> None:
    row = tab.need_row()
    if row is None:
        return
    actor = tab.current_actor()
    if row.kind == "exception":
        unit_id = None
    elif not row.exception_kind:
        tab.message.emit(
            QCoreApplication.translate("QueueActions", "{0} has no open exception.").format(row.reference),
            True,
        )
        return
    else:
        unit_id = row.id

    def load(session: Session) -> tuple[list[ExceptionRow], list[Person]]:
        cases = exceptions.open_exceptions(session, actor, unit_id=unit_id) if unit_id else []
        people = exceptions.assignees(session, actor) if then is AssignCase else []
        return cases, people

    def loaded(found: tuple[list[ExceptionRow], list[Person]]) -> None:
        cases, people = found
        choices = [(f"#{c.id} {words(c.kind, 'exception')}", c.id) for c in cases] or [
            (row.reference, row.id)
        ]
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
            tab.message.emit(
                QCoreApplication.translate("QueueActions", "{0} is on no unit.").format(lpn), True
            )
        else:
            tab.tag_requested.emit(tag)

    tab.read(lambda s: tags.tag_for(s, lpn), printable)
