"""The station's state line: what just happened, in large type, coloured by its tone (gui/station/flow.Tone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

FONT_SIZES = (24, 21, 18, 16, 14, 12)  # largest first, until the message fits
TONES = {
    "ready": "#37474f",
    "scanned": "#1565c0",
    "warning": "#ef6c00",
    "error": "#b00020",
    "busy": "#546e7a",
    "saved": "#2e7d32",
}


class StateLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("StationFlow", "Ready — scan a label"), parent)
        self.setObjectName("stationState")
        self.setWordWrap(True)
        # Coloured by palette, not a style sheet: it repaints on every scan, and the style-sheet path is slow.
        self.setAutoFillBackground(True)
        self.setMargin(14)
        font = QFont(self.font())
        font.setPixelSize(FONT_SIZES[0])
        font.setBold(True)
        self.setFont(font)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        palette.setColor(QPalette.ColorRole.Window, QColor(TONES["ready"]))
        self.setPalette(palette)
        self.setProperty("tone", "ready")
        # Two lines, always: a state line that grows and shrinks would move (and repaint) everything below it.
        self.setFixedHeight(84)

    def say(self, tone: str, text: str) -> None:
        self.setText(text)
        self.fit()
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(TONES.get(tone, TONES["ready"])))
            self.setPalette(palette)

    def add(self, text: str) -> None:
        """More about a success (the tag printed): added after it; a warning or an error keeps the line."""
        if self.property("tone") in ("saved", "scanned"):
            self.setText(f"{self.text()}. {text}")
            self.fit()

    def fit(self) -> None:
        """The line keeps its height (a line that grew would move everything below it), so a long message gets a
        smaller font instead of losing its last line."""
        text, font = self.text(), QFont(self.font())
        width = self.width() - 2 * self.margin() - 4
        height = self.height() - 2 * self.margin()
        if width <= 0:
            return
        for size in FONT_SIZES:
            font.setPixelSize(size)
            needed = QFontMetrics(font).boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text)
            if needed.height() <= height:
                break
        if font.pixelSize() != self.font().pixelSize():
            self.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
