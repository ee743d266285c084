"""Fetch an untrusted URL safely and return its decoded text (see RELIABILITY.md, "Fetching").

`check_url` refuses bad schemes, credentials, ports and non-public IP literals before any
connection; `open_session` builds an aiohttp session whose resolver checks every address it
connects to; `fetch_page` follows redirects by hand (each hop re-checked), checks the content
type before reading, caps the body counting decompressed bytes, enforces connect, between-reads
and total timeouts, and decodes the text. Every refusal is a FetchError with one user sentence.
"""

from __future__ import annotations

import asyncio
import weakref
import zlib

import aiohttp
import brotli
from aiohttp import hdrs
from yarl import URL

from digest.errors import FetchError
from digest.models import FetchPolicy, Page
from digest.web.charset import decode_page
from digest.web.netguard import (
    INVALID_URL,
    NOT_PUBLIC,
    GuardedResolver,
    check_address,
    parse_ip_host,
    port_refused,
)

ONLY_WEB = "I can only open web links (http or https)."
CREDENTIALS = "I won't open links that carry a user name or password."
TOO_SLOW = "The site is too slow to answer; try again later."
UNREACHABLE = "I couldn't reach that site; check the link or try again later."
UNREADABLE = "The site sent the page in a compressed form I can't read."

# Sessions made by open_session, with the policy their resolver enforces.
_GUARDED: weakref.WeakKeyDictionary[aiohttp.ClientSession, FetchPolicy] = weakref.WeakKeyDictionary()
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = _HTML_TYPES | {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/x-rss+xml",
    "application/feed+json",
    "application/json",
    "text/plain",
}
_ACCEPT = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,"
    "text/html;q=0.5,*/*;q=0.1",
}
_KIND_NAMES = {
    "application/pdf": "a PDF",
    "application/zip": "a zip archive",
    "application/x-zip-compressed": "a zip archive",
    "application/gzip": "a compressed archive",
    "application/x-tar": "an archive",
    "application/json": "JSON data",
    "application/octet-stream": "a file download",
    "application/msword": "a Word document",
    "text/plain": "plain text",
}
_KIND_PREFIXES = {"image/": "an image", "video/": "a video", "audio/": "an audio file", "font/": "a font"}


def check_url(url: str, policy: FetchPolicy) -> None:
    """Raise FetchError unless `url` may be requested under `policy`; opens no connection.

    Checks the scheme, credentials, the port, IP-literal hosts in every spelling and "localhost"
    names. Other DNS names are checked later, by the session's resolver, against every address
    they resolve to.
    """
    checked_url(url, policy)


def checked_url(url: str, policy: FetchPolicy) -> URL:
    """`check_url`, returning the parsed URL with any IP-literal host in canonical form, so the
    connection goes to exactly the address that was checked."""
    try:
        parsed = URL(url)
        scheme, host, port = parsed.scheme, parsed.host, parsed.port
        has_credentials = parsed.raw_user is not None or parsed.raw_password is not None
    except (ValueError, TypeError, IndexError):  # yarl raises IndexError on an empty "[]" host
        raise FetchError(INVALID_URL, code="bad_scheme") from None
    if scheme not in ("http", "https"):
        raise FetchError(ONLY_WEB, code="bad_scheme")
    if not host or port is None:
        raise FetchError(INVALID_URL, code="bad_scheme")
    if has_credentials:
        raise FetchError(CREDENTIALS, code="credentials")
    if host.rstrip(".") == "localhost" or host.rstrip(".").endswith(".localhost"):
        raise FetchError(NOT_PUBLIC, code="not_public")  # RFC 6761: always loopback, whatever the DNS
    ip = parse_ip_host(host)
    if ip is None:
        if port not in policy.allowed_ports and not policy.allowed_networks:
            raise port_refused(port, policy)
        return parsed
    check_address(ip, port, policy)
    try:
        return parsed.with_host(str(ip))
    except ValueError:
        raise FetchError(INVALID_URL, code="bad_scheme") from None


def open_session(
    policy: FetchPolicy, resolver: aiohttp.abc.AbstractResolver | None = None
) -> aiohttp.ClientSession:
    """An aiohttp session that only connects to addresses allowed by `policy`.

    `resolver` replaces the system DNS (tests use it for names like "evil.test"); its answers
    are checked all the same. No proxies from the environment, no cookies kept between fetches,
    no automatic decompression (`fetch_page` decompresses under the size cap). Call it inside a
    running event loop; close the session when done.
    """
    connector = aiohttp.TCPConnector(resolver=GuardedResolver(policy, resolver))
    session = aiohttp.ClientSession(
        connector=connector,
        trust_env=False,
        auto_decompress=False,
        cookie_jar=aiohttp.DummyCookieJar(),
        timeout=_timeouts(policy),
        headers={hdrs.USER_AGENT: policy.user_agent},
    )
    _GUARDED[session] = policy
    return session


