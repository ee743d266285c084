"""Loopback fixture web server shared by all tests (a pytest plugin).

Fixtures: `web_site` (async tests; server on the test's event loop) and `web_site_in_thread`
(sync tests or code running its own loop; server on a loop in a background thread). Both give a
`WebSite`: `.url(path)`, `.base`, `.requests` (paths hit, in order), `.policy` (a FetchPolicy that
allows 127.0.0.0/8 with test-sized timeouts), `.route(path, handler)` and `.serve(path, body, ...)`
to add answers at any time, even after the server has started.

Built-in answers:
  /...                     files of tests/fixtures/site (ETag/Last-Modified, 304 on a match;
                           "@BASE@" in a text file becomes the server's base URL)
  /pages/...               files of tests/fixtures/pages, the same way
  /redirect/{n}            a chain of n redirects ending at a small page (?status=301 etc.)
  /redirect-to?url=U       one redirect to any URL U (e.g. http://169.254.169.254/)
  /drip?interval=S&bytes=N&delay=D   headers after D s, then one byte every S s
  /endless                 a chunked body that never ends
  /huge?mb=N[&chunked=1]   N MiB of HTML, with a Content-Length unless chunked
  /bomb/{gzip,deflate,br}  64 MiB of zeros, compressed to ~64 KiB or less, as Content-Encoding
  /compressed/{gzip,deflate,raw-deflate,br}   a real article page, compressed
  /type/{pdf,png,zip,json,octet}   small bodies of those content types
  /charset/{case}          pages whose charset is declared one way only (see CHARSET_CASES)
  /status/{code}           that HTTP status with a small HTML body
  /echo                    the request's method, path, query and headers as JSON

Named hosts: `open_session(site.policy, FakeDNS({"news.test": ["127.0.0.1"]}))` makes
http://news.test:<port>/ reach this server (or "evil.test" reach 10.0.0.5) without real DNS.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import ipaddress
import socket
import struct
import threading
import zipfile
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path

import brotli
import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

from digest.models import FetchPolicy

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SITE_DIR = FIXTURES / "site"
PAGES_DIR = FIXTURES / "pages"
ARTICLE_PATH = "/news/2025/03/harbour-bridge-reopens.html"
FIXED_LAST_MODIFIED = "Mon, 03 Mar 2025 08:00:00 GMT"
LOOPBACK = ipaddress.ip_network("127.0.0.0/8")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
    ".json": "application/json",
    ".txt": "text/plain",
}
_TEXT_SUFFIXES = frozenset(_TYPES)


@dataclass(frozen=True)
class CharsetCase:
    """A page of `text` encoded in `codec`; its only charset hints are `content_type`, `head`
    (markup inside <head>) and `prologue` (before <html>, e.g. an XML declaration)."""

    text: str
    codec: str
    content_type: str
    head: str = ""
    prologue: str = ""

    def body(self) -> bytes:
        head = f"<head>{self.head}<title>News</title></head>"
        return f"{self.prologue}<html>{head}<body><p>{self.text}</p></body></html>".encode(self.codec)


CHARSET_CASES = {
    "meta": CharsetCase(
        "Мэр пообещал открыть мост к весне: «Мы успеем», — сказал он.",
        "cp1251",
        "text/html",
        head='<meta charset="windows-1251">',
    ),
    "meta-http-equiv": CharsetCase(
        "Городской совет утвердил новые велодорожки.",
        "koi8-r",
        "text/html",
        head='<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">',
    ),
    "header": CharsetCase(
        "Rada miasta zatwierdziła budżet; żółte tramwaje wrócą w środę.",
        "iso8859-2",
        "text/html; charset=ISO-8859-2",
    ),
    "xml": CharsetCase(
        "Le maire a déclaré : « Ce pont est à nous » – 3 € le péage.",
        "cp1252",
        "application/xhtml+xml",
        prologue='<?xml version="1.0" encoding="windows-1252"?>\n',
    ),
    "meta-beats-header": CharsetCase(
        "Новый мост откроют в субботу.",
        "cp1251",
        "text/html; charset=iso-8859-1",
        head='<meta charset="windows-1251">',
    ),
    "bogus": CharsetCase(
        "Straße über die Brücke: „Endlich“, sagte die Bürgermeisterin.",
        "utf-8",
        "text/html; charset=no-such-charset",
        head='<meta charset="x-bogus-123">',
    ),
    "bogus-cp1252": CharsetCase(
        "The mayor said “it’s done” — and the toll is €3.",
        "cp1252",
        "text/html; charset=rot13",
    ),
    "undeclared-utf8": CharsetCase("Café owners cheered: “finally”.", "utf-8", "text/html"),
    "bom-utf16": CharsetCase("Ferry timetable → changes from Monday.", "utf-16", "text/html; charset=utf-8"),
    "shift-jis": CharsetCase(
        "市長は「橋は春までに開通する」と述べた。",
        "shift_jis",
        "text/html",
        head='<meta charset="Shift_JIS">',
    ),
}


@cache
def bomb(coding: str) -> bytes:
    """64 MiB of zeros compressed (about 64 KiB, or a few hundred bytes as brotli)."""
    if coding == "br":
        return brotli.compress(bytes(64 << 20), quality=5)
    wbits = 16 + zlib.MAX_WBITS if coding == "gzip" else zlib.MAX_WBITS
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    zeros = bytes(1 << 20)
    return b"".join(compressor.compress(zeros) for _ in range(64)) + compressor.flush()


def compress(data: bytes, coding: str) -> bytes:
    if coding == "br":
        return brotli.compress(data)
    wbits = {"gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS, "raw-deflate": -zlib.MAX_WBITS}[coding]
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x88\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("press-release.txt", "The harbour bridge reopens on Saturday.\n")
    return buffer.getvalue()


_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
BINARY_TYPES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "pdf": ("application/pdf", lambda: _PDF),
    "png": ("image/png", _png),
    "zip": ("application/zip", _zip),
    "json": ("application/json", lambda: b'{"story": "harbour bridge"}'),
    "octet": ("application/octet-stream", lambda: bytes(range(256))),
}


def conditional_response(
    request: web.Request,
    body: bytes,
    content_type: str,
    *,
    status: int = 200,
    etag: str | None = None,
    last_modified: str = FIXED_LAST_MODIFIED,
    headers: dict[str, str] | None = None,
) -> web.Response:
    """Answer with `body`, or 304 when the request's If-None-Match / If-Modified-Since match.

    The ETag defaults to a hash of the body, so changing a served body changes its ETag.
    """
    etag = etag or '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    common = {"ETag": etag, "Last-Modified": last_modified, **(headers or {})}
    if_none_match = request.headers.get("If-None-Match")
    if_modified_since = request.headers.get("If-Modified-Since")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        fresh = "*" in tags or etag.removeprefix("W/") in tags
    elif if_modified_since is not None:
        try:
            fresh = parsedate_to_datetime(if_modified_since) >= parsedate_to_datetime(last_modified)
        except (TypeError, ValueError):
            fresh = False
    else:
        fresh = False
    if fresh and status == 200:
        return web.Response(status=304, headers=common)
    return web.Response(body=body, status=status, headers={**common, "Content-Type": content_type})


class FakeDNS(AbstractResolver):
    """A stand-in for DNS: each name maps to fixed addresses; every other name does not exist."""

    def __init__(self, names: dict[str, list[str]]) -> None:
        self.names = {k.lower(): v for k, v in names.items()}
        self.lookups: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.lookups.append(host)
        addresses = self.names.get(host.rstrip(".").lower())
        if not addresses:
            raise OSError(socket.EAI_NONAME, f"{host} does not exist")
        return [
            ResolveResult(
                hostname=host,
                host=a,
                port=port,
                family=socket.AF_INET6 if ":" in a else socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
            for a in addresses
        ]

    async def close(self) -> None:
        return None


@dataclass
class WebSite:
    """The fixture server. Start it with `start()` (or use a fixture) before calling `url()`."""

    policy: FetchPolicy = field(
        default_factory=lambda: FetchPolicy(
            allowed_networks=(LOOPBACK,), connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0
        )
    )
    requests: list[str] = field(default_factory=list)
    base: str = ""
    _extra: dict[str, Handler] = field(default_factory=dict)
    _runner: web.AppRunner | None = None

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])

    def url(self, path: str) -> str:
        """Absolute URL of `path` (which starts with "/") on this server."""
        if not self.base:
            raise RuntimeError("the web site is not started")
        return self.base + path

    def route(self, path: str, handler: Handler) -> None:
        """Answer requests for exactly `path` (any method) with `handler`, ahead of built-ins."""
        self._extra[path] = handler

    def serve(
        self,
        path: str,
        body: bytes | str,
        *,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        etag: str | None = None,
        last_modified: str = FIXED_LAST_MODIFIED,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer `path` with a fixed body (conditional GETs answered with 304 on a match)."""
        data = body.encode() if isinstance(body, str) else body

        async def canned(request: web.Request) -> web.StreamResponse:
            return conditional_response(
                request,
                data,
                content_type,
                status=status,
                etag=etag,
                last_modified=last_modified,
                headers=headers,
            )

        self.route(path, canned)

    async def start(self) -> None:
        app = web.Application(middlewares=[self._front])
        add = app.router.add_get
        add(r"/redirect/{hops:\d+}", self._redirect_chain)
        add("/redirect-to", self._redirect_to)
        add("/drip", self._drip)
        add("/endless", self._endless)
        add("/huge", self._huge)
        add("/bomb/{coding}", self._bomb)
        add("/compressed/{coding}", self._compressed)
        add("/type/{name}", self._binary)
        add("/charset/{case}", self._charset)
        add(r"/status/{code:\d+}", self._status)
        add("/echo", self._echo)
        add("/pages/{tail:.*}", self._pages)
        add("/{tail:.*}", self._site)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @web.middleware
    async def _front(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.requests.append(request.path)
        extra = self._extra.get(request.path)
        return await (extra or handler)(request)

    async def _file(self, request: web.Request, root: Path, relative: str) -> web.StreamResponse:
        path = (root / relative).resolve()
        if path.is_dir():
            path = path / "index.html"
        if not path.is_relative_to(root.resolve()) or not path.is_file():
            raise web.HTTPNotFound()
        body = path.read_bytes()
        if path.suffix in _TEXT_SUFFIXES:
            body = body.replace(b"@BASE@", self.base.encode())
        content_type = _TYPES.get(path.suffix, "application/octet-stream")
        return conditional_response(request, body, content_type)

    async def _site(self, request: web.Request) -> web.StreamResponse:
        return await self._file(request, SITE_DIR, request.match_info["tail"])

    async def _pages(self, request: web.Request) -> web.StreamResponse:
        return await self._file(request, PAGES_DIR, request.match_info["tail"])

    async def _redirect_chain(self, request: web.Request) -> web.StreamResponse:
        hops = int(request.match_info["hops"])
        if hops == 0:
            return web.Response(
                text="<html><body><h1>You have arrived</h1></body></html>", content_type="text/html"
            )
        status = int(request.query.get("status", "302"))
        target = request.rel_url.with_path(f"/redirect/{hops - 1}").with_query(request.query)
        return web.Response(status=status, headers={"Location": str(target)})

    async def _redirect_to(self, request: web.Request) -> web.StreamResponse:
        status = int(request.query.get("status", "302"))
        return web.Response(status=status, headers={"Location": request.query["url"]})

    async def _drip(self, request: web.Request) -> web.StreamResponse:
        interval = float(request.query.get("interval", "0.5"))
        count = int(request.query.get("bytes", "1000"))
        await asyncio.sleep(float(request.query.get("delay", "0")))
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        try:
            for _ in range(count):
                await response.write(b"x")
                await asyncio.sleep(interval)
            await response.write_eof()
        except ConnectionError:
            pass
        return response

    async def _endless(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        chunk = b"<p>" + b"The same paragraph, again and again. " * 1700 + b"</p>\n"
        try:
            while True:
                await response.write(chunk)
        except ConnectionError:
            return response

    async def _huge(self, request: web.Request) -> web.StreamResponse:
        size = int(float(request.query.get("mb", "50")) * 2**20)
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        if request.query.get("chunked"):
            response.enable_chunked_encoding()
        else:
            response.content_length = size
        await response.prepare(request)
        chunk = b"<p>" + b"filler " * 9360 + b"</p>"
        sent = 0
        try:
            while sent < size:
                piece = chunk[: size - sent]
                await response.write(piece)
                sent += len(piece)
            await response.write_eof()
        except ConnectionError:
            pass
        return response

    async def _bomb(self, request: web.Request) -> web.StreamResponse:
        coding = request.match_info["coding"]
        if coding not in ("gzip", "deflate", "br"):
            raise web.HTTPNotFound()
        return web.Response(
            body=bomb(coding), headers={"Content-Type": "text/html", "Content-Encoding": coding}
        )

    async def _compressed(self, request: web.Request) -> web.StreamResponse:
        coding = request.match_info["coding"]
        body = (SITE_DIR / ARTICLE_PATH.lstrip("/")).read_bytes()
        wire = "deflate" if coding == "raw-deflate" else coding
        return web.Response(
            body=compress(body, coding),
            headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": wire},
        )

    async def _binary(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in BINARY_TYPES:
            raise web.HTTPNotFound()
        content_type, make = BINARY_TYPES[name]
        return web.Response(body=make(), headers={"Content-Type": content_type})

    async def _charset(self, request: web.Request) -> web.StreamResponse:
        case = CHARSET_CASES.get(request.match_info["case"])
        if case is None:
            raise web.HTTPNotFound()
        return web.Response(body=case.body(), headers={"Content-Type": case.content_type})

    async def _status(self, request: web.Request) -> web.StreamResponse:
        code = int(request.match_info["code"])
        if code in (204, 304):
            return web.Response(status=code)
        body = f"<html><body><h1>Status {code}</h1></body></html>"
        return web.Response(status=code, text=body, content_type="text/html")

    async def _echo(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(
            {
                "method": request.method,
                "path": request.path,
                "query": dict(request.query),
                "headers": dict(request.headers),
            }
        )


@contextmanager
def web_site_thread() -> Iterator[WebSite]:
    """Run a WebSite on an event loop of its own in a background thread."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="web-site", daemon=True)
    thread.start()
    site = WebSite()
    try:
        asyncio.run_coroutine_threadsafe(site.start(), loop).result(timeout=10)
        yield site
    finally:
        asyncio.run_coroutine_threadsafe(site.stop(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()


@pytest_asyncio.fixture
async def web_site() -> AsyncIterator[WebSite]:
    """The fixture web server on the running test's event loop."""
    site = WebSite()
    await site.start()
    try:
        yield site
    finally:
        await site.stop()


@pytest.fixture
def web_site_in_thread() -> Iterator[WebSite]:
    """The fixture web server on a background thread, for sync tests and foreign event loops."""
    with web_site_thread() as site:
        yield site
