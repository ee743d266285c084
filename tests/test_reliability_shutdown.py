"""RELIABILITY case 36 in full: SIGTERM to a real bot process drains the updates in flight and closes
the database, the HTTP session and the process pool, all within 10 s.

Case → test: 36 → test_sigterm_drains_updates_and_closes_database_session_and_pool_within_ten_seconds.

The bot runs `bot.app.run` in a child process, as `digestbot run` does. A small wrapper keeps a
reference to the Application that `run` builds (the real one, unchanged) so that, after `run`
returns, the child can report whether its resources are closed and which of its processes are left.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from pathlib import Path

import psutil
from aiohttp import web

from handlers.reading.links import RESTARTING
from tests.bot_plugin import bot_env
from tests.fake_telegram.server import FakeTelegram
from tests.webserver import SITE_DIR, WebSite

ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"
STOP_LOGGED = "stop signal received"

RUN = """
import asyncio, json, logging, sys
import psutil
from bot import app as bot_app
from bot.config import Settings
from handlers.telegram.context import installed
from storage import StorageError

logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
logging.getLogger("bot.app").setLevel(logging.INFO)
built = []
real_build = bot_app.build_application

def build_and_keep(settings, **kwargs):
    built.append(real_build(settings, **kwargs))
    return built[-1]

bot_app.build_application = build_and_keep
bot_app.run(Settings(_env_file=None))
res = installed(built[0])
try:
    asyncio.run(res.db.fetchval("SELECT 1"))
    db_closed = False
except StorageError:
    db_closed = True
alive = [p.pid for p in psutil.Process().children(recursive=True) if p.status() != psutil.STATUS_ZOMBIE]
print(json.dumps({"http_closed": res.http.closed, "db_closed": db_closed, "alive": alive}), flush=True)
"""


def pool_workers(pid: int) -> set[int]:
    """The bot's grandchildren: the pool's workers, forked by the forkserver child."""
    return {grandchild.pid for child in psutil.Process(pid).children() for grandchild in child.children()}


async def test_sigterm_drains_updates_and_closes_database_session_and_pool_within_ten_seconds(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path
) -> None:
    database = tmp_path / "run.sqlite3"
    release = asyncio.Event()
    page = (SITE_DIR / ARTICLE.lstrip("/")).read_bytes()

    async def gated(request: web.Request) -> web.Response:
        await release.wait()
        return web.Response(body=page, content_type="text/html", charset="utf-8")

    web_site.route("/gated.html", gated)
    env = bot_env(
        telegram,
        database,
        FETCH_ALLOWED_NETWORKS="127.0.0.0/8",
        FETCH_TOTAL_TIMEOUT="30",
        WORKER_PROCESSES="2",
        FEED_CATALOG_ENABLED="false",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", RUN, cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    log: list[str] = []
    stop_logged = asyncio.Event()

    async def read_log() -> None:
        async for line in process.stderr:
            log.append(line.decode(errors="replace"))
            if STOP_LOGGED in log[-1]:
                stop_logged.set()

    reader = asyncio.create_task(read_log())
    try:
        await telegram.wait_for(lambda: any(r.method == "getUpdates" for r in telegram.requests), timeout=30)
        telegram.send_text(91, web_site.url("/gated.html"))
        telegram.send_text(92, web_site.url("/drip?interval=5&bytes=1000"))
        await telegram.wait_for(lambda: {"/gated.html", "/drip"} <= set(web_site.requests))
        workers = pool_workers(process.pid)
        assert workers, "no pool workers found under the bot process"

        loop = asyncio.get_running_loop()
        started = loop.time()
        process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(10):
            await stop_logged.wait()
        release.set()  # the first update's page arrives only after the stop signal: it must be drained
        report_line = await asyncio.wait_for(process.stdout.readline(), timeout=15)
        code = await asyncio.wait_for(process.wait(), timeout=15)
        elapsed = loop.time() - started
    finally:
        release.set()
        if process.returncode is None:
            process.kill()
            await process.wait()
        await reader

    assert code == 0, "".join(log[-40:])
    assert elapsed < 10, elapsed
    report = json.loads(report_line)
    assert report["http_closed"], "the HTTP session was left open"
    assert report["db_closed"], "the database connection was left open"
    assert not workers & set(report["alive"]), "pool workers outlived the bot"
    assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0

    drained = [m for m in telegram.bot_messages(91) if m.text.startswith("Harbour bridge")]
    assert len(drained) == 1 and drained[0].buttons, telegram.describe()
    assert [m.text for m in telegram.bot_messages(92)] == [RESTARTING]
    async with telegram.make_bot() as client:
        assert await client.get_updates(timeout=0) == (), "updates were left unconfirmed"
