"""The return slip a customer puts in the box: the RMA as a Code 128 barcode the dock scans, where to send the
parcel, and what goes in it. One A4 page as a PDF (Pillow's PDF writer, 150 dpi)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from returns_desk.barcodes.labels import draw_bars, module_dots, modules

DPI = 150
PAGE_IN = (8.27, 11.69)  # A4
# Fonts that carry Hangul as well as Latin, looked for in this order; Pillow's own font covers Latin only.
FONT_FILES = (
    "NotoSansCJK-Regular.ttc",
    "NanumGothic.ttf",
    "malgun.ttf",
    "AppleSDGothicNeo.ttc",
    "DejaVuSans.ttf",
)
FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path("C:/Windows/Fonts"),
    Path("/System/Library/Fonts"),
    Path("/Library/Fonts"),
)


@dataclass(frozen=True, slots=True)
class SlipData:
    rma: str
    shop: str
    customer: str
    order: str
    ship_to: tuple[str, ...]
    items: tuple[tuple[int, str, str], ...]  # (quantity, sku, name)


def _font_file() -> Path | None:
    for name in FONT_FILES:
        for folder in FONT_DIRS:
            if folder.is_dir():
                found = next(folder.rglob(name), None)
                if found is not None:
                    return found
    return None


_FONT: list[Path | None] = []


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if not _FONT:
        _FONT.append(_font_file())
    path = _FONT[0]
    if path is not None:
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def render(data: SlipData) -> Image.Image:
    width, height = round(PAGE_IN[0] * DPI), round(PAGE_IN[1] * DPI)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    margin = round(0.6 * DPI)
    y = margin

    def text(line: str, size: int, *, bold_gap: int = 8) -> None:
        nonlocal y
        font = _font(size)
        draw.text((margin, y), line, font=font, fill=0)
        box = draw.textbbox((margin, y), line, font=font)
        y = int(box[3]) + bold_gap

    text(f"{data.shop} — Return slip", 34)
    text(f"Order {data.order} · {data.customer}", 20, bold_gap=24)
    pattern = modules(data.rma)
    dots = module_dots(pattern, width - 2 * margin, 300) if len(pattern) * 3 < width - 2 * margin else 2
    x = (width - len(pattern) * dots) // 2
    draw_bars(draw, pattern, x, y, dots, round(1.1 * DPI))
    y += round(1.1 * DPI) + 8
    font = _font(30)
    label_width = draw.textlength(data.rma, font=font)
    draw.text(((width - label_width) // 2, y), data.rma, font=font, fill=0)
    y += 60
    text("Put this slip in the box, on top of the items.", 20, bold_gap=28)
    text("Send the parcel to:", 22)
    for line in data.ship_to:
        text(line, 22, bold_gap=4)
    y += 24
    text("In the box:", 22)
    for quantity, sku, name in data.items:
        text(f"☐  {quantity} × {name}  ({sku})", 20, bold_gap=6)
    y += 24
    text(
        "Keep the items unused, with their tags and packaging. Write the RMA on the outside of the parcel.",
        16,
    )
    return page


def pdf_bytes(data: SlipData) -> bytes:
    out = io.BytesIO()
    render(data).save(out, "PDF", resolution=float(DPI))
    return out.getvalue()
