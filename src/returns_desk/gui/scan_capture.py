"""Catching keyboard-wedge scanner bursts wherever the focus is, without stealing what a person types.

A USB scanner types its code and Enter (or Tab) in a few milliseconds per key; a person needs 60 ms or more.
Printable keys are held back briefly: if the next key arrives within ``gap_ms`` the burst goes on; if a burst of
at least ``min_length`` characters ends in Enter or Tab, it is a scan — handed to ``scanned`` and never shown to
the focused widget. If the keys slow down, the held keys are replayed to the widget that had focus, unchanged,
so a person typing notes sees them after at most ``gap_ms``.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
)


class ScannerBurstFilter(QObject):
    scanned = Signal(str)

    def __init__(self, gap_ms: int = 35, min_length: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gap_ms = gap_ms
        self.min_length = min_length
        self._held: list[tuple[QWidget | None, QKeyEvent]] = []
        self.last_activity = time.monotonic()
        self._last_key = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._release)
        self.enabled = True

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.last_activity = time.monotonic()  # the idle lock watches this
            if self._held and not self._replaying:
                self._release()  # what was typed lands before the click acts on it (a Save button, say)
        if self._replaying or not self.enabled or kind != QEvent.Type.KeyPress:
            return False
        self.last_activity = time.monotonic()
        # A key press visits the window, the focus widget and its parents; act once, where it is delivered.
        focus = QApplication.focusWidget()
        if not isinstance(watched, QWidget) or watched is not (focus or watched.window()):
            return False
        if isinstance(watched, QLineEdit) and watched.echoMode() != QLineEdit.EchoMode.Normal:
            return False  # a PIN is never a scan, however fast it is typed
        key_event = event if isinstance(event, QKeyEvent) else None
        if key_event is None:
            return False
        if key_event.key() in MODIFIER_KEYS:
            return (
                False  # a scanner presses Shift around capitals: that is part of the burst, not an end to it
            )
        now = time.monotonic()
        fast = (now - self._last_key) * 1000 <= self.gap_ms
        self._last_key = now
        terminator = key_event.key() in TERMINATORS or key_event.text() in ("\r", "\n")
        if terminator and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if fast and len(self._held) >= self.min_length:
                code = "".join(e.text() for _, e in self._held)
                self._held.clear()
                self._timer.stop()
                self.scanned.emit(code)
                return True
            self._release()
            return False
        text = key_event.text()
        printable = (
            bool(text)
            and text.isprintable()
            and not (
                key_event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        )
        if not printable:
            self._release()
            return False
        if self._held and not fast:
            self._release()
        self._held.append(
            (watched, QKeyEvent(key_event.type(), key_event.key(), key_event.modifiers(), text))
        )
        self._timer.start(self.gap_ms + 5)
        return True

    def _release(self) -> None:
        """Not a scan: give the held keys to the widgets that had focus, in order."""
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for target, key_event in held:
                alive = target is not None and shiboken6.isValid(target) and target.isVisible()
                receiver = target if alive else QApplication.focusWidget()
                if receiver is not None:
                    QApplication.sendEvent(receiver, key_event)
        finally:
            self._replaying = False
