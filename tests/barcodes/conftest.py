"""Images the barcode tests make for themselves: labels we render, symbols zxing-cpp writes, photo-like damage."""

from __future__ import annotations

import random

import zxingcpp
from PIL import Image, ImageFilter, ImageOps


def matrix_symbol(text: str, fmt: zxingcpp.BarcodeFormat, scale: int = 6) -> Image.Image:
    """A QR code or DataMatrix drawn by zxing-cpp's writer, with a white quiet zone."""
    symbol = zxingcpp.create_barcode(text, fmt).to_image(scale=scale)
    image = Image.frombytes("L", (symbol.shape[1], symbol.shape[0]), bytes(memoryview(symbol)))
    return ImageOps.expand(image, border=8 * scale, fill=255)


def photographed(
    image: Image.Image,
    *,
    angle: float = 4.0,
    blur: float = 1.2,
    noise: int = 18,
    contrast: float = 0.55,
    seed: int = 1,
) -> Image.Image:
    """What a webcam makes of a label: tilted, soft, grainy, washed out, on a grey desk.

    A webcam sees a 2-inch label across some 800 pixels, so the label is enlarged to that before the damage.
    """
    rng = random.Random(seed)
    grey = image.convert("L")
    if grey.width < 800:
        factor = 800 / grey.width
        grey = grey.resize((800, round(grey.height * factor)), Image.Resampling.BILINEAR)
    desk = Image.new("L", (int(grey.width * 1.5), int(grey.height * 1.5)), 120)
    desk.paste(grey, ((desk.width - grey.width) // 2, (desk.height - grey.height) // 2))
    tilted = desk.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=120)
    soft = tilted.filter(ImageFilter.GaussianBlur(blur))
    washed = soft.point(lambda v: int(128 + (v - 128) * contrast))
    pixels = bytes(max(0, min(255, v + rng.randint(-noise, noise))) for v in washed.tobytes())
    return Image.frombytes("L", washed.size, pixels)
