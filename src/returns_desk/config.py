"""Every setting the app reads, in one typed object: the command line beats the environment beats the file.

The file is ``config.json`` in the platform's user config folder (``~/.config/returns-desk`` on Linux). Nothing
else in Returns Desk reads the environment: the rest of the app is handed a :class:`Settings`.

=================  ==============================  ==========================================================
file key           environment                     what it is
=================  ==============================  ==========================================================
``db_url``         ``RETURNS_DESK_DB``             database URL or SQLite file (default: the data folder's)
``station``        ``RETURNS_DESK_STATION``        this station's name (default: the host name)
(none)             ``RETURNS_DESK_DATA_DIR``       the data folder: database, tags, photos, log, offline copy
``currency``       ``RETURNS_DESK_CURRENCY``       ISO 4217 code money is shown in (default USD)
``label_printer``  ``RETURNS_DESK_LABEL_PRINTER``  ``host[:port]`` of a ZPL label printer; unset: PDF files
``system_printer`` ``RETURNS_DESK_SYSTEM_PRINTER`` a printer of this computer (CUPS, Windows) for the tags
``text_size``      ``RETURNS_DESK_TEXT_SIZE``      the window's text size in percent of the usual (80 to 200; default 100)
``high_contrast``  ``RETURNS_DESK_HIGH_CONTRAST``  ``1``: white on black, yellow for what is selected
``log_level``      ``RETURNS_DESK_LOG_LEVEL``      how much the log says: DEBUG, INFO (default), WARNING, ERROR
(none)             ``RETURNS_DESK_LOG_DIR``        the log folder (default: the user's log folder; ``logs`` in a
                                                   data folder set by ``RETURNS_DESK_DATA_DIR``)
``idle_minutes``   ``RETURNS_DESK_IDLE_MINUTES``   minutes before an untouched station locks; 0: never
``offline_cache``  ``RETURNS_DESK_OFFLINE_CACHE``  ``0`` turns the offline copy of a shared database off
``locale``         ``RETURNS_DESK_LOCALE``         how dates and numbers are written, e.g. ``ko_KR``
=================  ==============================  ==========================================================
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir, user_log_dir

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.domain.money import DEFAULT_CURRENCY, is_currency
from returns_desk.domain.names import station_name

APP_NAME = "returns-desk"
ENV_DB = "RETURNS_DESK_DB"
ENV_STATION = "RETURNS_DESK_STATION"
ENV_DATA_DIR = "RETURNS_DESK_DATA_DIR"
ENV_CURRENCY = "RETURNS_DESK_CURRENCY"
ENV_PRINTER = "RETURNS_DESK_LABEL_PRINTER"
ENV_IDLE = "RETURNS_DESK_IDLE_MINUTES"
ENV_OFFLINE = "RETURNS_DESK_OFFLINE_CACHE"
ENV_LOCALE = "RETURNS_DESK_LOCALE"
ENV_SYSTEM_PRINTER = "RETURNS_DESK_SYSTEM_PRINTER"
ENV_LOG_LEVEL = "RETURNS_DESK_LOG_LEVEL"
ENV_TEXT_SIZE = "RETURNS_DESK_TEXT_SIZE"
ENV_HIGH_CONTRAST = "RETURNS_DESK_HIGH_CONTRAST"
TEXT_SIZES = range(80, 201)
ENV_LOG_DIR = "RETURNS_DESK_LOG_DIR"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

DEFAULT_IDLE_MINUTES = 10.0
RAW_PRINTER_PORT = 9100  # the port ZPL label printers listen on
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")

log = logging.getLogger(__name__)


class SettingsError(ReturnsDeskError):
    """The settings file or environment holds something this version cannot use."""


@dataclass(frozen=True, slots=True)
class LabelPrinter:
    """A network label printer that takes raw ZPL."""

    host: str
    port: int = RAW_PRINTER_PORT

    def __str__(self) -> str:
        return self.host if self.port == RAW_PRINTER_PORT else f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str
    station: str
    data_dir: Path
    currency: str = DEFAULT_CURRENCY  # ISO 4217 code of the shop's prices and refunds
    label_printer: LabelPrinter | None = None  # None: each tag is written as a PDF to the tags folder
    idle_minutes: float = DEFAULT_IDLE_MINUTES  # 0: the station never locks by itself
    offline_cache: bool = True  # a station on a shared database keeps a local copy to work on when it is away
    locale: str = ""  # "": the system's
    system_printer: str = ""  # a printer of this computer for the tags (when no ZPL label printer is set)
    log_dir: Path | None = None  # None: the user's log folder
    log_level: str = "INFO"
    text_size: int = 100  # percent of the usual text size
    high_contrast: bool = False

    @property
    def log_folder(self) -> Path:
        return self.log_dir or Path(user_log_dir(APP_NAME, appauthor=False))

    @property
    def offline_cache_file(self) -> Path:
        slug = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in self.station) or "station"
        return self.data_dir / f"offline-cache-{slug}.sqlite3"


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    override = (os.environ if env is None else env).get(ENV_DATA_DIR)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "config.json"


def _file_settings() -> dict[str, str]:
    path = config_path()
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SettingsError(f"cannot read the settings file {path}: {exc}") from exc
    return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def label_printer(raw: str) -> LabelPrinter | None:
    target = raw.strip()
    if not target:
        return None
    host, _, port = target.rpartition(":") if target.count(":") == 1 else (target, "", "")
    if not port:
        return LabelPrinter(target)
    if not port.isdigit() or not 0 < int(port) < 65536 or not host:
        raise SettingsError(
            f"'{target}' is not a label printer address (host or host:port, like zebra-3:9100)."
        )
    return LabelPrinter(host, int(port))


def idle_minutes(raw: str) -> float:
    """Unreadable is the default, said in the log: a typo must not leave a station that never locks."""
    if not raw.strip():
        return DEFAULT_IDLE_MINUTES
    try:
        return max(0.0, float(raw))
    except ValueError:
        log.warning("%s=%r is not a number; using the default", ENV_IDLE, raw)
        return DEFAULT_IDLE_MINUTES


def load(db: str | None = None, station: str | None = None, env: Mapping[str, str] | None = None) -> Settings:
    environ = os.environ if env is None else env
    stored = _file_settings()

    def pick(env_key: str, file_key: str, default: str = "") -> str:
        return environ.get(env_key) or stored.get(file_key) or default

    folder = data_dir(environ)
    currency = pick(ENV_CURRENCY, "currency", DEFAULT_CURRENCY).strip().upper()
    if not is_currency(currency):
        raise SettingsError(f"'{currency}' is not a currency code (three letters, like USD or KRW).")
    locale = pick(ENV_LOCALE, "locale").strip()
    if locale and not _LOCALE.fullmatch(locale):
        raise SettingsError(f"'{locale}' is not a locale (language and country, like en_US or ko_KR).")
    chosen_station = station or pick(ENV_STATION, "station") or socket.gethostname()
    level = pick(ENV_LOG_LEVEL, "log_level", "INFO").strip().upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"'{level}' is not a log level ({', '.join(LOG_LEVELS)}).")
    size_text = pick(ENV_TEXT_SIZE, "text_size", "100").strip()
    if not size_text.isdigit() or int(size_text) not in TEXT_SIZES:
        raise SettingsError(f"'{size_text}' is not a text size (a percentage from 80 to 200).")
    logs = environ.get(ENV_LOG_DIR) or (str(folder / "logs") if environ.get(ENV_DATA_DIR) else "")
    return Settings(
        db_url=db or pick(ENV_DB, "db_url") or f"sqlite:///{folder / 'returns-desk.sqlite3'}",
        station=station_name(chosen_station) or "STATION",
        data_dir=folder,
        currency=currency,
        label_printer=label_printer(pick(ENV_PRINTER, "label_printer")),
        idle_minutes=idle_minutes(pick(ENV_IDLE, "idle_minutes")),
        offline_cache=pick(ENV_OFFLINE, "offline_cache", "1").strip().lower()
        not in ("0", "false", "no", "off"),
        locale=locale,
        system_printer=pick(ENV_SYSTEM_PRINTER, "system_printer").strip(),
        log_dir=Path(logs) if logs else None,
        log_level=level,
        text_size=int(size_text),
        high_contrast=pick(ENV_HIGH_CONTRAST, "high_contrast", "0").strip().lower()
        in ("1", "true", "yes", "on"),
    )


def needs_first_run(db: str | None = None, env: Mapping[str, str] | None = None) -> bool:
    """No settings file and no database named anywhere: this computer has never run Returns Desk, and the first-run
    wizard asks what the file would hold."""
    environ = os.environ if env is None else env
    return not config_path().exists() and not db and not environ.get(ENV_DB)


def save(updates: Mapping[str, str]) -> Path:
    """Write keys into the settings file (the others kept), replacing it whole so a crash leaves the old one."""
    path = config_path()
    current = _file_settings()
    current.update(updates)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    part.replace(path)
    return path
