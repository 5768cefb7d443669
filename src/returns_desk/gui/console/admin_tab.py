"""The users and stations tab (admins): create, deactivate and reactivate, reset PINs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from returns_desk.domain.vocab import Role
from returns_desk.gui import words
from returns_desk.gui.action_dialog import Answer
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab, fill, fit_columns
from returns_desk.gui.forms.ui_admin_tab import Ui_AdminTab
from returns_desk.gui.worker import DbWorker
from returns_desk.services import admin


class AdminTab(ConsoleTab):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.ui = Ui_AdminTab()
        self.ui.setupUi(self)
        self.users = fit_columns(self.ui.usersTable)
        self.stations = fit_columns(self.ui.stationsAdminTable)
        self.badge, self.name, self.pin = self.ui.newBadge, self.ui.newName, self.ui.newPin
        self.role: ChoiceBox[Role] = self.ui.newRole
        self.role.set_choices((words.word("role", r.value), r) for r in Role)
        self.create_button = self.ui.createUser
        self.toggle_user = self.ui.toggleUser
        self.reset = self.ui.resetPin
        self.station_name = self.ui.newStation
        self.new_station = self.ui.createStation
        self.toggle_station = self.ui.toggleStation
        self.create_button.clicked.connect(self.create_user)
        self.toggle_user.clicked.connect(self._toggle_user)
        self.reset.clicked.connect(self._reset_pin)
        self.new_station.clicked.connect(self._create_station)
        self.toggle_station.clicked.connect(self._toggle_station)
        self._user_rows: list[admin.UserRow] = []
        self._station_rows: list[admin.StationRow] = []

    def refresh(self) -> None:
        actor = self.current_actor()
        self.read(lambda s: (admin.users(s, actor), admin.stations(s, actor)), self._show)

    def _show(self, loaded: tuple[list[admin.UserRow], list[admin.StationRow]]) -> None:
        self._user_rows, self._station_rows = loaded
        fill(
            self.users,
            [
                [
                    u.badge,
                    u.name,
                    words.word("role", u.role),
                    self.tr("yes") if u.active else self.tr("no"),
                    self.tr("set") if u.has_pin else "—",
                    f"{u.locked_until:%H:%M}" if u.locked_until else "",
                ]
                for u in self._user_rows
            ],
        )
        fill(
            self.stations,
            [
                [s.name, s.location or "", self.tr("yes") if s.active else self.tr("no")]
                for s in self._station_rows
            ],
        )

    def create_user(self) -> None:
        actor, badge, name = self.current_actor(), self.badge.text(), self.name.text()
        role, pin = self.role.value(), self.pin.text() or None
        self.pin.clear()

        def created(_: None) -> str:
            self.badge.clear()
            self.name.clear()
            return self.tr("User {0} created").format(badge.strip())

        self.act(lambda s: admin.create_user(s, actor, badge, name, role, pin), created)

    def _selected_user(self) -> admin.UserRow | None:
        rows = self.users.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self._user_rows[row] if 0 <= row < len(self._user_rows) else None

    def _toggle_user(self) -> None:
        user = self._selected_user()
        if user is None:
            self.message.emit(self.tr("Select a user first."), True)
            return
        actor = self.current_actor()
        if user.active:
            title, button = self.tr("Deactivate {0}").format(user.name), self.tr("Deactivate")
            done = self.tr("{0} deactivated").format(user.name)
            what = self.tr(
                "{0} ({1}) can no longer log in or save anything, at any station, from the next action on."
            )
        else:
            title, button = self.tr("Activate {0}").format(user.name), self.tr("Activate")
            done = self.tr("{0} activated").format(user.name)
            what = self.tr("{0} ({1}) can log in again with the same badge and PIN.")

        def go(answer: Answer) -> None:
            self.act(
                lambda s: admin.set_user_active(s, actor, user.badge, not user.active, answer.reason), done
            )

        self.ask(title, what.format(user.name, user.badge), go, ok_text=button)

    def _reset_pin(self) -> None:
        user = self._selected_user()
        if user is None:
            self.message.emit(self.tr("Select a user first."), True)
            return
        actor = self.current_actor()

        def go(answer: Answer) -> None:
            pin = answer.secret or ""
            self.act(
                lambda s: admin.reset_pin(s, actor, user.badge, pin),
                self.tr("PIN of {0} reset").format(user.name),
            )

        self.ask(
            self.tr("Reset the PIN of {0}").format(user.name),
            self.tr(
                "The new PIN (4 to 12 digits) works at once and lifts a lock-out from wrong PINs. Tell it to {0} in "
                "person."
            ).format(user.name),
            go,
            secret_label=self.tr("New PIN"),
            reason_required=False,
            ok_text=self.tr("Reset PIN"),
        )

    def _create_station(self) -> None:
        actor, name = self.current_actor(), self.station_name.text()

        def created(_: None) -> str:
            self.station_name.clear()
            return self.tr("Station {0} created").format(name.strip())

        self.act(lambda s: admin.create_station(s, actor, name), created)

    def _toggle_station(self) -> None:
        rows = self.stations.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        station = self._station_rows[row] if 0 <= row < len(self._station_rows) else None
        if station is None:
            self.message.emit(self.tr("Select a station first."), True)
            return
        actor = self.current_actor()
        if station.active:
            title, button = self.tr("Deactivate station {0}").format(station.name), self.tr("Deactivate")
            done = self.tr("Station {0} deactivated").format(station.name)
            what = self.tr("Nobody can log in or save anything at {0} from the next action on.")
        else:
            title, button = self.tr("Activate station {0}").format(station.name), self.tr("Activate")
            done = self.tr("Station {0} activated").format(station.name)
            what = self.tr("{0} can be used again.")

        def go(answer: Answer) -> None:
            self.act(
                lambda s: admin.set_station_active(s, actor, station.name, not station.active, answer.reason),
                done,
            )

        self.ask(title, what.format(station.name), go, ok_text=button)
