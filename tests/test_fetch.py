"""The SSRF-safe fetcher against the loopback fixture server: RELIABILITY.md cases 1-12 and more."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import ipaddress
import json
import socket

import aiohttp
import pytest
from aiohttp import web
from hypothesis import given
from hypothesis import strategies as st

from digest.errors import FetchError
from digest.models import FetchPolicy
from digest.web.charset import decode_page
from digest.web.fetch import check_url, fetch_page, open_session
from digest.web.netguard import GuardedResolver, is_public, own_addresses, parse_ip_host
from tests.webserver import CHARSET_CASES, SITE_DIR, FakeDNS, WebSite, compress

DEFAULT = FetchPolicy()
ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"


def no_allow_list(site: WebSite) -> FetchPolicy:
    """The production default (no allow-listed networks) but letting the test server's port through,
    so a refusal can only come from the address check."""
    return dataclasses.replace(DEFAULT, allowed_ports=DEFAULT.allowed_ports | {site.port})


async def refused(url: str, policy: FetchPolicy, *, resolver: FakeDNS | None = None) -> FetchError:
    session = open_session(policy, resolver) if resolver else None
    try:
        with pytest.raises(FetchError) as caught:
            await fetch_page(url, policy, session)
    finally:
        if session:
            await session.close()
    return caught.value


# Case 1: loopback, localhost and a name resolving to a private address; no connection opened.


async def test_loopback_literal_is_refused_without_connecting(web_site: WebSite) -> None:
    error = await refused(f"http://127.0.0.1:{web_site.port}/", no_allow_list(web_site))
    assert error.code == "not_public"
    assert str(error) == "That address is not public, so I won't open it."
    assert web_site.requests == []


async def test_localhost_name_is_refused_without_connecting(web_site: WebSite) -> None:
    error = await refused(f"http://localhost:{web_site.port}/", no_allow_list(web_site))
    assert error.code == "not_public"
    assert web_site.requests == []


@pytest.mark.parametrize("url", ["http://localhost:8080/", "http://LOCALHOST./", "http://api.localhost/"])
def test_localhost_names_are_refused_even_when_loopback_is_allowed(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(url, dataclasses.replace(DEFAULT, allowed_networks=(ipaddress.ip_network("127.0.0.0/8"),)))
    assert caught.value.code == "not_public"


async def test_name_resolving_to_private_address_is_refused() -> None:
    dns = FakeDNS({"evil.test": ["10.0.0.5"]})
    assert (await refused("http://evil.test/", DEFAULT, resolver=dns)).code == "not_public"
    assert dns.lookups == ["evil.test"]


async def test_name_resolving_to_loopback_never_reaches_the_server(web_site: WebSite) -> None:
    dns = FakeDNS({"evil.test": ["127.0.0.1"]})
    error = await refused(f"http://evil.test:{web_site.port}/", no_allow_list(web_site), resolver=dns)
    assert error.code == "not_public"
    assert web_site.requests == []


# Case 2: one public and one private address.


@pytest.mark.parametrize("order", [["127.0.0.1", "10.0.0.5"], ["10.0.0.5", "127.0.0.1"]])
async def test_any_private_address_in_the_answer_refuses_the_name(
    web_site: WebSite, order: list[str]
) -> None:
    # 127.0.0.0/8 is allow-listed here, so 127.0.0.1 plays the public address and is reachable.
    dns = FakeDNS({"mixed.test": order})
    error = await refused(f"http://mixed.test:{web_site.port}/", web_site.policy, resolver=dns)
    assert error.code == "not_public"
    assert web_site.requests == []


@pytest.mark.parametrize("private", ["10.0.0.5", "fd00::1", "::ffff:192.168.1.1", "100.64.3.4"])
async def test_resolver_refuses_public_plus_private(private: str) -> None:
    resolver = GuardedResolver(DEFAULT, FakeDNS({"mixed.test": ["93.184.215.14", private]}))
    with pytest.raises(FetchError) as caught:
        await resolver.resolve("mixed.test", 443)
    assert caught.value.code == "not_public"


async def test_resolver_passes_public_answers_through() -> None:
    resolver = GuardedResolver(DEFAULT, FakeDNS({"news.test": ["93.184.215.14", "2606:2800:21f:cb07::1"]}))
    answer = await resolver.resolve("news.test", 443)
    assert [r["host"] for r in answer] == ["93.184.215.14", "2606:2800:21f:cb07::1"]


async def test_resolver_checks_the_port_per_address() -> None:
    resolver = GuardedResolver(DEFAULT, FakeDNS({"news.test": ["93.184.215.14"]}))
    with pytest.raises(FetchError) as caught:
        await resolver.resolve("news.test", 25)
    assert caught.value.code == "bad_port"


async def test_name_resolving_to_allowed_network_is_fetched(web_site: WebSite) -> None:
    dns = FakeDNS({"courier.test": ["127.0.0.1"]})
    async with open_session(web_site.policy, dns) as session:
        page = await fetch_page(f"http://courier.test:{web_site.port}{ARTICLE}", web_site.policy, session)
    assert "Harbour bridge reopens" in page.text
    assert web_site.requests == [ARTICLE]


async def test_unknown_name_is_unreachable() -> None:
    error = await refused("http://nowhere.test/", DEFAULT, resolver=FakeDNS({}))
    assert error.code == "unreachable"


# Case 3: a redirect to the cloud metadata address is refused at that hop.


async def test_redirect_to_metadata_address_is_refused(web_site: WebSite) -> None:
    url = web_site.url("/redirect-to?url=http://169.254.169.254/latest/meta-data/")
    assert (await refused(url, web_site.policy)).code == "not_public"
    assert web_site.requests == ["/redirect-to"]


@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("file:///etc/passwd", "bad_scheme"),
        ("http://user:secret@93.184.215.14/", "credentials"),
        ("http://93.184.215.14:25/", "bad_port"),
        ("http://[::ffff:10.0.0.1]/", "not_public"),
    ],
)
async def test_every_redirect_hop_is_rechecked(web_site: WebSite, target: str, code: str) -> None:
    url = web_site.url(f"/redirect-to?url={target}")
    assert (await refused(url, web_site.policy)).code == code
    assert web_site.requests == ["/redirect-to"]


async def test_redirect_to_a_name_is_resolved_and_checked(web_site: WebSite) -> None:
    dns = FakeDNS({"evil.test": ["192.168.0.10"]})
    url = web_site.url("/redirect-to?url=http://evil.test/")
    assert (await refused(url, web_site.policy, resolver=dns)).code == "not_public"
    assert dns.lookups == ["evil.test"]


# Case 4: numeric IPv4 spellings.


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://0177.0.0.1/",
        "http://0x7f000001/",
        "http://127.0.0.1./",
        "http://0/",
        "http://10.1/",
        "http://169.254.169.254/",
        "http://100.64.0.1/",
    ],
)
def test_numeric_ipv4_forms_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(url, DEFAULT)
    assert caught.value.code == "not_public"


async def test_numeric_form_is_refused_before_connecting(web_site: WebSite) -> None:
    error = await refused(f"http://2130706433:{web_site.port}/", no_allow_list(web_site))
    assert error.code == "not_public"
    assert web_site.requests == []


@pytest.mark.parametrize("host", ["2130706433", "0x7f.1", "127.1", "0x7f.0.0.1"])
async def test_numeric_form_connects_to_the_address_it_means(web_site: WebSite, host: str) -> None:
    page = await fetch_page(f"http://{host}:{web_site.port}{ARTICLE}", web_site.policy)
    assert page.url == f"http://127.0.0.1:{web_site.port}{ARTICLE}"
    assert "Harbour bridge reopens" in page.text


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("1.2.3", "1.2.0.3"),
        ("0300.0250.0.1", "192.168.0.1"),
        ("8.8.8.8", "8.8.8.8"),
        ("example.com", None),
        ("1.2.3.com", None),
    ],
)
def test_parse_ip_host_reads_inet_aton_forms(host: str, address: str | None) -> None:
    parsed = parse_ip_host(host)
    assert (str(parsed) if parsed else None) == address


@pytest.mark.parametrize("host", ["256.1.1.1", "1.2.3.4.5", "08.0.0.1", "1.16777216"])
def test_numeric_looking_nonsense_is_an_invalid_link(host: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(f"http://{host}/", DEFAULT)
    assert caught.value.code == "bad_scheme"


# Case 5: IPv6 forms.


@pytest.mark.parametrize(
    "host",
    [
        "::1",
        "::ffff:127.0.0.1",
        "64:ff9b::7f00:1",
        "fe80::1",
        "::",
        "fd12:3456::1",
        "ff02::1",
        "2002:7f00:1::",
        "2002:a00:1::",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        "64:ff9b::a00:5",
        "::ffff:0:a00:5",
        "::127.0.0.1",
        "fec0::1",
        "64:ff9b:1::808:808",
    ],
)
def test_ipv6_forms_are_refused(host: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(f"http://[{host}]/", DEFAULT)
    assert caught.value.code == "not_public"


@pytest.mark.parametrize(
    "host", ["2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"]
)
def test_public_ipv6_forms_pass(host: str) -> None:
    check_url(f"https://[{host}]/", DEFAULT)


def test_machines_own_addresses_are_not_public() -> None:
    mine = own_addresses()
    assert ipaddress.ip_address("127.0.0.1") in mine
    assert not any(is_public(address) for address in mine)


# Case 6: only web links.


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://ftp.example.com/file",
        "data:text/html,<p>hi</p>",
        "javascript:alert(1)",
        "gopher://example.com/",
        "example.com/story",
        "mailto:editor@example.com",
    ],
)
def test_non_web_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(url, DEFAULT)
    assert caught.value.code == "bad_scheme"
    assert str(caught.value) == "I can only open web links (http or https)."


# Case 7: ports and credentials.


@pytest.mark.parametrize(
    "url", ["http://example.com:25/", "https://93.184.215.14:22/", "http://example.com:0/"]
)
def test_unusual_ports_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(url, DEFAULT)
    assert caught.value.code == "bad_port"
    assert str(caught.value) == "I only open links on the usual web ports (80, 443, 8080 or 8443)."


@pytest.mark.parametrize(
    "url", ["http://example.com:8080/", "https://example.com:8443/a", "http://example.com/"]
)
def test_usual_ports_pass(url: str) -> None:
    check_url(url, DEFAULT)


@pytest.mark.parametrize(
    "url", ["http://user:pass@example.com/", "http://user@example.com/", "http://:pw@example.com/"]
)
def test_credentials_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(url, DEFAULT)
    assert caught.value.code == "credentials"


async def test_port_25_on_an_allowed_network_is_let_through(web_site: WebSite) -> None:
    # The allow-list exempts its networks from the port rule: that is how tests reach random ports.
    page = await fetch_page(web_site.url(ARTICLE), web_site.policy)
    assert page.status == 200


# Case 8: redirects.


async def test_five_redirects_are_followed(web_site: WebSite) -> None:
    page = await fetch_page(web_site.url("/redirect/5?status=301"), web_site.policy)
    assert "You have arrived" in page.text
    assert page.url == web_site.url("/redirect/0?status=301")
    assert page.requested_url == web_site.url("/redirect/5?status=301")
    assert len(web_site.requests) == 6


async def test_six_redirects_are_too_many(web_site: WebSite) -> None:
    error = await refused(web_site.url("/redirect/6"), web_site.policy)
    assert error.code == "too_many_redirects"
    assert len(web_site.requests) == 6  # the seventh hop is never requested


# Case 9: bodies over the cap, counted after decompression.


@pytest.mark.parametrize(
    "path", ["/huge?mb=50", "/huge?mb=50&chunked=1", "/endless", "/bomb/gzip", "/bomb/deflate", "/bomb/br"]
)
async def test_oversized_bodies_are_stopped(web_site: WebSite, path: str) -> None:
    error = await refused(web_site.url(path), web_site.policy)
    assert error.code == "too_large"
    assert str(error) == "The page is too large to read (over 5 MB)."


@pytest.mark.parametrize("coding", ["gzip", "deflate", "raw-deflate", "br"])
async def test_compressed_pages_are_decoded(web_site: WebSite, coding: str) -> None:
    page = await fetch_page(web_site.url(f"/compressed/{coding}"), web_site.policy)
    assert page.text == (SITE_DIR / ARTICLE.lstrip("/")).read_text(encoding="utf-8")


@pytest.mark.parametrize("coding", ["gzip", "br"])
@pytest.mark.parametrize(("size", "fits"), [(64 * 1024, True), (64 * 1024 + 1, False)])
async def test_cap_counts_decompressed_bytes_exactly(
    web_site: WebSite, size: int, fits: bool, coding: str
) -> None:
    policy = dataclasses.replace(web_site.policy, max_bytes=64 * 1024)
    body = compress(b"a" * size, coding)
    assert len(body) < 1024
    web_site.serve("/small.html", body, headers={"Content-Encoding": coding})
    if fits:
        assert len((await fetch_page(web_site.url("/small.html"), policy)).text) == size
    else:
        error = await refused(web_site.url("/small.html"), policy)
        assert str(error) == "The page is too large to read (over 64 KB)."


async def test_unknown_content_encoding_is_refused(web_site: WebSite) -> None:
    web_site.serve("/z.html", b"\x28\xb5\x2f\xfd\x00", headers={"Content-Encoding": "zstd"})
    assert (await refused(web_site.url("/z.html"), web_site.policy)).code == "unreachable"


async def test_corrupt_brotli_is_refused_in_one_sentence(web_site: WebSite) -> None:
    web_site.serve("/br.html", b"\xff\xff\xff\xff not brotli", headers={"Content-Encoding": "br"})
    error = await refused(web_site.url("/br.html"), web_site.policy)
    assert error.code == "unreachable"
    assert str(error) == "The site sent the page in a compressed form I can't read."


# Case 10: slow sites.


async def test_one_byte_at_a_time_times_out_between_reads(web_site: WebSite) -> None:
    policy = dataclasses.replace(web_site.policy, read_timeout=0.3, total_timeout=5.0)
    error = await refused(web_site.url("/drip?interval=1&bytes=10"), policy)
    assert error.code == "too_slow"
    assert str(error) == "The site is too slow to answer; try again later."


async def test_headers_that_never_come_time_out(web_site: WebSite) -> None:
    policy = dataclasses.replace(web_site.policy, read_timeout=0.3)
    assert (await refused(web_site.url("/drip?delay=5"), policy)).code == "too_slow"


async def test_slow_drip_under_the_read_timeout_hits_the_total_timeout(web_site: WebSite) -> None:
    policy = dataclasses.replace(web_site.policy, read_timeout=0.5, total_timeout=1.0)
    assert (await refused(web_site.url("/drip?interval=0.05&bytes=1000"), policy)).code == "too_slow"


async def test_a_slow_site_does_not_hold_up_other_fetches(web_site: WebSite) -> None:
    # The drip's 0.2 s gaps stay far under the read timeout; the article (a few ms unloaded) has 5 s
    # to arrive before the drip's total budget ends it, room for a busy CI box.
    policy = dataclasses.replace(web_site.policy, read_timeout=2.0, total_timeout=5.0)
    async with open_session(policy) as session:
        slow = asyncio.create_task(fetch_page(web_site.url("/drip?interval=0.2"), policy, session))
        page = await fetch_page(web_site.url(ARTICLE), policy, session)
        assert not slow.done()
        with pytest.raises(FetchError) as caught:
            await slow
    assert page.status == 200
    assert caught.value.code == "too_slow"


# Case 11: not a web page.


@pytest.mark.parametrize(
    ("name", "what"), [("pdf", "a PDF"), ("png", "an image"), ("zip", "a zip archive"), ("json", "JSON data")]
)
async def test_non_html_types_are_refused(web_site: WebSite, name: str, what: str) -> None:
    error = await refused(web_site.url(f"/type/{name}"), web_site.policy)
    assert error.code == "not_html"
    assert str(error) == f"That link is not a web page I can read (it is {what})."


async def test_content_type_is_checked_before_the_body_is_read(web_site: WebSite) -> None:
    async def endless_pdf(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/pdf"})
        await response.prepare(request)
        try:
            while True:
                await response.write(b"%PDF" * 16384)
        except ConnectionError:
            return response

    web_site.route("/report", endless_pdf)
    assert (await refused(web_site.url("/report"), web_site.policy)).code == "not_html"


async def test_feed_kind_accepts_feeds_and_keeps_raw_bytes(web_site: WebSite) -> None:
    page = await fetch_page(web_site.url("/feeds/news.rss"), web_site.policy, kind="feed")
    assert page.content_type == "application/rss+xml"
    expected = (SITE_DIR / "feeds/news.rss").read_bytes().replace(b"@BASE@", web_site.base.encode())
    assert page.raw == expected
    assert page.text == expected.decode("utf-8")
    assert (await refused(web_site.url("/feeds/news.rss"), web_site.policy)).code == "not_html"


# Case 12: character sets.


@pytest.mark.parametrize("case", sorted(CHARSET_CASES))
async def test_charset_is_found(web_site: WebSite, case: str) -> None:
    page = await fetch_page(web_site.url(f"/charset/{case}"), web_site.policy)
    assert CHARSET_CASES[case].text in page.text
    assert "\ufffd" not in page.text


def test_undecodable_bytes_become_replacement_characters() -> None:
    text, encoding = decode_page(b"<p>caf\xc3 \x81 ok</p>", "utf-8")
    assert encoding == "utf-8"
    assert text == "<p>caf\ufffd \ufffd ok</p>"


@given(st.binary(max_size=300), st.sampled_from(["utf-8", "bogus", "utf-16", "idna", "base64", "", "latin1"]))
def test_decoding_never_fails(raw: bytes, label: str) -> None:
    for body in (raw, b'<meta charset="' + label.encode() + b'">' + raw):
        text, encoding = decode_page(body, label)
        assert isinstance(text, str)
        assert encoding


# Conditional GET, statuses, headers.


async def test_conditional_get_answers_304_with_empty_text(web_site: WebSite) -> None:
    url = web_site.url("/feeds/news.atom")
    first = await fetch_page(url, web_site.policy, kind="feed")
    assert first.etag and first.last_modified
    by_etag = await fetch_page(url, web_site.policy, kind="feed", etag=first.etag)
    by_date = await fetch_page(url, web_site.policy, kind="feed", last_modified=first.last_modified)
    for page in (by_etag, by_date):
        assert (page.status, page.text, page.raw) == (304, "", b"")
    assert by_etag.etag == first.etag


async def test_changed_feed_is_sent_again(web_site: WebSite) -> None:
    web_site.serve("/feed.xml", "<rss version='2.0'><channel/></rss>", content_type="application/rss+xml")
    first = await fetch_page(web_site.url("/feed.xml"), web_site.policy, kind="feed")
    web_site.serve(
        "/feed.xml", "<rss version='2.0'><channel><item/></channel></rss>", content_type="text/xml"
    )
    second = await fetch_page(web_site.url("/feed.xml"), web_site.policy, kind="feed", etag=first.etag)
    assert second.status == 200
    assert "<item/>" in second.text
    assert second.etag != first.etag


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (503, "The site answered with an error (HTTP 503); try again later."),
        (404, "The site says that page does not exist (HTTP 404)."),
        (403, "The site refused to show me that page (HTTP 403)."),
        (418, "The site answered with an error (HTTP 418)."),
    ],
)
async def test_error_statuses(web_site: WebSite, status: int, message: str) -> None:
    error = await refused(web_site.url(f"/status/{status}"), web_site.policy)
    assert (error.code, error.status, str(error)) == ("http_status", status, message)


async def test_request_headers_and_cache_fields(web_site: WebSite) -> None:
    web_site.serve("/cached.html", "<p>hi</p>", headers={"Cache-Control": "max-age=60"})
    page = await fetch_page(web_site.url("/cached.html"), web_site.policy)
    assert page.cache_control == "max-age=60"
    echo = json.loads((await fetch_page(web_site.url("/echo"), web_site.policy, kind="feed")).text)
    assert echo["headers"]["User-Agent"] == web_site.policy.user_agent
    assert echo["headers"]["Accept-Encoding"] == "gzip, deflate, br"
    assert "Cookie" not in echo["headers"]


async def test_proxy_settings_in_the_environment_are_ignored(
    web_site: WebSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://10.255.255.1:3128")
    page = await fetch_page(web_site.url(ARTICLE), web_site.policy)
    assert page.status == 200


def test_threaded_server_serves_a_foreign_event_loop(web_site_in_thread: WebSite) -> None:
    page = asyncio.run(fetch_page(web_site_in_thread.url("/"), web_site_in_thread.policy))
    assert "The Harbour Courier" in page.text
    assert web_site_in_thread.requests == ["/"]


# check_url on anything at all.


@given(st.text())
def test_check_url_raises_only_fetch_error_on_any_string(url: str) -> None:
    with contextlib.suppress(FetchError):
        check_url(url, DEFAULT)


@given(
    st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "http:", "//"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(["", ":80", ":0", ":99999", ":-1", ":8080", ":x", "@", "]", "%"]),
    st.text(max_size=10),
)
def test_check_url_raises_only_fetch_error_on_url_like_strings(
    scheme: str, host: str, port: str, rest: str
) -> None:
    with contextlib.suppress(FetchError):
        check_url(scheme + host + port + "/" + rest, DEFAULT)


@pytest.mark.parametrize("url", ["http://[]@/", "http://[]:@/x", "https://[]/"])
def test_an_empty_bracketed_host_is_an_invalid_url(url: str) -> None:
    """yarl's parser raises IndexError on an empty IP-literal host; the user gets the invalid-link error."""
    with pytest.raises(FetchError):
        check_url(url, DEFAULT)


