"""HTTP fetching with every limit a hostile server could abuse: time, size, redirects, hosts.

One `Fetcher` serves one batch. Redirects are followed by hand so each hop is counted, checked by
the address guard and classified (a chain of only 301/308 hops updates a feed's stored URL).
Bodies are streamed and cut at the size cap after decompression, and inflated in bounded steps,
so a gzip bomb (even one compressed twice) costs at most the cap. The total timeout covers the
whole exchange, which is what stops a slow drip of bytes that a per-read timeout alone never
trips; it starts when the request gets its connection slots, so time spent queued behind slow
responses from the same host never fails a healthy request. A caller may pass a gate that is
entered around every hop (flows/politeness.py: robots.txt and Crawl-delay for article pages).
"""

from __future__ import annotations

import asyncio
import time
import zlib
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin

import anyio
import httpx

from extractors.urls import host_of
from flows.netguard import BLOCKED_MARK, guarded_transport
from flows.settings import Settings

PERMANENT_REDIRECTS = {301, 308}
REDIRECTS = {301, 302, 303, 307, 308}
INFLATE_STEP = 64 * 1024  # most bytes one inflate call may produce
MAX_ENCODING_LAYERS = 2


@dataclass(frozen=True)
class Refusal:
    """Why a gate refused a hop: `kind` becomes the result's error_kind, `reason` its error."""

    kind: str
    reason: str


# Entered around every hop of a request (the first URL and each redirect target), before the
# connection slots are taken: it yields None to let the hop go ahead (after any wait it imposes,
# and holding whatever it holds until the response is read), or a Refusal that stops the
# request before anything is sent. flows/politeness.py gives one that applies robots.txt and
# Crawl-delay to page fetches.
HopGate = Callable[[str], AbstractAsyncContextManager[Refusal | None]]


@asynccontextmanager
async def _open_gate(url: str) -> AsyncIterator[Refusal | None]:
    yield None


@dataclass
class FetchResult:
    """The outcome of one GET, successful or not; `error` is a one-line reason when it failed."""

    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None
    # timeout | dns | connect | blocked | too_large | redirects | robots | robots_unavailable | ...
    error_kind: str | None = None
    permanent_url: str | None = None
    skipped_type: str | None = None
    elapsed_ms: int = 0
    bytes_read: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300


class TooLarge(Exception):
    """The body passed the configured cap."""


class _Truncated(Exception):
    """The body reached the cap and the caller asked for its first bytes only."""


class Fetcher:
    """Shared client plus per-host and total concurrency limits for one batch of requests."""

    def __init__(
        self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        """`transport` replaces the guarded one (tests give it a resolver they control)."""
        self.settings = settings
        self._client = httpx.AsyncClient(
            transport=transport
            or guarded_transport(
                allow_private=settings.allow_private_networks,
                max_connections=settings.total_concurrency,
            ),
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(
                connect=settings.connect_timeout_s,
                read=settings.read_timeout_s,
                write=settings.read_timeout_s,
                pool=settings.total_timeout_s,
            ),
            follow_redirects=False,
            trust_env=False,
        )
        self._host_slots: dict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.per_host_concurrency)
        )
        self._total = asyncio.Semaphore(settings.total_concurrency)

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._client.aclose()

    async def get(
        self,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        max_bytes: int,
        accept: str,
        body_types: tuple[str, ...] | None = None,
        gate: HopGate | None = None,
        truncate: bool = False,
    ) -> FetchResult:
        """GET with redirects, caps and timeouts; never raises for network or HTTP trouble.

        With `body_types`, a response whose Content-Type is none of them is not read at all (a
        60 MB PDF behind an article link costs one header exchange); `skipped_type` says so.
        `gate` is asked before every hop and may refuse it. With `truncate`, a body over
        `max_bytes` keeps its first `max_bytes` bytes instead of failing (robots.txt: crawlers
        read the first 500 KiB and ignore the rest).
        """
        started = time.monotonic()
        result = FetchResult(url=url, final_url=url)
        spec = _Request(headers or {}, max_bytes, accept, body_types, gate, truncate)
        try:
            await self._follow(url, spec, result)
        except TimeoutError:
            result.error_kind = "timeout"
            result.error = f"timed out after {self.settings.total_timeout_s:.0f}s in total"
        except TooLarge:
            result.error_kind = "too_large"
            result.error = f"body larger than the {max_bytes // 1024 // 1024} MiB cap"
            result.body = None
        except httpx.TimeoutException as exc:
            result.error_kind = "timeout"
            result.error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        except httpx.ConnectError as exc:
            text = str(exc) or type(exc).__name__
            if BLOCKED_MARK in text:
                result.error_kind = "blocked"
            elif "DNS" in text or "Name or service" in text:
                result.error_kind = "dns"
            else:
                result.error_kind = "connect"
            result.error = text
        except (httpx.HTTPError, httpx.InvalidURL, OSError) as exc:
            result.error_kind = "network"
            result.error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        result.elapsed_ms = int((time.monotonic() - started) * 1000)
        if result.error:
            result.error = result.error.splitlines()[0][:500]
        return result

    async def _follow(self, url: str, spec: _Request, result: FetchResult) -> None:
        permanent = True
        current = url
        budget = self.settings.total_timeout_s  # spent only while holding the slots
        gate = spec.gate or _open_gate
        for _hop in range(self.settings.max_redirects + 1):
            # The gate's waits (robots.txt, Crawl-delay) come before the slots and the budget.
            async with gate(current) as refusal:
                if refusal is not None:
                    result.final_url = current
                    result.error_kind, result.error = refusal.kind, refusal.reason
                    return
                async with self._total, self._host_slots[host_of(current)]:
                    hop_started = time.monotonic()
                    with anyio.fail_after(max(budget, 0.0)):
                        location = await self._exchange(current, spec, result)
                    budget -= time.monotonic() - hop_started
            if location is None:
                if current != url and permanent:
                    result.permanent_url = current
                return
            permanent = permanent and result.status in PERMANENT_REDIRECTS
            current = urljoin(current, location)
        result.error_kind = "redirects"
        result.error = f"more than {self.settings.max_redirects} redirects (last: {current})"

    async def _exchange(self, url: str, spec: _Request, result: FetchResult) -> str | None:
        """One request; returns the redirect target, or None once the response is final."""
        request_headers = {"Accept": spec.accept, **spec.headers}
        async with self._client.stream("GET", url, headers=request_headers) as resp:
            result.final_url = url
            result.status = resp.status_code
            result.headers = {k.lower(): v for k, v in resp.headers.items()}
            if resp.status_code in REDIRECTS and "location" in resp.headers:
                return resp.headers["location"]
            content_type = result.headers.get("content-type", "").lower()
            if spec.body_types and content_type and not content_type.startswith(spec.body_types):
                result.skipped_type = content_type.split(";")[0].strip()
            elif 200 <= resp.status_code < 300:
                result.body = await _read_capped(resp, spec.max_bytes, result, spec.truncate)
            return None


