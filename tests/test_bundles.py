"""One message where there were several: the owners' reminders of a day, the weekly overview of
open actions and advices with what the gemeente owes, what follows a meeting. A bundle goes out
once, whole: a crash between sending and marking repeats all of it, never a part."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from fakegram import ANNA, BRAM, CARLA, DUINDORP, Change, FakeUser
from handlers.kit.paging import Line
from handlers.kit.sections import Section, unrepeated
from tests.support.harness import Harness

AMS = ZoneInfo("Europe/Amsterdam")
DIRK = FakeUser(504, "Dirk", username="dirk_dw")
LATE = "te laat verstuurd"


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=AMS)  # type: ignore[misc]


def text(changes: list[Change]) -> str:
    return "\n".join(c.text or "" for c in changes)


def new(changes: list[Change], chat_id: int = DUINDORP.id) -> list[Change]:
    return [c for c in changes if c.kind == "new" and c.chat_id == chat_id]


async def group(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    for person in (BRAM, CARLA, DIRK):
        await bot.say("/help", user=person)


async def until(bot: Harness, moment: datetime) -> list[Change]:
    return await bot.advance(moment - bot.clock.now())


async def test_an_owner_with_three_overdue_actions_gets_one_message(bot: Harness) -> None:
    """Due Tuesday, Wednesday and Thursday; overdue reminders come on the weekly overview's
    Monday, in the overview's message: Bram, who pressed Start and heard about each on its day
    privately, is mentioned there with all three and gets nothing privately (the overview
    lists them already)."""
    await group(bot)
    await bot.process(bot.fake.private_start(BRAM))
    for what, due in (("nieuwsbrief", "1 december"), ("zaal", "2 december"), ("kas", "3 dec")):
        await bot.say(f"/actie {what} Bram uiterlijk {due}")
    for day in (1, 2, 3):
        out = await until(bot, local(2026, 12, day, 9, 0))
        assert "Vandaag is de dag" in text(new(out, BRAM.id)), text(out)
    await until(bot, local(2026, 12, 6, 12, 0))
    out = await until(bot, local(2026, 12, 7, 9, 0))
    assert new(out, BRAM.id) == []
    (overview,) = new(out)
    body = overview.text or ""
    assert "Weekoverzicht: open acties van Bewonersorganisatie Duindorp (3)" in body
    assert "Bram ⚠️ Actie 1, nieuwsbrief" in body
    for line in ("⚠️ Actie 2, zaal", "⚠️ Actie 3, kas"):
        assert line in body
    sent = bot.fake.calls_to("sendMessage")[-1].params["text"]
    assert f'<a href="tg://user?id={BRAM.id}">Bram</a>' in sent
    labels = [label for row in overview.buttons for label, _ in row]
    assert labels == [f"{verb} {n}" for n in (1, 2, 3) for verb in ("✅ Klaar", "📅 Uitstellen")]
    assert "herinnering in de groep aan Bram" in text(await bot.say("/actie 1"))


async def test_an_owner_who_missed_the_day_itself_hears_privately(bot: Harness) -> None:
    """The bot was down all week: the reminders Bram missed come with Monday's overdue ones,
    in one private message as he chose (he has not heard about them yet), the group one."""
    await group(bot)
    await bot.process(bot.fake.private_start(BRAM))
    for what, due in (("nieuwsbrief", "1 december"), ("zaal", "2 december"), ("kas", "3 dec")):
        await bot.say(f"/actie {what} Bram uiterlijk {due}")
    out = await until(bot, local(2026, 12, 7, 9, 0))
    (mine,) = new(out, BRAM.id)
    body = mine.text or ""
    assert body.startswith("⏰ Uit Bewonersorganisatie Duindorp")
    for line in ("⚠️ Actie 1, nieuwsbrief", "⚠️ Actie 2, zaal", "⚠️ Actie 3, kas"):
        assert line in body
    labels = [label for row in mine.buttons for label, _ in row]
    assert labels == [f"{verb} {n}" for n in (1, 2, 3) for verb in ("✅ Klaar", "📅 Uitstellen")]
    (overview,) = new(out)
    assert "Weekoverzicht: open acties van Bewonersorganisatie Duindorp (3)" in (
        overview.text or ""
    )


async def test_an_owner_who_hears_privately_that_monday_hears_it_all_there(bot: Harness) -> None:
    """An action due on the overview's Monday brings Bram's private note anyway: his overdue
    action is in that note too, and the group message does not mention him."""
    await group(bot)
    await bot.process(bot.fake.private_start(BRAM))
    await bot.say("/actie nieuwsbrief Bram uiterlijk 1 december")
    await bot.say("/actie zaal boeken Bram uiterlijk 7 december")
    for day in (1, 3, 6):  # action 1's day, action 2's two working days before, Sunday
        await until(bot, local(2026, 12, day, 12, 0))
    out = await until(bot, local(2026, 12, 7, 9, 0))
    (mine,) = new(out, BRAM.id)
    assert "⚠️ Actie 1, nieuwsbrief" in (mine.text or "")
    assert "Vandaag is de dag: actie 2, zaal boeken" in (mine.text or "")
    (overview,) = new(out)
    assert "Weekoverzicht: open acties" in (overview.text or "")
    (sent,) = [
        c.params["text"]
        for c in bot.fake.calls_to("sendMessage")
        if c.params["chat_id"] == DUINDORP.id and "Weekoverzicht" in c.params["text"]
    ][-1:]
    assert "tg://user" not in sent


async def test_one_owner_a_day_also_when_reminders_come_at_different_times(
    bot: Harness,
) -> None:
    """An action due at 08:00 is reminded at 08:00, another at the group's 09:00: one message,
    at 08:00."""
    await group(bot)
    await bot.say("/instellingen weekoverzicht uit")
    await bot.say("/instellingen stil uit")
    await bot.say("/actie nieuwsbrief Bram uiterlijk 4 december 08:00")
    await bot.say("/actie zaal boeken Bram uiterlijk 4 december")
    out = await until(bot, local(2026, 12, 4, 8, 0))
    assert len(new(out)) == 1, [c.text for c in out]
    assert "actie 1, nieuwsbrief" in (out[0].text or "")
    assert "actie 2, zaal boeken" in (out[0].text or "")
    assert new(await until(bot, local(2026, 12, 4, 18, 0))) == []


async def test_two_owners_one_message_in_the_group_one_each_in_private(bot: Harness) -> None:
    await group(bot)
    await bot.say("/instellingen weekoverzicht uit")
    await bot.say("/actie bewonersbrief rondsturen Bram en Dirk uiterlijk 4 december")
    out = await until(bot, local(2026, 12, 2, 9, 0))  # two working days before
    assert len(out) == 1, [c.text for c in out]
    assert (out[0].text or "").startswith("Bram en Dirk ⏰ Over twee dagen: actie 1")
    sent = bot.fake.calls_to("sendMessage")[-1].params["text"]
    assert 'href="tg://user?id=502"' in sent
    assert 'href="tg://user?id=504"' in sent
    # both pressed Start: each their own message, nothing in the group
    await bot.process(bot.fake.private_start(BRAM))
    await bot.process(bot.fake.private_start(DIRK))
    out = await until(bot, local(2026, 12, 4, 9, 0))
    assert new(out) == []
    assert [len(new(out, who.id)) for who in (BRAM, DIRK)] == [1, 1]
    assert "Vandaag is de dag: actie 1" in (new(out, DIRK.id)[0].text or "")
    out = await bot.say("/actie 1")
    assert "herinnering privé aan Bram" in text(out)
    assert "herinnering privé aan Dirk" in text(out)


async def test_a_monday_brings_one_overview_of_actions_advices_and_the_gemeente(
    bot: Harness,
) -> None:
    await group(bot)
    await bot.say("/gemeente toevoegen @carla_gemeente")
    await bot.say("/actie bewonersbrief rondsturen Bram uiterlijk 18 december")
    await bot.say("/actie lantaarnpaal repareren gemeente uiterlijk 18 december")
    await bot.say("/advies Herinrichting Duinplein verzonden 20 november aan gemeente gevraagd")
    out = await until(bot, local(2026, 11, 30, 9, 0))
    assert len(new(out)) == 1, [c.text for c in out]
    monday = out[0].text or ""
    parts = [
        "🗓️ Weekoverzicht: open acties van Bewonersorganisatie Duindorp (1)",
        "👤 Bram\n1. bewonersbrief rondsturen",
        "📋 Weekoverzicht adviezen: 1 open",
        "🏛️ Voor de gemeente (Carla)",
        "Acties\n2. lantaarnpaal repareren",
        "Adviezen die op antwoord wachten\n1. Herinrichting Duinplein: verzonden",
    ]
    assert [monday.index(part) for part in parts] == sorted(monday.index(p) for p in parts)
    # each part has its own setting (the gemeente's goes with them); with both off, none
    await bot.say("/instellingen adviesoverzicht uit")
    out = await until(bot, local(2026, 12, 7, 9, 0))
    overviews = [c for c in new(out) if "Weekoverzicht" in (c.text or "")]
    assert len(overviews) == 1
    assert "Weekoverzicht adviezen" not in text(overviews)
    assert "Herinrichting Duinplein" not in text(overviews)
    await bot.say("/instellingen weekoverzicht uit")
    out = await until(bot, local(2026, 12, 14, 9, 0))
    assert new(out) == []


async def test_a_bundle_sent_but_not_marked_is_repeated_once_whole(bot: Harness) -> None:
    """The process dies after Telegram took the Monday overview, before it was marked sent:
    after the restart the whole overview goes once more, never a part of it."""
    await group(bot)
    await bot.say("/actie bewonersbrief rondsturen Bram uiterlijk 18 december")
    await bot.say("/advies Herinrichting Duinplein verzonden 20 november aan gemeente gevraagd")
    bot.clock.set(local(2026, 11, 30, 9, 0))
    engine = bot.services.engine
    marker = bot.fake.mark()
    (firing,) = await engine._claim_batch()
    assert {e.kind for e in firing.events} == {"action.digest", "advice_overview"}
    await engine._senders["action.digest"](firing)  # sent; then the process dies
    sent = new(bot.fake.changes_since(marker))
    assert len(sent) == 1
    await bot.restart(after=timedelta(minutes=5))
    again = new(bot.fake.changes_since(marker))
    assert len(again) == 2, [c.text for c in again]
    for change in again:
        assert "Weekoverzicht: open acties" in (change.text or "")
        assert "Weekoverzicht adviezen" in (change.text or "")
    await bot.restart(after=timedelta(minutes=5))
    assert len(new(bot.fake.changes_since(marker))) == 2


async def test_the_meeting_tomorrow_comes_with_the_monday_overview(bot: Harness) -> None:
    await group(bot)
    await bot.say("/overleg di 8 dec 19:30 Buurthuis")
    await bot.say("/actie verslag schrijven Bram uiterlijk 18 december")
    await until(bot, local(2026, 12, 6, 20, 0))  # after the final agenda (Sunday 19:30)
    out = await until(bot, local(2026, 12, 7, 9, 0))
    assert len(new(out)) == 1, [c.text for c in out]
    assert "Weekoverzicht: open acties" in (out[0].text or "")
    assert "⏰ Morgen: overleg Bewonersorganisatie Duindorp" in (out[0].text or "")
    assert new(await until(bot, local(2026, 12, 7, 20, 0))) == []  # not again at 19:30
    # an answer under the shared message counts, and the message keeps what it said
    shared = out[0]
    pressed = await bot.press("Ik kom", user=BRAM, message_id=shared.message_id)
    assert [c for c in pressed if c.kind == "edited"] == []
    assert await bot.sql("SELECT user_id, answer FROM meeting_rsvps") == [(BRAM.id, "yes")]


async def test_a_gemeente_action_taken_over_is_reminded_from_then_on(bot: Harness) -> None:
    await group(bot)
    await bot.say("/gemeente toevoegen @carla_gemeente")
    await bot.say("/actie lantaarnpaal repareren gemeente uiterlijk 4 december")
    assert await bot.sql("SELECT count(*) FROM due WHERE kind = 'action.remind'") == [(0,)]
    await bot.say("/actie 1")
    out = await bot.press("🙋 Overnemen")
    assert "Anna" in text(out)
    out = await until(bot, local(2026, 12, 2, 9, 0))
    assert "Anna ⏰ Over twee dagen: actie 1, lantaarnpaal repareren" in text(new(out))


async def test_an_overview_that_came_early_with_the_reminders_is_not_sent_again(
    bot: Harness,
) -> None:
    """Christmas Day's reminder waits for Monday morning and brings the 09:00 overview along
    (which is not late, though the reminder is): the next overview is next Monday's, also when
    someone types an action or looks at the advices at 08:30."""
    await group(bot)
    await bot.process(bot.fake.private_start(BRAM))
    bot.clock.set(local(2026, 12, 24, 19, 0))  # Christmas Eve
    await bot.say("/actie flyers rondbrengen Bram uiterlijk 25 december")
    await bot.say("/advies Herinrichting Duinplein verzonden 10 december aan gemeente gevraagd")
    await until(bot, local(2026, 12, 27, 12, 0))
    out = await until(bot, local(2026, 12, 28, 8, 20))  # the bot was down at 08:00
    (mine,) = new(out, BRAM.id)
    assert LATE in (mine.text or "")
    (overview,) = [c for c in new(out) if "Weekoverzicht" in (c.text or "")]
    assert "Weekoverzicht: open acties" in (overview.text or "")
    assert "Weekoverzicht adviezen" in (overview.text or "")
    assert LATE not in (overview.text or "")  # it came early, not late
    bot.clock.set(local(2026, 12, 28, 8, 30))
    await bot.say("/actie kerstbomen inzamelen Bram uiterlijk 8 januari")
    await bot.say("/adviezen")
    later = new(await until(bot, local(2026, 12, 28, 18, 0)))
    assert not any("Weekoverzicht" in (c.text or "") for c in later), [c.text for c in later]
    out = await until(bot, local(2027, 1, 4, 9, 0))
    assert sum("Weekoverzicht" in (c.text or "") for c in new(out)) == 1, [c.text for c in out]


async def test_after_downtime_the_overview_beside_the_action_list_lists_each_action_once(
    bot: Harness,
) -> None:
    """Down for a week: the meeting's action list and the Monday overview fall due together and
    go out as one message at 08:00, where the overview leaves out what the list shows."""
    await group(bot)
    await bot.say("/actie bewonersbrief rondsturen Bram uiterlijk 18 december")  # from before
    await bot.say("/overleg maandag 7 december 19:30 buurthuis")
    await until(bot, local(2026, 12, 7, 20, 0))
    await bot.say("/actie bankjes tellen Dirk uiterlijk 11 december")  # at the meeting
    await bot.say("/actie flyers drukken Carla uiterlijk 20 januari 2027")
    marker = bot.fake.mark()
    await bot.restart(after=local(2026, 12, 15, 3, 0) - bot.clock.now())
    out = new(bot.fake.changes_since(marker)) + new(await until(bot, local(2026, 12, 15, 8, 1)))
    assert len(out) == 1, [c.text for c in out]
    said = out[0].text or ""
    assert "📋 Actielijst van het overleg van maandag 7 december" in said
    for action in ("1. bewonersbrief rondsturen", "2. bankjes tellen", "3. flyers drukken"):
        assert said.count(action) == 1, (action, said)
    # the overview keeps only what the list does not show: here nothing, so no overview
    assert "Weekoverzicht: open acties" not in said
    assert "Dirk ⚠️ Actie 2, bankjes tellen, moest uiterlijk" in said  # the owner, once
    # a week later the overview lists them all again
    out = new(await until(bot, local(2026, 12, 21, 9, 1)))
    overview = [c.text or "" for c in out if "Weekoverzicht: open acties" in (c.text or "")]
    assert len(overview) == 1, [c.text for c in out]
    assert "open acties van Bewonersorganisatie Duindorp (3)" in overview[0]


def test_a_recounted_section_keeps_what_no_other_section_lists() -> None:
    shown = Section("Actielijst", [Line("Nieuw", "2. bankjes", 2)], lists="action")
    other = Section("Adviezen", [Line("", "1. Duinplein", 1)], lists="advice")
    overview = Section(
        "Open acties (3)",
        [Line("Bram", "1. brief", 1), Line("Dirk", "2. bankjes", 2), Line("Eva", "2. bankjes", 2)],
        "hint",
        lists="action",
        recount=lambda n: f"Open acties ({n})",
    )
    unrepeated([shown, other, overview])
    assert [line.text for line in overview.lines] == ["1. brief"]  # advice 1 is no action 1
    assert (overview.title, overview.footer) == ("Open acties (1)", "hint")
    assert [line.text for line in shown.lines] == ["2. bankjes"]
    overview.lines = [Line("Dirk", "2. bankjes", 2)]
    unrepeated([shown, overview])
    assert overview.empty
