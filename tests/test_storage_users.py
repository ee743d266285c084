"""Users, preferences, the digest schedule and delivery claims, through the repositories' functions."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from digest.models import Article, Digest
from storage import Database, InvalidPreferenceError, articles, deliveries, open_database, schedule, users

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


async def test_upsert_creates_then_refreshes(db: Database) -> None:
    user = await users.upsert_user(db, 100, telegram_user_id=100, language="de", now=NOW)
    assert (user.chat_id, user.status, user.language, user.created_at) == (100, "active", "de", NOW)
    later = NOW + timedelta(hours=3)
    again = await users.upsert_user(db, 100, chat_type="private", now=later)
    assert again.id == user.id
    assert (again.created_at, again.last_seen_at) == (NOW, later)
    assert (again.language, again.telegram_user_id) == ("de", 100)
    soon = await users.upsert_user(db, 100, language="de", now=later + timedelta(seconds=30))
    assert soon.last_seen_at == later, "seen again within the minute: answered without a write"
    switched = await users.upsert_user(db, 100, language="fr", now=later + timedelta(seconds=31))
    assert (switched.language, switched.last_seen_at) == ("fr", later + timedelta(seconds=31))
    prefs = await users.get_preferences(db, user.id)
    assert prefs == users.Preferences(next_due_at=datetime(2026, 1, 11, 9, 0, tzinfo=UTC))
    assert await users.get_user_by_chat(db, 100) == switched
    assert await users.get_user_by_chat(db, 999) is None


async def test_blocked_user_is_unscheduled_and_start_reactivates(db: Database) -> None:
    user = await users.upsert_user(db, 200, now=NOW)
    assert await users.mark_blocked(db, 200)
    assert (await users.get_user(db, user.id)).status == "blocked"
    assert (await users.get_preferences(db, user.id)).next_due_at is None
    assert await users.users_due(db, NOW + timedelta(days=3)) == []
    await users.upsert_user(db, 200, now=NOW)
    assert (await users.get_user(db, user.id)).active
    assert [d.user_id for d in await users.users_due(db, NOW + timedelta(days=1))] == [user.id]
    assert not await users.mark_blocked(db, 201)


async def test_group_migration_keeps_settings(db: Database) -> None:
    group = await users.upsert_user(db, -100, chat_type="group", now=NOW)
    await users.update_preferences(db, group.id, items_per_digest=12, now=NOW)
    await users.upsert_user(db, -1001, chat_type="supergroup", now=NOW)
    moved = await users.migrate_chat(db, -100, -1001)
    assert moved is not None and moved.id == group.id and moved.chat_id == -1001
    assert (await users.get_preferences(db, group.id)).items_per_digest == 12
    assert await users.get_user_by_chat(db, -100) is None
    assert (await users.migrate_chat(db, -100, -1001)).id == group.id


@pytest.mark.parametrize(
    "change",
    [
        {"digest_time": "25:99"},
        {"digest_time": "noon"},
        {"timezone": "Mars/Phobos"},
        {"timezone": "../../etc/passwd"},
        {"timezone": "a" * 5000},
        {"timezone": ""},
        {"items_per_digest": 2},
        {"items_per_digest": 16},
        {"sentences": 0},
        {"languages": ["english!"]},
        {"skip_empty": "yes"},
        {"skip_empty": 1},
    ],
)
async def test_invalid_preferences_are_refused_and_nothing_stored(db: Database, change: dict) -> None:
    user = await users.upsert_user(db, 300, now=NOW)
    before = await users.get_preferences(db, user.id)
    with pytest.raises(InvalidPreferenceError) as caught:
        await users.update_preferences(db, user.id, quotes=False, now=NOW, **change)
    assert str(caught.value).endswith(".")
    assert await users.get_preferences(db, user.id) == before


async def test_preferences_update_and_schedule_follows(db: Database) -> None:
    user = await users.upsert_user(db, 400, now=NOW)
    prefs = await users.update_preferences(
        db, user.id, digest_time="7:30", timezone="europe/BERLIN ", items_per_digest=15, sentences=3,
        quotes=False, languages=["EN", "de", "en"], use_catalog=False, skip_empty=True, now=NOW,
    )
    assert prefs.skip_empty
    assert prefs.digest_time == "07:30" and prefs.timezone == "Europe/Berlin"
    assert (prefs.items_per_digest, prefs.sentences, prefs.quotes, prefs.use_catalog) == (15, 3, False, False)
    assert prefs.languages == ("en", "de")
    assert prefs.next_due_at == datetime(2026, 1, 11, 6, 30, tzinfo=UTC)
    assert await users.users_due(db, datetime(2026, 1, 11, 6, 29, tzinfo=UTC)) == []
    due = await users.users_due(db, datetime(2026, 1, 11, 6, 30, tzinfo=UTC))
    assert [(d.chat_id, d.timezone, d.digest_time) for d in due] == [(400, "Europe/Berlin", "07:30")]
    paused = await users.update_preferences(db, user.id, paused=True, now=NOW)
    assert paused.paused and paused.next_due_at is None
    assert await users.users_due(db, NOW + timedelta(days=5)) == []
    resumed = await users.update_preferences(db, user.id, paused=False, now=NOW)
    assert resumed.next_due_at == datetime(2026, 1, 11, 6, 30, tzinfo=UTC)
    newcomer = await users.upsert_user(db, 401, now=NOW)
    assert not (await users.get_preferences(db, newcomer.id)).skip_empty, "one short line by default"


@pytest.mark.parametrize(
    ("timezone", "local_time", "start", "expected_utc"),
    [
        # spring forward: 02:30 does not exist in Berlin on 2026-03-29, runs at 03:30 CEST
        ("Europe/Berlin", "02:30", date(2026, 3, 28), ["01:30", "01:30", "00:30"]),
        # fall back: 02:30 happens twice on 2026-10-25, runs once, at the first
        ("Europe/Berlin", "02:30", date(2026, 10, 24), ["00:30", "00:30", "01:30"]),
        ("America/New_York", "23:45", date(2026, 3, 7), ["04:45", "03:45", "03:45"]),
    ],
)
async def test_ticks_claim_exactly_one_digest_per_local_day(
    db: Database, timezone: str, local_time: str, start: date, expected_utc: list[str]
) -> None:
    """RELIABILITY case 31: one digest on each daylight-saving switch day, at the right instant."""
    begin = datetime.combine(start, datetime.min.time(), UTC) - timedelta(days=1)
    user = await users.upsert_user(db, 500, now=begin)
    await users.update_preferences(db, user.id, digest_time=local_time, timezone=timezone, now=begin)
    claims: Counter[date] = Counter()
    sent_at: dict[date, str] = {}
    tick = begin
    end = begin + timedelta(days=4, hours=12)
    while tick < end:
        for due in await users.users_due(db, tick):
            day = schedule.local_date(due.next_due_at, timezone)
            if await deliveries.claim_delivery(db, due.user_id, day, now=tick):
                claims[day] += 1
                sent_at[day] = tick.strftime("%H:%M")
        tick += timedelta(minutes=5)
    days = [start + timedelta(days=n) for n in range(3)]
    assert [claims[d] for d in days] == [1, 1, 1]
    assert [sent_at[d] for d in days] == expected_utc
    assert set(claims.values()) == {1}


async def test_claim_is_won_once_across_connections(db: Database, db_target: str | Path) -> None:
    """RELIABILITY case 32: overlapping ticks or two bot processes never double-send."""
    user = await users.upsert_user(db, 600, now=NOW)
    other = await open_database(db_target)
    try:
        results = await asyncio.gather(
            *(deliveries.claim_delivery(c, user.id, date(2026, 1, 11), now=NOW) for c in [db, other] * 10)
        )
    finally:
        await other.close()
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    prefs = await users.get_preferences(db, user.id)
    assert prefs.last_digest_date == date(2026, 1, 11)
    assert prefs.next_due_at == datetime(2026, 1, 12, 9, 0, tzinfo=UTC)


async def test_missed_digest_after_downtime_is_due_once(db: Database) -> None:
    """RELIABILITY case 30: down from 08:00 to 14:00, then two days down."""
    user = await users.upsert_user(db, 700, now=datetime(2026, 1, 10, 7, 0, tzinfo=UTC))
    back = datetime(2026, 1, 10, 14, 0, tzinfo=UTC)
    [due] = await users.users_due(db, back)
    assert (due.next_due_at, due.last_digest_date) == (datetime(2026, 1, 10, 9, 0, tzinfo=UTC), None)
    assert await deliveries.claim_delivery(db, user.id, date(2026, 1, 10), now=back)
    assert await users.users_due(db, back + timedelta(hours=1)) == []
    much_later = datetime(2026, 1, 13, 15, 0, tzinfo=UTC)
    [due] = await users.users_due(db, much_later)
    assert due.last_digest_date == date(2026, 1, 10)
    instant, day = schedule.latest_slot("09:00", "UTC", much_later)
    assert (instant, day) == (datetime(2026, 1, 13, 9, 0, tzinfo=UTC), date(2026, 1, 13))
    assert await deliveries.claim_delivery(db, user.id, day, now=much_later)
    assert await users.users_due(db, much_later) == []
    assert (await users.reschedule(db, user.id, after=much_later)) == datetime(2026, 1, 14, 9, 0, tzinfo=UTC)


async def test_delivery_states_messages_and_stale_claims(db: Database) -> None:
    user = await users.upsert_user(db, 800, now=NOW)
    delivery_id = await deliveries.claim_delivery(db, user.id, date(2026, 1, 10), now=NOW)
    assert delivery_id is not None
    first = await deliveries.record_message(db, user.id, delivery_id=delivery_id, part=0, now=NOW)
    await deliveries.update_message(db, first, "sent", telegram_message_id=55, now=NOW)
    second = await deliveries.record_message(db, user.id, delivery_id=delivery_id, part=1, now=NOW)
    await deliveries.update_message(db, second, "uncertain", error="timed out", now=NOW)
    assert await deliveries.mark_uncertain(db, delivery_id, "timed out", now=NOW)
    stored = await deliveries.get_delivery(db, user.id, date(2026, 1, 10))
    assert (stored.state, stored.error) == ("uncertain", "timed out")
    messages = await deliveries.list_messages(db, delivery_id)
    assert [(m.part, m.state, m.telegram_message_id) for m in messages] == [
        (0, "sent", 55),
        (1, "uncertain", None),
    ]
    crashed = await deliveries.claim_delivery(db, user.id, date(2026, 1, 11), now=NOW)
    [stale] = await deliveries.stale_claims(db, NOW + timedelta(minutes=10))
    assert stale.id == crashed
    assert await deliveries.reclaim(db, stale, now=NOW + timedelta(minutes=11))
    assert not await deliveries.reclaim(db, stale, now=NOW + timedelta(minutes=11))
    assert await deliveries.mark_sent(db, crashed)
    assert await deliveries.stale_claims(db, NOW + timedelta(days=1)) == []
    with pytest.raises(ValueError):
        await deliveries.set_delivery_state(db, crashed, "lost")


async def test_instant_alert_claimed_once(db: Database) -> None:
    user = await users.upsert_user(db, 900, now=NOW)
    stored = await articles.store_article(db, Digest(Article(url="https://i.example/1")))
    assert await deliveries.claim_alert(db, user.id, stored.id)
    assert not await deliveries.claim_alert(db, user.id, stored.id)


async def test_old_delivery_history_is_purged_recent_kept(db: Database) -> None:
    user = await users.upsert_user(db, 950, now=NOW)
    stored = await articles.store_article(db, Digest(Article(url="https://h.example/1")))
    for age in (200, 120, 95, 3):
        moment = NOW - timedelta(days=age)
        delivery = await deliveries.claim_delivery(db, user.id, moment.date(), now=moment)
        await deliveries.record_message(db, user.id, delivery_id=delivery, state="sent", now=moment)
    await deliveries.claim_alert(db, user.id, stored.id, now=NOW - timedelta(days=100))
    assert await deliveries.purge_history(db, keep_days=90, now=NOW, batch=2) == 3
    assert await deliveries.get_delivery(db, user.id, (NOW - timedelta(days=3)).date()) is not None
    assert await db.fetchval("SELECT COUNT(*) FROM messages") == 1
    assert await deliveries.claim_alert(db, user.id, stored.id)
