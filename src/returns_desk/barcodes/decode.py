"""Reading barcodes from photos and camera frames: zxing-cpp and pyzbar together, then preprocessing if needed.

zxing-cpp reads every symbology we meet (DataMatrix included, which zbar cannot) and is strong on photos; pyzbar
(zbar) finds some damaged 1D codes zxing misses. Both run on the image as it is; when neither finds anything,
cheap variants are tried within a time budget: contrast stretch, upscaling of small images, a local threshold,
a sharpened copy, a denoised and an inverted one. Symbologies that produce false reads on text and noise (Codabar, DataBar, Interleaved 2 of 5
without a check digit) are not read at all: a dock never sees them, and a phantom code is worse than none.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image, ImageChops, ImageFilter, ImageOps
from pyzbar import pyzbar

from returns_desk.barcodes.images import ImageRefused, open_image

DEFAULT_BUDGET_MS = 250.0
SMALL_SIDE = 600  # below this the image is upscaled before the retry passes
LOCAL_THRESHOLD_MARGIN = 12

ZXING_FORMATS = zxingcpp.barcode_formats_from_str(
    "Code128,Code39,Code93,EAN13,EAN8,UPCA,UPCE,QRCode,DataMatrix,PDF417,Aztec,ITF14"
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
    """One barcode found: its text, symbology and where it is (polygon in the image's own pixels).

    ``aim`` is the AIM symbology identifier when the decoder knows it (``]C1`` marks GS1-128, ``]d2`` GS1
    DataMatrix); GS1 element strings keep their GS separators, as a hardware scanner sends them.
    """

    text: str
    symbology: str
    position: tuple[tuple[int, int], ...]
    decoder: str
    aim: str = ""

    @property
    def box(self) -> tuple[int, int, int, int]:
        xs = [p[0] for p in self.position]
        ys = [p[1] for p in self.position]
        return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True, slots=True)
class DecodeResult:
    codes: tuple[Code, ...]
    elapsed_ms: float
    passes: int


def decode_file(path: str | Path, budget_ms: float = DEFAULT_BUDGET_MS) -> DecodeResult:
    """Decode a file; an unreadable one raises ImageRefused with the reason."""
    image = open_image(path)
    try:
        return decode_image(image, budget_ms)
    except (ValueError, RuntimeError, MemoryError) as exc:
        # A decoder that gives up on an image it was handed says so for this file only.
        raise ImageRefused(
            f"{Path(path).name}: the barcode readers could not read this image ({exc})."
        ) from exc


def decode_image(image: Image.Image, budget_ms: float = DEFAULT_BUDGET_MS) -> DecodeResult:
    """Every code in the image, each physical symbol once. Stops at the first pass that finds something."""
    started = time.perf_counter()
    grey = image if image.mode == "L" else image.convert("L")
    reads: list[Code] = []
    passes = 0
    for read_pass in _passes(grey):
        passes += 1
        reads.extend(read_pass())
        if reads or (time.perf_counter() - started) * 1000 > budget_ms:
            break
    return DecodeResult(_merge(reads), (time.perf_counter() - started) * 1000, passes)


def _merge(reads: list[Code]) -> tuple[Code, ...]:
    """One code per physical symbol: reads whose boxes overlap are one symbol, and the decoders vote.

    Two decoders (or two passes) that read different texts at the same place disagree about one barcode; the text
    read most often wins, and on a tie zxing-cpp's, whose EAN/UPC reads are the more careful.
    """
    # Union-find, so a read that overlaps two groups joins them into one symbol.
    parent = list(range(len(reads)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    boxes = [_symbol_box(code) for code in reads]
    for i in range(len(reads)):
        for j in range(i):
            if _overlap(boxes[i], boxes[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[Code]] = {}
    for i, code in enumerate(reads):
        groups.setdefault(root(i), []).append(code)
    clusters = list(groups.values())
    out: list[Code] = []
    seen: set[str] = set()
    for cluster in clusters:
        votes: dict[str, int] = {}
        for code in cluster:
            votes[_key(code)] = votes.get(_key(code), 0) + 1
        best = max(cluster, key=lambda c: (votes[_key(c)], c.decoder == "zxing-cpp"))
        if _key(best) not in seen:  # the same code printed twice on a label is still one code
            seen.add(_key(best))
            out.append(best)
    return tuple(out)


def _symbol_box(code: Code) -> tuple[int, int, int, int]:
    """The code's box; a 1D read reported as a thin scan line is grown across the bars it crossed.

    Two decoders read a linear barcode along different lines, so their lines need not touch; a 1D symbol is at
    least a quarter as tall as it is long, which is how far the line is grown on each side.
    """
    x0, y0, x1, y1 = code.box
    width, height = x1 - x0, y1 - y0
    if width > 4 * height:
        grow = width // 4
        return x0, y0 - grow, x1, y1 + grow
    if height > 4 * width:
        grow = height // 4
        return x0 - grow, y0, x1 + grow, y1
    return x0, y0, x1, y1


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ix = min(a[2], b[2]) - max(a[0], b[0])
    iy = min(a[3], b[3]) - max(a[1], b[1])
    if ix <= 0 or iy <= 0:
        return False
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return ix * iy >= 0.5 * smaller


def _key(code: Code) -> str:
    # The same EAN/UPC read as UPC-A by one decoder and EAN-13 by the other is one code.
    if code.symbology in ("upca", "ean13") and code.text.isdigit():
        return "gtin:" + code.text.zfill(13)
    return code.text


def _passes(grey: Image.Image) -> Iterator[Callable[[], list[Code]]]:
    """The image as it is, then retries, cheapest and most often useful first; each yields its reads."""
    yield lambda: [*_zxing(grey, 1.0), *_zbar(grey, 1.0)]
    # Sensor grain breaks thin bars into specks and makes both decoders slow; a light blur joins them again.
    denoised = grey.filter(ImageFilter.GaussianBlur(1))
    yield lambda: [*_zxing(denoised, 1.0), *_zbar(denoised, 1.0)]
    base = ImageOps.autocontrast(grey, cutoff=1)
    scale = 1.0
    if max(grey.size) < SMALL_SIDE:
        factor = max(2, round(SMALL_SIDE * 2 / max(grey.size)))
        base = base.resize((grey.width * factor, grey.height * factor), Image.Resampling.LANCZOS)
        scale = float(factor)
    yield lambda: [*_zxing(base, scale), *_zbar(base, scale)]
    equalized = ImageOps.equalize(grey)
    yield lambda: [*_zxing(equalized, 1.0), *_zbar(equalized, 1.0)]
    yield lambda: _zxing(grey, 1.0, zxingcpp.Binarizer.FixedThreshold)
    # Light bars on a dark ground (bin labels, screens): zxing's own try_invert does not cover linear codes.
    inverted = ImageOps.invert(base)
    yield lambda: [*_zxing(inverted, scale), *_zbar(inverted, scale)]
    # Local threshold: a pixel is dark when it is darker than its blurred neighbourhood by a margin; this keeps
    # bars readable under uneven light and shadows where one global threshold fails.
    blurred = base.filter(ImageFilter.BoxBlur(max(4, min(base.size) // 40)))
    local = ImageChops.subtract(blurred, base).point(lambda v: 0 if v > LOCAL_THRESHOLD_MARGIN else 255)
    yield lambda: [*_zxing(local, scale), *_zbar(local, scale)]
    sharp = base.filter(ImageFilter.UnsharpMask(radius=2, percent=250, threshold=0))
    yield lambda: [*_zxing(sharp, scale), *_zbar(sharp, scale)]


def _symbology(format_name: str) -> str:
    if format_name.startswith(("Code39", "Code32", "PZN")):
        return "code39"  # Code 32 and PZN are Code 39 with a pharmacy check digit
    return _ZXING_NAMES.get(format_name, format_name.lower())


def _zxing(
    image: Image.Image, scale: float, binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage
) -> list[Code]:
    out = []
    reads = zxingcpp.read_barcodes(
        image, formats=ZXING_FORMATS, text_mode=zxingcpp.TextMode.Plain, binarizer=binarizer
    )
    for r in reads:
        if not r.valid or not r.text:
            continue
        p = r.position
        corners = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
        polygon = tuple((round(c.x / scale), round(c.y / scale)) for c in corners)
        out.append(Code(r.text, _symbology(r.format.name), polygon, "zxing-cpp", r.symbology_identifier))
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


def read_with(reader: str, image: Image.Image) -> list[str]:
    """The texts one reader alone finds in an image ("zbar" or "zxing"): for checking that each library loads
    and works in an installed copy (``returns-desk self-test``)."""
    grey = image if image.mode == "L" else image.convert("L")
    codes = _zbar(grey, 1.0) if reader == "zbar" else _zxing(grey, 1.0)
    return [c.text for c in codes]
