"""Tags and plates: bars on whole printer dots, the right page size, and every tag reads back its plate."""

from __future__ import annotations

import itertools
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from returns_desk.barcodes.decode import decode_image
from returns_desk.barcodes.labels import LabelSize, TagData, module_dots, modules, plate_label, save, unit_tag
from returns_desk.domain.errors import ValidationFailed

TAG = TagData(
    "LP0000000017",
    "RMA-00000042",
    "ELE-00049",
    "C",
    "liquidate",
    "LIQUIDATION",
    date(2026, 11, 22),
    "DOCK-2",
    "04006381333931",
)


@pytest.mark.parametrize(("dpi", "size"), list(itertools.product((203, 300), LabelSize)))
def test_every_tag_reads_back_its_plate(dpi: int, size: LabelSize) -> None:
    image = unit_tag(TAG, dpi, size)
    w_in, h_in = size.inches
    assert image.size == (round(w_in * dpi), round(h_in * dpi))
    assert "LP0000000017" in {c.text for c in decode_image(image).codes}
    assert {c.text for c in decode_image(plate_label("LP0000000024", dpi, size)).codes} == {"LP0000000024"}


@pytest.mark.parametrize("dpi", [203, 300])
def test_bars_sit_on_whole_dots(dpi: int) -> None:
    image = plate_label("LP0000000017", dpi, LabelSize.TWO_BY_ONE)
    pattern = modules("LP0000000017")
    dots = module_dots(pattern, image.width - 2 * round(0.08 * dpi), dpi)
    row = [image.getpixel((x, image.height // 3)) for x in range(image.width)]
    runs = [len(list(group)) for _, group in itertools.groupby(row)][1:-1]  # drop the quiet zones
    expected = [len(list(group)) * dots for _, group in itertools.groupby(pattern)]
    assert runs == expected
    assert all(r % dots == 0 for r in runs)


def test_a_code_too_long_for_the_label_is_refused() -> None:
    with pytest.raises(ValidationFailed, match="does not fit"):
        plate_label("X" * 60, 203, LabelSize.TWO_BY_ONE)


def _pdf_pages(path: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True, text=True, check=True
    )
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    ]


def _raster(path: Path, dpi: int, tmp: Path) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path), str(tmp / "page")], check=True)
    return [Image.open(p) for p in sorted(tmp.glob("page*.png"))]


def test_a_pdf_of_plates_has_one_label_size_page_each_and_reads_back(tmp_path: Path) -> None:
    plates = ["LP0000000017", "LP0000000024", "LP0000000031"]
    path = save([plate_label(p, 300, LabelSize.TWO_BY_ONE) for p in plates], tmp_path / "plates.pdf", 300)
    assert _pdf_pages(path) == [(144.0, 72.0)] * 3  # 2 x 1 in, in points
    pages = _raster(path, 300, tmp_path)
    assert [{c.text for c in decode_image(page).codes} for page in pages] == [{p} for p in plates]


def test_a_4x6_tag_pdf_reads_back_at_203_dpi(tmp_path: Path) -> None:
    path = save([unit_tag(TAG, 203)], tmp_path / "tag.pdf", 203)
    assert _pdf_pages(path) == [(288.0, 432.0)]
    (page,) = _raster(path, 203, tmp_path)
    assert "LP0000000017" in {c.text for c in decode_image(page).codes}


def test_unknown_output_formats_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match=r"\.png or \.pdf"):
        save([plate_label("LP0000000017", 203)], tmp_path / "x.gif", 203)
    with pytest.raises(ValidationFailed, match="one label"):
        save([plate_label("LP0000000017", 203)] * 2, tmp_path / "x.png", 203)
