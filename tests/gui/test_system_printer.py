"""Tags through the workstation's own printers: a real CUPS server (started by the test) with a PDF printer. The
first-run wizard lists it and prints its test tag there; a station set to it prints each saved unit's tag at the
label's size; the plate's barcode is read back from the PDF that CUPS wrote."""

from __future__ import annotations

import ctypes
import ctypes.util
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from returns_desk.barcodes.decode import decode_file
from returns_desk.config import Settings
from returns_desk.domain.scancodes import lpn_for_serial
from returns_desk.gui.first_run import FirstRunWizard
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.tag_printer import TEST_SERIAL
from returns_desk.gui.worker import DbWorker
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from tests.gui.test_first_run import choose
from tests.gui.test_station import log_in, press, scan_and_wait_for_unit
from tests.support.cups import PdfPrinter, pdf_printer

T = 30_000


@pytest.fixture
def printer(monkeypatch: pytest.MonkeyPatch) -> Iterator[PdfPrinter]:
    with pdf_printer() as made:
        monkeypatch.setenv("CUPS_SERVER", made.server)  # what Qt's print support asks, through libcups
        # libcups reads CUPS_SERVER once per process: an earlier test that listed printers fixed it already.
        libcups = ctypes.CDLL(ctypes.util.find_library("cups") or "libcups.so.2")
        libcups.cupsSetServer(made.server.encode())
        try:
            yield made
        finally:
            libcups.cupsSetServer(None)  # back to the environment's (or the default) for whoever comes next


def read_back(pdf: Path, folder: Path) -> tuple[set[str], str]:
    """The codes on the page CUPS wrote, and its size."""
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(pdf), str(folder / "page")], check=True)
    (page,) = folder.glob("page*.png")
    size = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {c.text for c in decode_file(page).codes}, next(
        line for line in size.splitlines() if "Page size" in line
    )


def test_the_wizard_lists_the_printer_and_prints_its_test_tag_there(
    qtbot: QtBot, printer: PdfPrinter, tmp_path: Path
) -> None:
    wizard = FirstRunWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.printer_page
    assert printer.queue in [page.printers.itemText(i) for i in range(page.printers.count())]
    choose(qtbot, page.system)
    page.printers.setCurrentText(printer.queue)
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    assert page.verdict.text().startswith("✔"), page.verdict.text()
    codes, size = read_back(printer.wait_for_pdf(), tmp_path)
    assert lpn_for_serial(TEST_SERIAL) in codes
    assert "288 x 432 pts" in size  # 4 × 6 inches: the label's own size, not a sheet of paper
    assert wizard.answers().system_printer == printer.queue
    assert not (tmp_path / "data" / "tags").exists()  # nothing went to the PDF folder


def test_a_station_set_to_the_printer_prints_each_saved_units_tag_there(
    qtbot: QtBot, printer: PdfPrinter, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    settings = Settings(
        db.url, "TEST-STATION", tmp_path / "data", log_dir=tmp_path / "logs", system_printer=printer.queue
    )
    window = MainWindow(DbWorker(db), settings, "test database")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    try:
        log_in(qtbot, window, seeded.badge)
        lpn = scan_and_wait_for_unit(qtbot, window, seeded.rma)
        press(qtbot, window, "1")
        qtbot.waitUntil(lambda: window.station.flow.proposal is not None, timeout=T)
        with qtbot.waitSignal(window.station.unit_saved, timeout=T):
            press(qtbot, window, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: f"sent to the printer {printer.queue}" in window.station.state.text(), timeout=T
        )
        codes, size = read_back(printer.wait_for_pdf(), tmp_path)
        assert lpn in codes
        assert "288 x 432 pts" in size
        assert not (tmp_path / "data" / "tags" / f"{lpn}.pdf").exists()
    finally:
        window.shutdown()
