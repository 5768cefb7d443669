"""A stand-in network label printer: accepts raw jobs on 127.0.0.1 and keeps what it received."""

from __future__ import annotations

import socket
import threading


class LabelPrinterStandIn:
    def __init__(self, port: int = 0) -> None:
        self.sock = socket.create_server(("127.0.0.1", port))
        self.port = self.sock.getsockname()[1]
        self.jobs: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            chunks = []
            while data := conn.recv(65536):
                chunks.append(data)
            self.jobs.append(b"".join(chunks))

    def close(self) -> None:
        self._thread.join(timeout=5)
        self.sock.close()
