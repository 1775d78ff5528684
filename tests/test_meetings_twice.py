"""The same meeting twice: a second /overleg for a moment the group already has a meeting at
plans nothing and points at the first announcement (typed, step by step, or as a series)."""

from __future__ import annotations

from fakegram import ANNA, BRAM, KRAAYENSTEIN
from tests.support.harness import Harness
from tests.support.steps import board

LINE = "/overleg do 17 dec half 8 buurthuis"


async def stored(bot: Harness) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    meetings = await bot.sql("SELECT id, starts_at, state, series_id FROM meetings ORDER BY id")
    due = await bot.sql("SELECT kind, target_id, fire_at FROM due ORDER BY id")
    return meetings, due


async def plan_once(bot: Harness, line: str = LINE) -> int:
    """Plan the meeting (answering "07:30 or 19:30?" with the evening); its announcement id."""
    await board(bot)
    await bot.say(line)
    out = await bot.press("19:30 · donderdag 17 december")
    announce = next(c for c in out if c.buttons and c.buttons[0][0][0] == "Ik kom")
    return announce.message_id


async def test_typed_twice_points_at_the_announcement_with_its_link(bot: Harness) -> None:
    announced = await plan_once(bot)
    before = await stored(bot)
    await bot.say(LINE, user=BRAM)  # another board member plans the same
    pressed = await bot.press("19:30 · donderdag 17 december", user=BRAM)
    out = [c for c in pressed if c.kind == "new"]
    assert len(out) == 1
    assert "document" not in out[0].message
    text = out[0].text or ""
    assert "Dit overleg staat al gepland: donderdag 17 december om 19:30 tot 21:30" in text
    assert ", buurthuis" in text.lower()
    assert "niet nog eens" in text
    # a supergroup has links to messages: the announcement's, as a link
    link = f"https://t.me/c/1500500500/{announced}"
    assert any(e.get("url") == link for e in out[0].message.get("entities", []))
    assert out[0].buttons == []
    assert await stored(bot) == before  # nothing stored: one meeting, one set of reminders
    assert len(before[0]) == 1


async def test_in_a_basic_group_it_answers_the_announcement(bot: Harness) -> None:
    bot.fake.set_admins(KRAAYENSTEIN.id, [], creator=ANNA)
    out = await bot.say("/overleg di 8 dec 19:30 Wijkcentrum", chat=KRAAYENSTEIN)
    announced = out[0].message_id
    out = await bot.say("/overleg di 8 dec 19:30 Wijkcentrum", chat=KRAAYENSTEIN)
    assert len(out) == 1
    assert "staat al gepland" in (out[0].text or "")
    assert "Zie de aankondiging ↑" in (out[0].text or "")
    assert out[0].message["reply_to_message"]["message_id"] == announced
    assert await bot.sql("SELECT COUNT(*) FROM meetings") == [(1,)]


async def test_step_by_step_answer_for_a_planned_moment_plans_nothing(bot: Harness) -> None:
    await plan_once(bot)
    before = await stored(bot)
    out = await bot.say("/overleg 17 dec buurthuis")
    assert "Hoe laat" in (out[0].text or "")
    out = await bot.say("19:30", reply_to=out[0].message_id)
    assert "staat al gepland" in (out[0].text or "")
    assert await stored(bot) == before


async def test_a_cancelled_meeting_leaves_its_moment_free(bot: Harness) -> None:
    await plan_once(bot)
    await bot.sql("UPDATE meetings SET state = 'cancelled'")
    await bot.say(LINE)
    out = await bot.press("19:30 · donderdag 17 december")
    assert any("Ik kom" in label for c in out for row in c.buttons for label, _ in row)
    assert await bot.sql("SELECT state FROM meetings ORDER BY id") == [("cancelled",), ("planned",)]


async def test_another_time_that_day_is_planned_with_a_short_note(bot: Harness) -> None:
    await plan_once(bot)
    out = await bot.say("/overleg do 17 dec 14:00 stadsdeelkantoor")
    text = out[0].text or ""
    assert "donderdag 17 december om 14:00" in text
    assert "Let op: die dag staat ook al een overleg, om 19:30." in text
    assert await bot.sql("SELECT COUNT(*) FROM meetings WHERE state = 'planned'") == [(2,)]
    # the note is for the one who plans: an RSVP redraws the announcement without it
    out = await bot.press("Ik kom", message_id=out[0].message_id)
    assert "Let op" not in (out[0].text or "")


async def test_a_series_starts_after_a_one_off_on_its_first_date(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg di 1 dec 19:30 Buurthuis")
    out = await bot.say("/overleg elke eerste dinsdag van de maand 19:30 Buurthuis")
    text = out[0].text or ""
    assert "dinsdag 5 januari 2027 om 19:30" in text
    assert "Op dinsdag 1 december om 19:30 tot 21:30 stond al een overleg" in text
    assert "de reeks begint de keer daarna" in text
    rows = await bot.sql("SELECT starts_at, series_id IS NULL FROM meetings ORDER BY starts_at")
    assert rows == [("2026-12-01T18:30:00+00:00", 1), ("2027-01-05T18:30:00+00:00", 0)]
    assert await bot.sql("SELECT COUNT(*) FROM meeting_series") == [(1,)]


async def test_the_same_series_typed_twice_is_planned_once(bot: Harness) -> None:
    await board(bot)
    line = "/overleg elke eerste dinsdag van de maand 19:30 Buurthuis"
    await bot.say(line)
    before = await stored(bot)
    series = await bot.sql("SELECT id FROM meeting_series")
    out = await bot.say(line, user=BRAM)
    assert len(out) == 1
    assert "Dit overleg staat al gepland: dinsdag 1 december om 19:30" in (out[0].text or "")
    assert await stored(bot) == before
    assert await bot.sql("SELECT id FROM meeting_series") == series


async def test_english_group_hears_it_in_english(bot: Harness) -> None:
    await board(bot)
    await bot.say("/instellingen taal en")
    await bot.say("/meeting tue 8 dec 19:30 Community centre")
    out = await bot.say("/meeting tue 8 dec 19:30 Community centre")
    assert "This meeting is already planned" in (out[0].text or "")
    assert await bot.sql("SELECT COUNT(*) FROM meetings") == [(1,)]
