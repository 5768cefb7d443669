"""Barcode reading on real photographs: our decoder against raw pyzbar and raw zxing-cpp, measured in one run.

Reads ../shared/data/barcode-photos (manifest.csv: file, symbology, expected; an empty expected means the photo
holds no barcode). Success: the expected text is among the codes read. Texts are compared normalised: trimmed,
CRLF as LF, and a 13-digit code with a leading 0 equal to its 12-digit UPC-A form. A false positive is any code
read from a photo without a barcode; a wrong read is a code, other than the expected one, read from a photo with a
barcode. Each image is loaded once; the times are of the decode calls alone.

Targets: overall success above the better raw decoder and above the union of both, zero false positives,
median <= 15 ms per image; and every rendered tag and plate (203 and 300 dpi, 4x6 and 2x1) decodes back to its plate.

  python bench/decode.py [--photos DIR] [--quick]
"""

from __future__ import annotations

import _benchpath  # noqa: F401 - first: keeps the standard library ahead of this folder

# isort: split
import argparse
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

import zxingcpp
from PIL import Image
from pyzbar import pyzbar

from _common import emit, percentile, print_table
from returns_desk.barcodes.decode import decode_image
from returns_desk.barcodes.images import open_image
from returns_desk.barcodes.labels import DPIS, LabelSize, TagData, plate_label, unit_tag
from returns_desk.domain.scancodes import lpn_for_serial

DEFAULT_PHOTOS = Path(__file__).resolve().parents[2] / "shared" / "data" / "barcode-photos"


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").strip()
    if len(text) == 13 and text.isdigit() and text.startswith("0"):
        return text[1:]
    return text


def ours(image: Image.Image) -> list[str]:
    return [c.text for c in decode_image(image).codes]


def raw_pyzbar(image: Image.Image) -> list[str]:
    return [r.data.decode("utf-8", errors="replace") for r in pyzbar.decode(image)]


def raw_zxing(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image)]


DECODERS: dict[str, Callable[[Image.Image], list[str]]] = {
    "ours": ours,
    "pyzbar": raw_pyzbar,
    "zxing-cpp": raw_zxing,
}


def round_trip(count: int) -> dict[str, int]:
    """Render unit tags and plates at every resolution and size; each must decode back to its plate."""
    ok = total = 0
    for serial in range(1, count + 1):
        lpn = lpn_for_serial(serial * 7_919)
        tag = TagData(
            lpn,
            f"RMA-{serial:08d}",
            f"SKU-{serial:05d}",
            "B",
            "refurbish",
            "B-STOCK",
            None,
            "DOCK-1",
            "00012345678905",
        )
        for dpi in DPIS:
            for size in LabelSize:
                for image in (unit_tag(tag, dpi, size), plate_label(lpn, dpi, size)):
                    total += 1
                    ok += lpn in {c.text for c in decode_image(image).codes}
    return {"decoded": ok, "rendered": total}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--photos", type=Path, default=DEFAULT_PHOTOS)
    parser.add_argument("--quick", action="store_true", help="every third photo")
    args = parser.parse_args()
    manifest = args.photos / "manifest.csv"
    if not manifest.is_file():
        print(f"no manifest at {manifest}", file=sys.stderr)
        return 2
    with manifest.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if args.quick:
        rows = rows[::3]

    found: dict[str, list[set[str]]] = {name: [] for name in DECODERS}
    times: dict[str, list[float]] = {name: [] for name in DECODERS}
    for row in rows:
        image = open_image(args.photos / row["file"])
        for name, decoder in DECODERS.items():
            t0 = time.perf_counter()
            texts = decoder(image)
            times[name].append((time.perf_counter() - t0) * 1000)
            found[name].append({normalise(t) for t in texts})
    found["union of raw"] = [a | b for a, b in zip(found["pyzbar"], found["zxing-cpp"], strict=True)]

    symbologies = sorted({r["symbology"] for r in rows if normalise(r["expected"])})
    figures: dict[str, dict[str, object]] = {}
    for name, reads in found.items():
        per: dict[str, list[int]] = {s: [0, 0] for s in symbologies}
        false_positives = wrong = 0
        for row, texts in zip(rows, reads, strict=True):
            expected = normalise(row["expected"])
            if not expected:
                false_positives += len(texts)
                continue
            per[row["symbology"]][1] += 1
            per[row["symbology"]][0] += expected in texts
            wrong += len(texts - {expected})
        hits, total = sum(v[0] for v in per.values()), sum(v[1] for v in per.values())
        figures[name] = {
            "success": round(hits / total, 4),
            "found": hits,
            "of": total,
            "per_symbology": {s: round(v[0] / v[1], 3) for s, v in per.items()},
            "false_positives": false_positives,
            "wrong_reads": wrong,
        }
        if name in times:
            figures[name]["median_ms"] = round(percentile(times[name], 50), 2)
            figures[name]["p95_ms"] = round(percentile(times[name], 95), 2)

    trip = round_trip(5 if args.quick else 25)
    best_raw = max(figures["pyzbar"]["success"], figures["zxing-cpp"]["success"])  # type: ignore[type-var]
    ok = (
        figures["ours"]["success"] > best_raw  # type: ignore[operator]
        and figures["ours"]["success"] > figures["union of raw"]["success"]  # type: ignore[operator]
        and figures["ours"]["false_positives"] == 0
        and figures["ours"]["median_ms"] <= 15  # type: ignore[operator]
        and trip["decoded"] == trip["rendered"]
    )
    empty = sum(1 for r in rows if not normalise(r["expected"]))
    print(f"{len(rows)} photos ({len(rows) - empty} with a barcode, {empty} without) from {args.photos}")
    headers = ("decoder", "success", *symbologies, "false pos", "wrong", "median ms", "p95 ms")
    table = [
        (
            name,
            f"{f['found']}/{f['of']} {f['success']:.1%}",
            *(f"{f['per_symbology'][s]:.0%}" for s in symbologies),  # type: ignore[index]
            f["false_positives"],
            f["wrong_reads"],
            f.get("median_ms", "—"),
            f.get("p95_ms", "—"),
        )
        for name, f in figures.items()
    ]
    print_table(headers, table)
    print(
        f"round trip: {trip['decoded']}/{trip['rendered']} rendered tags and plates (203 and 300 dpi, 4x6 and 2x1) "
        "decoded back to their plate"
    )
    print(
        f"targets: success above the better raw decoder and the union, 0 false positives, median <= 15 ms, "
        f"every tag round-trips: "
        f"{'met' if ok else 'NOT met'}"
    )
    emit({"bench": "decode", "photos": len(rows), "results": figures, "round_trip": trip, "pass": ok})
    return 0


if __name__ == "__main__":
    sys.exit(main())
