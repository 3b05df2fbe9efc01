"""A misbehaving HTTP server on 127.0.0.1, for the faults pytest-httpserver cannot produce.

pytest-httpserver (werkzeug) always answers with a complete, well-formed response. The faults a
fetcher has to survive live below that: bytes that trickle in, a response that stops after its
headers, a reset connection, a body that never ends, a few kilobytes that inflate to gigabytes.
This server speaks raw HTTP/1.1 over sockets, one thread and one request per connection, and
each behaviour is a small function of the socket.

Every behaviour is bounded (by a byte count, a deadline or the client going away), and leaving
the server's `with` block sets a stop flag that every waiting behaviour watches, so the server
and its threads end by themselves within moments of the test that started them.
"""

from __future__ import annotations

import contextlib
import select
import socket
import socketserver
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from http import HTTPStatus

import psutil

HOST = "127.0.0.1"
MAX_HEAD_BYTES = 64 * 1024
MAX_WAIT_S = 30.0  # the longest any behaviour keeps a connection open
SEND_TIMEOUT_S = 3.0  # a client that stops reading is abandoned after this long
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Request:
    """What the client asked for (header names lower-cased)."""

    method: str
    path: str
    headers: dict[str, str]
    received_at: float = 0.0  # time.monotonic() once the request head was read (server side)

    @property
    def host(self) -> str:
        return self.headers.get("host", "").rsplit(":", 1)[0]


