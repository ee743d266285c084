"""The `digestbot` command line: digest, extract and quotes, and its one-sentence errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.webserver import WebSite

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "pages" / "jsonld_newsarticle.html"
JSON_KEYS = {
    "title", "outlet", "author", "published", "language", "url", "word_count", "reading_minutes",
    "partial", "partial_reason", "sentences", "quotes", "text",
}


def _cli(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )


def test_digest_json_has_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", str(PAGE), "--url", "https://news.example/a", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= JSON_KEYS
    assert out["title"] and out["sentences"]
    assert all(s in out["text"] for s in out["sentences"])
    assert all({"text", "speaker"} == set(q) for q in out["quotes"])


def test_digest_respects_sentence_and_quote_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", str(PAGE), "--sentences", "1", "--quotes", "0", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["sentences"]) == 1 and out["quotes"] == []


def test_readable_digest_shows_title_and_bullets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", str(PAGE)]) == 0
    out = capsys.readouterr().out
    assert "• " in out and out.splitlines()[0].strip()


def test_extract_prints_only_the_article_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(PAGE)]) == 0
    out = capsys.readouterr().out
    assert "<" not in out and len(out.split()) > 50


def test_quotes_prints_a_json_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(PAGE)]) == 0
    quotes = json.loads(capsys.readouterr().out)
    assert quotes and all(q["text"] for q in quotes)


def test_pasted_text_from_stdin() -> None:
    text = (FIXTURES / "pasted" / "news_app_full.txt").read_text(encoding="utf-8")
    result = _cli("digest", "-", "--json", stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sentences"]


@pytest.mark.parametrize(
    "args",
    [
        ["digest", "/no/such/file.html"],
        ["digest", str(FIXTURES / "pages" / "login_wall.html")],
        ["digest", "http://127.0.0.1/"],
        ["digest", "ftp://example.com/x"],
    ],
)
def test_errors_are_one_sentence_without_traceback(args: list[str]) -> None:
    result = _cli(*args)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("digestbot: ") and lines[0].endswith(".")


def test_bad_count_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["digest", str(PAGE), "--sentences", "9"])


def test_digest_of_a_url_on_an_allowed_network(web_site_in_thread: WebSite) -> None:
    url = web_site_in_thread.url("/pages/jsonld_newsarticle.html")
    result = _cli("digest", url, "--json", env={"FETCH_ALLOWED_NETWORKS": "127.0.0.0/8"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sentences"]
    assert "/pages/jsonld_newsarticle.html" in web_site_in_thread.requests


def test_loopback_url_refused_without_the_setting(web_site_in_thread: WebSite) -> None:
    url = web_site_in_thread.url("/pages/jsonld_newsarticle.html")
    result = _cli("digest", url, env={"FETCH_ALLOWED_NETWORKS": ""})
    assert result.returncode == 1
    assert "not public" in result.stderr
    assert web_site_in_thread.requests == []


def _run_bot(tmp_path: Path, token: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "DATABASE_PATH": str(tmp_path / "bot.sqlite3")}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )


def test_run_without_a_token_explains_and_shows_the_offline_digest(tmp_path: Path) -> None:
    result = _run_bot(tmp_path, "")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "digestbot: TELEGRAM_BOT_TOKEN is not set, so the bot cannot start."
    ]
    assert "@BotFather" in result.stdout
    assert "Riverside tram line opens" in result.stdout and "• " in result.stdout


def test_run_with_a_malformed_token_is_one_sentence(tmp_path: Path) -> None:
    result = _run_bot(tmp_path, "not-a-token")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "does not look like a bot token" in lines[0]
    assert "Traceback" not in result.stderr


def test_preview_note_ends_with_one_full_stop(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", str(FIXTURES / "pasted" / "news_app_paywall.txt")]) == 0
    out = capsys.readouterr().out
    note = next(line for line in out.splitlines() if line.startswith("Preview only:"))
    assert note.endswith("preview.") and not note.endswith("..")


def test_quotes_command_marks_the_quote_a_sign_up_wall_cut(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(FIXTURES / "pasted" / "reader_app_wall.txt")]) == 0
    quotes = json.loads(capsys.readouterr().out)
    last = quotes[-1]["text"]
    assert last.startswith("We have given this government") and last.endswith("workers…")
