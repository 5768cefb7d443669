"""The menu bar: File, Station, Console, Tools, Help, with every action of the window and its keys.

The window's own keys (Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+L, Ctrl+Q, F1) are the menu actions' shortcuts; the keys a
part of the window binds for itself (the station's F-keys, the bench's) are listed in the menus with their key,
without binding it twice. What a person may not do (the console for staff, the settings for non-admins) is
greyed out, and follows who is logged in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu
from sqlalchemy import text
from sqlalchemy.orm import Session

from returns_desk.domain.vocab import Role
from returns_desk.gui import diagnostics, file_dialogs, keymap
from returns_desk.gui.help import AboutDialog, ManualDialog, ShortcutsDialog
from returns_desk.gui.settings_dialog import DockSettings, SettingsDialog, read_dock
from returns_desk.gui.station import keys as station_keys

if TYPE_CHECKING:
    from returns_desk.gui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def schema_version(session: Session) -> str:
    return str(session.execute(text("SELECT version_num FROM alembic_version")).scalar() or "")


class Menus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        bar.setObjectName("menuBar")
        self.file = bar.addMenu(translate("Menus", "&File"))
        self.station = bar.addMenu(
            translate("Menus", "St&ation")
        )  # Alt+S is the unit panel's "serial not as shipped"
        self.console = bar.addMenu(translate("Menus", "&Console"))
        self.tools = bar.addMenu(translate("Menus", "&Tools"))
        self.help = bar.addMenu(translate("Menus", "&Help"))
        self.quit = self._add(self.file, translate("Menus", "&Quit"), "Ctrl+Q", window.close)

        self.show_station = self._add(
            self.station, translate("Menus", "&Station screen"), "Ctrl+1", window.show_station
        )
        self.show_bench = self._add(
            self.station, translate("Menus", "&Refurbishment bench"), "Ctrl+3", window.show_bench
        )
        self.lock = self._add(
            self.station,
            translate("Menus", "&Lock the station"),
            "Ctrl+L",
            lambda: window.lock(translate("Menus", "Locked.")),
        )
        self.station.addSeparator()
        self.station_keys = [
            keymap.menu_item(self.station, binding, slot)
            for binding, slot in station_keys.bindings(window.station)
            if binding.keys != "Ctrl+Enter"  # the keypad's twin of Ctrl+Return
        ]

        self.show_console = self._add(
            self.console, translate("Menus", "Supervisor &console"), "Ctrl+2", window.show_console
        )
        self.console.addSeparator()
        self.tabs: list[QAction] = []
        for page, title in window.console.pages:
            action = self.console.addAction(translate("SupervisorConsole", title))
            action.triggered.connect(lambda _=False, p=page: self._open_tab(p))
            action.setData(page.objectName())
            self.tabs.append(action)

        self.settings = self._add(self.tools, translate("Menus", "&Settings…"), "", self.open_settings)
        self.import_returns = self._add(
            self.tools, translate("Menus", "&Import returns…"), "", self._import_returns
        )
        self.test_tag = self._add(
            self.tools, translate("Menus", "Print a &test tag"), "", window.station.print_test_tag
        )

        self.shortcuts = self._add(
            self.help, translate("Menus", "&Keyboard shortcuts"), "F1", self.open_shortcuts
        )
        self.manual = self._add(self.help, translate("Menus", "User &manual"), "", self.open_manual)
        self.diagnostics = self._add(
            self.help, translate("Menus", "Save &diagnostics…"), "", self.ask_diagnostics
        )
        self.help.addSeparator()
        self.about = self._add(self.help, translate("Menus", "&About Returns Desk"), "", self.open_about)
        self.dialog: ShortcutsDialog | ManualDialog | AboutDialog | SettingsDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.follow(None)

    def _add(self, menu: QMenu, label: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = menu.addAction(label)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setProperty(keymap.AREA_PROPERTY, keymap.plain(menu.title()))
        action.triggered.connect(lambda _=False: slot())
        return action

    def follow(self, role: Role | None) -> None:
        """Enable what the person logged in may do (None: nobody is)."""
        anyone = role is not None
        supervisor = anyone and role is not None and role.at_least(Role.SUPERVISOR)
        for action in (self.show_station, self.show_bench, self.lock, self.test_tag, *self.station_keys):
            action.setEnabled(anyone)
        for action in (self.show_console, self.import_returns, *self.tabs):
            action.setEnabled(supervisor)
        admin = role is not None and role.at_least(Role.ADMIN)
        self.tabs[-1].setEnabled(admin)  # users and stations: admins only, as in the console itself
        self.settings.setEnabled(admin)

    def _open_tab(self, page: object) -> None:
        self.window.show_console()
        self.window.console.tabs.setCurrentWidget(page)  # type: ignore[arg-type]

    def _import_returns(self) -> None:
        self.window.show_console()
        self.window.console.tabs.setCurrentWidget(self.window.console.integrations)
        self.window.console.integrations.open_import()

    def open_settings(self) -> None:
        window = self.window
        actor = window.actor
        if actor is None or not actor.role.at_least(Role.ADMIN):
            return

        def opened(dock: DockSettings) -> None:
            dialog = SettingsDialog(window.worker, actor, window.settings, dock, window)
            dialog.accepted.connect(
                lambda: window.statusBar().showMessage(
                    translate("Menus", "Saved: {0}.").format(", ".join(dialog.saved)) if dialog.saved else "",
                    15_000,
                )
            )
            self._show(dialog)

        window.worker.submit(
            read_dock,
            opened,
            lambda message: window.statusBar().showMessage(message, 15_000),
            read_only=True,
        )

    def open_shortcuts(self) -> None:
        typed = {station_keys.area(): station_keys.typed()}
        self._show(ShortcutsDialog(self.window, typed))

    def open_manual(self) -> None:
        self._show(ManualDialog(self.window))

    def open_about(self) -> None:
        self.window.worker.submit(
            schema_version,
            lambda schema: self._show(AboutDialog(self.window.db_label, str(schema), self.window)),
            lambda _error: self._show(AboutDialog(self.window.db_label, "?", self.window)),
            read_only=True,
        )

    def ask_diagnostics(self) -> None:
        stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M")
        name = f"returns-desk-diagnostics-{self.window.settings.station}-{stamp}.zip".replace(" ", "_")
        self.file_dialog = file_dialogs.save_dialog(
            self.window,
            translate("Menus", "Save diagnostics"),
            Path.home() / name,
            translate("Menus", "Zip (*.zip)"),
            "zip",
            self.save_diagnostics,
        )

    def save_diagnostics(self, name: str) -> None:
        window = self.window

        def write(schema: object) -> None:
            state = {
                "station": window.settings.station,
                "database": window.db_label,
                "schema_version": str(schema),
                "online": window.worker.online,
                "sync": window.sync_label.text() or "not a shared database",
                "screen": type(window.pages.currentWidget()).__name__,
            }
            try:
                path = diagnostics.write(Path(name), window.settings, state)
            except OSError as exc:
                log.warning("diagnostics not saved to %s", name, exc_info=True)
                window.statusBar().showMessage(
                    translate("Menus", "Diagnostics not saved: {0}").format(exc), 15_000
                )
                return
            window.statusBar().showMessage(
                translate("Menus", "Diagnostics saved to {0}. Send it to IT.").format(path), 15_000
            )

        window.worker.submit(
            schema_version,
            write,
            lambda _error: write("unreadable: the database did not answer"),
            read_only=True,
        )

    def _show(self, dialog: ShortcutsDialog | ManualDialog | AboutDialog | SettingsDialog) -> None:
        self.dialog = dialog
        dialog.open()
