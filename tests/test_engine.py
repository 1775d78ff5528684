"""The reminder engine: restarts, downtime, recurrence, failures and volume, with the fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fakegram import ANNA, BRAM, DUINDORP, FakeChat, FakeTelegram
from schedules.clock import FakeClock
from storage.due import DueRepo
from tests.support.harness import START, Harness

LATE = "(te laat verstuurd, de bot was offline)"


def fired(bot: Harness, marker: int, what: str) -> list[str]:
    return [
        c.text or ""
        for c in bot.fake.changes_since(marker)
        if c.kind == "new" and what in (c.text or "")
    ]


async def test_due_while_stopped_is_sent_once_at_startup_marked_late(bot: Harness) -> None:
    await bot.say("/herinner morgen 10:00 jaarverslag")
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=3))
    sent = fired(bot, marker, "jaarverslag")
    assert len(sent) == 1
    assert LATE in sent[0]
    assert await bot.sql("SELECT state, late FROM due") == [("sent", 1)]
    await bot.restart(after=timedelta(days=1))
    await bot.advance(timedelta(days=1))
    assert len(fired(bot, marker, "jaarverslag")) == 1


async def test_sent_on_time_is_not_late_and_never_resent(bot: Harness) -> None:
    await bot.say("/herinner over 10 minuten thee")
    out = await bot.advance(timedelta(minutes=10))
    assert len(out) == 1
    assert LATE not in (out[0].text or "")
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(hours=1))
    await bot.restart()
    assert fired(bot, marker, "thee") == []


async def test_weekly_missing_three_occurrences_is_sent_once(bot: Harness) -> None:
    await bot.say("/herinner elke maandag 9:00 weekoverleg")  # first: Mon 30 Nov
    marker = bot.fake.mark()
    # down from now until Wed 23 Dec: 30 Nov, 7, 14 and 21 Dec fell due meanwhile
    await bot.restart(after=datetime(2026, 12, 23, 12, tzinfo=UTC) - bot.clock.now())
    sent = fired(bot, marker, "weekoverleg")
    assert len(sent) == 1
    assert LATE in sent[0]
    pending = await bot.sql("SELECT fire_at FROM due WHERE state = 'pending'")
    assert pending == [("2026-12-28T08:00:00+00:00",)]


async def test_recurring_keeps_rhythm_across_month_end_and_dst(
    tmp_path: Path,
) -> None:
    clock = FakeClock(datetime(2027, 3, 1, 12, tzinfo=UTC))
    bot = Harness(tmp_path / "db.sqlite3", clock, FakeTelegram(clock))
    await bot.start()
    try:
        await bot.say("/herinner elke maand op de 31e 20:00 kas controleren")
        await bot.say("/herinner elke zondag 9:00 koffie")
        for _ in range(10):
            await bot.advance(timedelta(days=7))
        rows = await bot.sql(
            "SELECT fire_at FROM due WHERE payload = '{}' AND target_id = 2 ORDER BY id"
        )
        local = [datetime.fromisoformat(r[0]).astimezone(bot.settings.tz) for r in rows]
        assert {(m.hour, m.minute) for m in local} == {(9, 0)}  # also after 28 March (DST)
        assert all(m.weekday() == 6 for m in local)
        monthly = await bot.sql("SELECT fire_at FROM due WHERE target_id = 1 ORDER BY id")
        days = [datetime.fromisoformat(r[0]).astimezone(bot.settings.tz) for r in monthly]
        assert [(d.month, d.day, d.hour) for d in days] == [(3, 31, 20), (4, 30, 20), (5, 31, 20)]
    finally:
        await bot.stop()


async def test_crash_between_claim_and_send_resends_once(bot: Harness) -> None:
    await bot.say("/herinner over 5 minuten bellen")
    bot.clock.advance(timedelta(minutes=5))
    async with bot.services.db.transaction() as conn:
        due = DueRepo(conn)
        events = await due.due(bot.clock.now())
        assert await due.claim([e.id for e in events], bot.clock.now())
    marker = bot.fake.mark()
    await bot.restart()  # the process "died" after claiming
    assert len(fired(bot, marker, "bellen")) == 1
    assert await bot.sql("SELECT state FROM due") == [("sent",)]


async def test_one_timer_is_armed_for_the_earliest_event(bot: Harness) -> None:
    await bot.say("/herinner over 3 uur b")
    await bot.say("/herinner over 1 uur a")
    assert bot.app is not None
    assert bot.app.job_queue is not None
    jobs = bot.app.job_queue.jobs()
    # one engine timer (the daily retention check is the only other job)
    daily = ("wijkbot-daily", "wijkbot-analyze")  # not engine timers
    assert [j.name for j in jobs if j.name not in daily] == ["wijkbot-engine"]
    assert bot.services.engine.armed_for == START + timedelta(hours=1)
    await bot.press("Annuleren")  # cancels "a"
    assert bot.services.engine.armed_for == START + timedelta(hours=3)


async def test_500_reminders_in_one_minute_across_100_groups_each_once(bot: Harness) -> None:
    groups = [FakeChat(-1002000000000 - i, "supergroup", f"Wijk {i}") for i in range(100)]
    engine = bot.services.engine
    moment = START + timedelta(hours=1)
    async with bot.services.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO users (id, first_name, updated_at) VALUES (501, 'Anna', '')"
            " ON CONFLICT DO NOTHING"
        )
        number = 0
        for chat in groups:
            await conn.execute(
                "INSERT INTO chats (id, type, title, language, timezone, created_at, updated_at)"
                " VALUES (?, 'supergroup', ?, 'nl', 'Europe/Amsterdam', '', '')",
                (chat.id, chat.title),
            )
            bot.fake.add_chat(chat)
            for _ in range(5):
                number += 1
                cur = await conn.execute(
                    "INSERT INTO reminders (chat_id, created_by, text, created_at)"
                    " VALUES (?, 501, ?, '')",
                    (chat.id, f"taak-{number:03d}"),
                )
                await engine.schedule(
                    conn,
                    "reminder",
                    chat.id,
                    moment + timedelta(seconds=number % 50),
                    timezone="Europe/Amsterdam",
                    target_id=cur.lastrowid,
                )
    await engine.changed()
    marker = bot.fake.mark()
    await bot.advance(timedelta(hours=1, minutes=1))
    sent = [c for c in bot.fake.changes_since(marker) if c.kind == "new"]
    assert len(sent) == 100  # one bundled message per group
    seen = [f"taak-{n:03d}" for n in range(1, 501)]
    joined = "\n".join(c.text or "" for c in sent)
    assert all(joined.count(name) == 1 for name in seen)
    assert await bot.sql("SELECT state, count(*) FROM due GROUP BY state") == [("sent", 500)]


async def test_429_waits_retry_after_and_delivers_everything(bot: Harness) -> None:
    await bot.say("/herinner over 1 uur eerste")
    other = FakeChat(-100888, "supergroup", "Tweede wijk")
    await bot.say("/herinner over 1 uur tweede", chat=other)
    bot.fake.fail_next("sendMessage", 429, retry_after=1, times=2)
    before = len(bot.fake.calls_to("sendMessage"))
    marker = bot.fake.mark()
    await bot.advance(timedelta(hours=1))
    assert len(fired(bot, marker, "eerste")) == 1
    assert len(fired(bot, marker, "tweede")) == 1
    assert len(bot.fake.calls_to("sendMessage")) - before == 4  # two refused, two delivered
    assert await bot.sql("SELECT DISTINCT state FROM due") == [("sent",)]


async def test_network_errors_retry_with_backoff_then_tell_group_once(bot: Harness) -> None:
    await bot.say("/herinner over 1 uur kapot")
    bot.fake.fail_next("sendMessage", 502, times=3)
    marker = bot.fake.mark()
    await bot.advance(timedelta(hours=1))
    assert fired(bot, marker, "kapot") == []
    assert await bot.sql("SELECT state, attempts FROM due") == [("pending", 1)]
    for minutes in (1, 2, 10):  # the backoff: 30 s, 2 min, 10 min ...
        await bot.advance(timedelta(minutes=minutes))
    assert await bot.sql("SELECT state FROM due") == [("sent",)]
    assert len(fired(bot, marker, "kapot")) == 1
    # now one that never gets through: after the retries the group hears about it once
    await bot.say("/herinner over 1 uur onbezorgbaar")
    bot.fake.fail_next("sendMessage", 500, times=5)
    marker = bot.fake.mark()
    for minutes in (60, 1, 2, 10, 30, 60, 60):
        await bot.advance(timedelta(minutes=minutes))
    notices = [t for t in fired(bot, marker, "") if "Het lukte me niet" in t]
    assert len(notices) == 1
    assert await bot.sql("SELECT state FROM due WHERE id = 2") == [("failed",)]


async def test_403_marks_group_inactive_keeps_data_and_resumes_when_readded(
    bot: Harness,
) -> None:
    await bot.say("/herinner over 1 uur x")
    await bot.say("/herinner over 2 uur y")
    await bot.say("/herinner elke dag 9:00 z")
    await bot.say("/herinner over 5 dagen later")
    await bot.process(bot.fake.bot_removed(DUINDORP, ANNA))
    await bot.sql("UPDATE chats SET active = 1")  # the removal update was lost
    await bot.advance(timedelta(hours=1))  # 403: the group is marked inactive
    assert await bot.sql("SELECT active FROM chats WHERE id = ?", DUINDORP.id) == [(0,)]
    await bot.advance(timedelta(days=2))  # nothing is sent while the bot is out
    assert await bot.sql("SELECT count(*) FROM reminders") == [(4,)]
    states = dict(await bot.sql("SELECT target_id, group_concat(state) FROM due GROUP BY 1"))
    assert states[1] == "failed"
    assert states[2] == "failed"
    assert states[4] == "pending"
    assert "pending" in states[3]  # the daily one keeps its rhythm
    await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    marker = bot.fake.mark()
    await bot.advance(timedelta(days=3))
    assert len(fired(bot, marker, "later")) == 1
    assert fired(bot, marker, "z")


async def test_migrated_group_gets_its_reminder_in_the_new_chat(bot: Harness) -> None:
    from fakegram import KRAAYENSTEIN

    await bot.say("/herinner over 1 uur verhuizen", chat=KRAAYENSTEIN)
    to_update, _from_update = bot.fake.migrate(KRAAYENSTEIN, -1004001004001, ANNA)
    # the bot never saw the migration message; Telegram answers the old id with 400 migrate
    marker = bot.fake.mark()
    await bot.advance(timedelta(hours=1))
    assert [c.chat_id for c in bot.fake.changes_since(marker)] == [-1004001004001]
    assert await bot.sql("SELECT chat_id, state FROM due") == [(-1004001004001, "sent")]


async def test_bundles_reminders_due_together_in_one_message(bot: Harness) -> None:
    await bot.say("/herinner morgen 10:00 zaal boeken")
    await bot.say("/herinner morgen 10:00 koffie kopen", user=BRAM)
    out = await bot.advance(timedelta(days=1))
    assert len(out) == 1
    text = out[0].text or ""
    assert "1. zaal boeken" in text
    assert "2. koffie kopen" in text
    assert [label for label, _ in out[0].buttons[1]] == ["⏰ Later 2", "✅ Klaar 2"]


async def test_stop_request_finishes_the_message_in_flight_and_leaves_the_rest_pending(
    bot: Harness,
) -> None:
    engine = bot.services.engine
    sent: list[int] = []

    async def probe(firing: object) -> None:
        sent.append(1)
        engine.request_stop()  # SIGTERM arrives while this message goes out

    engine.register("probe", probe)
    async with bot.services.db.transaction() as conn:
        for chat_id in (-1, -2, -3):
            await engine.schedule(conn, "probe", chat_id, START, timezone="Europe/Amsterdam")
    bot.clock.advance(timedelta(minutes=1))
    await engine.run_due()
    assert sent == [1]
    states = await bot.sql("SELECT state, count(*) FROM due GROUP BY state ORDER BY state")
    assert states == [("pending", 2), ("sent", 1)]
