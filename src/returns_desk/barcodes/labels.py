"""Unit tags and license-plate labels, drawn at the printer's own resolution with bars on whole dots.

python-barcode encodes the symbol (Code 128 for plates and RMAs, GS1-128 with AI (01) for the item's GTIN);
Pillow draws each module as a whole number of printer dots, so a 203 or 300 dpi printer reproduces the bars
exactly instead of rounding each one differently. Layouts: 4×6 in shipping labels and 2×1 in tote labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from barcode import Code128, Gs1_128
from PIL import (
    Image,
    ImageDraw,
    ImageFont,
    PdfImagePlugin,  # noqa: F401 - registered here, so saving a PDF never makes Pillow load all its plugins
)

from returns_desk.domain.errors import ValidationFailed

DPIS = (203, 300)
QUIET_MODULES = 10  # Code 128 needs ten modules of white on each side


class LabelSize(StrEnum):
    FOUR_BY_SIX = "4x6"
    TWO_BY_ONE = "2x1"

    @property
    def inches(self) -> tuple[float, float]:
        return (4.0, 6.0) if self is LabelSize.FOUR_BY_SIX else (2.0, 1.0)


@dataclass(frozen=True, slots=True)
class TagData:
    """What a unit tag says: enough to put the unit in the right tote without a screen."""

    lpn: str
    rma: str = ""
    sku: str = ""
    grade: str = ""
    disposition: str = ""
    destination: str = ""
    day: date | None = None
    station: str = ""
    gtin: str | None = None
    # Waiting for a supervisor: the tag must not send the unit anywhere until someone approves.
    on_hold: bool = False

    def headline(self) -> str:
        """The big line: where the unit goes, or that it goes nowhere yet."""
        return "ON HOLD" if self.on_hold else (self.destination or "—")

    def route_line(self) -> str:
        if self.on_hold:
            return "WAITS FOR A SUPERVISOR"
        return self.disposition.upper().replace("_", " ") or "—"

    def summary(self) -> str:
        """One short line for the small tote label."""
        where = ("ON HOLD", "SUPERVISOR") if self.on_hold else (self.destination, self.disposition.upper())
        return " · ".join(p for p in (*where, self.grade and f"grade {self.grade}") if p)

    def details(self) -> list[tuple[str, str]]:
        """The labelled lines printed under the barcode, in order, leaving out what is not known."""
        lines = (
            ("RMA", self.rma),
            ("SKU", self.sku),
            ("Grade", self.grade),
            ("Date", self.day.isoformat() if self.day else ""),
            ("Station", self.station),
        )
        return [(label, value) for label, value in lines if value]


def modules(text: str, gs1: bool = False) -> str:
    """The bar pattern as '1' (bar) and '0' (space) modules, without quiet zones."""
    symbol = Gs1_128(text) if gs1 else Code128(text)
    return str(symbol.build()[0])


def module_dots(pattern: str, width_dots: int, dpi: int) -> int:
    """The widest whole number of dots per module that fits, at least what the printer can hold steady."""
    fit = width_dots // (len(pattern) + 2 * QUIET_MODULES)
    minimum = 2 if dpi < 300 else 3  # 0.25 mm: below that a thermal printer's bars bleed together
    if fit < minimum:
        raise ValidationFailed(
            f"The barcode needs {len(pattern)} modules; it does not fit on this label at {dpi} dpi."
        )
    return fit


def draw_bars(draw: ImageDraw.ImageDraw, pattern: str, x: int, y: int, dots: int, height: int) -> int:
    """Draw the modules at (x, y); returns the width drawn. Runs of bars become one rectangle."""
    i = 0
    while i < len(pattern):
        if pattern[i] == "1":
            j = i
            while j < len(pattern) and pattern[j] == "1":
                j += 1
            draw.rectangle((x + i * dots, y, x + j * dots - 1, y + height - 1), fill=0)
            i = j
        else:
            i += 1
    return len(pattern) * dots


class _Canvas:
    def __init__(self, size: LabelSize, dpi: int) -> None:
        if dpi not in DPIS:
            raise ValidationFailed(f"Printers here are 203 or 300 dpi, not {dpi}.")
        w_in, h_in = size.inches
        self.dpi = dpi
        self.image = Image.new("1", (round(w_in * dpi), round(h_in * dpi)), 1)
        self.draw = ImageDraw.Draw(self.image)
        self.margin = round(0.08 * dpi)

    def dots(self, inches: float) -> int:
        return round(inches * self.dpi)

    def text(self, x: int, y: int, text: str, height_in: float, *, center: bool = False) -> int:
        font = ImageFont.load_default(size=max(8, self.dots(height_in)))
        left, top, right, bottom = (int(v) for v in self.draw.textbbox((0, 0), text, font=font))
        if center:
            x = (self.image.width - (right - left)) // 2
        self.draw.text((x - left, y - top), text, font=font, fill=0)
        return bottom - top

    def barcode(self, y: int, text: str, height_in: float, *, gs1: bool = False) -> int:
        pattern = modules(text, gs1)
        dots = module_dots(pattern, self.image.width - 2 * self.margin, self.dpi)
        x = (self.image.width - len(pattern) * dots) // 2
        height = self.dots(height_in)
        draw_bars(self.draw, pattern, x, y, dots, height)
        return height


def unit_tag(data: TagData, dpi: int, size: LabelSize = LabelSize.FOUR_BY_SIX) -> Image.Image:
    """The tag that travels with a unit: plate barcode, where it goes, and what it is."""
    c = _Canvas(size, dpi)
    m = c.margin
    if size is LabelSize.TWO_BY_ONE:
        y = m
        y += c.barcode(y, data.lpn, 0.45) + c.dots(0.03)
        y += c.text(m, y, data.lpn, 0.14, center=True) + c.dots(0.03)
        c.text(m, y, data.summary(), 0.11, center=True)
        return c.image
    y = m
    y += c.text(m, y, "RETURNS DESK · UNIT TAG", 0.16) + c.dots(0.12)
    y += c.text(m, y, data.headline(), 0.55, center=True) + c.dots(0.08)
    y += c.text(m, y, data.route_line(), 0.3, center=True) + c.dots(0.2)
    y += c.barcode(y, data.lpn, 1.2) + c.dots(0.06)
    y += c.text(m, y, data.lpn, 0.3, center=True) + c.dots(0.22)
    for label, value in data.details():
        y += c.text(m, y, f"{label}: {value}", 0.2) + c.dots(0.07)
    if data.gtin and y + c.dots(0.9) < c.image.height - m:
        y += c.dots(0.08)
        y += c.barcode(y, "01" + data.gtin.zfill(14), 0.55, gs1=True) + c.dots(0.04)
        c.text(m, y, f"(01) {data.gtin.zfill(14)}", 0.14, center=True)
    return c.image


def plate_label(lpn: str, dpi: int, size: LabelSize = LabelSize.TWO_BY_ONE) -> Image.Image:
    """A blank license plate to pre-print and stick on a tote or unit: barcode and its text."""
    c = _Canvas(size, dpi)
    bar_in = 0.55 if size is LabelSize.TWO_BY_ONE else 2.5
    text_in = 0.16 if size is LabelSize.TWO_BY_ONE else 0.5
    top = (c.image.height - c.dots(bar_in) - c.dots(text_in) - c.dots(0.05)) // 2
    y = top + c.barcode(top, lpn, bar_in) + c.dots(0.05)
    c.text(0, y, lpn, text_in, center=True)
    return c.image


def save(images: list[Image.Image], path: Path, dpi: int) -> Path:
    """PNG for one label; PDF (one page per label, page = label size) for one or more."""
    if not images:
        raise ValidationFailed("Nothing to save.")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        first, *rest = images
        first.save(path, "PDF", resolution=float(dpi), save_all=True, append_images=rest)
    elif suffix == ".png":
        if len(images) > 1:
            raise ValidationFailed("A PNG holds one label; use a .pdf for several.")
        images[0].save(path, "PNG", dpi=(dpi, dpi))
    else:
        raise ValidationFailed(f"Save labels as .png or .pdf, not '{path.suffix}'.")
    return path