@dataclass(frozen=True)
class _Request:
    """What every hop of one `get` sends and accepts (the request's fixed parameters)."""

    headers: dict[str, str]
    max_bytes: int
    accept: str
    body_types: tuple[str, ...] | None
    gate: HopGate | None
    truncate: bool


class _Inflater:
    """One gzip/deflate layer that never produces more than INFLATE_STEP bytes per call.

    httpx's own decoder inflates a whole network read in one call: 64 KB of a gzip bomb becomes
    64 MB before anyone can count it, and a body compressed twice multiplies that again. Here
    the compressed input is fed in steps (zlib keeps the unconsumed tail), so the cap is checked
    every INFLATE_STEP bytes whatever the compression ratio.
    """

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        gzip = encoding in ("gzip", "x-gzip")
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)
        self._may_be_raw = not gzip  # "deflate" is often sent without its zlib header
        self._fed = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data and not self._zlib.eof:
            try:
                out = self._zlib.decompress(data, INFLATE_STEP)
            except zlib.error as exc:
                if self._may_be_raw and not self._fed:
                    self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._may_be_raw = False
                    continue
                raise httpx.DecodingError(f"invalid {self.encoding} body: {exc}") from exc
            self._fed = True
            data = self._zlib.unconsumed_tail
            if out:
                yield out

    def flush(self) -> bytes:
        try:
            return self._zlib.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(f"invalid {self.encoding} body: {exc}") from exc


def _inflaters(resp: httpx.Response) -> list[_Inflater]:
    """One inflater per compression layer, in the order the server applied them."""
    names = [v.strip().lower() for v in resp.headers.get("content-encoding", "").split(",")]
    layers = [_Inflater(n) for n in names if n in ("gzip", "x-gzip", "deflate")]
    if len(layers) > MAX_ENCODING_LAYERS:
        raise httpx.DecodingError(f"{len(layers)} layers of content encoding refused")
    return layers


def _inflate(layers: list[_Inflater], data: bytes) -> Iterator[bytes]:
    """Undo the last-applied layer first; every piece stays at most INFLATE_STEP bytes."""
    if not layers:
        if data:
            yield data
        return
    for piece in layers[-1].feed(data):
        yield from _inflate(layers[:-1], piece)


def _inflate_rest(layers: list[_Inflater]) -> Iterator[bytes]:
    for index in range(len(layers) - 1, -1, -1):
        yield from _inflate(layers[:index], layers[index].flush())


async def _read_capped(
    resp: httpx.Response, max_bytes: int, result: FetchResult, truncate: bool = False
) -> bytes:
    declared = resp.headers.get("content-length")
    if not truncate and declared and declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge
    layers = _inflaters(resp)
    chunks: list[bytes] = []
    size = 0

    def take(pieces: Iterator[bytes]) -> None:
        nonlocal size
        for piece in pieces:
            if size + len(piece) > max_bytes:
                if not truncate:
                    result.bytes_read = size + len(piece)
                    raise TooLarge
                chunks.append(piece[: max_bytes - size])
                result.bytes_read = max_bytes
                raise _Truncated
            size += len(piece)
            result.bytes_read = size
            chunks.append(piece)

    try:
        async for raw in resp.aiter_raw():
            take(_inflate(layers, raw))
        take(_inflate_rest(layers))
    except _Truncated:
        pass  # leaving the stream closes the connection: the rest is never read
    return b"".join(chunks)
