"""Short beeps for success and error, so a person with both hands on a parcel hears how the scan went.

The tones are resources/sounds/*.wav, compiled into the app (gui/resources.py), played through QtMultimedia when
the computer has an audio output; a station without one stays silent rather than failing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from returns_desk.gui.resources import SOUNDS, sound_url


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, QSoundEffect] = {}
        if not QMediaDevices.audioOutputs():
            return
        for name in SOUNDS:
            effect = QSoundEffect(self)
            effect.setSource(sound_url(name))
            self._effects[name] = effect

    def ok(self) -> None:
        self._play("ok")

    def error(self) -> None:
        self._play("error")

    def _play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()
