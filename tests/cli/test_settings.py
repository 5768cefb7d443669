"""Settings: one typed object from the command line, the environment and the file, in that order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from returns_desk import config
from returns_desk.config import LabelPrinter, SettingsError

SRC = Path(config.__file__).parent


@pytest.fixture(autouse=True)
def _config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def write_file(values: dict[str, object]) -> None:
    path = config.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values), encoding="utf-8")


def test_defaults_when_nothing_is_set(tmp_path: Path) -> None:
    settings = config.load(env={config.ENV_DATA_DIR: str(tmp_path / "data")}, station="dock 3")
    assert settings.db_url == f"sqlite:///{tmp_path / 'data' / 'returns-desk.sqlite3'}"
    assert settings.station == "DOCK 3"
    assert (settings.currency, settings.label_printer, settings.idle_minutes) == ("USD", None, 10.0)
    assert (settings.offline_cache, settings.locale) == (True, "")
    assert settings.offline_cache_file == tmp_path / "data" / "offline-cache-DOCK_3.sqlite3"


def test_the_command_line_beats_the_environment_which_beats_the_file(tmp_path: Path) -> None:
    write_file(
        {"db_url": "sqlite:///file.db", "station": "FILE", "idle_minutes": 3, "label_printer": "zebra-1"}
    )
    env = {config.ENV_DATA_DIR: str(tmp_path), config.ENV_DB: "sqlite:///env.db", config.ENV_IDLE: "0"}
    from_env = config.load(env=env)
    assert (from_env.db_url, from_env.station, from_env.idle_minutes) == ("sqlite:///env.db", "FILE", 0.0)
    assert from_env.label_printer == LabelPrinter("zebra-1", 9100)
    from_cli = config.load("sqlite:///cli.db", "cli", env=env)
    assert (from_cli.db_url, from_cli.station) == ("sqlite:///cli.db", "CLI")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("", None), ("zebra-3", LabelPrinter("zebra-3")), (" 10.0.0.7:6101 ", LabelPrinter("10.0.0.7", 6101))],
)
def test_label_printer_addresses(raw: str, expected: LabelPrinter | None) -> None:
    assert config.label_printer(raw) == expected


@pytest.mark.parametrize("raw", ["zebra:port", "zebra:0", "zebra:70000", ":9100"])
def test_a_bad_label_printer_address_is_a_sentence(raw: str) -> None:
    with pytest.raises(SettingsError, match="not a label printer address"):
        config.load(env={config.ENV_PRINTER: raw})


def test_an_unreadable_idle_time_keeps_the_lock_and_says_so_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = config.load(env={config.ENV_IDLE: "ten"})
    assert settings.idle_minutes == config.DEFAULT_IDLE_MINUTES
    assert "RETURNS_DESK_IDLE_MINUTES='ten' is not a number" in caplog.text
    assert config.load(env={config.ENV_IDLE: "-5"}).idle_minutes == 0.0


@pytest.mark.parametrize(("raw", "on"), [("0", False), ("off", False), ("1", True), ("", True)])
def test_the_offline_copy_can_be_turned_off(raw: str, on: bool) -> None:
    assert config.load(env={config.ENV_OFFLINE: raw}).offline_cache is on


def test_locale_and_currency_are_checked() -> None:
    assert config.load(env={config.ENV_LOCALE: "ko_KR", config.ENV_CURRENCY: "krw"}).currency == "KRW"
    assert config.load(env={config.ENV_LOCALE: "ko_KR"}).locale == "ko_KR"
    with pytest.raises(SettingsError, match="not a locale"):
        config.load(env={config.ENV_LOCALE: "Korean please"})
    with pytest.raises(SettingsError, match="not a currency code"):
        config.load(env={config.ENV_CURRENCY: "wons"})


def test_nothing_but_the_settings_module_reads_the_environment() -> None:
    readers = re.compile(r"os\.environ|os\.getenv|environ\.get")
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path != SRC / "config.py" and "migrations" not in path.parts and readers.search(path.read_text())
    ]
    assert offenders == []
