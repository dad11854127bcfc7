"""Tests of issue 14 (security and privacy): real sockets, real files and modes, real processes.

Helpers shared by the modules live here.
"""

from __future__ import annotations

import os
import socket
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self


class LoopbackServer:
    """A TCP server on a loopback port, one thread, each connection handed to `handle` in turn."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name=type(self).__name__, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.getsockname()[1])

    def handle(self, connection: socket.socket) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2.0)
                try:
                    self.handle(connection)
                except OSError:
                    continue  # the client went away, or refused our TLS: the test says what it expects


class Listener(LoopbackServer):
    """Records every connection and every byte it gets: stands where a proxy or an eavesdropper
    would, so whatever a client sends it in clear is in `received()`. It answers each connection
    with `reply` and closes it, so a client fails fast."""

    def __init__(self, reply: bytes = b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n") -> None:
        super().__init__()
        self._reply = reply
        self._lock = threading.Lock()
        self._chunks: list[bytes] = []
        self._connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def connections(self) -> int:
        with self._lock:
            return self._connections

    def received(self) -> bytes:
        with self._lock:
            return b"".join(self._chunks)

    def handle(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections += 1
        data = connection.recv(65536)
        with self._lock:
            self._chunks.append(data)
        connection.sendall(self._reply)


@contextmanager
def connects_recorded() -> Iterator[list[tuple[object, ...]]]:
    """Every `socket.connect` this process makes inside the block, as (address,) tuples.

    CPython's audit hook sees each connect before it happens, whatever library makes it: the proof
    that nothing left the process, without mocking the network. A hook cannot be removed, so it
    records only while the block runs.
    """
    seen: list[tuple[object, ...]] = []
    recording = threading.Event()
    recording.set()

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event == "socket.connect" and recording.is_set():
            seen.append(tuple(args[1:]))

    sys.addaudithook(hook)
    try:
        yield seen
    finally:
        recording.clear()


@contextmanager
def umask(mask: int) -> Iterator[None]:
    """The process's umask set to `mask` inside the block (a station's usual 022, say)."""
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def mode_of(path: Path) -> int:
    """The permission bits of `path` itself (a link is not followed)."""
    return stat.S_IMODE(path.lstat().st_mode)


def walk(root: Path, keep: Callable[[Path], bool] = lambda _path: True) -> list[Path]:
    """Every folder and file under `root` (not `root` itself), sorted."""
    return sorted(path for path in root.rglob("*") if keep(path))
