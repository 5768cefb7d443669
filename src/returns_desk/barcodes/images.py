"""Opening image files safely: a clear error for anything that is not a readable, reasonably sized image.

Only the formats a dock's cameras and phones make are read (JPEG, PNG, WebP, TIFF, BMP), and the format is
decided from the file's content, never its name. Pillow's other plugins are never imported: PostScript/EPS, for
one, is drawn by running Ghostscript on the file, and a one-line PostScript loop would hang the station.
Decompression bombs (a small file that expands to gigapixels) and images too long on a side for the decoders are
refused before they are decoded; the size of the file is checked before it is read.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import (  # the plugins we accept, registered by importing them; Image.open is told to use only these
    BmpImagePlugin,  # noqa: F401
    Image,
    ImageOps,
    JpegImagePlugin,  # noqa: F401
    PngImagePlugin,  # noqa: F401
    TiffImagePlugin,  # noqa: F401
    UnidentifiedImageError,
    WebPImagePlugin,  # noqa: F401
)

from returns_desk.domain.errors import ValidationFailed

MAX_PIXELS = 50_000_000  # a 50-megapixel photo is the largest we accept
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_SIDE_PX = 16_384  # longer sides are no photo of a parcel; the decoders refuse beyond 65,535
FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "BMP")


class ImageRefused(ValidationFailed):
    """The file is not an image we can use; the message says why."""


def open_image(source: str | Path | bytes) -> Image.Image:
    """Load, verify size, apply EXIF orientation; the caller gets a fully decoded RGB or L image."""
    name = "image" if isinstance(source, bytes) else Path(source).name
    try:
        if isinstance(source, bytes):
            data = source
        else:
            path = Path(source)
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ImageRefused(
                    f"{name}: file is {size // 2**20} MiB; the limit is {MAX_FILE_BYTES // 2**20} MiB."
                )
            if size == 0:
                raise ImageRefused(f"{name}: the file is empty.")
            data = path.read_bytes()
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data), formats=FORMATS)
            width, height = image.size
            if max(width, height) > MAX_SIDE_PX:
                raise ImageRefused(
                    f"{name}: refused, {width}×{height} pixels; the longest side we read is {MAX_SIDE_PX:,} px."
                )
            if width * height > MAX_PIXELS:
                raise ImageRefused(
                    f"{name}: refused, {width}×{height} is too many pixels (limit {MAX_PIXELS // 1_000_000} megapixels)."
                )
            image.load()
    except ImageRefused:
        raise
    except FileNotFoundError as exc:
        raise ImageRefused(f"{name}: no such file.") from exc
    except IsADirectoryError as exc:
        raise ImageRefused(f"{name}: is a folder, not an image.") from exc
    except PermissionError as exc:
        raise ImageRefused(f"{name}: not allowed to read it.") from exc
    except UnidentifiedImageError as exc:
        raise ImageRefused(
            f"{name}: not an image we read (JPEG, PNG, WebP, TIFF or BMP), whatever its name says."
        ) from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRefused(
            f"{name}: refused, the image would expand to too many pixels (a decompression bomb?)."
        ) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageRefused(f"{name}: the image is damaged or truncated ({exc}).") from exc
    image = ImageOps.exif_transpose(image) or image
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("RGBA", "LA", "P", "PA") or "transparency" in image.info:
        # Black bars on a transparent background must not turn into black on black.
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")
