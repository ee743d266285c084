"""Which network addresses the fetcher may connect to, and a DNS resolver that enforces it.

Server-side request forgery defence: every address a name resolves to is checked, and the
connector only ever connects to the addresses this resolver returned, so a name cannot be
re-resolved to a private address between the check and the connection (DNS rebinding).
IP-literal hosts never reach a resolver, so `parse_ip_host` reads them here, including the
legacy numeric forms (`2130706433`, `0x7f.1`, `127.1`) that the C library still accepts.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time

import psutil
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from digest.errors import FetchError
from digest.models import FetchPolicy

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

NOT_PUBLIC = "That address is not public, so I won't open it."
INVALID_URL = "That is not a web link I can open; send one like https://example.com/story."

# Special-purpose ranges that some Python versions still call global.
_EXTRA_NON_PUBLIC = tuple(
    ipaddress.ip_network(n)
    for n in (
        "100.64.0.0/10",  # carrier-grade NAT
        "192.0.0.0/24",  # IETF protocol assignments
        "192.88.99.0/24",  # 6to4 relay anycast
        "198.18.0.0/15",  # benchmarking
        "64:ff9b:1::/48",  # local-use NAT64
        "2001::/23",  # IETF protocol assignments, Teredo included
        "fec0::/10",  # deprecated site-local
    )
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_TRANSLATED = ipaddress.IPv6Network("::ffff:0:0:0/96")
_NUMERIC_PART = re.compile(r"0x[0-9a-f]*|[0-9]+", re.IGNORECASE)
_OWN_ADDRESSES_TTL = 60.0
_own_cache: tuple[float, frozenset[IPAddress]] = (float("-inf"), frozenset())


def parse_ip_host(host: str) -> IPAddress | None:
    """The address an IP-literal host names, or None for a DNS name.

    Accepts every form the C library's `inet_aton` accepts (decimal, octal and hex parts, one to
    four of them) and IPv6 with an optional zone. Raises FetchError for a host that looks numeric
    but is no valid address, because the C library might still read it some way of its own.
    """
    host = host.strip("[]")
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            raise FetchError(INVALID_URL, code="bad_scheme") from None
    parts = host[:-1].split(".") if host.endswith(".") else host.split(".")
    if not all(_NUMERIC_PART.fullmatch(p) for p in parts):
        return None
    try:
        return _inet_aton(parts)
    except ValueError:
        raise FetchError(INVALID_URL, code="bad_scheme") from None


def _inet_aton(parts: list[str]) -> ipaddress.IPv4Address:
    if len(parts) > 4:
        raise ValueError("too many parts")
    numbers = [_number(p) for p in parts]
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        raise ValueError("part out of range")
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def _number(part: str) -> int:
    if part[:2].lower() == "0x":
        return int(part[2:], 16)
    if len(part) > 1 and part.startswith("0"):
        return int(part, 8)
    return int(part)


def own_addresses() -> frozenset[IPAddress]:
    """The addresses of this machine's own network interfaces (cached for a minute)."""
    global _own_cache
    stamp, cached = _own_cache
    now = time.monotonic()
    if now - stamp < _OWN_ADDRESSES_TTL:
        return cached
    found: set[IPAddress] = set()
    for addrs in psutil.net_if_addrs().values():
        for addr in addrs:
            if addr.family in (socket.AF_INET, socket.AF_INET6):
                found.add(_plain(ipaddress.ip_address(addr.address.split("%")[0])))
    _own_cache = (now, frozenset(found))
    return _own_cache[1]


def _plain(ip: IPAddress) -> IPAddress:
    """An IPv4-mapped IPv6 address is the IPv4 address it maps to; the socket goes there."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped
        if mapped is not None:
            return mapped
        if ip.scope_id:
            return ipaddress.IPv6Address(str(ip).split("%")[0])
    return ip


def _low32(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address:
    return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses carried inside an IPv6 one: 6to4, Teredo, IPv4-translated."""
    found = []
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    if ip in _IPV4_TRANSLATED:
        found.append(_low32(ip))
    return found


def _is_global(ip: IPAddress) -> bool:
    return ip.is_global and not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or any(ip in net for net in _EXTRA_NON_PUBLIC)
    )


def is_public(ip: IPAddress) -> bool:
    """True when `ip` is an ordinary Internet address that is not one of this machine's own."""
    ip = _plain(ip)
    if isinstance(ip, ipaddress.IPv6Address) and ip in _NAT64:
        ip = _low32(ip)  # the well-known NAT64 prefix reaches exactly this IPv4 address
    if not _is_global(ip) or ip in own_addresses():
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        return all(_is_global(v4) and v4 not in own_addresses() for v4 in _embedded_ipv4(ip))
    return True


def is_allowed_network(ip: IPAddress, policy: FetchPolicy) -> bool:
    """True when the policy's allow-list (a setting, empty by default) covers `ip`."""
    ip = _plain(ip)
    return any(ip.version == net.version and ip in net for net in policy.allowed_networks)


def port_refused(port: int, policy: FetchPolicy) -> FetchError:
    ports = sorted(policy.allowed_ports)
    listed = ", ".join(str(p) for p in ports[:-1]) + f" or {ports[-1]}" if len(ports) > 1 else str(ports[0])
    return FetchError(f"I only open links on the usual web ports ({listed}).", code="bad_port")


def check_address(ip: IPAddress, port: int, policy: FetchPolicy) -> None:
    """Raise FetchError unless the fetcher may connect to `ip` on `port` under `policy`."""
    if is_allowed_network(ip, policy):
        return
    if not is_public(ip):
        raise FetchError(NOT_PUBLIC, code="not_public")
    if port not in policy.allowed_ports:
        raise port_refused(port, policy)


class GuardedResolver(AbstractResolver):
    """Resolves with `inner` (the system resolver by default) and refuses the whole answer if
    ANY address in it is not allowed, so the connector only ever sees checked addresses."""

    def __init__(self, policy: FetchPolicy, inner: AbstractResolver | None = None) -> None:
        self._policy = policy
        self._inner = inner or ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        if not results:
            raise OSError(f"{host} has no address")
        for result in results:
            check_address(ipaddress.ip_address(result["host"]), port, self._policy)
        return results

    async def close(self) -> None:
        await self._inner.close()
