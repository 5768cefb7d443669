"""Camera scanning driven by recorded frames pushed through the same video sink a webcam feeds."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaDevices, QVideoFrame
from pytestqt.qtbot import QtBot

from returns_desk.barcodes.labels import LabelSize, plate_label
from returns_desk.gui.camera import CameraScanner, CameraView, FrameDecoded
from returns_desk.gui.main_window import MainWindow
from returns_desk.services.demo import DemoSample
from tests.barcodes.conftest import matrix_symbol, photographed

FRAME_MS = 33  # a 30 fps webcam


def to_qimage(picture: Image.Image) -> QImage:
    rgb = picture.convert("RGB")
    return QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def recording(lpn: str) -> list[QImage]:
    """One second of an empty desk, two of the label held up (tilting a little), one of the desk again."""
    desk = Image.new("L", (1200, 600), 120)
    held = [
        photographed(plate_label(lpn, 203, LabelSize.TWO_BY_ONE), angle=a, seed=i)
        for i, a in enumerate((-3.0, -1.0, 1.0, 3.0))
    ]
    frames = [desk] * 30 + [held[i % 4] for i in range(60)] + [desk] * 30
    return [to_qimage(f) for f in frames]


_open: list[CameraScanner] = []


def request_close(scanner: CameraScanner) -> None:
    _open.append(scanner)


@pytest.fixture(autouse=True)
def _close_scanners() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def play(qtbot: QtBot, scanner: CameraScanner, frames: list[QImage]) -> None:
    for image in frames:
        scanner.sink.setVideoFrame(QVideoFrame(image))
        qtbot.wait(FRAME_MS)


def test_a_label_in_view_is_found_once_off_the_gui_thread(qtbot: QtBot) -> None:
    scanner = CameraScanner(max_fps=8)
    request_close(scanner)
    view = CameraView(scanner)
    qtbot.addWidget(view)
    view.show()
    found: list[str] = []
    threads: set[str] = set()
    scanner.code_found.connect(lambda code: found.append(code.text))
    scanner.frame_decoded.connect(lambda d: threads.add(d.thread) if isinstance(d, FrameDecoded) else None)

    play(qtbot, scanner, recording("LP0000000024"))
    qtbot.waitUntil(lambda: not scanner._busy, timeout=5_000)

    assert found == ["LP0000000024"]  # two seconds in view, handed on once
    assert threads == {"returns-desk-camera"}
    assert threading.current_thread().name not in threads
    assert scanner.frames_offered == 120
    assert 0 < scanner.frames_decoded <= 4 * 8 + 1  # throttled to at most 8 a second, newest frame first


def test_a_label_shown_again_later_is_found_again(qtbot: QtBot) -> None:
    scanner = CameraScanner(max_fps=10, forget_after_s=0.5)
    request_close(scanner)
    found: list[str] = []
    scanner.code_found.connect(lambda code: found.append(code.text))
    play(qtbot, scanner, recording("LP0000000031") + recording("LP0000000031"))
    qtbot.waitUntil(lambda: not scanner._busy, timeout=5_000)
    assert found == ["LP0000000031", "LP0000000031"]


def test_no_camera_says_so(qtbot: QtBot) -> None:
    scanner = CameraScanner()
    request_close(scanner)
    if QMediaDevices.videoInputs():  # a machine with a webcam: nothing to prove here
        return
    with qtbot.waitSignal(scanner.message) as blocker:
        assert scanner.start_camera() is False
    assert "No camera found" in blocker.args[0]


def test_the_station_takes_a_camera_scan_like_a_scanner_scan(
    qtbot: QtBot, window: MainWindow, seeded: DemoSample
) -> None:
    with qtbot.waitSignal(window.login.logged_in, timeout=10_000):
        qtbot.keyClicks(window.login.badge, seeded.badge)
        qtbot.keyClick(window.login.badge, Qt.Key.Key_Return)
    label = photographed(matrix_symbol(seeded.rma, zxingcpp.BarcodeFormat.DataMatrix))
    with qtbot.waitSignal(window.station.scan_resolved, timeout=10_000) as blocker:
        play(qtbot, window.station.camera, [to_qimage(label)] * 10)
    assert blocker.args[0].match.rma == seeded.rma
