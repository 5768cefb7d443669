"""Importing sales from the Analytics tab: choose a file, watch a progress bar, read what was imported or why
nothing was, and, when some rows are bad, import the good orders and keep the bad rows in a reject file.

The import runs on the DB worker like every other write; its progress comes back to the GUI thread as a signal.
Stop ends it between rows and nothing is written (the transaction is rolled back).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QProgressBar, QPushButton, QWidget
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.gui import formats
from returns_desk.gui.console.base import ConsoleTab
from returns_desk.services import sales_import
from returns_desk.services.import_rows import ImportRejected

SHOWN_ERRORS = 50  # problems listed in the dialog; all of them go to the reject file


class ImportStopped(ReturnsDeskError):
    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("SalesPanel", "The sales import was stopped; nothing was imported.")
        )


class _Progress(QObject):
    moved = Signal(str, int, int)  # what, done, of (emitted on the worker thread, delivered on the GUI's)


class SalesPanel(QWidget):
    """The Import sales… button, and the progress bar and Stop button shown while an import runs."""

    def __init__(self, tab: ConsoleTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.button = QPushButton(self.tr("Import sales…"))
        self.button.setObjectName("importSales")
        self.button.setToolTip(
            self.tr("Add order lines (CSV or JSON): what the return rates are counted against")
        )
        self.bar = QProgressBar()
        self.bar.setObjectName("salesProgress")
        self.bar.setMaximumWidth(260)
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setObjectName("salesStop")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.button, self.bar, self.stop):
            layout.addWidget(widget)
        self.box: QMessageBox | None = None  # the question asked after a rejected file, while open
        self.skip_button: QPushButton | None = None
        self._stopping = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.button.clicked.connect(self.choose)
        self.stop.clicked.connect(self._stopping.set)
        self._running(False)

    def choose(self) -> None:
        self.tab.open_dialog(
            self.tr("Import sales"),
            self.tr("Sales files (*.csv *.json);;All files (*)"),
            lambda name: self.start(Path(name)),
        )

    def start(self, path: Path, skip_bad: bool = False) -> None:
        actor = self.tab.current_actor()
        stopping, progress = self._stopping, self._progress
        stopping.clear()

        def tell(what: str, done: int, of: int) -> None:
            if stopping.is_set():
                raise ImportStopped
            progress.moved.emit(what, done, of)

        def work(session: Session) -> sales_import.SalesReport | ImportRejected:
            try:
                return sales_import.import_sales(session, actor, path, skip_bad=skip_bad, progress=tell)
            except ImportRejected as exc:
                return exc  # a verdict on the file, shown as such: not a failure of the job

        self._running(True)
        self.bar.setFormat(self.tr("Reading {0}…").format(path.name))
        self.bar.setRange(0, 0)
        self.tab.worker.submit(work, lambda r: self._done(path, r), self._failed)

    def _moved(self, what: str, done: int, of: int) -> None:
        self.bar.setRange(0, max(of, 1))
        self.bar.setValue(done)
        self.bar.setFormat(
            self.tr("Checking %v of %m rows") if what == "checking" else self.tr("Importing %v of %m orders")
        )

    def _running(self, running: bool) -> None:
        self.button.setEnabled(not running)
        self.bar.setVisible(running)
        self.stop.setVisible(running)

    def _failed(self, message: str) -> None:
        self._running(False)
        self.tab.message.emit(message, True)

    def _done(self, path: Path, result: sales_import.SalesReport | ImportRejected) -> None:
        self._running(False)
        if isinstance(result, ImportRejected):
            self._rejected(path, result)
            return
        n = formats.number
        text = self.tr("{0}: {1} order line(s) imported ({2} new order(s), {3} new customer(s))").format(
            path.name, n(result.lines), n(result.orders), n(result.customers)
        )
        if result.unchanged:
            text += self.tr("; {0} already there").format(n(result.unchanged))
        text += "."
        if result.reject_file:
            text += " " + self.tr("{0} bad row(s) written to {1}.").format(
                n(result.rejected_rows), Path(result.reject_file).name
            )
        self.tab.message.emit(text, False)
        self.tab.acted.emit()
        self.tab.refresh()

    def _rejected(self, path: Path, rejected: ImportRejected) -> None:
        errors = rejected.errors
        box = QMessageBox(self.tab)
        box.setObjectName("salesRejected")
        box.setWindowTitle(self.tr("Sales not imported"))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            self.tr(
                "{0} has {1} problem(s), so nothing was imported. Correct the file and import it again, or import "
                "the good orders now and keep the bad rows in a reject file beside it."
            ).format(path.name, formats.number(len(errors)))
        )
        shown = "\n".join(str(e) for e in errors[:SHOWN_ERRORS])
        more = len(errors) - SHOWN_ERRORS
        box.setDetailedText(
            shown + ("\n" + self.tr("… and {0} more").format(formats.number(more)) if more > 0 else "")
        )
        structural = all(e.field == "file" or "header" in e.message for e in errors)
        self.skip_button = None
        if not structural:  # a broken file has no good rows to keep
            self.skip_button = box.addButton(
                self.tr("Import the good orders"), QMessageBox.ButtonRole.AcceptRole
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.buttonClicked.connect(lambda button: self._answered(path, button))
        box.finished.connect(lambda _code: self._forget(box))
        self.box = box
        self.tab.message.emit(
            self.tr("{0}: {1} problem(s); nothing was imported.").format(
                path.name, formats.number(len(errors))
            ),
            True,
        )
        box.open()

    def _answered(self, path: Path, button: object) -> None:
        if button is not None and button is self.skip_button:
            self.start(path, skip_bad=True)

    def _forget(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None
        box.deleteLater()
