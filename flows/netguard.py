"""Connect-time address checks: the fetcher never becomes a way into the local network.

A feed or article URL can name any host, and a host name can resolve to 127.0.0.1, a cloud
metadata address or a LAN box, or change its answer between a check and the connection (DNS
rebinding). So the check lives in the network backend: the name is resolved once, every address
is vetted, and the socket is opened to the vetted address itself. Redirect hops pass through the
same backend, so each hop is checked again.

Both the resolver and the address policy can be handed in, which is how the tests play "a
public host that redirects to a private one" or "a name that rebinds between two lookups"
without any traffic leaving 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable

import anyio
import httpcore
import httpx

BLOCKED_MARK = "non-public address"

Resolver = Callable[[str, int], Awaitable[list[str]]]
AddressPolicy = Callable[[str], bool]


class BlockedAddressError(httpcore.ConnectError):
    """The host resolved to an address the guard refuses."""


def is_public_address(address: str) -> bool:
    """True for globally routable unicast addresses only.

    IPv6 forms that carry an IPv4 address (v4-mapped, 6to4) are judged by the address they
    carry, so 2002:7f00:1:: is loopback in disguise, not a public IPv6 host.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return is_public_address(str(embedded))
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


async def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (what a plain connect would try)."""
    infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """anyio backend that resolves, vets and then connects to the vetted IP."""

    def __init__(
        self,
        allow_private: bool,
        resolver: Resolver = system_resolver,
        address_allowed: AddressPolicy = is_public_address,
    ) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._allow_private = allow_private
        self._resolve = resolver
        self._address_allowed = address_allowed

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            with anyio.fail_after(timeout):
                addresses = await self._resolve(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"DNS lookup of {host} timed out") from exc
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise httpcore.ConnectError(f"DNS lookup of {host} failed: {reason}") from exc
        if not addresses:
            raise httpcore.ConnectError(f"DNS lookup of {host} returned no address")
        if not self._allow_private:
            refused = [a for a in addresses if not self._address_allowed(a)]
            if refused:
                raise BlockedAddressError(
                    f"{host} resolves to {BLOCKED_MARK} {refused[0]}; refused "
                    "(set DRILLWATCH_ALLOW_PRIVATE_NETWORKS=1 to allow)"
                )
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    async def connect_unix_socket(self, *args, **kwargs):  # pragma: no cover - never used
        raise httpcore.ConnectError("unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def guarded_transport(
    *,
    allow_private: bool,
    max_connections: int = 100,
    resolver: Resolver = system_resolver,
    address_allowed: AddressPolicy = is_public_address,
) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose every connection goes through GuardedBackend."""
    transport = httpx.AsyncHTTPTransport(trust_env=False)
    transport._pool = httpcore.AsyncConnectionPool(  # noqa: SLF001 - the documented pool swap
        ssl_context=httpx.create_ssl_context(),
        max_connections=max_connections,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=GuardedBackend(allow_private, resolver, address_allowed),
    )
    return transport
