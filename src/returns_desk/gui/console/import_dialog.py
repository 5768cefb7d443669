"""The Import dialog: choose a return export, see how it will be read (its platform, its first rows, what is
wrong with each), import it with a progress bar that can be stopped, and read what was imported.

The preview and the import run on the DB worker; the import's progress comes back to the GUI thread as a signal.
A refused file, and Stop (between batches), roll the whole import back: nothing of it is written. With "Skip bad returns",
the good requests are imported and the bad rows go to ``FILE.rejects.csv`` beside the file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab
from returns_desk.services import imports, presets
from returns_desk.services.import_rows import ImportRejected

BAD_TINT = QColor("#fdecea")
SHOWN_ERRORS = 50
PROBLEMS_WIDTH = 340  # pixels


class ImportStopped(ReturnsDeskError):
    def __init__(self) -> None:
        super().__init__("The import was stopped; nothing was imported.")


class _Progress(QObject):
    moved = Signal(int, int)  # rows done, of (emitted on the worker thread, delivered on the GUI's)


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, tab: ConsoleTab, parent: QWidget | None = None) -> None:
        super().__init__(parent or tab)
        self.tab = tab
        self.setObjectName("importDialog")
        self.setWindowTitle("Import return requests")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(900, 560)
        self.path: Path | None = None
        self.file = QLineEdit()
        self.file.setObjectName("importFile")
        self.file.setReadOnly(True)
        self.file.setPlaceholderText("A CSV or JSON export of return requests")
        self.choose_button = QPushButton("&Choose file…")
        self.choose_button.setObjectName("importChoose")
        self.preset: ChoiceBox[str | None] = ChoiceBox()
        self.preset.setObjectName("importPreset")
        self.preset.setAccessibleName("Whose export")
        self.preset.set_choices(
            [("Recognise from the file", None)] + [(presets.shipped(k).name, k) for k in presets.KEYS]
        )
        self.verdict = QLabel("Choose a file to see how it will be read.")
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.skip = QCheckBox("Skip bad returns (import the good ones; write the bad rows to a rejects file)")
        self.skip.setObjectName("importSkipBad")
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.summary = QLabel("")
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton("Import")
        self.import_button.setObjectName("importGo")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("importStop")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(QLabel("File:"))
        top.addWidget(self.file, 1)
        top.addWidget(self.choose_button)
        top.addWidget(QLabel("Format:"))
        top.addWidget(self.preset)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self._stopping = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.choose_button.clicked.connect(self.choose)
        self.preset.currentIndexChanged.connect(lambda _: self.look())
        self.import_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self._stopping.set)
        self._running(False)
        self.import_button.setEnabled(False)

    # --- choosing and looking ---
    def choose(self) -> None:
        self.tab.open_dialog(
            "Import return requests",
            "Return exports (*.csv *.json);;All files (*)",
            lambda n: self.use(Path(n)),
        )

    def use(self, path: Path) -> None:
        self.path = path
        self.file.setText(str(path))
        self.summary.setText("")
        self.look()

    def look(self) -> None:
        if self.path is None:
            return
        path, preset = self.path, self.preset.value()
        self.verdict.setText(f"Reading {path.name}…")
        self.tab.read(lambda s: imports.preview(s, path, preset), self._previewed)

    def _previewed(self, preview: imports.Preview) -> None:
        if preview.problem:
            self.verdict.setText(f"This file cannot be imported: {preview.problem}")
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.import_button.setEnabled(False)
            return
        name = presets.shipped(preview.preset).name
        how = "Recognised as" if preview.detected else "Read as"
        bad = sum(1 for r in preview.rows if r.problems)
        size = f"about {preview.total:,} rows" if preview.total else "its rows counted as they are read"
        self.verdict.setText(
            f"{how} {name} ({size}). "
            + (
                f"{bad} of the first {len(preview.rows)} rows have problems (marked)."
                if bad
                else f"The first {len(preview.rows)} rows are fine."
            )
        )
        columns = ["Line", "Problems", *preview.columns]  # the problems first: they are what to read
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            values = [row.line, "; ".join(row.problems), *(row.cells.get(c, "") for c in preview.columns)]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text[:200])
                if row.problems:
                    item.setBackground(BAD_TINT)
                    item.setToolTip("\n".join(row.problems))
                self.table.setItem(r, c, item)
        # The problems column keeps to a readable width (the whole text in its tooltip); the file's columns follow.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, PROBLEMS_WIDTH if bad else 90)
        self.import_button.setEnabled(True)

    # --- importing ---
    def start(self) -> None:
        if self.path is None:
            return
        actor = self.tab.current_actor()
        path, preset, skip_bad = self.path, self.preset.value(), self.skip.isChecked()
        stopping, progress = self._stopping, self._progress
        stopping.clear()

        def tell(_what: str, done: int, of: int) -> None:
            if stopping.is_set():
                raise ImportStopped
            progress.moved.emit(done, of)

        rejected: list[ImportRejected] = []

        def work(session: Session) -> imports.ImportReport:
            try:
                return imports.import_file(
                    session, actor, path, skip_bad=skip_bad, preset=preset, progress=tell
                )
            except ImportRejected as exc:
                rejected.append(exc)  # the verdict on the file, shown as such once the job has rolled back
                raise

        def failed(message: str) -> None:
            if rejected:
                self._done(path, rejected[0])
            else:
                self._failed(message)

        self._running(True)
        self.summary.setText("")
        self.bar.setFormat(f"Reading {path.name}…")
        self.bar.setRange(0, 0)
        self.tab.worker.submit(work, lambda r: self._done(path, r), failed)

    def _moved(self, done: int, of: int) -> None:
        self.bar.setRange(0, max(of, 1))
        self.bar.setValue(done)
        self.bar.setFormat("Imported %v of %m rows")

    def _running(self, running: bool) -> None:
        self.import_button.setEnabled(not running and self.path is not None)
        self.choose_button.setEnabled(not running)
        self.preset.setEnabled(not running)
        self.bar.setVisible(running)
        self.stop_button.setVisible(running)

    def _failed(self, message: str) -> None:
        self._running(False)
        self.summary.setText(message)
        self.tab.message.emit(message, True)

    def _done(self, path: Path, result: imports.ImportReport | ImportRejected) -> None:
        self._running(False)
        if isinstance(result, ImportRejected):
            shown = "\n".join(str(e) for e in result.errors[:SHOWN_ERRORS])
            more = result.total - min(len(result.errors), SHOWN_ERRORS)
            self.summary.setText(
                f"Nothing was imported: {result.total:,} problem(s). Correct the file, or tick “Skip bad "
                f"returns” to import the good ones.\n{shown}" + (f"\n… and {more:,} more" if more > 0 else "")
            )
            self.tab.message.emit(f"{path.name}: {result.total:,} problem(s); nothing was imported.", True)
            return
        name = presets.shipped(result.preset).name
        text = (
            f"{path.name} ({name}): {result.requests:,} new return request(s), {result.updated:,} updated, "
            f"{result.unchanged:,} unchanged; {result.lines:,} line(s)."
        )
        if result.reject_file:
            text += f" {result.rejected_rows:,} bad row(s) written to {result.reject_file}."
        self.summary.setText(text)
        self.tab.message.emit(text, False)
        self.imported.emit()
