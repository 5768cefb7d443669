"""The ``returns-desk`` command: no subcommand opens the app; the others script the same services.

returns-desk [--db URL] [--station NAME]          open the app (SQLite in the user data folder by default)
returns-desk demo [--rmas N] [--seed S]           fill the database with demo returns (last line: JSON)
returns-desk resolve CODE                         what a scan resolves to (JSON; exit 0 match, 3 none)
returns-desk import FILE [--from P] [--skip-bad]  import return requests, ours or a platform's export (P: ours,
                                                  shopify, bigcommerce, loop, aftership; default: from the header)
returns-desk import-map P TABLE THEIRS OURS       teach preset P a word of its platform's (status/reason/resolution)
returns-desk export --format P --from D --to D --out FILE   requests with their grades and dispositions, in P's words
returns-desk webhooks add NAME URL --kinds K | list | send [--loop]   events POSTed to endpoints, signed
returns-desk import-watch FOLDER [--once]         import files dropped into FOLDER; move them to done/ or failed/
returns-desk import-tracking FILE                 carrier checkpoints (AfterShip Tracking webhooks or CSV)
returns-desk inbound [--zone CARRIER ZONE]        parcels on their way back, by stage, and the dock forecast
returns-desk import-sales FILE [--skip-bad]       import sales (order lines), the return rates' denominators
returns-desk mail send [--loop] | mail password  send the outbox's customer e-mails / keep the SMTP password
returns-desk db upgrade | db current              migrate the schema / show its version
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import getpass
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError
from tqdm import tqdm

from returns_desk import __version__, config, sync
from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.services import (
    admin,
    analytics,
    auth,
    demo,
    exports,
    folder_import,
    imports,
    mail_secret,
    mail_sender,
    presets,
    receiving,
    sales_import,
    tracking,
    webhooks,
)
from returns_desk.services.audit import safe_cell
from returns_desk.store import aggregates, migrate
from returns_desk.store.database import (
    Database,
    DatabaseUnavailable,
    SchemaMismatch,
    check_schema,
    open_database,
)
from returns_desk.store.db import explain, is_sqlite, make_engine, unit_of_work

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NO_MATCH = 0, 1, 2, 3
FIRST_START_RMAS = 2_000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="returns-desk", description="Returns Desk: the returns dock station."
    )
    parser.add_argument("--version", action="version", version=f"returns-desk {__version__}")
    parser.add_argument("--db", help=f"database URL or SQLite file path (env {config.ENV_DB})")
    parser.add_argument(
        "--station", help=f"this station's name (env {config.ENV_STATION}; default: host name)"
    )
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("demo", help="fill the database with realistic demo returns")
    p.add_argument(
        "--rmas", type=_positive, default=FIRST_START_RMAS, help="number of return requests (default 2000)"
    )
    p.add_argument("--seed", type=int, default=7, help="random seed (default 7)")

    p = sub.add_parser("resolve", help="print what a scanned code resolves to, as JSON")
    p.add_argument("code")

    p = sub.add_parser("import", help="import return requests from a CSV or JSON file")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--from",
        dest="preset",
        choices=presets.KEYS,
        help="whose export the file is (default: recognised from its header)",
    )
    p.add_argument(
        "--skip-bad", action="store_true", help="import the good requests, write bad rows to FILE.rejects.csv"
    )

    p = sub.add_parser("import-map", help="teach an import preset a status, reason or resolution word")
    p.add_argument("preset", choices=presets.KEYS)
    p.add_argument("table", choices=presets.VALUE_TABLES)
    p.add_argument("theirs", help="the platform's word, as its export writes it")
    p.add_argument("ours", help="what it means here (e.g. a reason code: defective)")

    p = sub.add_parser("export", help="export return requests and what the dock found, in a platform's words")
    p.add_argument("--format", dest="fmt", choices=presets.KEYS, default="ours")
    p.add_argument(
        "--from", dest="start", type=date.fromisoformat, required=True, help="first day, YYYY-MM-DD"
    )
    p.add_argument("--to", dest="end", type=date.fromisoformat, required=True, help="last day, YYYY-MM-DD")
    p.add_argument("--out", type=Path, required=True, help="FILE.csv or FILE.json")

    p = sub.add_parser("webhooks", help="webhook endpoints, and sending what is due to them")
    p.add_argument("action", choices=("add", "list", "send"))
    p.add_argument("name", nargs="?", help="add: the endpoint's name")
    p.add_argument("url", nargs="?", help="add: where to POST, http:// or https://")
    p.add_argument("--kinds", default="return.*", help="add: event kinds, e.g. 'return.*,unit.*' or '*'")
    p.add_argument("--secret", help="add: the shared secret (default: a new random one, printed once)")
    p.add_argument("--loop", action="store_true", help="send: keep sending until stopped")
    p.add_argument("--every", type=float, default=5.0, help="send: seconds between passes with --loop")

    p = sub.add_parser(
        "import-watch", help="import the files dropped into a folder, moving each to done/ or failed/"
    )
    p.add_argument("folder", type=Path)
    p.add_argument("--once", action="store_true", help="import what is there now and stop")
    p.add_argument("--every", type=float, default=5.0, help="seconds between looks (default 5)")

    p = sub.add_parser("import-tracking", help="import carrier checkpoints of return parcels")
    p.add_argument("file", type=Path)

    p = sub.add_parser(
        "inbound", help="parcels on their way back by stage, stalled ones, and the dock forecast"
    )
    p.add_argument("--zone", nargs=2, metavar=("CARRIER", "ZONE"), help="receive a carrier's parcels at ZONE")
    p.add_argument("--sweep", action="store_true", help="open exception cases for the stalled parcels")

    p = sub.add_parser("import-sales", help="import sales (order lines) from a CSV or JSON file")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--skip-bad", action="store_true", help="import the good orders, write bad rows to FILE.rejects.csv"
    )

    p = sub.add_parser("decode", help="read barcodes from image files; one JSON line per file")
    p.add_argument("files", nargs="+", type=Path)

    p = sub.add_parser(
        "label", help="render a unit tag or license plates to PNG/PDF, or send it to a printer"
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--lpn", help="the unit's license plate (a full tag when the unit is in the database)")
    which.add_argument(
        "--blank", type=int, metavar="N", help="reserve N new plates and render them to pre-print"
    )
    p.add_argument("--dpi", type=int, choices=(203, 300), default=203)
    p.add_argument(
        "--size", choices=("4x6", "2x1"), default=None, help="default 4x6 for a tag, 2x1 for plates"
    )
    p.add_argument("--out", type=Path, help="FILE.png or FILE.pdf")
    p.add_argument(
        "--printer", metavar="HOST[:PORT]", help="also send ZPL to a network label printer (port 9100)"
    )

    p = sub.add_parser(
        "mail", help="send the customer e-mails waiting in the outbox, or keep the SMTP password"
    )
    p.add_argument("action", choices=("send", "password"))
    p.add_argument("--loop", action="store_true", help="keep sending until stopped (default: one pass)")
    p.add_argument("--batch", type=_positive, default=20, help="messages claimed at a time (default 20)")
    p.add_argument("--every", type=float, default=15.0, help="seconds between passes with --loop")

    p = sub.add_parser("report", help="the analytics for a date range: printed, or to a CSV or PDF file")
    p.add_argument(
        "--from", dest="start", type=date.fromisoformat, help="first day, YYYY-MM-DD (default: a year ago)"
    )
    p.add_argument("--to", dest="end", type=date.fromisoformat, help="last day, YYYY-MM-DD (default: today)")
    p.add_argument("--out", type=Path, help="FILE.csv (every figure's rows) or FILE.pdf (the dashboard)")
    p.add_argument("--rebuild", action="store_true", help="first fill the analytics cube again from the rows")

    sub.add_parser(
        "self-test", help="check this installed copy: database, migrations, barcodes, PDF, Qt; JSON"
    )
    p = sub.add_parser("db", help="database schema")
    p.add_argument("action", choices=("upgrade", "current"))
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = config.load(args.db, args.station)
    except config.SettingsError as exc:
        if args.command is None:
            from returns_desk.gui.app import startup_problem

            return startup_problem(str(exc), f"Correct it in {config.config_path()} or the environment.")
        print(f"returns-desk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        if args.command is None:
            return _open_app(settings, first_run=config.needs_first_run(args.db))
        if args.command == "db":
            return _db(settings, args.action)
        if args.command == "self-test":
            return _self_test(settings)
        if args.command == "decode":
            return _decode(args.files)
        database = open_database(settings.db_url)
        try:
            if args.command == "demo":
                return _demo(database, args.rmas, args.seed)
            if args.command == "resolve":
                return _resolve(database, args.code)
            if args.command == "label":
                return _label(database, settings.station, args)
            if args.command == "mail":
                return _mail(database, settings, args)
            if args.command == "report":
                return _report(database, settings, args)
            if args.command == "import-sales":
                return _import_sales(database, settings.station, args.file, args.skip_bad)
            if args.command == "import-map":
                return _import_map(database, settings.station, args)
            if args.command == "export":
                return _export(database, settings.station, args)
            if args.command == "webhooks":
                return _webhooks(database, settings.station, args)
            if args.command == "import-watch":
                return _import_watch(database, settings.station, args)
            if args.command == "import-tracking":
                return _import_tracking(database, settings.station, args.file)
            if args.command == "inbound":
                return _inbound(database, settings.station, args)
            return _import(database, settings.station, args.file, args.skip_bad, args.preset)
        finally:
            database.close()
    except ReturnsDeskError as exc:
        print(f"returns-desk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except DBAPIError as exc:
        # A database that answered but refused (full disk, read-only file, busy): a sentence, never a traceback.
        logging.getLogger(__name__).debug("database error", exc_info=True)
        print(f"returns-desk: {explain(exc) or f'the database refused: {exc.orig}'}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"returns-desk: {explain(exc) or exc}", file=sys.stderr)
        return EXIT_ERROR


def _demo(database: Database, rmas: int, seed: int) -> int:
    report = demo.seed(database.engine, rmas, seed)
    assert report.sample is not None
    print(
        f"Added {report.rmas} return requests, {report.orders} orders, {report.units} units and "
        f"{report.events} events in {report.seconds:.1f} s."
    )
    summary = {
        "rmas": report.rmas,
        "seconds": round(report.seconds, 2),
        "counts": report.counts,
        "sample": dataclasses.asdict(report.sample),
    }
    print(json.dumps(summary))
    return EXIT_OK


def _resolve(database: Database, code: str) -> int:
    result = database.read(lambda session: receiving.resolve_scan(session, code))
    print(json.dumps(result.to_json(), ensure_ascii=False))
    return EXIT_OK if result.match is not None else EXIT_NO_MATCH


def _import(database: Database, station: str, path: Path, skip_bad: bool, preset: str | None) -> int:
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return EXIT_ERROR
    bar: tqdm[Any] | None = None

    def progress(what: str, done: int, of: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=of, desc="Importing", unit="row", unit_scale=True, leave=False)
        bar.total = max(of, bar.total or 0)
        bar.update(done - bar.n)

    try:
        with unit_of_work(database.sessions) as session:
            actor = auth.system_actor(session, station)
            report = imports.import_file(
                session, actor, path, skip_bad=skip_bad, preset=preset, progress=progress
            )
    except imports.ImportRejected as exc:
        if bar is not None:
            bar.close()
        _print_errors(path, exc.errors, exc.total)
        print(f"{path}: rejected, nothing was imported ({exc.total} problem(s)).", file=sys.stderr)
        return EXIT_ERROR
    if bar is not None:
        bar.close()
    _print_errors(path, report.errors, report.error_count)
    name = presets.shipped(report.preset).name
    how = "recognised as" if report.detected else "read as"
    print(f"{path}: {how} {name}.")
    print(
        f"{path}: imported {report.requests} new return request(s), updated {report.updated}, "
        f"{report.unchanged} unchanged; {report.lines} line(s)."
    )
    if report.reject_file:
        print(f"{path}: {report.rejected_rows} row(s) skipped, written to {report.reject_file}.")
    return EXIT_OK


def _export(database: Database, station: str, args: argparse.Namespace) -> int:
    def run(session: Any) -> exports.ExportReport:
        actor = auth.system_actor(session, station)
        return exports.export(session, actor, args.fmt, args.start, args.end, args.out)

    with unit_of_work(database.sessions) as session:  # the command line's actor is made on first use
        report = run(session)
    name = presets.shipped(args.fmt).name
    print(f"{args.out}: {report.requests} return request(s) in {report.rows} row(s), in {name}'s words.")
    return EXIT_OK


def _webhooks(database: Database, station: str, args: argparse.Namespace) -> int:
    if args.action == "add":
        if not args.name or not args.url:
            print("returns-desk: webhooks add needs a NAME and a URL.", file=sys.stderr)
            return EXIT_ERROR
        with unit_of_work(database.sessions) as session:
            actor = auth.system_actor(session, station)
            secret = webhooks.save_endpoint(
                session, actor, args.name, args.url, args.kinds, secret=args.secret
            )
        print(f"Endpoint {args.name} saved. Its shared secret (give it to the receiver): {secret}")
        return EXIT_OK
    if args.action == "list":
        for row in database.read(webhooks.endpoints):
            state = "on" if row.active else "off"
            print(
                f"{row.name}\t{row.url}\t{','.join(row.kinds)}\t{state}\t"
                f"{row.pending} waiting, {row.failing} failing"
            )
        return EXIT_OK
    sender = webhooks.Sender(database, f"{station}:{os.getpid()}")
    while True:
        report = sender.drain()
        for error in report.errors[-5:]:
            print(f"returns-desk: {error}", file=sys.stderr)
        print(f"Webhooks: {report.sent} delivered, {report.retried} to retry.")
        if not args.loop:
            return EXIT_OK
        time.sleep(args.every)


def _import_watch(database: Database, station: str, args: argparse.Namespace) -> int:
    folder: Path = args.folder
    if not folder.is_dir():
        print(f"returns-desk: {folder} is not a folder.", file=sys.stderr)
        return EXIT_ERROR
    for sub in (folder_import.DONE, folder_import.FAILED):
        (folder / sub).mkdir(exist_ok=True)
    watcher = folder_import.Watcher(folder)
    watcher.settled()  # the first look notes the sizes; a file is taken once it has stopped growing
    while True:
        time.sleep(0.5 if args.once else args.every)
        for said in watcher.look(database, station):
            print(said)
        if args.once:
            return EXIT_OK


def _import_tracking(database: Database, station: str, path: Path) -> int:
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return EXIT_ERROR
    try:
        with unit_of_work(database.sessions) as session:
            actor = auth.system_actor(session, station)
            report = tracking.import_tracking(session, actor, path)
    except imports.ImportRejected as exc:
        _print_errors(path, exc.errors, exc.total)
        print(f"{path}: rejected, nothing was imported ({exc.total} problem(s)).", file=sys.stderr)
        return EXIT_ERROR
    print(
        f"{path}: {report.checkpoints} new checkpoint(s) ({report.repeated} known already) for {report.parcels} "
        f"parcel(s); {report.moved} moved on; {report.not_ours} checkpoint(s) of parcels that are not returns; "
        f"{report.cases} exception case(s) opened for stalled parcels."
    )
    return EXIT_OK


def _inbound(database: Database, station: str, args: argparse.Namespace) -> int:
    with unit_of_work(database.sessions) as session:
        actor = auth.system_actor(session, station)
        if args.zone:
            tracking.set_zone(session, actor, args.zone[0], args.zone[1])
        opened = tracking.sweep(session, actor) if args.sweep else 0
        counts = tracking.pipeline(session)
        ahead = tracking.forecast(session)
    print("Parcels on their way back, by stage:")
    for stage, n in counts.items():
        print(f"  {stage.replace('_', ' '):<20}{n:>8,}")
    if args.sweep:
        print(f"{opened} exception case(s) opened for stalled parcels.")
    print("Expected at the dock (parcels / units):")
    print(f"  {'zone':<20}{'today':>14}{'tomorrow':>14}  carriers")
    for row in ahead:
        today = f"{row.today_parcels}/{row.today_units}"
        tomorrow = f"{row.tomorrow_parcels}/{row.tomorrow_units}"
        print(f"  {row.zone:<20}{today:>14}{tomorrow:>14}  {row.carriers}")
    return EXIT_OK


def _import_map(database: Database, station: str, args: argparse.Namespace) -> int:
    def teach(session: Any) -> None:
        actor = auth.system_actor(session, station)
        presets.add_mapping(session, actor, args.preset, args.table, args.theirs, args.ours)

    with unit_of_work(database.sessions) as session:
        teach(session)
    name = presets.shipped(args.preset).name
    print(f"{name} {args.table} '{args.theirs}' now imports as '{args.ours.lower()}'.")
    return EXIT_OK


MAX_ERRORS_PRINTED = 200  # more go to the reject file (--skip-bad) rather than scroll past


def _print_errors(path: Path, errors: list[imports.RowError], total: int | None = None) -> None:
    total = len(errors) if total is None else total
    for error in errors[:MAX_ERRORS_PRINTED]:
        print(str(error).replace(path.name, str(path), 1), file=sys.stderr)
    if total > MAX_ERRORS_PRINTED:
        print(
            f"{path}: … and {total - MAX_ERRORS_PRINTED} more; --skip-bad writes every bad row with its "
            "problem to a reject file.",
            file=sys.stderr,
        )


def _import_sales(database: Database, station: str, path: Path, skip_bad: bool) -> int:
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return EXIT_ERROR
    bars: dict[str, tqdm[Any]] = {}

    def progress(what: str, done: int, of: int) -> None:
        bar = bars.get(what)
        if bar is None:
            for other in bars.values():
                other.close()  # one phase at a time: checking, then writing
            unit = "row" if what == "checking" else "order"
            bar = bars[what] = tqdm(total=of, desc=what.capitalize(), unit=unit, unit_scale=True, leave=False)
        bar.update(done - bar.n)

    try:
        with unit_of_work(database.sessions) as session:
            actor = auth.system_actor(session, station)
            report = sales_import.import_sales(session, actor, path, skip_bad=skip_bad, progress=progress)
    except imports.ImportRejected as exc:
        for bar in bars.values():
            bar.close()
        _print_errors(path, exc.errors)
        print(f"{path}: rejected, nothing was imported ({len(exc.errors)} problem(s)).", file=sys.stderr)
        return EXIT_ERROR
    for bar in bars.values():
        bar.close()
    _print_errors(path, report.errors)
    print(f"{path}: {report.summary()}.")
    if report.reject_file:
        print(f"{path}: {report.rejected_rows} row(s) skipped, written to {report.reject_file}.")
    return EXIT_OK


def _mail(database: Database, settings: config.Settings, args: argparse.Namespace) -> int:
    smtp = database.read(mail_sender.mail_settings)
    if args.action == "password":
        if not smtp.user:
            print("returns-desk: set the SMTP user in the console's Outbox tab first.", file=sys.stderr)
            return EXIT_ERROR
        where = mail_secret.store_password(settings.data_dir, smtp.user, getpass.getpass("SMTP password: "))
        print(f"The SMTP password for {smtp.user} is kept in {where}.")
        return EXIT_OK
    if not smtp.enabled:
        print(
            "returns-desk: e-mail is turned off (the console's Outbox tab); messages stay queued.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    password = mail_secret.load_password(settings.data_dir, smtp.user) if smtp.user else None
    sender = mail_sender.Sender(database, smtp, password, f"{settings.station}:{os.getpid()}")
    total = mail_sender.BatchReport()
    while True:
        report = sender.run_once(args.batch)
        for key in ("claimed", "sent", "retried", "failed"):
            setattr(total, key, getattr(total, key) + getattr(report, key))
        for error in report.errors:
            print(f"returns-desk: {error}", file=sys.stderr)
        if not args.loop and report.claimed < args.batch:
            break
        if report.claimed < args.batch:
            time.sleep(args.every)
    print(f"sent {total.sent}, to retry {total.retried}, failed {total.failed}")
    return EXIT_OK


def _report(database: Database, settings: config.Settings, args: argparse.Namespace) -> int:
    if args.rebuild:
        with database.engine.begin() as conn:
            cells = aggregates.rebuild(conn)
        print(f"The analytics cube was filled again from the rows: {cells} cells.")
    end = args.end or datetime.now(UTC).date()
    start = args.start or analytics.default_scope(end).start
    scope = analytics.Scope(min(start, end), max(start, end))

    def read(session: Any) -> list[analytics.Figure]:
        actor = auth.system_actor(session, settings.station)
        said = analytics.read_themes(session, actor, scope)
        return [
            said if f.name == "themes" else f
            for f in analytics.read_dashboard(session, actor, scope, settings.currency)
        ]

    figures = database.read(read)
    out: Path | None = args.out
    if out is None:
        for figure in figures:
            print(f"\n{figure.title} — {figure.question}")
            print("  " + " | ".join(figure.columns))
            for row in figure.rows:
                print("  " + " | ".join(f"{v:.4f}" if isinstance(v, float) else str(v) for v in row))
        return EXIT_OK
    if out.suffix.lower() == ".csv":
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            for figure in figures:
                writer.writerow(["figure", *figure.columns])
                for row in figure.rows:
                    writer.writerow([figure.name, *(safe_cell(v) if isinstance(v, str) else v for v in row)])
        print(f"{out}: {len(figures)} figures written.")
        return EXIT_OK
    if out.suffix.lower() != ".pdf":
        print(f"returns-desk: {out.name}: the report is written as .csv or .pdf", file=sys.stderr)
        return EXIT_ERROR
    from returns_desk.gui.report import pdf_report  # Qt draws the charts: only when a PDF is asked for

    pages = pdf_report(out, scope, figures, settings.currency)
    print(f"{out}: report of {pages} page(s).")
    return EXIT_OK


def _decode(files: list[Path]) -> int:
    """One JSON line per file, in order; an unreadable file gets an error line and the others still decode."""
    from returns_desk.barcodes.decode import (
        decode_file,
    )  # the decoders load native libraries: only when asked
    from returns_desk.barcodes.images import ImageRefused

    status = EXIT_OK
    for path in files:
        try:
            result = decode_file(path)
            line: dict[str, object] = {
                "file": str(path),
                "codes": [
                    {"text": c.text, "symbology": c.symbology, "position": [list(p) for p in c.position]}
                    for c in result.codes
                ],
            }
        except ImageRefused as exc:
            line = {"file": str(path), "error": str(exc)}
            status = EXIT_ERROR
        except Exception as exc:  # one file that breaks a decoder must not end the batch
            logging.getLogger(__name__).exception("decoding %s failed", path)
            line = {"file": str(path), "error": f"{path.name}: could not be decoded ({type(exc).__name__})."}
            status = EXIT_ERROR
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return status


def _label(database: Database, station: str, args: argparse.Namespace) -> int:
    from returns_desk.barcodes import labels, zpl
    from returns_desk.services import tags

    if args.out is None and args.printer is None:
        print(
            "returns-desk label: give --out FILE.png|FILE.pdf, --printer HOST[:PORT], or both",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.blank is not None:
        size = labels.LabelSize(args.size or "2x1")
        with unit_of_work(database.sessions) as session:
            plates = tags.reserve_plates(session, auth.system_actor(session, station), args.blank)
        images = [labels.plate_label(p, args.dpi, size) for p in plates]
        payloads = [zpl.unit_tag_zpl(labels.TagData(lpn=p), args.dpi, size) for p in plates]
        what = f"{len(plates)} plates {plates[0]} to {plates[-1]}"
    else:
        lpn = tags.check_plate(args.lpn)
        size = labels.LabelSize(args.size or "4x6")
        data = database.read(lambda session: tags.tag_for(session, lpn))
        if data is None:
            print(f"{lpn} is on no unit yet: printing the plate alone.", file=sys.stderr)
            images = [labels.plate_label(lpn, args.dpi, size)]
            data = labels.TagData(lpn=lpn)
        else:
            images = [labels.unit_tag(data, args.dpi, size)]
        payloads = [zpl.unit_tag_zpl(data, args.dpi, size)]
        what = f"tag for {lpn}"
    if args.out is not None:
        labels.save(images, args.out, args.dpi)
        print(f"{what}: {size.value} in at {args.dpi} dpi written to {args.out}")
    if args.printer is not None:
        target = config.label_printer(args.printer)
        if target is None:
            raise config.SettingsError("--printer needs a label printer's address (host or host:port).")
        printer = zpl.NetworkPrinter(target.host, target.port)
        printer.send("".join(payloads))
        print(f"{what}: sent to {printer.host}:{printer.port}")
    return EXIT_OK


def _self_test(settings: config.Settings) -> int:
    from returns_desk.gui import selftest  # Qt only when asked

    result = selftest.run(settings)
    print(json.dumps(result, ensure_ascii=False))
    return EXIT_OK if result["ok"] else EXIT_ERROR


def _db(settings: config.Settings, action: str) -> int:
    engine = make_engine(settings.db_url)
    try:
        current = migrate.current_revision(engine)
        head = migrate.head_revision()
        if current is not None and current not in migrate.known_revisions():
            # check_schema says what to do about a schema newer than this version; upgrading cannot help.
            check_schema(current)
        if action == "upgrade" and current != head:
            migrate.upgrade(engine)
            current = migrate.current_revision(engine)
        state = "up to date" if current == head else f"needs upgrade to {head}"
        print(f"{current or 'empty'} ({state})")
        return EXIT_OK
    except ReturnsDeskError:
        raise
    except DBAPIError as exc:
        if explain(exc):
            raise
        raise DatabaseUnavailable(f"Cannot open the database: {exc.orig}") from exc
    except Exception as exc:  # a URL that is no URL, a driver missing: said, not a traceback
        raise DatabaseUnavailable(f"Cannot open the database: {exc}") from exc
    finally:
        engine.dispose()


def _open_app(settings: config.Settings, first_run: bool = False) -> int:
    from returns_desk.gui.app import application, run, startup_problem  # Qt only when a window is wanted

    log_file = _log_to_file(settings)
    answers = None
    if first_run:
        from returns_desk.gui import first_run as wizard
        from returns_desk.gui import i18n

        application()
        i18n.install(settings.locale)  # the computer's language until the person chooses one
        answers = wizard.ask(settings.data_dir)
        if answers is None:
            return EXIT_OK  # closed: the next start asks again
        config.save(answers.settings())
        settings = config.load(station=answers.station)
    try:
        if answers is not None and answers.admin is not None:
            _first_admin(settings, *answers.admin)
        if not is_sqlite(settings.db_url) and settings.offline_cache:
            # A shared server: keep a local copy so that the station works on when the server does not answer.
            cache = settings.offline_cache_file
            return run(sync.open_station(settings.db_url, str(cache), settings.station), settings)
        database = open_database(settings.db_url)
        notice = None
        if demo.is_blank(database.engine) and (answers is None or answers.demo):
            logging.getLogger(__name__).info("first start: filling %s with demo returns", settings.db_url)
            report = demo.seed(database.engine, FIRST_START_RMAS)
            if report.sample:
                s = report.sample
                notice = (
                    f"A new demo database with {FIRST_START_RMAS:,} returns. Logins: staff badge {s.badge}; "
                    f"supervisor {s.supervisor_badge}, PIN {s.supervisor_pin}; admin {s.admin_badge}, PIN "
                    f"{s.admin_pin}. Note the PINs: they are shown only now."
                )
                print(notice, file=sys.stderr)
    except (ReturnsDeskError, DBAPIError, OSError) as exc:
        told = explain(exc) if not isinstance(exc, ReturnsDeskError) else None
        return startup_problem(told or str(exc), _what_to_do(exc, log_file), settings.locale)
    return run(database, settings, notice)


def _first_admin(settings: config.Settings, badge: str, name: str, pin: str) -> None:
    """The first-run wizard's administrator of a new database, registered before the login screen shows."""
    database = open_database(settings.db_url)
    try:
        with unit_of_work(database.sessions) as session:
            admin.first_admin(session, settings.station, badge, name, pin)
    finally:
        database.close()


