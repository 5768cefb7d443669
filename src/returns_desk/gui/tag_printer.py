"""Printing a unit's tag after it is saved, in one of three ways the station's settings choose.

A network label printer (``label_printer``, ``host[:port]``) gets ZPL; a printer of this computer
(``system_printer``: CUPS, the Windows spooler) gets the tag through Qt, 1:1 at the label's size and resolution;
with neither, each tag is written to ``tags/<LPN>.pdf`` in the data folder, ready for any printer. A failed print
keeps the tag for F9 to print again; the unit's record is saved either way.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from returns_desk.barcodes import labels, zpl
from returns_desk.config import LabelPrinter
from returns_desk.domain.scancodes import lpn_for_serial
from returns_desk.gui import printing
from returns_desk.gui.tasks import TaskRunner


class TagPrinter(QObject):
    printed = Signal(str)  # what happened, for the station's status line
    failed = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        target: LabelPrinter | None,
        runner: TaskRunner,
        dpi: int = 203,
        parent: QObject | None = None,
        system_printer: str = "",
    ) -> None:
        super().__init__(parent)
        self._dir = data_dir / "tags"
        self._target = target
        self._system = system_printer
        self._runner = runner
        self._dpi = dpi
        self.last: labels.TagData | None = None

    def print_tag(self, tag: labels.TagData, remember: bool = True) -> None:
        if remember:
            self.last = tag  # what F9 prints again
        target, system, dpi, folder = self._target, self._system, self._dpi, self._dir

        def work() -> str:
            return print_tag(tag, target, system, folder, dpi)

        self._runner.submit(
            work,
            self.printed.emit,
            lambda message: self.failed.emit(f"{message} {self.tr('Press F9 to print again.')}"),
        )

    def print_test(self, station: str) -> None:
        """A tag that sends nothing anywhere, to check the printer (Tools → Print a test tag)."""
        self.print_tag(test_tag(station), remember=False)

    def reprint(self) -> bool:
        if self.last is None:
            return False
        self.print_tag(self.last)
        return True


def print_tag(tag: labels.TagData, target: LabelPrinter | None, system: str, folder: Path, dpi: int) -> str:
    """Print one tag the way the settings say; returns what happened, raises PrinterError (or OSError) if not."""
    if target is not None:
        zpl.NetworkPrinter(target.host, target.port).send(zpl.unit_tag_zpl(tag, dpi))
        return QCoreApplication.translate("TagPrinter", "Tag {0} sent to {1}.").format(tag.lpn, target)
    if system:
        printing.print_to_system_printer(
            [labels.unit_tag(tag, dpi)], system, labels.LabelSize.FOUR_BY_SIX, dpi
        )
        return QCoreApplication.translate("TagPrinter", "Tag {0} sent to the printer {1}.").format(
            tag.lpn, system
        )
    folder.mkdir(parents=True, exist_ok=True)
    path = labels.save([labels.unit_tag(tag, dpi)], folder / f"{tag.lpn}.pdf", dpi)
    return QCoreApplication.translate("TagPrinter", "Tag printed to {0} (tags folder).").format(path.name)


TEST_SERIAL = 1  # the test tag's plate, LP0000000014: the first serial, which a database's units begin after


def test_tag(station: str) -> labels.TagData:
    return labels.TagData(
        lpn=lpn_for_serial(TEST_SERIAL),
        sku="TEST",
        grade="A",
        disposition="restock",
        destination="TEST TAG",
        day=datetime.now().astimezone().date(),
        station=station,
    )
