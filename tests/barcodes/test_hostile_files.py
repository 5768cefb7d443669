"""Files that can hurt: PostScript in disguise, images too long on a side, photos too big to read whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image

from returns_desk.barcodes.images import MAX_FILE_BYTES, ImageRefused, open_image
from returns_desk.services import photos

# A PostScript program that never ends: handed to Ghostscript, it would hang whoever opened it.
LOOP_EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n{ } loop\n"


@pytest.mark.parametrize("name", ["label.eps", "label.png", "photo.jpg", "scan"])
def test_postscript_is_refused_whatever_its_name_and_pillows_eps_plugin_is_never_loaded(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(LOOP_EPS)
    # In a fresh process, so that nothing else this test run did has loaded the plugin already. A generous
    # timeout: the loop, if it ran, would hang far longer.
    code = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from returns_desk.barcodes.decode import decode_file
        from returns_desk.barcodes.images import ImageRefused
        from returns_desk.barcodes.labels import TagData, save, unit_tag
        from returns_desk.services import photos
        said = []
        for attempt in (lambda p: decode_file(p), lambda p: photos.store(Path({str(tmp_path)!r}), p)):
            try:
                attempt(Path({str(path)!r}))
                said.append("accepted")
            except ImageRefused as exc:
                said.append(str(exc))
        save([unit_tag(TagData("LP0000000017"), 203)], Path({str(tmp_path / "tag.pdf")!r}), 203)
        loaded = sorted(m for m in sys.modules if m.startswith("PIL.") and m.endswith("ImagePlugin"))
        print(json.dumps({{"said": said, "plugins": loaded}}))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True, env=os.environ
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert all("not an image we read" in said for said in result["said"]), result["said"]
    assert "PIL.EpsImagePlugin" not in result["plugins"]
    assert set(result["plugins"]) <= {
        "PIL.BmpImagePlugin",
        "PIL.GifImagePlugin",  # Pillow's own pre-initialisation imports these five; GIF and PPM are never
        "PIL.JpegImagePlugin",  # opened (Image.open is given the accepted formats)
        "PIL.PpmImagePlugin",
        "PIL.PngImagePlugin",
        "PIL.TiffImagePlugin",
        "PIL.WebPImagePlugin",
        "PIL.PdfImagePlugin",
        "PIL.MpoImagePlugin",  # JPEG's multi-picture variant, imported by the JPEG plugin
    }, result["plugins"]


@pytest.mark.slow  # decodes a picture 60,000 pixels long
def test_an_image_too_long_on_a_side_is_refused_and_the_rest_of_a_batch_still_decodes(tmp_path: Path) -> None:
    tall = tmp_path / "tall.png"
    Image.new("L", (1, 49_000_000), 255).save(tall)
    with pytest.raises(ImageRefused, match="longest side"):
        open_image(tall)
    from returns_desk.barcodes.labels import TagData, save, unit_tag

    tag = tmp_path / "tag.png"
    save([unit_tag(TagData("LP0000000017"), 203)], tag, 203)
    out = subprocess.run(
        [sys.executable, "-m", "returns_desk", "decode", str(tall), str(tag)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 1
    assert [line["file"] for line in lines] == [str(tall), str(tag)]
    assert "longest side" in lines[0]["error"]
    assert [c["text"] for c in lines[1]["codes"]] == ["LP0000000017"]
    assert "Traceback" not in out.stderr


def test_a_photo_too_big_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as handle:  # sparse: its size is what counts, and nothing may read it
        handle.truncate(MAX_FILE_BYTES + 1)
    read = []
    real_read_bytes = Path.read_bytes
    real_open = Path.open

    def read_bytes(self: Path) -> bytes:
        read.append(self)
        return real_read_bytes(self)

    def open_(self: Path, *args: object, **kwargs: object) -> object:
        if self == huge:
            read.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "open", open_)
    with pytest.raises(ImageRefused, match="the limit is 64 MiB"):
        photos.store(tmp_path / "data", huge)
    assert read == []
    assert not (tmp_path / "data" / "photos").exists()
