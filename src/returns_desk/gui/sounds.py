"""Short beeps for success and error, so a person with both hands on a parcel hears how the scan went.

The tones are made here (no sound files to ship) and played through QtMultimedia when the computer has an audio
output; a station without one stays silent rather than failing.
"""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

RATE = 22_050


def _tone(path: Path, notes: list[tuple[float, float]]) -> Path:
    frames = bytearray()
    for freq, seconds in notes:
        n = int(RATE * seconds)
        for i in range(n):
            fade = min(1.0, i / 200, (n - i) / 200)
            frames += struct.pack("<h", int(12_000 * fade * math.sin(2 * math.pi * freq * i / RATE)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return path


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, QSoundEffect] = {}
        if not QMediaDevices.audioOutputs():
            return
        folder = Path(tempfile.mkdtemp(prefix="returns-desk-sounds-"))
        for name, notes in (("ok", [(880.0, 0.08), (1320.0, 0.1)]), ("error", [(220.0, 0.25)])):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(_tone(folder / f"{name}.wav", notes))))
            self._effects[name] = effect

    def ok(self) -> None:
        self._play("ok")

    def error(self) -> None:
        self._play("error")

    def _play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()
