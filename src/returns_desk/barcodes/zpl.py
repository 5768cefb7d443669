"""ZPL II for Zebra-compatible label printers, and sending it raw to port 9100.

The printer draws the barcode itself (^BC Code 128, ^BY module width in dots), so the layout is given in dots at
the printer's resolution. A printer that is off, unreachable or refusing raises :class:`PrinterError`; the job is
plain bytes, so it can be sent again, and nothing about the unit's record depends on it.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from returns_desk.barcodes.labels import QUIET_MODULES, LabelSize, TagData, modules
from returns_desk.domain.errors import ReturnsDeskError

RAW_PORT = 9100
CONNECT_TIMEOUT_S = 3.0


class PrinterError(ReturnsDeskError):
    pass


def _escape(text: str) -> str:
    # ^ and ~ start commands; _ is the hex escape once ^FH is on.
    return "".join(f"_{ord(ch):02X}" if ch in "^~_" or ord(ch) > 126 else ch for ch in text)


def _field(x: int, y: int, height: int, text: str) -> str:
    return f"^FO{x},{y}^A0N,{height},{height}^FH^FD{_escape(text)}^FS"


def unit_tag_zpl(data: TagData, dpi: int, size: LabelSize = LabelSize.FOUR_BY_SIX) -> str:
    w_in, h_in = size.inches
    width, length = round(w_in * dpi), round(h_in * dpi)
    margin = round(0.08 * dpi)
    pattern = modules(data.lpn)
    module = max(2, (width - 2 * margin) // (len(pattern) + 2 * QUIET_MODULES))
    bar_x = (width - len(pattern) * module) // 2

    def d(inches: float) -> int:
        return round(inches * dpi)

    parts = ["^XA", "^CI28", f"^PW{width}", f"^LL{length}", "^LH0,0"]
    if size is LabelSize.TWO_BY_ONE:
        parts += [
            f"^FO{bar_x},{margin}^BY{module}^BCN,{d(0.45)},N,N,N^FD{_escape(data.lpn)}^FS",
            _field(margin, margin + d(0.5), d(0.14), data.lpn),
            _field(
                margin,
                margin + d(0.68),
                d(0.11),
                data.summary().replace("·", "-"),
            ),
        ]
    else:
        y = margin
        parts.append(_field(margin, y, d(0.16), "RETURNS DESK - UNIT TAG"))
        y += d(0.3)
        parts.append(_field(margin, y, d(0.55), data.headline().replace("—", "-")))
        y += d(0.65)
        parts.append(_field(margin, y, d(0.3), data.route_line().replace("—", "-")))
        y += d(0.5)
        parts.append(f"^FO{bar_x},{y}^BY{module}^BCN,{d(1.2)},N,N,N^FD{_escape(data.lpn)}^FS")
        y += d(1.28)
        parts.append(_field(margin, y, d(0.3), data.lpn))
        y += d(0.5)
        for label, value in data.details():
            parts.append(_field(margin, y, d(0.2), f"{label}: {value}"))
            y += d(0.27)
    parts.append("^PQ1^XZ")
    return "\n".join(parts) + "\n"


@dataclass(frozen=True, slots=True)
class NetworkPrinter:
    """A label printer listening for raw jobs (ZPL) on TCP, usually port 9100."""

    host: str
    port: int = RAW_PORT
    timeout_s: float = CONNECT_TIMEOUT_S

    def send(self, payload: str | bytes) -> None:
        data = payload.encode("utf-8") if isinstance(payload, str) else payload
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout_s) as conn:
                conn.sendall(data)
                conn.shutdown(socket.SHUT_WR)
        except TimeoutError as exc:
            raise PrinterError(
                f"Printer {self.host}:{self.port} did not answer within {self.timeout_s:.0f} s. "
                "Check it is on and connected, then print again."
            ) from exc
        except ConnectionRefusedError as exc:
            raise PrinterError(
                f"Printer {self.host}:{self.port} refused the job (is it on, and is raw printing "
                "on port 9100 enabled?). Print again when it is ready."
            ) from exc
        except OSError as exc:
            raise PrinterError(
                f"Cannot reach printer {self.host}:{self.port}: {exc.strerror or exc}. "
                "Print again when it is back."
            ) from exc
