"""Reading barcodes from photos and camera frames: zxing-cpp and pyzbar together, then preprocessing if needed.

zxing-cpp reads every symbology we meet (DataMatrix included, which zbar cannot) and is strong on photos; pyzbar
(zbar) finds some damaged 1D codes zxing misses. Both run on the image as it is; when neither finds anything,
cheap variants are tried within a time budget: contrast stretch, upscaling of small images, a local threshold
and a sharpened copy. Symbologies that produce false reads on text and noise (Codabar, DataBar, Interleaved 2 of 5
without a check digit) are not read at all: a dock never sees them, and a phantom code is worse than none.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image, ImageChops, ImageFilter, ImageOps
from pyzbar import pyzbar

from returns_desk.barcodes.images import open_image

DEFAULT_BUDGET_MS = 250.0
SMALL_SIDE = 600  # below this the image is upscaled before the retry passes
LOCAL_THRESHOLD_MARGIN = 12

_Z = zxingcpp.BarcodeFormat
ZXING_FORMATS = (
    _Z.Code128
    | _Z.Code39
    | _Z.Code93
    | _Z.EAN13
    | _Z.EAN8
    | _Z.UPCA
    | _Z.UPCE
    | _Z.QRCode
    | _Z.DataMatrix
    | _Z.PDF417
    | _Z.Aztec
    | _Z.ITF14
)
ZBAR_SYMBOLS = (
    pyzbar.ZBarSymbol.CODE128,
    pyzbar.ZBarSymbol.CODE39,
    pyzbar.ZBarSymbol.CODE93,
    pyzbar.ZBarSymbol.EAN13,
    pyzbar.ZBarSymbol.EAN8,
    pyzbar.ZBarSymbol.UPCA,
    pyzbar.ZBarSymbol.UPCE,
    pyzbar.ZBarSymbol.QRCODE,
)
_ZXING_NAMES = {
    "Code128": "code128",
    "Code39": "code39",
    "Code93": "code93",
    "EAN13": "ean13",
    "EAN8": "ean8",
    "UPCA": "upca",
    "UPCE": "upce",
    "QRCode": "qrcode",
    "DataMatrix": "datamatrix",
    "PDF417": "pdf417",
    "Aztec": "aztec",
    "ITF14": "itf14",
}
_ZBAR_NAMES = {
    "CODE128": "code128",
    "CODE39": "code39",
    "CODE93": "code93",
    "EAN13": "ean13",
    "EAN8": "ean8",
    "UPCA": "upca",
    "UPCE": "upce",
    "QRCODE": "qrcode",
}


@dataclass(frozen=True, slots=True)
class Code:
    """One barcode found: its text, symbology and where it is (polygon in the image's own pixels)."""

    text: str
    symbology: str
    position: tuple[tuple[int, int], ...]
    decoder: str


@dataclass(frozen=True, slots=True)
class DecodeResult:
    codes: tuple[Code, ...]
    elapsed_ms: float
    passes: int


def decode_file(path: str | Path, budget_ms: float = DEFAULT_BUDGET_MS) -> DecodeResult:
    """Decode a file; an unreadable one raises ImageRefused with the reason."""
    return decode_image(open_image(path), budget_ms)


def decode_image(image: Image.Image, budget_ms: float = DEFAULT_BUDGET_MS) -> DecodeResult:
    started = time.perf_counter()
    grey = image if image.mode == "L" else image.convert("L")
    found: dict[str, Code] = {}
    passes = 0
    for variant, scale in _variants(grey):
        passes += 1
        for code in (*_zxing(variant, scale), *_zbar(variant, scale)):
            found.setdefault(_key(code), code)
        if found or (time.perf_counter() - started) * 1000 > budget_ms:
            break
    return DecodeResult(tuple(found.values()), (time.perf_counter() - started) * 1000, passes)


def _key(code: Code) -> str:
    # The same EAN/UPC read as UPC-A by one decoder and EAN-13 by the other is one code.
    text = code.text
    if code.symbology in ("upca", "ean13") and text.isdigit():
        return "gtin:" + text.zfill(13)
    return text


def _variants(grey: Image.Image) -> Iterator[tuple[Image.Image, float]]:
    """The image as it is, then the retries, cheapest and most often useful first. Yields (image, scale)."""
    yield grey, 1.0
    base = ImageOps.autocontrast(grey, cutoff=1)
    scale = 1.0
    if max(grey.size) < SMALL_SIDE:
        factor = max(2, round(SMALL_SIDE * 2 / max(grey.size)))
        base = base.resize((grey.width * factor, grey.height * factor), Image.Resampling.LANCZOS)
        scale = float(factor)
    yield base, scale
    # Local threshold: a pixel is dark when it is darker than its blurred neighbourhood by a margin; this keeps
    # bars readable under uneven light and shadows where one global threshold fails.
    blurred = base.filter(ImageFilter.BoxBlur(max(4, min(base.size) // 40)))
    darker = ImageChops.subtract(blurred, base)
    yield darker.point(lambda v: 0 if v > LOCAL_THRESHOLD_MARGIN else 255), scale
    yield base.filter(ImageFilter.UnsharpMask(radius=2, percent=250, threshold=0)), scale


def _zxing(image: Image.Image, scale: float) -> list[Code]:
    out = []
    for r in zxingcpp.read_barcodes(image, formats=ZXING_FORMATS):
        if not r.valid or not r.text:
            continue
        p = r.position
        corners = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
        polygon = tuple((round(c.x / scale), round(c.y / scale)) for c in corners)
        out.append(Code(r.text, _ZXING_NAMES.get(r.format.name, r.format.name.lower()), polygon, "zxing-cpp"))
    return out


def _zbar(image: Image.Image, scale: float) -> list[Code]:
    out = []
    for r in pyzbar.decode(image, symbols=ZBAR_SYMBOLS):
        try:
            text = r.data.decode("utf-8")
        except UnicodeDecodeError:
            text = r.data.decode("latin-1")
        if not text:
            continue
        polygon = tuple((round(pt.x / scale), round(pt.y / scale)) for pt in r.polygon)
        out.append(Code(text, _ZBAR_NAMES.get(r.type, r.type.lower()), polygon, "pyzbar"))
    return out
