"""The dashboard as a PDF without a window (``returns-desk report --out FILE.pdf``): the same cards, drawn
offscreen, written by the same report writer as the Analytics tab's."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from returns_desk.gui.console.analytics_tab import CARDS, FigureCard, write_report
from returns_desk.services.analytics import Figure, Scope

log = logging.getLogger(__name__)


def _to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own remarks (the offscreen platform says it cannot size windows) go to the log, not the terminal."""
    serious = kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    log.log(logging.WARNING if serious else logging.DEBUG, "Qt: %s", message)


def pdf_report(path: Path, scope: Scope, figures: list[Figure], currency: str) -> int:
    earlier = qInstallMessageHandler(_to_log)
    try:
        return _report(path, scope, figures, currency)
    finally:
        qInstallMessageHandler(earlier)


def _report(path: Path, scope: Scope, figures: list[Figure], currency: str) -> int:
    app = QApplication.instance() or QApplication(["returns-desk", "-platform", "offscreen"])
    by_name = {f.name: f for f in figures}
    cards = []
    for name, title in CARDS:
        card = FigureCard(name, title)
        card.resize(900, 420)
        card.show_figure(by_name[name], currency)
        card.show()  # laid out and sized (offscreen), so that its chart draws at the size it is given
        cards.append(card)
    app.processEvents()
    return write_report(path, scope, cards, currency)
