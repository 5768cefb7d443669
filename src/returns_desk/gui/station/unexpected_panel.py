"""A parcel that matches nothing: say what is in the box, scan its items, add photos, file it for a supervisor."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from returns_desk.gui.forms.ui_unexpected_panel import Ui_UnexpectedPanel
from returns_desk.services import station
from returns_desk.services.results import Actor


@dataclass(frozen=True, slots=True)
class Parcel:
    """What the form says about the parcel, ready to file for a supervisor."""

    code: str
    description: str
    items: tuple[str, ...]
    photos: tuple[str, ...]
    rma: str | None  # the cancelled or rejected return it names, if any

    def file(self, session: Session, actor: Actor) -> int:
        """Files it (on the DB worker); returns the exception's number."""
        return station.file_unexpected_parcel(
            session, actor, self.code, self.description, list(self.items), list(self.photos), rma=self.rma
        )


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
        self.scanned.setText(code or self.tr("(nothing readable)"))
        self.description.clear()
        self.item_codes = []
        self.photo_refs = []
        self.items.setText(self.tr("scan the items' barcodes"))
        self.photos.setText(self.tr("none — Ctrl+O to add"))
        self.show()
        self.description.setFocus()

    def parcel(self) -> Parcel:
        return Parcel(
            self.scanned.text(),
            self.description.toPlainText(),
            tuple(self.item_codes),
            tuple(self.photo_refs),
            self.rma,
        )

    def add_item(self, code: str) -> None:
        self.item_codes.append(code)
        self.items.setText(", ".join(self.item_codes))

    def add_photo(self, ref: str) -> None:
        self.photo_refs.append(ref)
        self.photos.setText(self.tr("{0} attached").format(len(self.photo_refs)))
