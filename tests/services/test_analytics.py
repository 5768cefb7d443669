"""Analytics: every figure from the cube equals the same figure from the rows, and the cube the triggers keep
through a shift of real commands equals the cube rebuilt from the rows afterwards."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from returns_desk.domain import themes
from returns_desk.domain.errors import PermissionDenied, ValidationFailed
from returns_desk.domain.vocab import Disposition, Grade
from returns_desk.services import (
    analytics,
    imports,
    inspection,
    receiving,
    refurbishment,
    regrade,
    supervision,
)
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store import aggregates
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, Order, OrderLine, Product, ReturnLine, ReturnRequest
from tests.support.demo_data import approved_return_with_units

TODAY = datetime.now(UTC).date()


def scopes(product_id: int) -> list[analytics.Scope]:
    year = TODAY - timedelta(days=364)
    return [
        analytics.Scope(year, TODAY),
        analytics.Scope(TODAY - timedelta(days=100), TODAY - timedelta(days=17), channel="web"),
        analytics.Scope(year, TODAY, category="apparel", region="US-CA"),
        analytics.Scope(year, TODAY, region="US-TX"),
        analytics.Scope(year, TODAY, product_id=product_id),
        analytics.Scope(TODAY - timedelta(days=3), TODAY - timedelta(days=3)),
        analytics.default_scope(TODAY),
        # Ragged ends of every kind: a month's end taken whole only where the days left out hold nothing.
        *(analytics.Scope(TODAY - timedelta(days=a), TODAY - timedelta(days=b)) for a, b in RAGGED),
    ]


RAGGED = ((45, 0), (200, 31), (77, 60), (400, 380), (16, 15), (330, 2))


def test_a_month_is_read_whole_only_when_the_days_left_out_hold_nothing(
    db: Database, seeded: DemoSample
) -> None:
    with db.engine.connect() as conn:
        d = analytics.dialect_of(conn)
        days = [
            date.fromisoformat(str(v)[:10])
            for v in conn.execute(
                text(
                    "SELECT DISTINCT day FROM agg_cells WHERE fact = 'returned' AND grain = 'D' ORDER BY day"
                )
            ).scalars()
        ]
        opening = analytics.default_scope(TODAY)
        widened = analytics._widened(conn, d, opening, "returned")
        assert widened.start == opening.start  # already a month's first day
        assert widened.end > TODAY  # nothing after today: the month is read from its month cell
        busy = next(x for x in days if x.day > 2 and any(y.month == x.month and y < x for y in days))
        kept = analytics._widened(conn, d, analytics.Scope(busy, TODAY), "returned")
        assert kept.start == busy  # the days before it in its month hold returns: read them as days
        empty = next(
            (
                x
                for x in days
                if x.day > 2 and not any(y.month == x.month and y.year == x.year and y < x for y in days)
            ),
            None,
        )
        if empty is not None:
            assert analytics._widened(
                conn, d, analytics.Scope(empty, TODAY), "returned"
            ).start == empty.replace(day=1)


def cube_snapshot(conn: Any) -> dict[tuple[Any, ...], tuple[int, ...]]:
    rows = conn.execute(
        text("SELECT fact, grain, day, category, channel, region, key, n1, n2, n3, n4 FROM agg_cells")
    )
    out = {}
    for r in rows:
        values = tuple(int(v) for v in r[7:])
        if any(values):  # a decision taken back leaves a cell of zeros behind
            out[(r[0], r[1], str(r[2]), *r[3:7])] = values
    return out


def test_every_figure_from_the_cube_equals_plain_sql_over_the_rows(db: Database, seeded: DemoSample) -> None:
    with db.engine.connect() as conn:
        product = conn.execute(
            text("SELECT product_id FROM return_lines GROUP BY product_id ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()
        for scope in scopes(int(product)):
            cube, rows = analytics.read_cube(conn, scope), analytics.read_rows(conn, scope)
            assert cube.cells == rows.cells, scope
            assert cube.months == rows.months, scope
            assert cube.returned_unfiltered == rows.returned_unfiltered, scope
            assert analytics.dashboard(conn, scope, "USD") == analytics.dashboard(
                conn, scope, "USD", source="rows"
            ), scope
        assert sum(v[0] for v in rows.cells["sold"].values()) > 0


def test_headline_figures_recomputed_in_python_from_the_rows(db: Database, seeded: DemoSample) -> None:
    """The two SQL paths could share a mistake; these figures are counted again here, row by row."""
    scope = analytics.default_scope(TODAY)
    with unit_of_work(db.readers) as session:
        sold: Counter[str] = Counter()
        for line, order, product in session.execute(
            select(OrderLine, Order, Product).join(Order).join(Product, Product.id == OrderLine.product_id)
        ):
            if scope.start <= order.ordered_at.date() <= scope.end:
                sold[product.category] += line.quantity
        returned: Counter[str] = Counter()
        segments: Counter[str] = Counter()
        for line, request, order in session.execute(
            select(ReturnLine, ReturnRequest, Order)
            .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_request_id)
            .join(Order, Order.id == ReturnRequest.order_id)
        ):
            if scope.start <= request.requested_at.date() <= scope.end:
                returned[line.reason] += line.quantity_expected
                segments[order.segment or ""] += line.quantity_expected
        # Segments by their definition: the customer's earlier orders and return requests.
        orders = session.execute(select(Order.id, Order.customer_id, Order.ordered_at, Order.segment)).all()
        requests = session.execute(select(ReturnRequest.customer_id, ReturnRequest.requested_at)).all()
        for order_id, customer, at, segment in orders[:400]:
            earlier_returns = sum(1 for c, t in requests if c == customer and t < at)
            earlier_orders = sum(1 for _, c, t, _ in orders if c == customer and t < at)
            expected = (
                "serial"
                if earlier_returns >= 3
                else "first"
                if earlier_orders == 0
                else "loyal"
                if earlier_orders >= 3
                else "repeat"
            )
            assert segment == expected, order_id
    with db.engine.connect() as conn:
        facts = analytics.read_cube(conn, scope)
    assert {k: v[0] for k, v in facts.by("sold", lambda k: k[0]).items()} == dict(sold)
    assert {k: v[0] for k, v in facts.by("returned", lambda k: k[3]).items()} == dict(returned)
    assert {k: v[0] for k, v in facts.by("segment", lambda k: k[3]).items()} == dict(segments)
    # The demo has its stories: serial returners return most, the marketplace more than the store.
    with db.engine.connect() as conn:
        figures = {f.name: f for f in analytics.dashboard(conn, scope, "USD")}
    seg = {row[0]: row[3] for row in figures["segments"].rows}
    assert seg["Serial returner (3+ returns)"] > 2 * seg["First order"]
    # (Channels differ in the demo too, but 80 returns are too few to tell web from store.)
    ch = {row[0]: row[3] for row in figures["channels"].rows}
    assert ch["marketplace"] > ch["store"]
    assert any(row[8] == "above average" for row in figures["products"].rows)


def test_the_cube_kept_by_the_triggers_equals_the_cube_rebuilt_from_the_rows(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    def run(work: Any) -> Any:
        with unit_of_work(db.sessions) as session:
            return work(session)

    run(lambda s: regrade.set_share_percent(s, supervisor, 100, "calibration"))
    with unit_of_work(db.readers) as session:
        rma = approved_return_with_units(session, 2)
    view = run(lambda s: receiving.receive_parcel(s, staff, rma))
    plates = [str(u.lpn) for line in view.lines for u in line.units]
    run(lambda s: inspection.record_inspection(s, staff, plates[0], Grade.A, photos=[]))
    run(lambda s: inspection.route_unit(s, staff, plates[0]))
    run(
        lambda s: supervision.change_disposition(s, supervisor, plates[0], Disposition.LIQUIDATE, "overstock")
    )
    run(lambda s: inspection.record_inspection(s, staff, plates[1], Grade.D, photos=["sha256:cd"]))
    run(lambda s: inspection.route_unit(s, staff, plates[1], Disposition.REFURBISH, "fixable"))
    run(
        lambda s: refurbishment.record_work(
            s, staff, plates[1], refurbishment.Work(minutes=20, cost_cents=900)
        )
    )
    item = run(lambda s: regrade.next_for(s, supervisor))
    assert item is not None
    run(lambda s: regrade.record(s, supervisor, item.regrade_id, Grade.B))
    source = tmp_path / "returns.csv"
    source.write_text(
        "rma_number,order_number,sku,quantity,reason,customer_email,ordered_at,delivered_at,line_comment\n"
        "RMA-CUBE-1,WEB-CUBE-1,APP-00001,2,size_too_small,new@example.com,2026-01-02T10:00:00Z,"
        "2026-01-05T10:00:00Z,Runs small\n",
        encoding="utf-8",
    )
    sku = run(lambda s: s.scalar(select(Product.sku).order_by(Product.id).limit(1)))
    source.write_text(source.read_text(encoding="utf-8").replace("APP-00001", sku), encoding="utf-8")
    run(lambda s: imports.import_file(s, supervisor, source))
    # An updated export of it: another quantity and reason, and a second line (its cells follow the change).
    other = run(lambda s: s.scalar(select(Product.sku).order_by(Product.id).offset(1).limit(1)))
    text_now = source.read_text(encoding="utf-8").replace(",2,size_too_small,", ",3,defective,")
    second = text_now.splitlines()[1].replace(sku, other).replace(",3,defective,", ",1,color,")
    source.write_text(text_now + second + "\n", encoding="utf-8")
    assert run(lambda s: imports.import_file(s, supervisor, source)).updated == 1
    # ...and a later one without the first line.
    source.write_text(text_now.splitlines()[0] + "\n" + second + "\n", encoding="utf-8")
    assert run(lambda s: imports.import_file(s, supervisor, source)).updated == 1
    with db.engine.begin() as conn:
        kept = cube_snapshot(conn)
        aggregates.rebuild(conn)
        rebuilt = cube_snapshot(conn)
    assert {k: v for k, v in kept.items() if rebuilt.get(k) != v} == {
        k: v for k, v in rebuilt.items() if kept.get(k) != v
    }
    assert any(k[0] == "refurb" for k in kept)
    assert any(k[0] == "agreement" for k in kept)


def test_themes_group_what_customers_keep_saying() -> None:
    said = themes.themes(
        [
            "Stopped charging after a week.",
            "stopped charging, second one like this",
            "Battery drains overnight.",
            "The battery drains fast",
            "Runs small",
            "",
            "배터리 문제 배터리",
            "배터리 문제",
        ]
    )
    words = [t.words for t in said]
    assert words[:2] == ["battery drains", "stopped charging"] or words[:2] == [
        "stopped charging",
        "battery drains",
    ]
    assert "배터리 문제" in words
    assert all(t.comments == 2 for t in said)
    assert said[0].examples


def test_wilson_interval_says_when_a_rate_means_little() -> None:
    low, high = analytics.wilson(1, 2)
    assert low < 0.1
    assert high > 0.9
    low, high = analytics.wilson(300, 1000)
    assert 0.27 < low < 0.3 < high < 0.33


def test_cost_rates_are_checked_kept_and_audited(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor
) -> None:
    usual = analytics.CostSettings()
    wanted = replace(
        usual, shipping_cents_per_parcel=1_000, recovery_percent={**usual.recovery_percent, "restock": 90}
    )
    with unit_of_work(db.sessions) as session, pytest.raises(PermissionDenied):
        analytics.save_costs(session, staff, wanted, "cheaper")
    for wrong, said in (
        (wanted, ""),
        (replace(wanted, hourly_rate_cents=-1), "hourly rate"),
        (replace(wanted, handling_minutes_per_unit=100_000), "Handling minutes"),
        (replace(wanted, recovery_percent={"restock": 101}), "percentage"),
        (replace(wanted, recovery_percent={"teleport": 5}), "percentage"),
    ):
        with unit_of_work(db.sessions) as session, pytest.raises(ValidationFailed) as info:
            analytics.save_costs(session, supervisor, wrong, said and "typo")
        assert said in str(info.value) or not said
    with unit_of_work(db.sessions) as session:
        analytics.save_costs(session, supervisor, wanted, "new contract")
    with unit_of_work(db.readers) as session:
        kept = analytics.read_costs(session, supervisor)
        payload = session.scalar(select(Event.payload).where(Event.kind == "settings.analytics_costs"))
    assert kept == wanted
    assert payload is not None
    assert payload["reason"] == "new contract"  # type: ignore[index]
    assert payload["before"]["shipping_cents_per_parcel"] == 795  # type: ignore[index]
