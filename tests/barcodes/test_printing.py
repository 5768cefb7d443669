"""Printing: QPrinter to PDF, raw ZPL to a network printer, and a printer that is off."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from returns_desk.barcodes.decode import decode_image
from returns_desk.barcodes.labels import LabelSize, TagData, unit_tag
from returns_desk.barcodes.zpl import NetworkPrinter, PrinterError, unit_tag_zpl
from returns_desk.gui.printing import print_to_pdf, print_to_system_printer
from tests.support.label_printer import LabelPrinterStandIn

TAG = TagData("LP0000000017", "RMA-00000042", "ELE-00049", "A", "restock", "A-STOCK", None, "DOCK-1")


def test_qprinter_pdf_is_label_sized_and_reads_back(qtbot: QtBot, tmp_path: Path) -> None:
    path = print_to_pdf([unit_tag(TAG, 203)], tmp_path / "qt.pdf", LabelSize.FOUR_BY_SIX, 203)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "288 x 432 pts" in info
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(path), str(tmp_path / "p")], check=True)
    (page,) = sorted(tmp_path.glob("p*.png"))
    assert "LP0000000017" in {c.text for c in decode_image(Image.open(page)).codes}


def test_an_unknown_system_printer_is_a_message(qtbot: QtBot) -> None:
    with pytest.raises(PrinterError, match="No printer called"):
        print_to_system_printer([unit_tag(TAG, 203)], "Zebra-at-dock-9", LabelSize.FOUR_BY_SIX, 203)


@pytest.mark.parametrize("size", list(LabelSize))
def test_zpl_reaches_the_printer_whole(size: LabelSize) -> None:
    listener = LabelPrinterStandIn()
    payload = unit_tag_zpl(TAG, 203, size)
    NetworkPrinter("127.0.0.1", listener.port).send(payload)
    listener.close()
    (job,) = listener.jobs
    text = job.decode("utf-8")
    assert text == payload
    assert text.startswith("^XA")
    assert text.rstrip().endswith("^XZ")
    assert "^BCN," in text
    assert "^FDLP0000000017^FS" in text
    width = 812 if size is LabelSize.FOUR_BY_SIX else 406
    assert f"^PW{width}" in text


def test_an_offline_printer_is_reported_and_the_job_can_be_sent_again() -> None:
    probe = socket.create_server(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now: the printer is off
    payload = unit_tag_zpl(TAG, 300)
    printer = NetworkPrinter("127.0.0.1", port, timeout_s=1)
    with pytest.raises(PrinterError, match="refused the job"):
        printer.send(payload)
    listener = LabelPrinterStandIn(port)  # the printer is back
    printer.send(payload)
    listener.close()
    assert listener.jobs == [payload.encode("utf-8")]


def test_zpl_escapes_command_characters() -> None:
    zpl = unit_tag_zpl(TagData("LP0000000017", sku="A^B~C_D"), 203)
    assert "SKU: A_5EB_7EC_5FD" in zpl
