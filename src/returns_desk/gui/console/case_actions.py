"""Assigning and resolving an exception, from the queue or the Exceptions tab: which exception, who, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from returns_desk.gui import words
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.console.base import ConsoleTab
from returns_desk.services import supervision
from returns_desk.services.exceptions import Person


class CaseAction:
    """Assign or resolve one of a row's open exceptions: which one, then the dialog."""

    def __init__(
        self, tab: ConsoleTab, reference: str, cases: list[tuple[str, int]], people: list[Person]
    ) -> None:
        self.tab, self.reference, self.cases, self.people = tab, reference, cases, people

    def open(self) -> None:
        raise NotImplementedError


class AssignCase(CaseAction):
    def open(self) -> None:
        tab, actor = self.tab, self.tab.current_actor()
        people = [(f"{p.name} ({words.word('role', p.role)}, {p.badge})", p.badge) for p in self.people]

        def go(answer: Answer) -> None:
            case_id, badge = answer.picked
            tab.act(
                lambda s: supervision.assign(s, actor, case_id, badge, answer.reason),
                lambda name: QCoreApplication.translate(
                    "CaseActions", "Exception #{0} assigned to {1}"
                ).format(case_id, name),
            )

        tab.ask(
            QCoreApplication.translate("CaseActions", "Assign an exception of {0}").format(self.reference),
            QCoreApplication.translate(
                "CaseActions",
                "The person chosen is named on the exception in the queue and the Exceptions tab.",
            ),
            go,
            pickers=[
                (QCoreApplication.translate("CaseActions", "Exception"), self.cases),
                (QCoreApplication.translate("CaseActions", "Assign to"), people),
            ],
            ok_text=QCoreApplication.translate("CaseActions", "Assign"),
        )


class ResolveCase(CaseAction):
    def open(self) -> None:
        tab, actor = self.tab, self.tab.current_actor()

        def go(answer: Answer) -> None:
            case_id: int = answer.choice
            tab.act(
                lambda s: supervision.resolve(s, actor, case_id, answer.reason),
                QCoreApplication.translate("CaseActions", "Exception #{0} resolved").format(case_id),
            )

        tab.ask(
            QCoreApplication.translate("CaseActions", "Resolve an exception of {0}").format(self.reference),
            QCoreApplication.translate(
                "CaseActions",
                "The exception is closed with how it was settled (the reason); the unit's state does not change.",
            ),
            go,
            pickers=[(QCoreApplication.translate("CaseActions", "Exception"), self.cases)],
            ok_text=QCoreApplication.translate("CaseActions", "Resolve"),
        )
