"""Qt's own file dialogs, window-modal and never blocking the screen: one place for how the app asks where a file
goes or which file to read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_dialog(
    parent: QWidget, title: str, suggested: Path, kinds: str, suffix: str, chosen: Callable[[str], None]
) -> QFileDialog:
    """Ask where to save; ``chosen`` gets the file's name. The dialog is returned (tests type into it)."""
    dialog = QFileDialog(parent, title, str(suggested), kinds)
    dialog.setObjectName("saveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    return _open(dialog, chosen)


def open_dialog(parent: QWidget, title: str, kinds: str, chosen: Callable[[str], None]) -> QFileDialog:
    """Ask which file to open; ``chosen`` gets the file's name."""
    dialog = QFileDialog(parent, title, str(Path.home()), kinds)
    dialog.setObjectName("openDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _open(dialog, chosen)


def _open(dialog: QFileDialog, chosen: Callable[[str], None]) -> QFileDialog:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(lambda _code: dialog.deleteLater())
    dialog.open()
    return dialog