async def test_a_session_without_the_guard_is_rejected(web_site: WebSite) -> None:
    async with aiohttp.ClientSession() as plain, open_session(DEFAULT) as other_rules:
        with pytest.raises(ValueError, match="open_session"):
            await fetch_page(web_site.url(ARTICLE), web_site.policy, plain)
        with pytest.raises(ValueError, match="different network policy"):
            await fetch_page(web_site.url(ARTICLE), web_site.policy, other_rules)
    assert web_site.requests == []


async def test_a_session_serves_policies_with_the_same_network_rules(web_site: WebSite) -> None:
    roomy = dataclasses.replace(web_site.policy, max_bytes=10 * 2**20, total_timeout=9.0)
    async with open_session(web_site.policy) as session:
        page = await fetch_page(web_site.url(ARTICLE), roomy, session)
    assert page.status == 200


@given(st.from_regex(r"(0x[0-9a-f]{0,9}|[0-9]{1,11})(\.(0x[0-9a-f]{0,4}|[0-9]{1,4})){0,4}", fullmatch=True))
def test_numeric_hosts_are_read_as_the_c_library_reads_them(host: str) -> None:
    try:
        expected = socket.inet_aton(host)
    except OSError:
        expected = None
    try:
        ours = parse_ip_host(host)
    except FetchError:
        ours = None
    assert (ours.packed if ours else None) == expected
