"""Pictures at the station, off the GUI thread: photos of a unit (files, or the camera's frame with F7) kept in the
data folder, and pictures of a label read for their barcodes."""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from returns_desk.barcodes.decode import Code, decode_file
from returns_desk.gui.camera import qimage_to_photo
from returns_desk.gui.tasks import TaskRunner
from returns_desk.services import photos


def image_files() -> str:
    """The file dialog's filter for photos, in the window's language."""
    return QCoreApplication.translate("PhotoDesk", "Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)")


def _codes_in(path: Path) -> tuple[Code, ...]:
    return decode_file(path).codes


class PhotoDesk(QObject):
    stored = Signal(str)  # the photo's reference, once kept
    codes_read = Signal(object)  # tuple[Code, ...] read from a picture of a label
    failed = Signal(str)

    def __init__(self, data_dir: Path, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dir = data_dir
        self._tasks = tasks

    @staticmethod
    def ask_for_files(parent: QWidget, title: str) -> list[Path]:
        """Pictures chosen in a file dialog (none when it is cancelled)."""
        paths, _ = QFileDialog.getOpenFileNames(parent, title, str(Path.home()), image_files())
        return [Path(p) for p in paths]

    def keep(self, paths: list[Path]) -> None:
        """Photo files of the unit: checked (a hostile file is refused with a reason), resized, kept."""
        for path in paths:
            self._tasks.submit(partial(photos.store, self._dir, path), self.stored.emit, self.failed.emit)

    def keep_frame(self, frame: QImage) -> None:
        """The camera's frame as a photo, in colour."""
        picture = qimage_to_photo(frame)  # a copy: the file is written off the GUI thread
        folder = self._dir
        target = folder / "incoming" / f"camera-{time.strftime('%Y%m%d-%H%M%S')}-{id(picture):x}.png"

        def write_and_store() -> str:
            target.parent.mkdir(parents=True, exist_ok=True)
            picture.save(target)
            try:
                return photos.store(folder, target)
            finally:
                target.unlink(missing_ok=True)

        self._tasks.submit(write_and_store, self.stored.emit, self.failed.emit)

    def read_labels(self, paths: list[Path]) -> None:
        for path in paths:
            self._tasks.submit(partial(_codes_in, path), self.codes_read.emit, self.failed.emit)
