"""Live scanning from a webcam: frames go to the decoder off the GUI thread, and a found code is handed on once.

A ``QVideoSink`` receives frames from a camera (``CameraScanner.start_camera``) or from anything else that feeds
the sink — tests push recorded frames into it. The scanner keeps at most one frame in flight and decodes at most
``max_fps`` frames a second, always the newest, so a slow decode never builds a queue. A code is emitted once;
the same code is not emitted again until it has been out of view for ``forget_after_s`` and for at least
ABSENT_FRAMES decoded frames (one blurred frame while the label is still held up does not count). The view draws the
latest frame with the found codes outlined.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QSizePolicy, QWidget

from returns_desk.barcodes.decode import Code, DecodeResult, decode_image

log = logging.getLogger(__name__)

CAMERA_BUDGET_MS = 60.0
ABSENT_FRAMES = 3  # a code is out of view once this many decoded frames in a row missed it (and time passed)  # the next frame is never far away: no long retries on one frame


@dataclass(frozen=True, slots=True)
class FrameDecoded:
    result: DecodeResult
    size: tuple[int, int]
    thread: str


def qimage_to_photo(image: QImage) -> Image.Image:
    """A camera frame as a colour picture: a photo of a unit shows stains and scuffs as they are."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    return Image.frombuffer("RGB", (width, height), bytes(rgb.constBits()), "raw", "RGB", stride, 1).copy()


def qimage_to_pil(image: QImage) -> Image.Image:
    """A camera frame in grey, as the barcode decoders read it."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())
    return Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1).copy()


class CameraScanner(QObject):
    code_found = Signal(object)  # Code, once per appearance
    frame_decoded = Signal(object)  # FrameDecoded, for the view's outline and for tests
    frame_shown = Signal(QImage)
    message = Signal(str)
    _decoded = Signal(object, object)  # (FrameDecoded | None, error text | None), worker -> GUI thread

    def __init__(
        self, max_fps: float = 8.0, forget_after_s: float = 2.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self._min_interval = 1.0 / max_fps
        self._forget_after = forget_after_s
        self._last_started = 0.0
        self._busy = False
        self._pending: QImage | None = None
        self._last_seen: dict[str, float] = {}
        self._absent: dict[str, int] = {}  # decoded frames since each code was last seen
        self.frames_offered = 0
        self.last_frame: QImage | None = None
        self.frames_decoded = 0
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._decoded.connect(self._on_decoded)
        self._closed = False
        self._job: Image.Image | None = None
        self._wake = threading.Condition()
        self._thread = threading.Thread(target=self._serve, name="returns-desk-camera", daemon=True)
        self._thread.start()
        self.destroyed.connect(self.close)

    # --- sources ---
    def start_camera(self) -> bool:
        """Open the default webcam; says so clearly (and returns False) when there is none."""
        if not QMediaDevices.videoInputs():
            self.message.emit(
                self.tr("No camera found. Connect a webcam, or drop a photo of the label on the window.")
            )
            return False
        self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self._camera.errorOccurred.connect(
            lambda _e, text: self.message.emit(self.tr("Camera problem: {0}").format(text))
        )
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self.sink)
        self._camera.start()
        self.message.emit(self.tr("Camera on: hold the label in view."))
        return True

    def stop_camera(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self._camera = None
        self._session = None

    # --- frames ---
    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self.frames_offered += 1
        self.last_frame = image
        self.frame_shown.emit(image)
        self._pending = image  # the newest frame replaces any older one still waiting
        self._maybe_start()

    def _maybe_start(self) -> None:
        now = time.monotonic()
        if (
            self._closed
            or self._busy
            or self._pending is None
            or now - self._last_started < self._min_interval
        ):
            return
        image, self._pending = self._pending, None
        self._busy = True
        self._last_started = now
        with self._wake:
            self._job = qimage_to_pil(image)  # a copy of the pixels: the worker shares nothing with Qt
            self._wake.notify()

    def close(self) -> None:
        """Stop the camera and the decode thread; safe to call twice."""
        self.stop_camera()
        self._closed = True
        with self._wake:
            self._wake.notify()
        self._thread.join(timeout=5)

    def _serve(self) -> None:
        while True:
            with self._wake:
                while self._job is None and not self._closed:
                    self._wake.wait()
                if self._closed or self._job is None:
                    return
                picture, self._job = self._job, None
            try:
                result = decode_image(picture, CAMERA_BUDGET_MS)
                outcome: tuple[FrameDecoded | None, str | None] = (
                    FrameDecoded(result, picture.size, threading.current_thread().name),
                    None,
                )
            except Exception as exc:  # never let a bad frame stop the camera
                log.exception("decoding a camera frame failed")
                outcome = (
                    None,
                    QCoreApplication.translate("CameraScanner", "Could not read that frame ({0}).").format(
                        type(exc).__name__
                    ),
                )
            if self._closed:
                return
            self._decoded.emit(*outcome)

    def _on_decoded(self, decoded: FrameDecoded | None, error: str | None) -> None:
        self._busy = False
        if decoded is None:
            self.message.emit(error or "")
        else:
            self.frames_decoded += 1
            self.frame_decoded.emit(decoded)
            now = time.monotonic()
            texts = {code.text for code in decoded.result.codes}
            for text in self._absent:
                if text not in texts:
                    self._absent[text] += 1
            for code in decoded.result.codes:
                last = self._last_seen.get(code.text)
                gone = last is None or (
                    now - last > self._forget_after and self._absent.get(code.text, 0) >= ABSENT_FRAMES
                )
                self._last_seen[code.text] = now
                self._absent[code.text] = 0
                if gone:
                    self.code_found.emit(code)
        self._maybe_start()


class CameraView(QWidget):
    """The latest frame, scaled to fit, with the codes found in it outlined in green."""

    def __init__(self, scanner: CameraScanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._frame = QImage()
        self._codes: tuple[Code, ...] = ()
        self._codes_size = (1, 1)
        scanner.frame_shown.connect(self._on_frame)
        scanner.frame_decoded.connect(self._on_decoded)

    @property
    def outlined(self) -> tuple[Code, ...]:
        return self._codes

    def _on_frame(self, image: QImage) -> None:
        self._frame = image
        self.update()

    def _on_decoded(self, decoded: FrameDecoded) -> None:
        self._codes = decoded.result.codes
        self._codes_size = decoded.size
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#263238"))
        if not self._frame.isNull():
            scaled = self._frame.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x, y = (self.width() - scaled.width()) / 2, (self.height() - scaled.height()) / 2
            painter.drawImage(self.rect().adjusted(int(x), int(y), -int(x), -int(y)), self._frame)
            fx = scaled.width() / max(1, self._codes_size[0])
            fy = scaled.height() / max(1, self._codes_size[1])
            painter.setPen(QPen(QColor("#00e676"), 4))
            for code in self._codes:
                painter.drawPolygon(
                    QPolygonF([QPointF(x + px * fx, y + py * fy) for px, py in code.position])
                )
        painter.end()
