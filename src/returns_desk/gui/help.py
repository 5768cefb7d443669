"""Help: the keyboard shortcuts (generated from the window's real bindings), the user manual, and About (version,
database, schema version, and the licences of the bundled components)."""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from returns_desk import __version__, components
from returns_desk.gui import keymap
from returns_desk.gui.keymap import Binding

_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$", re.MULTILINE)


def _closing(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """Every key of the window, by the part of the window it works in."""

    def __init__(self, window: QWidget, typed: dict[str, list[Binding]]) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = sorted(keymap.sheet(window, typed), key=lambda r: r[0])
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("What it does")])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("A scanner's burst is a scan wherever the focus is. Besides it, these keys work:"))
        )
        layout.addWidget(self.table, 1)
        _closing(self, layout)
        self.resize(760, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        def cell(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.table.rowCount())]


def manual_file() -> Path | None:
    """The README: beside the package in a source checkout, in ``manual/`` inside a bundle."""
    here = Path(__file__).resolve()
    candidates = [here.parents[3] / "README.md"]
    bundle = getattr(sys, "_MEIPASS", "")
    if bundle:
        candidates.insert(0, Path(bundle) / "manual" / "README.md")
    return next((p for p in candidates if p.is_file()), None)


def manual_text() -> tuple[str, Path | None]:
    """The manual's Markdown and the folder its pictures are in (None: the text alone, from the package's own
    metadata, which an installed wheel keeps)."""
    found = manual_file()
    if found is not None:
        return found.read_text(encoding="utf-8"), found.parent
    try:
        text = metadata.metadata("returns-desk")["Description"] or ""
    except metadata.PackageNotFoundError:
        text = ""
    return _IMAGE_LINE.sub("", text), None


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(self.tr("Returns Desk — user manual"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("manualText")
        self.browser.setAccessibleName(self.tr("User manual"))
        self.browser.setOpenExternalLinks(True)
        text, folder = manual_text()
        if folder is not None:
            self.browser.setSearchPaths([str(folder)])
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.browser.setMarkdown(text or self.tr("The manual is not part of this installation."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        _closing(self, layout)
        self.resize(960, 720)


class AboutDialog(QDialog):
    def __init__(self, database: str, schema: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Returns Desk"))
        self.facts = QLabel(
            self.tr("<b>Returns Desk {0}</b><br>Database: {1}<br>Schema version: {2}").format(
                __version__, database, schema
            )
        )
        self.facts.setObjectName("aboutFacts")
        parts = components.bundled()
        self.table = QTableWidget(len(parts), 3)
        self.table.setObjectName("aboutComponents")
        self.table.setAccessibleName(self.tr("Bundled components and their licences"))
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for r, part in enumerate(parts):
            for c, key in enumerate(("name", "version", "license")):
                self.table.setItem(r, c, QTableWidgetItem(part[key]))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(QLabel(self.tr("Built with these components, under their own licences:")))
        layout.addWidget(self.table, 1)
        _closing(self, layout)
        self.resize(720, 560)
