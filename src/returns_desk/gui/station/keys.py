"""The station's keys, in one place. A scanner's burst is a scan wherever the focus is (gui/scan_capture.py);
besides it:

  1–7      grade the unit in hand            Enter        save it (grade and route)
  F2       type a code by hand               Ctrl+Enter   save, or file the unexpected parcel
  F7       the camera's picture as a photo   Ctrl+O       add photo files
  F8       camera on / off                   Ctrl+Shift+O read a label from a picture
  F9       print the last tag again          Esc          leave the unexpected-parcel form, back to grading
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut

from returns_desk.domain.vocab import GRADE_KEYS

if TYPE_CHECKING:
    from returns_desk.gui.station.widget import StationWidget


def bind(station: StationWidget) -> None:
    """The function keys and shortcuts, for the station and every field in it."""
    for keys, slot in (
        ("F8", station.camera_button.toggle),
        ("F2", station.scan.setFocus),
        ("Ctrl+O", station.add_photo_dialog),
        ("F9", station.reprint),
        ("F7", station.take_photo),
        ("Ctrl+Shift+O", station.open_label_picture_dialog),
        ("Ctrl+Return", station.ctrl_enter),
        ("Ctrl+Enter", station.ctrl_enter),
    ):
        QShortcut(QKeySequence(keys), station, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)


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
            station.state.say("ready", "Ready — scan a label")
        station.setFocus()
    else:
        return False
    return True
