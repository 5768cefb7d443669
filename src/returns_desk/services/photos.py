"""Storing inspection photos: once per content, oriented by EXIF, resized, with a thumbnail.

A photo is kept as ``photos/<hash[:2]>/<hash>.jpg`` (longest side at most 1600 px) and
``photos/thumbs/<hash>.jpg`` (320 px) under the data folder, named by the SHA-256 of the original file, so the
same picture attached twice is stored once. Its reference, ``sha256:<hash>``, is what an inspection records.
A file that is not a usable image is refused with the reason (ImageRefused), and nothing is written.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from PIL import Image

from returns_desk.barcodes.images import open_image

MAX_SIDE = 1600
THUMB_SIDE = 320


def photo_path(data_dir: Path, ref: str, *, thumb: bool = False) -> Path:
    digest = ref.removeprefix("sha256:")
    return data_dir / "photos" / ("thumbs" if thumb else digest[:2]) / f"{digest}.jpg"


def store(data_dir: Path, source: Path) -> str:
    # Refuses non-images, bombs, damaged and oversized files (by their size, before reading) before anything
    # is written.
    image = open_image(source)
    with source.open("rb") as handle:
        ref = "sha256:" + hashlib.file_digest(handle, "sha256").hexdigest()
    full, thumb = photo_path(data_dir, ref), photo_path(data_dir, ref, thumb=True)
    if not full.exists():
        _write_jpeg(_fit(image, MAX_SIDE), full)
    if not thumb.exists():
        _write_jpeg(_fit(image, THUMB_SIDE), thumb)
    return ref


def _fit(image: Image.Image, side: int) -> Image.Image:
    copy = image.convert("RGB")
    copy.thumbnail((side, side), Image.Resampling.LANCZOS)
    return copy


def _write_jpeg(image: Image.Image, target: Path) -> None:
    """Write next to the target and rename, so a crash never leaves half a photo under the final name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            image.save(handle, "JPEG", quality=85, optimize=True)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