def _check_session(session: aiohttp.ClientSession, policy: FetchPolicy) -> None:
    """A session from elsewhere would connect to any address: refuse it, loudly (a bug)."""
    guarded = _GUARDED.get(session)
    if guarded is None:
        raise ValueError("fetch_page needs a session made by open_session")
    if (guarded.allowed_networks, guarded.allowed_ports) != (policy.allowed_networks, policy.allowed_ports):
        raise ValueError("the session was opened with a different network policy")


def _timeouts(policy: FetchPolicy) -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(
        total=policy.total_timeout, connect=policy.connect_timeout, sock_read=policy.read_timeout
    )


async def fetch_page(
    url: str,
    policy: FetchPolicy,
    session: aiohttp.ClientSession | None = None,
    *,
    kind: str = "html",
    etag: str | None = None,
    last_modified: str | None = None,
) -> Page:
    """Fetch `url` under `policy` and return the decoded page; raise FetchError on any refusal.

    kind="html" accepts HTML only; kind="feed" also accepts RSS/Atom/XML/JSON and keeps the raw
    bytes in `Page.raw`. With `etag`/`last_modified` the request is conditional and a 304 answer
    returns a Page with status 304 and empty text. Without `session`, a session is opened and
    closed for this one fetch; a given session must come from `open_session` with the same
    network rules (ValueError otherwise).
    """
    if kind not in _ACCEPT:
        raise ValueError(f"unknown kind {kind!r}")
    if session is not None:
        _check_session(session, policy)
    target = checked_url(url, policy)
    headers = {
        hdrs.ACCEPT: _ACCEPT[kind],
        hdrs.ACCEPT_ENCODING: "gzip, deflate, br",
        hdrs.USER_AGENT: policy.user_agent,
    }
    if etag:
        headers[hdrs.IF_NONE_MATCH] = etag
    if last_modified:
        headers[hdrs.IF_MODIFIED_SINCE] = last_modified
    own = session is None
    active = session or open_session(policy)
    try:
        async with asyncio.timeout(policy.total_timeout):
            return await _follow(active, target, url, policy, kind, headers)
    except TimeoutError:
        raise FetchError(TOO_SLOW, code="too_slow") from None
    except (aiohttp.ClientError, OSError) as exc:
        raise FetchError(UNREACHABLE, code="unreachable") from exc
    finally:
        if own:
            await active.close()


async def _follow(
    session: aiohttp.ClientSession, target: URL, url: str, policy: FetchPolicy, kind: str, headers: dict
) -> Page:
    timeout = _timeouts(policy)
    for _ in range(policy.max_redirects + 1):
        async with session.get(
            target, headers=headers, allow_redirects=False, auto_decompress=False, timeout=timeout
        ) as response:
            location = response.headers.get(hdrs.LOCATION)
            if response.status in _REDIRECTS and location:
                target = _next_hop(response.url, location, policy)
                continue
            return await _page(response, url, policy, kind, headers)
    raise FetchError(
        f"The link redirects too many times (more than {policy.max_redirects}), so I stopped.",
        code="too_many_redirects",
    )


def _next_hop(current: URL, location: str, policy: FetchPolicy) -> URL:
    try:
        joined = current.join(URL(location))
    except (ValueError, TypeError):
        raise FetchError(INVALID_URL, code="bad_scheme") from None
    return checked_url(str(joined), policy)


async def _page(
    response: aiohttp.ClientResponse, url: str, policy: FetchPolicy, kind: str, headers: dict
) -> Page:
    conditional = hdrs.IF_NONE_MATCH in headers or hdrs.IF_MODIFIED_SINCE in headers
    page = Page(
        url=str(response.url),
        requested_url=url,
        status=response.status,
        content_type=response.content_type if hdrs.CONTENT_TYPE in response.headers else "",
        text="",
        encoding="",
        etag=response.headers.get(hdrs.ETAG, headers.get(hdrs.IF_NONE_MATCH)),
        last_modified=response.headers.get(hdrs.LAST_MODIFIED, headers.get(hdrs.IF_MODIFIED_SINCE)),
        cache_control=response.headers.get(hdrs.CACHE_CONTROL),
    )
    if response.status == 304 and conditional:
        return page
    if not 200 <= response.status < 300:
        raise _status_error(response.status)
    _check_type(page.content_type, kind)
    if response.content_length is not None and response.content_length > policy.max_bytes:
        raise _too_large(policy)
    raw = await _read_body(response, policy)
    page.text, page.encoding = decode_page(raw, response.charset)
    if kind == "feed":
        page.raw = raw
    return page