class Conn:
    """One client connection as a behaviour sees it: send, pause, notice the client leaving."""

    def __init__(
        self, sock: socket.socket, stop: threading.Event, on_sent: Callable[[int], None]
    ) -> None:
        self.sock = sock
        self.stop = stop
        self._on_sent = on_sent

    def send(self, data: bytes) -> bool:
        """Send everything; False once the client has gone or stopped reading."""
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        self._on_sent(len(data))
        return True

    def pause(self, seconds: float) -> bool:
        """Sleep; False as soon as the server is stopping or the client has hung up."""
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            if self.stop.wait(min(0.05, remaining)) or self.client_gone():
                return False
        return True

    def client_gone(self) -> bool:
        try:
            readable, _, _ = select.select([self.sock], [], [], 0)
            return bool(readable) and self.sock.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def reset(self) -> None:
        """Close with an RST instead of a FIN (SO_LINGER with a zero timeout)."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


Behaviour = Callable[[Conn, Request], None]


def head(status: int, headers: dict[str, str] | None = None) -> bytes:
    """Status line and headers of a response that closes the connection after itself."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown"
    lines = [f"HTTP/1.1 {status} {phrase}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    lines += ["Connection: close", "", ""]
    return "\r\n".join(lines).encode("latin-1")


def respond(
    body: bytes = b"",
    status: int = 200,
    content_type: str | None = "application/rss+xml",
    headers: dict[str, str] | None = None,
) -> Behaviour:
    """An ordinary, complete response."""
    fields = {"Content-Length": str(len(body)), **(headers or {})}
    if content_type:
        fields["Content-Type"] = content_type

    def run(conn: Conn, _request: Request) -> None:
        conn.send(head(status, fields) + body)

    return run


def dynamic(fn: Callable[[Request], tuple[int, dict[str, str], bytes]]) -> Behaviour:
    """A complete response computed per request (conditional GETs, growing feeds)."""

    def run(conn: Conn, request: Request) -> None:
        status, headers, body = fn(request)
        conn.send(head(status, {"Content-Length": str(len(body)), **headers}) + body)

    return run


def redirect(location: str, status: int = 302) -> Behaviour:
    return respond(b"", status=status, content_type=None, headers={"Location": location})


def delayed(seconds: float, then: Behaviour) -> Behaviour:
    """Wait before answering (a slow but honest site)."""

    def run(conn: Conn, request: Request) -> None:
        if conn.pause(seconds):
            then(conn, request)

    return run


def drip(body: bytes, interval_s: float, content_type: str = "application/rss+xml") -> Behaviour:
    """Headers at once, then the body one byte per `interval_s` (each read succeeds, slowly)."""
    fields = {"Content-Type": content_type, "Content-Length": str(len(body))}

    def run(conn: Conn, _request: Request) -> None:
        if not conn.send(head(200, fields)):
            return
        deadline = time.monotonic() + MAX_WAIT_S
        for i in range(len(body)):
            if time.monotonic() > deadline or not conn.send(body[i : i + 1]):
                return
            if not conn.pause(interval_s):
                return

    return run


def drip_head(interval_s: float, body: bytes = b"<rss/>") -> Behaviour:
    """Even the status line and headers arrive one byte per `interval_s`."""

    def run(conn: Conn, _request: Request) -> None:
        data = head(200, {"Content-Length": str(len(body))}) + body
        deadline = time.monotonic() + MAX_WAIT_S
        for i in range(len(data)):
            if time.monotonic() > deadline or not conn.send(data[i : i + 1]):
                return
            if not conn.pause(interval_s):
                return

    return run


def hang_after_headers(
    content_length: int = 10_000, content_type: str = "application/rss+xml"
) -> Behaviour:
    """Promise a body, send none, and hold the connection open until the client gives up."""

    def run(conn: Conn, _request: Request) -> None:
        fields = {"Content-Type": content_type, "Content-Length": str(content_length)}
        if not conn.send(head(200, fields)):
            return
        deadline = time.monotonic() + MAX_WAIT_S
        while time.monotonic() < deadline and conn.pause(0.05):
            pass

    return run


def reset(prefix: bytes = b"") -> Behaviour:
    """Send `prefix` (nothing, or headers and part of a body), then reset the connection."""

    def run(conn: Conn, _request: Request) -> None:
        if prefix:
            conn.send(prefix)
        conn.reset()

    return run


def garbage(data: bytes = b"SSH-2.0-OpenSSH_9.6\r\nnot http at all\r\n\r\n") -> Behaviour:
    """Something that is not an HTTP response at all."""

    def run(conn: Conn, _request: Request) -> None:
        conn.send(data)

    return run


def endless(
    total_bytes: int,
    content_type: str = "application/rss+xml",
    declare_length: bool = False,
    prefix: bytes = b'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>',
) -> Behaviour:
    """A body of `total_bytes`, generated chunk by chunk (never held in memory).

    Without a declared length it is sent chunked, so the client can only find out how big it
    is by reading; the server stops as soon as the client stops reading.
    """
    filler = b"<!-- " + b"x" * (CHUNK - 9) + b" -->"

    def pieces() -> Iterator[bytes]:
        remaining = total_bytes - len(prefix)
        yield prefix
        while remaining > 0:
            piece = filler[: min(remaining, CHUNK)]
            remaining -= len(piece)
            yield piece

    def run(conn: Conn, _request: Request) -> None:
        fields = {"Content-Type": content_type}
        if declare_length:
            fields["Content-Length"] = str(total_bytes)
        else:
            fields["Transfer-Encoding"] = "chunked"
        if not conn.send(head(200, fields)):
            return
        for piece in pieces():
            frame = piece if declare_length else b"%x\r\n%s\r\n" % (len(piece), piece)
            if conn.stop.is_set() or not conn.send(frame):
                return
        if not declare_length:
            conn.send(b"0\r\n\r\n")

    return run


@lru_cache(maxsize=8)
def gzip_bomb_bytes(decompressed_mib: int, layers: int = 1) -> bytes:
    """Zeros gzip-compressed `layers` times; 256 MiB in one layer is about 1 MB, in two 3 KB."""
    if layers > 1:
        outer = zlib.compressobj(9, zlib.DEFLATED, 31)
        inner = gzip_bomb_bytes(decompressed_mib, layers - 1)
        return outer.compress(inner) + outer.flush()
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    return b"".join(packer.compress(block) for _ in range(decompressed_mib)) + packer.flush()


def gzip_bomb(decompressed_mib: int, layers: int = 1) -> Behaviour:
    """A small body that inflates to `decompressed_mib` MiB (Content-Encoding: gzip[, gzip])."""
    return respond(
        gzip_bomb_bytes(decompressed_mib, layers),
        headers={"Content-Encoding": ", ".join(["gzip"] * layers)},
    )


def not_found(conn: Conn, _request: Request) -> None:
    respond(b"not here", status=404, content_type="text/plain")(conn, _request)


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        owner = self.server.owner
        sock: socket.socket = self.request
        sock.settimeout(SEND_TIMEOUT_S)
        request = _read_request(sock)
        if request is None:
            return
        owner._record(request)
        behaviour = owner.behaviour_for(request.path)
        conn = Conn(sock, owner._stop, lambda n: owner._count_sent(request.path, n))
        try:
            with contextlib.suppress(OSError):  # the client went away: nothing left to do
                behaviour(conn, request)
        finally:
            owner._done()


def _read_request(sock: socket.socket) -> Request | None:
    data = b""
    try:
        while b"\r\n\r\n" not in data and len(data) < MAX_HEAD_BYTES:
            piece = sock.recv(4096)
            if not piece:
                return None
            data += piece
    except OSError:
        return None
    lines = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) < 2:
        return None
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Request(method=parts[0], path=parts[1], headers=headers, received_at=time.monotonic())


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = True  # server_close() waits for every connection thread
    request_queue_size = 128
    owner: FaultServer


