"""The shop platforms' exports (tests/data/imports, written from their public docs): each preset is recognised,
maps statuses, reasons and resolutions through its tables, and a re-import updates in place."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, or_, select, update

from returns_desk.services import auth, exports, imports, presets
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, Product, ReturnLine, ReturnRequest, TrackingNumber

DATA = Path(__file__).parents[1] / "data" / "imports"

# What each sample holds, as the database must hold it: platform id -> (rma, status, resolution,
# {sku: (quantity, reason)}, tracking number or None). A pending request is decided by the published rules, so its
# status is checked separately (PENDING).
EXPECTED: dict[str, dict[str, tuple[str, str, str, dict[str, tuple[int, str]], str | None]]] = {
    "shopify": {
        "gid://shopify/Return/945000954": (
            "#1001-R1",
            "approved",
            "refund",
            {"APP-00004": (1, "size_too_small"), "SHO-00010": (1, "color")},
            "1Z999AA10123456784",
        ),
        "gid://shopify/Return/945000955": ("#1002-R1", "", "refund", {"ELE-00001": (1, "defective")}, None),
        "gid://shopify/Return/945000956": (
            "#1003-R1",
            "rejected",
            "refund",
            {"HOM-00002": (2, "unwanted")},
            None,
        ),
    },
    "bigcommerce": {
        "501": (
            "501",
            "approved",
            "exchange",
            {"APP-00006": (1, "wrong_item"), "APP-00007": (1, "unwanted")},
            "9400111201080805483016",
        ),
        "502": ("502", "", "store_credit", {"SPO-00009": (1, "defective")}, None),
    },
    "loop": {
        "12345678": (
            "12345678",
            "approved",
            "exchange",
            {"APP-00008": (2, "size_too_small")},
            "9400136105440512280610",
        ),
        "12345679": ("12345679", "", "refund", {"HOM-00011": (1, "defective")}, None),
    },
    "aftership": {
        "b3eedf69b7c0410d8975d4350c007705": (
            "A1B2C3D4",
            "approved",
            "refund",
            {"BEA-00003": (1, "not_as_described")},
            "1Z5R89390357567127",
        ),
        "c4ffe070c8d1521e9086e5461d118816": (
            "E5F6G7H8",
            "",
            "exchange",
            {"HOM-00005": (1, "size_too_large"), "HOM-00012": (1, "unwanted")},
            None,
        ),
    },
    "ours": {
        "RMA-88000001": (
            "RMA-88000001",
            "approved",
            "refund",
            {"APP-00004": (2, "size_too_large")},
            "1Z999AA10123456795",
        )
    },
}
PENDING = {"requested", "approved", "rejected"}  # what the rules may make of a pending request


def run_import(db: Database, path: Path, **kwargs: Any) -> imports.ImportReport:
    with unit_of_work(db.sessions) as session:
        actor = auth.system_actor(session, "IMPORT")
        return imports.import_file(session, actor, path, **kwargs)


def held(
    db: Database, platform: str
) -> dict[str, tuple[str, str, str, dict[str, tuple[int, str]], str | None]]:
    with unit_of_work(db.readers) as session:
        query = select(ReturnRequest)
        if platform == "ours":
            query = query.where(ReturnRequest.platform.is_(None), ReturnRequest.rma_number.like("RMA-88%"))
        else:
            query = query.where(ReturnRequest.platform == platform)
        out = {}
        for r in session.scalars(query):
            lines = {
                sku: (qty, reason)
                for sku, qty, reason in session.execute(
                    select(Product.sku, ReturnLine.quantity_expected, ReturnLine.reason)
                    .join(Product, Product.id == ReturnLine.product_id)
                    .where(ReturnLine.return_request_id == r.id)
                )
            }
            track = session.scalar(
                select(TrackingNumber.tracking_number).where(TrackingNumber.return_request_id == r.id)
            )
            out[r.platform_id or r.rma_number] = (r.rma_number, r.status, r.resolution, lines, track)
        return out


def events_of(db: Database, kind: str) -> int:
    with unit_of_work(db.readers) as session:
        return int(session.scalar(select(func.count()).select_from(Event).where(Event.kind == kind)) or 0)


def matches(got: dict[str, Any], expected: dict[str, Any]) -> None:
    assert set(got) == set(expected)
    for key, (rma, status, resolution, lines, track) in expected.items():
        g = got[key]
        assert (g[0], g[2], g[3], g[4]) == (rma, resolution, lines, track), key
        assert g[1] == status if status else g[1] in PENDING, key


@pytest.mark.parametrize("suffix", ["csv", "json"])
@pytest.mark.parametrize("preset", sorted(EXPECTED))
def test_each_platform_sample_is_recognised_and_imported(
    db: Database, seeded: DemoSample, tmp_path: Path, preset: str, suffix: str
) -> None:
    path = tmp_path / f"export.{suffix}"
    shutil.copy(DATA / f"{preset}.{suffix}", path)
    report = run_import(db, path)
    assert (report.preset, report.detected) == (preset, True)
    assert (report.requests, report.updated, report.error_count) == (len(EXPECTED[preset]), 0, 0)
    matches(held(db, preset), EXPECTED[preset])
    imported = events_of(db, "return.imported")

    again = run_import(db, path, preset=preset)  # the same export again: nothing changes, nothing is added
    assert (again.requests, again.updated, again.unchanged) == (0, 0, len(EXPECTED[preset]))
    assert events_of(db, "return.imported") == imported
    assert events_of(db, "return.import_updated") == 0
    matches(held(db, preset), EXPECTED[preset])


def test_an_updated_export_changes_requests_in_place(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    data = json.loads((DATA / "shopify.json").read_text(encoding="utf-8"))
    path = tmp_path / "returns.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    run_import(db, path)
    nodes = data["data"]["returns"]["nodes"]
    nodes[0]["status"] = "CANCELED"
    nodes[0]["returnLineItems"]["nodes"][0]["quantity"] = (
        2  # APP-00004: 1 -> 2, while the parcel is on its way
    )
    path.write_text(json.dumps(data), encoding="utf-8")
    report = run_import(db, path)
    assert (report.requests, report.updated, report.unchanged) == (0, 1, 2)
    got = held(db, "shopify")["gid://shopify/Return/945000954"]
    assert got[1] == "cancelled"
    assert got[3]["APP-00004"] == (2, "size_too_small")
    with unit_of_work(db.readers) as session:
        payload = session.scalar(
            select(Event.payload).where(Event.kind == "return.import_updated", Event.subject_id == "#1001-R1")
        )
        lines_waiting = session.scalar(
            select(func.count())
            .select_from(ReturnLine)
            .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
            .where(ReturnRequest.rma_number == "#1001-R1", ReturnLine.awaiting_receipt)
        )
    assert payload is not None
    assert payload["changes"]["lines"] == [["APP-00004", 1, 2]]
    assert events_of(db, "return.cancelled") == 1
    assert lines_waiting == 0  # a cancelled request waits for no parcel

    # A cancelled request cannot be opened again by a later export.
    nodes[0]["status"] = "OPEN"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(imports.ImportRejected) as info:
        run_import(db, path)
    assert [str(e) for e in info.value.errors] == [
        "returns.json:1.1: status: #1001-R1 is cancelled here; the file's 'OPEN' (approved) cannot follow that"
    ]


def test_an_unknown_word_names_the_row_until_a_mapping_is_added(
    db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    text = (DATA / "loop.csv").read_text(encoding="utf-8").replace("Damaged or defective", "Smells odd")
    path = tmp_path / "loop-export.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(imports.ImportRejected) as info:
        run_import(db, path)
    assert [str(e) for e in info.value.errors] == [
        "loop-export.csv:4: line_items.parent_return_reason: 'Smells odd' is not a Loop reason this preset maps "
        '(add it: returns-desk import-map loop reason "Smells odd" OURS)'
    ]
    assert held(db, "loop") == {}
    with unit_of_work(db.sessions) as session:
        supervisor = auth.system_actor(session, "IMPORT")
        presets.add_mapping(session, supervisor, "loop", "reason", "Smells odd", "defective")
    assert run_import(db, path).requests == 2
    assert held(db, "loop")["12345679"][3] == {"HOM-00011": (1, "defective")}
    assert events_of(db, "settings.import_mapping") == 1


def test_the_rows_of_one_return_must_be_together(db: Database, seeded: DemoSample, tmp_path: Path) -> None:
    lines = (DATA / "shopify.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "shuffled.csv"
    path.write_text("\n".join([lines[0], lines[1], lines[3], lines[2], *lines[4:]]) + "\n", encoding="utf-8")
    with pytest.raises(imports.ImportRejected) as info:
        run_import(db, path)
    assert [str(e) for e in info.value.errors] == [
        "shuffled.csv:4: name: gid://shopify/Return/945000954 began at line 2; the rows of one return must be together"
    ]


def _forget(db: Database, platform: str) -> None:
    """Put the platform's requests out of the way (another platform name, another number, no tracking number),
    so that importing the export makes them afresh."""
    with unit_of_work(db.sessions) as session:
        ids = list(session.scalars(select(ReturnRequest.id).where(ReturnRequest.platform == platform)))
        session.execute(delete(TrackingNumber).where(TrackingNumber.return_request_id.in_(ids)))
        session.execute(
            update(ReturnRequest)
            .where(ReturnRequest.id.in_(ids))
            .values(platform="gone", rma_number="OLD-" + ReturnRequest.rma_number)
        )


@pytest.mark.parametrize("suffix", ["csv", "json"])
@pytest.mark.parametrize("preset", sorted(EXPECTED))
def test_an_export_imports_back_as_the_same_requests(
    db: Database, seeded: DemoSample, tmp_path: Path, preset: str, suffix: str
) -> None:
    source = tmp_path / f"sample.{suffix}"
    shutil.copy(DATA / f"{preset}.{suffix}", source)
    run_import(db, source)
    before = held(db, preset)
    everyone = held_all(db)
    out = tmp_path / f"export.{suffix}"
    with unit_of_work(db.sessions) as session:
        actor = auth.system_actor(session, "EXPORT")
        report = exports.export(session, actor, preset, date(2000, 1, 1), date(2100, 1, 1), out)
    assert report.requests == len(everyone)
    if preset != "ours":
        _forget(db, preset)
        assert held(db, preset) == {}
    again = run_import(db, out)
    assert again.detected
    assert again.preset == preset
    # The platform's requests come back as they were; ours (the demo's, in the platform's layout) are unchanged.
    assert again.requests == (0 if preset == "ours" else len(before))
    assert again.updated == 0
    assert held(db, preset) == before
    assert held_all(db) == everyone


def held_all(db: Database) -> dict[str, tuple[str, str, str, int]]:
    with unit_of_work(db.readers) as session:
        return {
            rma: (status, resolution, str(platform), int(lines))
            for rma, status, resolution, platform, lines in session.execute(
                select(
                    ReturnRequest.rma_number,
                    ReturnRequest.status,
                    ReturnRequest.resolution,
                    ReturnRequest.platform,
                    func.count(ReturnLine.id),
                )
                .join(ReturnLine, ReturnLine.return_request_id == ReturnRequest.id)
                .where(or_(ReturnRequest.platform.is_(None), ReturnRequest.platform != "gone"))
                .group_by(ReturnRequest.id)
            )
        }


def test_the_readme_shows_the_mapping_tables_the_presets_hold() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- preset tables")
    shown = readme[readme.index("\n", start) + 1 : readme.index("<!-- end of preset tables -->")]
    assert shown == presets.tables_markdown()
