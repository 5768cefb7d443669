"""Settings for one station: database URL, station name, data folders. CLI beats environment beats file.

The config file is ``config.json`` in the platform's user config folder (``~/.config/returns-desk`` on Linux).
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.domain.money import DEFAULT_CURRENCY, is_currency
from returns_desk.domain.names import station_name

APP_NAME = "returns-desk"
ENV_DB = "RETURNS_DESK_DB"
ENV_STATION = "RETURNS_DESK_STATION"
ENV_DATA_DIR = "RETURNS_DESK_DATA_DIR"
ENV_CURRENCY = "RETURNS_DESK_CURRENCY"


class SettingsError(ReturnsDeskError):
    """The settings file or environment holds something this version cannot use."""


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str
    station: str
    data_dir: Path
    currency: str = DEFAULT_CURRENCY  # ISO 4217 code of the shop's prices and refunds


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
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


def load(db: str | None = None, station: str | None = None) -> Settings:
    stored = _file_settings()
    folder = data_dir()
    default_db = f"sqlite:///{folder / 'returns-desk.sqlite3'}"
    chosen_db = db or os.environ.get(ENV_DB) or stored.get("db_url")
    chosen_station = station or os.environ.get(ENV_STATION) or stored.get("station") or socket.gethostname()
    currency = (os.environ.get(ENV_CURRENCY) or stored.get("currency") or DEFAULT_CURRENCY).strip().upper()
    if not is_currency(currency):
        raise SettingsError(f"'{currency}' is not a currency code (three letters, like USD or KRW).")
    return Settings(
        db_url=chosen_db or default_db,
        station=station_name(chosen_station) or "STATION",
        data_dir=folder,
        currency=currency,
    )
