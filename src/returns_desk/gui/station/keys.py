"""The station's keys, in one place. A scanner's burst is a scan wherever the focus is (gui/scan_capture.py);
besides it:

  1–7      grade the unit in hand            Enter        save it (grade and route)
  F2       type a code by hand               Ctrl+Enter   save, or file the unexpected parcel
  F7       the camera's picture as a photo   Ctrl+O       add photo files
  F8       camera on / off                   Ctrl+Shift+O read a label from a picture
  F9       print the last tag again          Esc          leave the unexpected-parcel form, back to grading
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent

from returns_desk.domain.vocab import GRADE_KEYS
from returns_desk.gui import keymap
from returns_desk.gui.keymap import Binding

if TYPE_CHECKING:
    from returns_desk.gui.station.widget import StationWidget


translate = QCoreApplication.translate


def area() -> str:
    return translate("StationKeys", "Station")


def bindings(station: StationWidget) -> list[tuple[Binding, Callable[[], object]]]:
    return [
        (Binding("F2", translate("StationKeys", "Type a code by hand")), station.scan.setFocus),
        (Binding("F7", translate("StationKeys", "Take the camera's picture as a photo")), station.take_photo),
        (Binding("F8", translate("StationKeys", "Camera on or off")), station.camera_button.toggle),
        (Binding("F9", translate("StationKeys", "Print the last tag again")), station.reprint),
        (Binding("Ctrl+O", translate("StationKeys", "Add photo files")), station.add_photo_dialog),
        (
            Binding("Ctrl+Shift+O", translate("StationKeys", "Read a label from a picture")),
            station.open_label_picture_dialog,
        ),
        (
            Binding("Ctrl+Return", translate("StationKeys", "Save, or file the unexpected parcel")),
            station.ctrl_enter,
        ),
        (
            Binding("Ctrl+Enter", translate("StationKeys", "Save, or file the unexpected parcel")),
            station.ctrl_enter,
        ),
    ]


def typed() -> list[Binding]:
    """The keys the station reads itself (``pressed``), for the shortcuts sheet."""
    return [
        Binding("1–7", translate("StationKeys", "Grade the unit in hand")),
        Binding("Return", translate("StationKeys", "Save the unit: grade and route")),
        Binding("Esc", translate("StationKeys", "Leave the unexpected-parcel form, back to grading")),
    ]


def bind(station: StationWidget) -> None:
    """The function keys and shortcuts, for the station and every field in it."""
    for binding, slot in bindings(station):
        keymap.shortcut(station, binding, slot, area())


def pressed(station: StationWidget, event: QKeyEvent) -> bool:
    """A key pressed on the station itself (not in a field): True when it meant something here."""
    key = event.key()
    if Qt.Key.Key_1 <= key <= Qt.Key.Key_7 and station.flow.unit is not None:
        station.choose_grade(GRADE_KEYS[key - Qt.Key.Key_1])
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and station.flow.unit is not None:
        station.save()
    elif key == Qt.Key.Key_Escape:
        if station.unexpected.isVisible():
            station.unexpected.hide()
            station.state.say("ready", QCoreApplication.translate("StationFlow", "Ready — scan a label"))
        station.setFocus()
    else:
        return False
    return True
