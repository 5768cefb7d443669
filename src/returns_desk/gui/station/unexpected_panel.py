"""A parcel that matches nothing: say what is in the box, scan its items, add photos, file it for a supervisor."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from returns_desk.gui.forms.ui_unexpected_panel import Ui_UnexpectedPanel


class UnexpectedPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnexpectedPanel()
        self.ui.setupUi(self)
        self.scanned = self.ui.unexpectedScanned
        self.description = self.ui.unexpectedDescription
        self.items = self.ui.unexpectedItems
        self.photos = self.ui.unexpectedPhotos
        self.item_codes: list[str] = []
        self.photo_refs: list[str] = []
        self.rma: str | None = None  # the cancelled or rejected return the parcel names, if any

    def open_for(self, code: str, rma: str | None = None) -> None:
        self.rma = rma
        self.scanned.setText(code or "(nothing readable)")
        self.description.clear()
        self.item_codes = []
        self.photo_refs = []
        self.items.setText("scan the items' barcodes")
        self.photos.setText("none — Ctrl+O to add")
        self.show()
        self.description.setFocus()

    def add_item(self, code: str) -> None:
        self.item_codes.append(code)
        self.items.setText(", ".join(self.item_codes))

    def add_photo(self, ref: str) -> None:
        self.photo_refs.append(ref)
        self.photos.setText(f"{len(self.photo_refs)} attached")
