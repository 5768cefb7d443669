"""Opening image files safely: a clear error for anything that is not a readable, reasonably sized image.

Decompression bombs (a small file that expands to gigapixels) are refused before they are decoded.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from returns_desk.domain.errors import ValidationFailed

MAX_PIXELS = 50_000_000  # a 50-megapixel photo is the largest we accept
MAX_FILE_BYTES = 64 * 1024 * 1024


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
            image: Image.Image = Image.open(io.BytesIO(data))
            width, height = image.size
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
        raise ImageRefused(f"{name}: not an image file (or a format we cannot read).") from exc
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
