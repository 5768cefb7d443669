"""Printing labels through Qt: to any system printer (CUPS, Windows spooler) or to a PDF file.

The label is already drawn at the printer's resolution with bars on whole dots (barcodes/labels.py), so it is
placed 1:1 on a page of the label's own size; Qt must not scale it. A printer that refuses raises PrinterError and
the caller can print again; nothing here touches the unit's record.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from returns_desk.barcodes.labels import LabelSize
from returns_desk.barcodes.zpl import PrinterError


def system_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def _to_qimage(image: Image.Image) -> QImage:
    grey = image.convert("L")
    data = grey.tobytes()
    qimage = QImage(data, grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8)
    return qimage.copy()  # own the pixels: `data` goes away with this function


def _printer(size: LabelSize, dpi: int) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    width, height = size.inches
    page = QPageSize(
        QSizeF(width, height),
        QPageSize.Unit.Inch,
        f"Label {size.value} in",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    printer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setResolution(dpi)
    printer.setFullPage(True)
    return printer


def _paint(printer: QPrinter, images: list[Image.Image]) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(
            QCoreApplication.translate(
                "Printing",
                "The printer '{0}' did not accept the job. Check it is on and has labels, then print again.",
            ).format(printer.printerName() or printer.outputFileName())
        )
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(target, _to_qimage(image))
    finally:
        painter.end()


def print_to_pdf(images: list[Image.Image], path: Path, size: LabelSize, dpi: int) -> Path:
    printer = _printer(size, dpi)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _paint(printer, images)
    return path


def print_to_system_printer(images: list[Image.Image], printer_name: str, size: LabelSize, dpi: int) -> None:
    if printer_name not in system_printers():
        raise PrinterError(
            QCoreApplication.translate(
                "Printing", "No printer called '{0}' on this computer. Choose another and print again."
            ).format(printer_name)
        )
    printer = _printer(size, dpi)
    printer.setPrinterName(printer_name)
    _paint(printer, images)
