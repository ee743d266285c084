"""RELIABILITY case 9, "stopped at the cap": the fetcher stops reading, it does not read it all and
then complain. The fixture routes here count what the server managed to send before the fetcher hung
up, so a fetcher that swallowed the whole body (or inflated a whole bomb) fails.

Case → test (test_fetch.py already checks the code and sentence for /huge, /endless and /bomb):
- 9, a 50 MB body, with and without a Content-Length → test_a_50_mb_body_is_dropped_at_the_cap
- 9, an endless chunked body → test_an_endless_body_is_dropped_at_the_cap,
  and through the bot → test_an_endless_body_gets_one_sentence_and_the_bot_keeps_answering
- 9, a gzip bomb that never ends (so only counting inflated bytes can stop it)
  → test_an_endless_gzip_stream_is_stopped_by_its_inflated_size
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from aiohttp import web

from digest.errors import FetchError
from digest.web.fetch import fetch_page
from tests.bot_plugin import BotRig
from tests.fake_telegram.state import WAIT_SECONDS
from tests.webserver import WebSite

MiB = 2**20
TOO_LARGE = "The page is too large to read (over 5 MB)."


@dataclass
class Sent:
    """What a streaming route wrote before the client went away."""

    bytes: int = 0
    finished: asyncio.Event = field(default_factory=asyncio.Event)


def html_chunks(total: int | None) -> Iterator[bytes]:
    piece = b"<p>" + b"The same paragraph, again and again. " * 1770 + b"</p>\n"
    sent = 0
    while total is None or sent < total:
        chunk = piece if total is None else piece[: total - sent]
        sent += len(chunk)
        yield chunk


def gzip_chunks() -> Iterator[bytes]:
    """A gzip stream of zeros with no end: 1 MiB inflated per ~1 KiB on the wire."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MiB)
    while True:
        yield compressor.compress(zeros) + compressor.flush(zlib.Z_SYNC_FLUSH)


def streaming(
    site: WebSite,
    path: str,
    chunks: Iterator[bytes],
    *,
    length: int | None = None,
    encoding: str | None = None,
) -> Sent:
    sent = Sent()

    async def handler(request: web.Request) -> web.StreamResponse:
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if encoding:
            headers["Content-Encoding"] = encoding
        response = web.StreamResponse(headers=headers)
        if length is None:
            response.enable_chunked_encoding()
        else:
            response.content_length = length
        await response.prepare(request)
        try:
            for chunk in chunks:
                await response.write(chunk)
                sent.bytes += len(chunk)
                await asyncio.sleep(0)  # small writes never block: let the client on this loop run
            await response.write_eof()
        except ConnectionError:
            pass
        finally:
            sent.finished.set()
        return response

    site.route(path, handler)
    return sent


async def too_large(site: WebSite, path: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        await fetch_page(site.url(path), site.policy)
    assert caught.value.code == "too_large"
    assert str(caught.value) == TOO_LARGE
    return caught.value


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_a_50_mb_body_is_dropped_at_the_cap(web_site: WebSite, declared: bool) -> None:
    size = 50 * MiB
    sent = streaming(web_site, "/fifty.html", html_chunks(size), length=size if declared else None)
    await too_large(web_site, "/fifty.html")
    async with asyncio.timeout(WAIT_SECONDS):  # bounds a failure only
        await sent.finished.wait()
    # The cap is 5 MiB; socket buffers let the server get a few MiB further before its writes fail.
    assert sent.bytes < 20 * MiB, f"the server sent {sent.bytes / MiB:.1f} MiB of 50"


async def test_an_endless_body_is_dropped_at_the_cap(web_site: WebSite) -> None:
    sent = streaming(web_site, "/endless.html", html_chunks(None))
    await too_large(web_site, "/endless.html")
    async with asyncio.timeout(WAIT_SECONDS):  # bounds a failure only
        await sent.finished.wait()
    assert sent.bytes < 20 * MiB


async def test_an_endless_gzip_stream_is_stopped_by_its_inflated_size(web_site: WebSite) -> None:
    sent = streaming(web_site, "/bomb.html", gzip_chunks(), encoding="gzip")
    await too_large(web_site, "/bomb.html")
    async with asyncio.timeout(WAIT_SECONDS):  # bounds a failure only
        await sent.finished.wait()
    # 5 MiB inflated is ~5 KiB on the wire; reading 5 MiB of the wire would inflate ~5 GiB.
    assert sent.bytes < 4 * MiB, f"the server sent {sent.bytes / MiB:.1f} MiB of compressed zeros"


async def test_an_endless_body_gets_one_sentence_and_the_bot_keeps_answering(bot: BotRig) -> None:
    streaming(bot.site, "/endless.html", html_chunks(None))
    reply = await bot.say(93, bot.site.url("/endless.html"), contains="too large")
    assert reply.text == TOO_LARGE and not reply.buttons
    start = await bot.command(94, "/start", contains="Send me a link")
    assert start.text
