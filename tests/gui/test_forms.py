"""The screens' Designer forms: the generated package is what ui/*.ui compiles to, and every form builds."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_forms", ROOT / "scripts" / "build_forms.py")
assert spec is not None
assert spec.loader is not None
build_forms = importlib.util.module_from_spec(spec)
sys.modules["build_forms"] = build_forms
spec.loader.exec_module(build_forms)

FORMS = sorted(build_forms.UI_DIR.glob("*.ui"))


def test_the_generated_forms_are_what_the_ui_files_compile_to() -> None:
    assert FORMS, "ui/ holds the forms"
    assert build_forms.stale() == [], "run: python scripts/build_forms.py (never edit gui/forms by hand)"


@pytest.mark.parametrize("ui", FORMS, ids=[f.stem for f in FORMS])
def test_each_form_builds_with_every_widget_its_outline_names(qtbot: QtBot, ui: Path) -> None:
    module = importlib.import_module(f"returns_desk.gui.forms.ui_{ui.stem}")
    form_class = next(getattr(module, name) for name in dir(module) if name.startswith("Ui_"))
    outline = build_forms.outline(ui)
    host: QWidget = QDialog() if "QDialog) -> None" in outline else QWidget()
    qtbot.addWidget(host)
    form = form_class()
    form.setupUi(host)
    named = [
        line.split(":")[0].strip()
        for line in outline.splitlines()
        if line.startswith("    ") and ": " in line
    ]
    named = [n for n in named if not n.startswith("def ")]
    assert named
    for name in named:
        assert getattr(form, name) is not None, name


def test_every_icon_and_sound_is_compiled_in_and_every_icon_draws(qtbot: QtBot) -> None:
    from returns_desk.gui import resources

    for name in resources.ICONS:
        assert resources.exists(f":/icons/{name}.svg"), name
        pixmap = resources.icon(name).pixmap(32, 32)
        assert not pixmap.isNull(), name
        image = pixmap.toImage()
        drawn = sum(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
        assert drawn > 20, name  # an SVG that failed to render would be blank
    for name in resources.SOUNDS:
        assert resources.exists(f":/sounds/{name}.wav"), name
    shipped = {p.stem for p in (ROOT / "resources" / "icons").glob("*.svg")}
    assert shipped == set(resources.ICONS), "every icon drawn is compiled in and named, and no other"
    with pytest.raises(KeyError):
        resources.icon("no-such-icon")
