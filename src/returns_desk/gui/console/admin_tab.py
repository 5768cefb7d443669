"""The users and stations tab (admins): create, deactivate and reactivate, reset PINs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from returns_desk.domain.vocab import Role
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
        self.role.set_choices((r.value, r) for r in Role)
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
                    u.role,
                    "yes" if u.active else "no",
                    "set" if u.has_pin else "—",
                    f"{u.locked_until:%H:%M}" if u.locked_until else "",
                ]
                for u in self._user_rows
            ],
        )
        fill(
            self.stations,
            [[s.name, s.location or "", "yes" if s.active else "no"] for s in self._station_rows],
        )

    def create_user(self) -> None:
        actor, badge, name = self.current_actor(), self.badge.text(), self.name.text()
        role, pin = self.role.value(), self.pin.text() or None
        self.pin.clear()

        def created(_: None) -> str:
            self.badge.clear()
            self.name.clear()
            return f"User {badge.strip()} created"

        self.act(lambda s: admin.create_user(s, actor, badge, name, role, pin), created)

    def _selected_user(self) -> admin.UserRow | None:
        rows = self.users.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self._user_rows[row] if 0 <= row < len(self._user_rows) else None

    def _toggle_user(self) -> None:
        user = self._selected_user()
        if user is None:
            self.message.emit("Select a user first.", True)
            return
        actor, verb = self.current_actor(), "deactivate" if user.active else "activate"

        def go(answer: Answer) -> None:
            self.act(
                lambda s: admin.set_user_active(s, actor, user.badge, not user.active, answer.reason),
                f"{user.name} {verb}d",
            )

        self.ask(
            f"{verb.capitalize()} {user.name}",
            f"{user.name} ({user.badge}) can no longer log in or save anything, at any station, from the next "
            "action on."
            if user.active
            else f"{user.name} ({user.badge}) can log in again with the same badge and PIN.",
            go,
            ok_text=verb.capitalize(),
        )

    def _reset_pin(self) -> None:
        user = self._selected_user()
        if user is None:
            self.message.emit("Select a user first.", True)
            return
        actor = self.current_actor()

        def go(answer: Answer) -> None:
            pin = answer.secret or ""
            self.act(lambda s: admin.reset_pin(s, actor, user.badge, pin), f"PIN of {user.name} reset")

        self.ask(
            f"Reset the PIN of {user.name}",
            "The new PIN (4 to 12 digits) works at once and lifts a lock-out from wrong PINs. Tell it to "
            f"{user.name} in person.",
            go,
            secret_label="New PIN",
            reason_required=False,
            ok_text="Reset PIN",
        )

    def _create_station(self) -> None:
        actor, name = self.current_actor(), self.station_name.text()

        def created(_: None) -> str:
            self.station_name.clear()
            return f"Station {name.strip()} created"

        self.act(lambda s: admin.create_station(s, actor, name), created)

    def _toggle_station(self) -> None:
        rows = self.stations.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        station = self._station_rows[row] if 0 <= row < len(self._station_rows) else None
        if station is None:
            self.message.emit("Select a station first.", True)
            return
        actor, verb = self.current_actor(), "deactivate" if station.active else "activate"

        def go(answer: Answer) -> None:
            self.act(
                lambda s: admin.set_station_active(s, actor, station.name, not station.active, answer.reason),
                f"Station {station.name} {verb}d",
            )

        self.ask(
            f"{verb.capitalize()} station {station.name}",
            f"Nobody can log in or save anything at {station.name} from the next action on."
            if station.active
            else f"{station.name} can be used again.",
            go,
            ok_text=verb.capitalize(),
        )
