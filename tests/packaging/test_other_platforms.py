"""The Windows and macOS installers cannot be built here; what can be checked here is: their scripts parse, and
every path they name is one the spec and packaging/build.py make (the bundle's folder, its programs, the icon)."""

from __future__ import annotations

import configparser
import re
import subprocess
from pathlib import Path, PureWindowsPath

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = (PACKAGING / "returns-desk.spec").read_text(encoding="utf-8")


def iss() -> configparser.ConfigParser:
    """The Inno Setup script's sections ([Code] is Pascal, left out)."""
    text = (PACKAGING / "windows" / "returns-desk.iss").read_text(encoding="utf-8")
    text = text.split("[Code]")[0]
    text = "\n".join(line for line in text.splitlines() if not line.startswith(("#", ";")))
    parser = configparser.ConfigParser(
        allow_no_value=True, delimiters=("=",), interpolation=None, strict=False
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


def entries(parser: configparser.ConfigParser, section: str) -> list[dict[str, str]]:
    """Inno's `Name: "..."; Source: "..."` lines as dictionaries."""
    found = []
    for line in parser[section]:
        fields = dict(re.findall(r'(\w+):\s*"([^"]*)"', line))
        if fields:
            found.append(fields)
    return found


def test_the_windows_installer_names_what_the_bundle_holds() -> None:
    parser = iss()
    assert 'name="returns-desk"' in SPEC  # the COLLECT folder: dist/returns-desk
    assert 'name="returns-desk-window"' in SPEC  # the windowed program, made on Windows
    (files,) = entries(parser, "Files")
    source = PureWindowsPath(files["Source"])
    assert source.parts[-2:] == ("returns-desk", "*")
    assert (PACKAGING / "windows" / Path(*source.parts[:-2])).resolve() == ROOT / "dist"
    for icon in entries(parser, "Icons"):
        assert icon["Filename"] == r"{app}\returns-desk-window.exe"
    setup_icon = PureWindowsPath(parser["Setup"]["SetupIconFile"])
    assert (
        PACKAGING / "windows" / Path(*setup_icon.parts)
    ).resolve() == ROOT / "build" / "icons" / "returns-desk.ico"
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert 'f"{NAME}.ico"' in build  # packaging/build.py writes build/icons/returns-desk.ico
    assert parser["Setup"]["OutputDir"] == r"..\..\dist"


def test_the_macos_recipe_parses_and_names_the_spec_app() -> None:
    script = PACKAGING / "macos" / "make-dmg.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    app = re.search(r'app="(dist/[^"]+\.app)"', text)
    assert app is not None
    assert f'name="{Path(app.group(1)).name}"' in SPEC  # BUNDLE(name="Returns Desk.app")
    assert "Contents/MacOS/returns-desk" in text  # the console program, named as in EXE(name=...)


def test_the_workflow_runs_scripts_that_exist() -> None:
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    named = set(re.findall(r"packaging[/\\][\w./\\-]+", workflow))
    assert named
    for path in named:
        assert (ROOT / path.replace("\\", "/")).is_file(), path