class FaultServer:
    """Routes paths to behaviours; use as a context manager so it always stops."""

    def __init__(self, host: str = HOST) -> None:
        self.routes: dict[str, Behaviour] = {}
        self.log: list[Request] = []
        self.sent: dict[str, int] = {}  # bytes sent per path, updated as they go out
        self.active = 0  # requests being answered right now
        self.peak_active = 0  # the most answered at once (what a client's limits allowed)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._server = _Server((host, 0), _Handler, bind_and_activate=True)
        self._server.owner = self
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str, host: str = HOST) -> str:
        """URL of `path`; `host` may be another name for 127.0.0.1 (localhost, 127.1)."""
        return f"http://{host}:{self.port}{path}"

    def route(self, path: str, behaviour: Behaviour, host: str = HOST) -> str:
        """Serve `behaviour` at `path` (a trailing `*` serves every path below) -> its URL."""
        self.routes[path] = behaviour
        return self.url(path.rstrip("*"), host)

    def behaviour_for(self, path: str) -> Behaviour:
        bare = path.split("?", 1)[0]
        if path in self.routes or bare in self.routes:
            return self.routes.get(path) or self.routes[bare]
        prefixes = [p for p in self.routes if p.endswith("*") and bare.startswith(p[:-1])]
        return self.routes[max(prefixes, key=len)] if prefixes else not_found

    def requests(self, path: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.log if path is None or r.path == path]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()

    def _record(self, request: Request) -> None:
        with self._lock:
            self.log.append(request)
            self.active += 1
            self.peak_active = max(self.peak_active, self.active)

    def _done(self) -> None:
        with self._lock:
            self.active -= 1

    def _count_sent(self, path: str, sent: int) -> None:
        with self._lock:
            self.sent[path] = self.sent.get(path, 0) + sent

    def __enter__(self) -> FaultServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=MAX_WAIT_S)


class PeakRss:
    """How far this process's resident memory rose above its starting point inside the block.

    A sampling thread reads RSS every few milliseconds, so a short-lived spike (a gzip bomb
    inflated into one buffer, then freed) is seen even though it is gone by the end.
    """

    def __init__(self, interval_s: float = 0.002) -> None:
        self._proc = psutil.Process()
        self._interval = interval_s
        self._done = threading.Event()
        self._peak = 0
        self.baseline = 0
        self.growth = 0

    def _sample(self) -> None:
        while not self._done.is_set():
            self._peak = max(self._peak, self._proc.memory_info().rss)
            self._done.wait(self._interval)

    def __enter__(self) -> PeakRss:
        self.baseline = self._proc.memory_info().rss
        self._peak = self.baseline
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join(timeout=5)
        self._peak = max(self._peak, self._proc.memory_info().rss)
        self.growth = self._peak - self.baseline

    @property
    def growth_mib(self) -> float:
        return self.growth / (1 << 20)
