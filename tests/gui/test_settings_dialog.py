"""Tools → Settings… as an admin uses it: this station's settings file and the dock's shared settings, each value
checked before anything is written, a reason asked for the shared ones, and every change in the audit trail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from returns_desk.domain.vocab import ExceptionKind
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.settings_dialog import SettingsDialog
from returns_desk.services import exceptions, regrade
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event
from tests.gui.people import T, log_in
from tests.gui.test_first_run import choose, type_into
from tests.gui.test_menus import open_menu_item


def kinds(db: Database) -> list[str]:
    with unit_of_work(db.readers) as session:
        return list(
            session.scalars(select(Event.kind).where(Event.kind.like("settings.%")).order_by(Event.id))
        )


def typed(qtbot: QtBot, field: Any, value: str) -> None:
    """Typed as a person types, then waited for: the window's scanner filter holds fast keys until it knows they
    are no scan."""
    type_into(qtbot, field, value)
    if isinstance(field, QLineEdit):
        qtbot.waitUntil(lambda: field.text() == value, timeout=T)
    else:
        qtbot.waitUntil(lambda: field.value() == float(value), timeout=T)


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_admin_changes_the_station_and_the_dock_with_every_value_checked(
    qtbot: QtBot, window: MainWindow, db: Database, seeded: DemoSample, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    log_in(qtbot, window, seeded.admin_badge, seeded.admin_pin)
    open_menu_item(qtbot, window, Qt.Key.Key_T, Qt.Key.Key_S)  # Tools → Settings…
    qtbot.waitUntil(lambda: isinstance(window.menus.dialog, SettingsDialog), timeout=T)
    dialog = window.menus.dialog
    assert isinstance(dialog, SettingsDialog)
    before = kinds(db)

    typed(qtbot, dialog.idle, "5")
    choose(qtbot, dialog.zpl)
    typed(qtbot, dialog.host, "zebra-3:99999")
    save(qtbot, dialog)
    assert "not a label printer address" in dialog.problem.text()
    assert dialog.isVisible()
    typed(qtbot, dialog.host, "zebra-3:9100")

    dialog.tabs.setCurrentIndex(1)
    typed(qtbot, dialog.sla[ExceptionKind.HIGH_VALUE], "12")
    typed(qtbot, dialog.share, "25")
    save(qtbot, dialog)
    assert "Say why" in dialog.problem.text()  # no reason: nothing written
    assert kinds(db) == before
    typed(qtbot, dialog.reason, "Peak season: more eyes on refunds")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=T)

    assert kinds(db)[len(before) :] == ["settings.sla_changed", "settings.regrade_share", "settings.station"]
    with unit_of_work(db.readers) as session:
        assert exceptions.sla_hours(session)[ExceptionKind.HIGH_VALUE] == 12.0
        assert regrade.share_percent(session) == 25
        station = session.scalars(select(Event).where(Event.kind == "settings.station")).one()
    assert station.payload["changed"]["idle_minutes"] == {"before": "10", "after": "5"}
    written = json.loads((tmp_path / "config" / "returns-desk" / "config.json").read_text(encoding="utf-8"))
    assert written["idle_minutes"] == "5"
    assert written["label_printer"] == "zebra-3"  # 9100, the ZPL port, goes without saying
    assert "Saved:" in window.statusBar().currentMessage()


def test_staff_and_supervisors_do_not_get_the_settings(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    log_in(qtbot, window, seeded.supervisor_badge, seeded.supervisor_pin)
    assert not window.menus.settings.isEnabled()
