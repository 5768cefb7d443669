"""A watched folder: return exports dropped into it are imported, then moved to ``done/`` or ``failed/``.

Each station may watch one folder (setting ``import_folders``, by station name; the console's Integrations tab
sets it, ``returns-desk import-watch`` watches one from the command line). A file is taken once it has stopped
growing (its size and time unchanged between two looks, so a file still being copied in is left for the next
look). It is imported whole or not at all, in its own transaction, with its preset recognised from its header:

* imported: moved to ``done/``, with ``NAME.report.txt`` beside it saying what was imported;
* refused (a bad row, an unreadable file): moved to ``failed/`` with ``NAME.errors.txt`` listing every problem
  as ``FILE:LINE: FIELD: message``; nothing of it was imported. Corrected, it can be dropped in again.

A name already in ``done/`` or ``failed/`` gets a number (``returns (2).csv``): nothing is overwritten.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError, ValidationFailed
from returns_desk.domain.vocab import EventKind, Role
from returns_desk.services import auth, events, imports, policy, presets, shared
from returns_desk.services.import_rows import ImportRejected
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work

log = logging.getLogger(__name__)

SETTING = "import_folders"
SUFFIXES = (".csv", ".json")
DONE, FAILED = "done", "failed"


def folder_of(session: Session, station: str) -> Path | None:
    value = (policy.setting(session, SETTING) or {}).get(station)
    return Path(value) if value else None


def set_folder(session: Session, actor: Actor, station: str, folder: str | None) -> Path | None:
    """This station's watched folder (None: none). The folder must exist; ``done`` and ``failed`` are made."""
    auth.require(actor, Role.SUPERVISOR, "choose the import folder")
    shared.require_shared(session, "choose the import folder")
    chosen: Path | None = None
    if folder:
        chosen = Path(folder).expanduser()
        if not chosen.is_dir():
            raise ValidationFailed(f"{chosen} is not a folder this station can see.")
        try:
            for sub in (DONE, FAILED):
                (chosen / sub).mkdir(exist_ok=True)
        except OSError as exc:
            raise ValidationFailed(
                f"Cannot make {DONE}/ and {FAILED}/ in {chosen}: {exc.strerror or exc}"
            ) from exc
    current = dict(policy.setting(session, SETTING) or {})
    before = current.get(station)
    if chosen is None:
        current.pop(station, None)
    else:
        current[station] = str(chosen)
    policy.put_setting(session, SETTING, current)
    events.record(
        session,
        actor,
        EventKind.SETTINGS_IMPORT_FOLDER,
        "station",
        station,
        {"before": before, "after": str(chosen) if chosen else None},
    )
    return chosen


@dataclass(slots=True)
class Watcher:
    """Looks at a folder and imports what has settled there. ``look()`` is called every few seconds."""

    folder: Path
    sizes: dict[str, tuple[int, float]] = field(default_factory=dict)  # name -> size, mtime at the last look

    def settled(self) -> list[Path]:
        """Files whose size and time have not changed since the last look (and are not hidden or partial)."""
        seen: dict[str, tuple[int, float]] = {}
        ready = []
        try:
            entries = sorted(self.folder.iterdir())
        except OSError as exc:
            raise ValidationFailed(
                f"Cannot read the import folder {self.folder}: {exc.strerror or exc}"
            ) from exc
        for path in entries:
            if not path.is_file() or path.name.startswith(".") or path.suffix.lower() not in SUFFIXES:
                continue
            try:
                stat = path.stat()
            except OSError:
                continue  # moved away while looking
            seen[path.name] = (stat.st_size, stat.st_mtime)
            if self.sizes.get(path.name) == seen[path.name]:
                ready.append(path)
        self.sizes = seen
        return ready

    def look(self, db: Database, station: str) -> list[str]:
        """Import every settled file; returns a sentence for each."""
        said = []
        for path in self.settled():
            said.append(import_one(db, station, path))
            self.sizes.pop(path.name, None)
        return said


def import_one(db: Database, station: str, path: Path) -> str:
    """Import one dropped file in its own transaction and move it to done/ or failed/."""
    report: imports.ImportReport | None = None
    problems: list[str] = []
    try:
        with unit_of_work(db.sessions) as session:
            actor = auth.system_actor(session, station)
            report = imports.import_file(session, actor, path)
    except ImportRejected as exc:
        problems = [str(e) for e in exc.errors]
        if exc.total > len(exc.errors):
            problems.append(f"… and {exc.total - len(exc.errors):,} more")
    except ReturnsDeskError as exc:
        problems = [f"{path.name}: {exc}"]
    if report is not None:
        target = _move(path, path.parent / DONE)
        name = presets.shipped(report.preset).name
        text = (
            f"{path.name}: read as {name}. Imported {report.requests} new return request(s), updated "
            f"{report.updated}, {report.unchanged} unchanged; {report.lines} line(s)."
        )
        _write(target.with_name(target.name + ".report.txt"), text)
        log.info("watched folder: %s", text)
        return text
    target = _move(path, path.parent / FAILED)
    _write(
        target.with_name(target.name + ".errors.txt"),
        f"{path.name} was not imported; nothing of it was written.\n\n" + "\n".join(problems),
    )
    text = f"{path.name}: not imported ({len(problems)} problem(s)); see {FAILED}/{target.name}.errors.txt"
    log.warning("watched folder: %s", text)
    return text


def _move(path: Path, into: Path) -> Path:
    into.mkdir(exist_ok=True)
    target = into / path.name
    n = 2
    while target.exists():
        target = into / f"{path.stem} ({n}){path.suffix}"
        n += 1
    shutil.move(str(path), str(target))
    return target


def _write(path: Path, text: str) -> None:
    path.write_text(text + "\n", encoding="utf-8")


__all__ = ["Watcher", "folder_of", "import_one", "set_folder"]
