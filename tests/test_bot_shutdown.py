"""RELIABILITY 36: SIGTERM stops the running bot cleanly (database, HTTP session, pool closed) within 10 s."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

from tests.bot_plugin import bot_env
from tests.fake_telegram.server import FakeTelegram
from tests.webserver import WebSite

ROOT = Path(__file__).resolve().parent.parent
RUN = "from bot.config import Settings; from bot.app import run; run(Settings(_env_file=None))"
WAIT = 120.0  # seconds, for a loaded machine: start-up and the fetch starting; each returns once it holds


async def test_sigterm_mid_digest_shuts_down_within_ten_seconds(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path
) -> None:
    database = tmp_path / "run.sqlite3"
    env = bot_env(telegram, database, FETCH_ALLOWED_NETWORKS="127.0.0.0/8", FETCH_TOTAL_TIMEOUT="30")
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", RUN, cwd=tmp_path, env=env)
    try:
        await telegram.wait_for(lambda: any(r.method == "getUpdates" for r in telegram.requests), WAIT)
        telegram.send_text(51, web_site.url("/drip?interval=5&bytes=1000"))
        await telegram.wait_for(lambda: any(hit == "/drip" for hit in web_site.requests), WAIT)
        loop = asyncio.get_running_loop()
        started = loop.time()
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), timeout=WAIT)  # the bound is asserted below
        elapsed = loop.time() - started
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert code == 0
    assert elapsed < 10, elapsed
    told = [m.text for m in telegram.bot_messages(51)]
    assert any("restarting" in text for text in told), told
    assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0