def _status_error(status: int) -> FetchError:
    if status in (404, 410):
        message = f"The site says that page does not exist (HTTP {status})."
    elif status in (401, 403, 451):
        message = f"The site refused to show me that page (HTTP {status})."
    elif status == 429:
        message = "The site asked me to slow down (HTTP 429); try again later."
    elif status >= 500:
        message = f"The site answered with an error (HTTP {status}); try again later."
    else:
        message = f"The site answered with an error (HTTP {status})."
    return FetchError(message, code="http_status", status=status)


def _check_type(content_type: str, kind: str) -> None:
    """Refuse a body we cannot read before reading it; a missing Content-Type is given a chance."""
    if not content_type or content_type in _HTML_TYPES:
        return
    if kind == "feed" and (content_type in _FEED_TYPES or content_type.endswith("+xml")):
        return
    what = _KIND_NAMES.get(content_type) or next(
        (name for prefix, name in _KIND_PREFIXES.items() if content_type.startswith(prefix)), content_type
    )
    raise FetchError(f"That link is not a web page I can read (it is {what}).", code="not_html")


def _too_large(policy: FetchPolicy) -> FetchError:
    size = policy.max_bytes
    limit = f"{size / 2**20:g} MB" if size >= 2**20 else f"{size / 2**10:g} KB"
    return FetchError(f"The page is too large to read (over {limit}).", code="too_large")


async def _read_body(response: aiohttp.ClientResponse, policy: FetchPolicy) -> bytes:
    """Read at most `policy.max_bytes`, counted after decompression, or raise too_large."""
    inflater = _Inflater(response.headers.get(hdrs.CONTENT_ENCODING, ""))
    parts: list[bytes] = []
    received = produced = 0
    async for chunk in response.content.iter_any():
        received += len(chunk)
        if received > policy.max_bytes:
            raise _too_large(policy)
        data = inflater.feed(chunk, policy.max_bytes - produced)
        produced += len(data)
        if produced > policy.max_bytes:
            raise _too_large(policy)
        parts.append(data)
    return b"".join(parts)


class _Inflater:
    """Streaming gzip/deflate/brotli decoder that never produces more than it is allowed to."""

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate", "br")):
            raise FetchError(UNREADABLE, code="unreachable")
        self._coding = codings[0] if codings else None
        self._decoder: zlib._Decompress | None = None
        self._brotli = brotli.Decompressor() if self._coding == "br" else None

    def feed(self, chunk: bytes, allowance: int) -> bytes:
        """Decode `chunk`; returns more than `allowance` bytes only to signal the cap was passed."""
        if self._coding is None or not chunk:
            return chunk
        if self._brotli is not None:
            return self._unbrotli(self._brotli, chunk, allowance)
        if self._decoder is None:
            self._decoder = zlib.decompressobj(self._wbits(chunk))
        out: list[bytes] = []
        produced = 0
        data = chunk
        try:
            while data and produced <= allowance:
                piece = self._decoder.decompress(data, allowance - produced + 1)
                produced += len(piece)
                out.append(piece)
                data = self._decoder.unconsumed_tail
        except zlib.error:
            raise FetchError(UNREADABLE, code="unreachable") from None
        return b"".join(out)

    @staticmethod
    def _unbrotli(decoder: brotli.Decompressor, chunk: bytes, allowance: int) -> bytes:
        """Brotli in bounded steps: the output buffer stops growing at the allowance (plus one byte)."""
        out: list[bytes] = []
        produced = 0
        data = chunk
        try:
            while True:
                piece = decoder.process(data, output_buffer_limit=allowance - produced + 1)
                data = b""
                produced += len(piece)
                out.append(piece)
                if produced > allowance or decoder.can_accept_more_data() or decoder.is_finished():
                    break
        except brotli.error:
            raise FetchError(UNREADABLE, code="unreachable") from None
        return b"".join(out)

    def _wbits(self, first: bytes) -> int:
        if self._coding != "deflate":
            return 16 + zlib.MAX_WBITS
        # "deflate" should be zlib-wrapped, but some servers send a raw deflate stream.
        return zlib.MAX_WBITS if first[0] & 0x0F == 8 else -zlib.MAX_WBITS