def _what_to_do(exc: BaseException, log_file: Path) -> str:
    where = config.config_path()
    if isinstance(exc, SchemaMismatch):
        return "Install the Returns Desk version the other stations use, or ask IT to upgrade the database."
    return (
        f'Check the database address: it is set by {config.ENV_DB}, or by "db_url" in {where}. For a shared '
        "database, check that the server is running and this computer can reach it; then start again. Details "
        f"are in {log_file}."
    )


LOG_FILE = "returns-desk.log"
LOG_BYTES = 5_000_000  # a file this size starts the next; five old ones are kept
LOG_KEEP = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def _log_to_file(settings: config.Settings) -> Path:
    """The app's log, in rotating files in the user's log folder (an app opened from a menu has no terminal to
    print to); the level is the settings'. Returns the file."""
    folder = settings.log_folder
    target = (folder / LOG_FILE).absolute()
    root = logging.getLogger()
    logging.basicConfig(level=settings.log_level)
    root.setLevel(settings.log_level)
    if any(isinstance(h, logging.FileHandler) and h.baseFilename == str(target) for h in root.handlers):
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=LOG_BYTES, backupCount=LOG_KEEP, encoding="utf-8")
    except OSError:
        return target  # a read-only folder: the terminal's log is all there is
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    return target
