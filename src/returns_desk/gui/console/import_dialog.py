"""The Import dialog: choose a return export, see how it will be read (its platform, its first rows, what is
wrong with each), import it with a progress bar that can be stopped, and read what was imported.

The preview and the import run on the DB worker; the import's progress comes back to the GUI thread as a signal.
A refused file, and Stop (between batches), roll the whole import back: nothing of it is written. With "Skip bad returns",
the good requests are imported and the bad rows go to ``FILE.rejects.csv`` beside the file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
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
from returns_desk.gui import formats, phrases
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import ConsoleTab
from returns_desk.services import imports, presets
from returns_desk.services.import_rows import ImportRejected

BAD_TINT = QColor("#fdecea")
SHOWN_ERRORS = 50
PROBLEMS_WIDTH = 340  # pixels


class ImportStopped(ReturnsDeskError):
    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ImportDialog", "The import was stopped; nothing was imported.")
        )


class _Progress(QObject):
    moved = Signal(int, int)  # rows done, of (emitted on the worker thread, delivered on the GUI's)


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, tab: ConsoleTab, parent: QWidget | None = None) -> None:
        super().__init__(parent or tab)
        self.tab = tab
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import return requests"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(900, 560)
        self.path: Path | None = None
        self.file = QLineEdit()
        self.file.setObjectName("importFile")
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("A CSV or JSON export of return requests"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("importChoose")
        self.preset: ChoiceBox[str | None] = ChoiceBox()
        self.preset.setObjectName("importPreset")
        self.preset.setAccessibleName(self.tr("Whose export"))
        self.preset.set_choices(
            [(self.tr("Recognise from the file"), None)]
            + [(presets.shipped(k).name, k) for k in presets.KEYS]
        )
        self.verdict = QLabel(self.tr("Choose a file to see how it will be read."))
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.skip = QCheckBox(
            self.tr("Skip bad returns (import the good ones; write the bad rows to a rejects file)")
        )
        self.skip.setObjectName("importSkipBad")
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.summary = QLabel("")
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importGo")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("importStop")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.file, 1)
        top.addWidget(self.choose_button)
        top.addWidget(QLabel(self.tr("Format:")))
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
            self.tr("Import return requests"),
            self.tr("Return exports (*.csv *.json);;All files (*)"),
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
        self.verdict.setText(self.tr("Reading {0}…").format(path.name))
        self.tab.read(lambda s: imports.preview(s, path, preset), self._previewed)

    def _previewed(self, preview: imports.Preview) -> None:
        if preview.problem:
            self.verdict.setText(
                self.tr("This file cannot be imported: {0}").format(phrases.say(preview.problem))
            )
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.import_button.setEnabled(False)
            return
        name = presets.shipped(preview.preset).name
        bad = sum(1 for r in preview.rows if r.problems)
        size = (
            self.tr("about {0} rows").format(formats.number(preview.total))
            if preview.total
            else self.tr("its rows counted as they are read")
        )
        how = self.tr("Recognised as {0} ({1}).") if preview.detected else self.tr("Read as {0} ({1}).")
        shown = len(preview.rows)
        self.verdict.setText(
            how.format(name, size)
            + " "
            + (
                self.tr("{0} of the first {1} rows have problems (marked).").format(bad, shown)
                if bad
                else self.tr("The first {0} rows are fine.").format(shown)
            )
        )
        columns = [
            self.tr("Line"),
            self.tr("Problems"),
            *preview.columns,
        ]  # the problems first: they are what to read
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            problems = [phrases.say(p) for p in row.problems]
            values = [row.line, "; ".join(problems), *(row.cells.get(c, "") for c in preview.columns)]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text[:200])
                if row.problems:
                    item.setBackground(BAD_TINT)
                    item.setToolTip("\n".join(problems))
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
        self.bar.setFormat(self.tr("Reading {0}…").format(path.name))
        self.bar.setRange(0, 0)
        self.tab.worker.submit(work, lambda r: self._done(path, r), failed)

    def _moved(self, done: int, of: int) -> None:
        self.bar.setRange(0, max(of, 1))
        self.bar.setValue(done)
        self.bar.setFormat(self.tr("Imported %v of %m rows"))

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
            total = formats.number(result.total)
            self.summary.setText(
                self.tr(
                    "Nothing was imported: {0} problem(s). Correct the file, or tick “Skip bad returns” to import "
                    "the good ones."
                ).format(total)
                + f"\n{shown}"
                + ("\n" + self.tr("… and {0} more").format(formats.number(more)) if more > 0 else "")
            )
            self.tab.message.emit(
                self.tr("{0}: {1} problem(s); nothing was imported.").format(path.name, total), True
            )
            return
        name = presets.shipped(result.preset).name
        n = formats.number
        text = self.tr(
            "{0} ({1}): {2} new return request(s), {3} updated, {4} unchanged; {5} line(s)."
        ).format(path.name, name, n(result.requests), n(result.updated), n(result.unchanged), n(result.lines))
        if result.reject_file:
            text += " " + self.tr("{0} bad row(s) written to {1}.").format(
                n(result.rejected_rows), result.reject_file
            )
        self.summary.setText(text)
        self.tab.message.emit(text, False)
        self.imported.emit()
