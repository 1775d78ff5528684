"""Issue 17, actions: text, who does it and the due date corrected from the card (a reply
prompt each, the date through the date reader), "Bedoel je Bram?" for an owner named as an
unknown @name or a name close to a member's, a typed name linked to the member it turned out
to be, and "Ongedaan maken" for 10 minutes. The change shows on the card, in /acties and in
the reminders. Through the real Application."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeUser
from storage.actions import ActionRepo
from tests.support.harness import Harness
from tests.support.steps import alert, joined, labels

# A board member Telegram knows as an admin; he never wrote in the group, his username is
# not "bram".
BRAM_DW = FakeUser(520, "Bram", "de Wit", "bdw_1975")
HENK = FakeUser(530, "Henk", "Jansen", "hjansen")


async def group(bot: Harness) -> None:
    """Anna created the group; Bram de Wit is an admin who never wrote; Bram (another) and
    Carla are members the bot has seen."""
    bot.fake.set_admins(DUINDORP.id, [BRAM_DW], creator=ANNA)
    await bot.say("/help", user=BRAM)
    await bot.say("/help", user=CARLA)


async def owners(bot: Harness, number: int) -> list[tuple[object, ...]]:
    return await bot.sql(
        "SELECT o.user_id, o.party, o.name FROM action_owners o JOIN actions a"
        " ON a.id = o.action_id WHERE a.number = ? ORDER BY o.position",
        number,
    )


async def reminders(bot: Harness) -> list[str]:
    rows = await bot.sql(
        "SELECT fire_at FROM due WHERE kind = 'action.remind' AND state = 'pending'"
        " ORDER BY fire_at"
    )
    return [str(row[0]) for row in rows]


# --- the text ----------------------------------------------------------------------------------
async def test_text_corrected_from_the_confirmation(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie subsidie aanvragn @carla_gemeente uiterlijk 30 november")
    assert out[0].text == "✅ Actie 1: subsidie aanvragn. Carla, uiterlijk maandag 30 november"
    assert labels(out[0]) == ["✏️ Wijzigen", "↩️ Ongedaan maken"]
    out = await bot.press("✏️ Wijzigen")
    card = out[0]
    assert (card.text or "").startswith("📋 Actie 1: subsidie aanvragn")
    assert labels(card) == ["📝 Tekst", "👤 Wie", "📅 Datum", "↩️ Terug"]
    out = await bot.press("📝 Tekst", user=CARLA)  # an owner may correct it
    assert "Wat is de nieuwe tekst van actie 1?" in joined(out)
    out = await bot.say("subsidie aanvragen", user=CARLA, reply_to=out[0].message_id)
    assert out[0].text == (
        "✏️ Actie 1 is gewijzigd: subsidie aanvragen. Carla, uiterlijk maandag 30 november"
    )
    redrawn = next(c for c in out if c.message_id == card.message_id)
    assert (redrawn.text or "").startswith("📋 Actie 1: subsidie aanvragen")
    assert "tekst gewijzigd door Carla (was: subsidie aanvragn)" in (redrawn.text or "")
    assert "✅ Klaar" in labels(redrawn)
    out = await bot.say("/acties")
    assert "1. subsidie aanvragen, uiterlijk maandag 30 november" in joined(out)
    # the reminder reads the new text
    out = await bot.advance(timedelta(days=1, hours=18))  # Thursday 26 Nov 09:00
    assert "actie 1, subsidie aanvragen" in joined(out)


async def test_someone_else_may_not_correct_and_nothing_changes(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie zaal boeken @carla_gemeente")
    out = await bot.say("/actie 1", user=BRAM)
    await bot.press("✏️ Wijzigen", user=BRAM, message_id=out[0].message_id)
    assert alert(bot) == "Alleen wie de actie heeft, of een bestuurslid, kan dit doen."
    out = await bot.press("✏️ Wijzigen", user=CARLA, message_id=out[0].message_id)
    await bot.press("📝 Tekst", user=BRAM, message_id=out[0].message_id)
    assert alert(bot) == "Alleen wie de actie heeft, of een bestuurslid, kan dit doen."
    # the owner may not hand it to someone else; the board may
    out = await bot.press("👤 Wie", user=CARLA, message_id=out[0].message_id)
    out = await bot.say("Anna", user=CARLA, reply_to=out[0].message_id)
    assert joined(out) == (
        "Je kunt alleen jezelf toevoegen of anderen weghalen. Een bestuurslid kan de actie aan"
        " anderen geven."
    )
    assert await owners(bot, 1) == [(CARLA.id, None, "")]
    assert await bot.sql("SELECT count(*) FROM action_timeline WHERE change != 'created'") == [(0,)]


# --- who does it -------------------------------------------------------------------------------
async def test_owners_corrected_and_the_reminders_go_to_the_new_owner(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie stoep vegen @carla_gemeente uiterlijk maandag")  # 30 November
    await bot.press("✏️ Wijzigen")
    out = await bot.press("👤 Wie")
    assert "Wie doet actie 1 (stoep vegen)?" in joined(out)
    assert "Nu: Carla" in joined(out)
    out = await bot.say("Bram en gemeente", reply_to=out[0].message_id)
    assert out[0].text == "🤔 Wie bedoel je met “Bram”?"  # two members are called Bram
    assert labels(out[0])[:2] == ["👤 Bram", "👤 Bram de Wit"]
    out = await bot.press("👤 Bram")
    assert (
        "✏️ Actie 1 is gewijzigd: stoep vegen. Bram en gemeente, uiterlijk maandag 30 november"
        in joined(out)
    )
    assert await owners(bot, 1) == [(BRAM.id, None, ""), (None, "gemeente", "gemeente")]
    out = await bot.say("/acties mijn", user=BRAM)
    assert "1. stoep vegen" in joined(out)
    out = await bot.say("/acties mijn", user=CARLA)
    assert "Jij hebt geen open acties" in joined(out)
    out = await bot.say("/actie 1")
    assert "wie het doet gewijzigd door Anna (was: Carla)" in joined(out)
    out = await bot.advance(timedelta(hours=18))  # Thursday 26 November 09:00
    assert "Bram ⏰ Over vier dagen: actie 1, stoep vegen" in joined(out)


async def test_an_unknown_at_name_asks_bedoel_je_bram_before_a_plain_name(bot: Harness) -> None:
    """The issue: "@bram" (his username is another) offered to store "bram" as a plain name,
    and Bram's /acties mijn stayed empty. Now the board member called Bram is offered first."""
    await group(bot)
    out = await bot.say("/actie subsidie aanvragen @bram uiterlijk vrijdag")
    assert out[0].text == "🤔 @bram ken ik niet in deze groep. Wie bedoel je?"
    assert labels(out[0]) == [
        "👤 Bram",
        "👤 Bram de Wit",
        "✍️ “bram” als naam",
        "✖️ Niets opslaan",
    ]
    assert await bot.sql("SELECT count(*) FROM actions") == [(0,)]
    await bot.press("👤 Bram de Wit", user=CARLA)
    assert alert(bot) == "Deze vraag was voor Anna."
    out = await bot.press("👤 Bram de Wit")
    assert joined(out) == (
        "👤 @bram: Bram de Wit\n---\n"
        "✅ Actie 1: subsidie aanvragen. Bram, uiterlijk vrijdag 27 november"
    )
    assert await owners(bot, 1) == [(BRAM_DW.id, None, "")]
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:who:0", out[0].message_id))
    assert alert(bot).startswith("Die vraag is al beantwoord.")  # a second phone
    out = await bot.say("/acties mijn", user=BRAM_DW)
    assert "1. subsidie aanvragen, uiterlijk vrijdag 27 november" in joined(out)
    # a first name two members share, typed at the end, is asked about too
    out = await bot.say("/actie flyers ophalen Bram")
    assert out[0].text == "🤔 Wie bedoel je met “Bram”?"
    out = await bot.press("👤 Bram de Wit")
    assert "✅ Actie 2: flyers ophalen. Bram" in joined(out)
    assert await owners(bot, 2) == [(BRAM_DW.id, None, "")]
    out = await bot.say("/actie bellen met Bram")  # what it is about: no question
    assert out[0].text == "✅ Actie 3: bellen met Bram. Anna"
    # /help's example: "@jan" is too short for a username, yet never left in the text
    out = await bot.say("/actie bewonersbrief rondsturen @jan uiterlijk vrijdag")
    assert (out[0].text or "").startswith("🤔 @jan ken ik niet in deze groep")
    out = await bot.advance(timedelta(days=1, hours=18))  # Friday 09:00
    assert "Bram ⏰ Vandaag is de dag: actie 1, subsidie aanvragen" in joined(out)
    sent = [c.params["text"] for c in bot.fake.calls_to("sendMessage")]
    assert any(f'<a href="tg://user?id={BRAM_DW.id}">Bram</a>' in s for s in sent)


async def test_one_close_member_is_asked_and_a_typed_yes_takes_him(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM_DW], creator=ANNA)
    out = await bot.say("/actie flyers ophalen @bramdewit")
    assert out[0].text == "🤔 @bramdewit ken ik niet in deze groep. Bedoel je Bram de Wit?"
    out = await bot.say("ja", reply_to=out[0].message_id)
    assert "✅ Actie 1: flyers ophalen. Bram" in joined(out)
    assert await owners(bot, 1) == [(BRAM_DW.id, None, "")]
    # "bram" typed as a name: the board member of that name, no question
    out = await bot.say("/actie zaal boeken bram")
    assert out[0].text == "✅ Actie 2: zaal boeken. Bram"
    assert await owners(bot, 2) == [(BRAM_DW.id, None, "")]
    # a name close to a member's, typed as who does it, is asked about too
    await bot.say("/actie 2")
    await bot.press("✏️ Wijzigen")
    out = await bot.press("👤 Wie")
    out = await bot.say("Brm en Carla Smit", reply_to=out[0].message_id)
    assert out[0].text == "🤔 Bedoel je met “Brm” Bram de Wit?"
    out = await bot.press("👤 Bram de Wit")
    assert "✏️ Actie 2 is gewijzigd: zaal boeken. Bram en Carla Smit" in joined(out)
    assert await owners(bot, 2) == [(BRAM_DW.id, None, ""), (None, None, "Carla Smit")]


async def test_a_typed_name_is_linked_when_the_member_turns_up(bot: Harness) -> None:
    """A name typed as text stays a name; when a member of that name is known, the card offers
    to link them (a button, never by itself: "Henk" may be another Henk)."""
    await group(bot)
    out = await bot.say("/actie kascontrole @henkie uiterlijk 10 december")
    out = await bot.press("✍️ “henkie” als naam")
    assert await owners(bot, 1) == [(None, None, "henkie")]
    out = await bot.say("/actie 1")
    assert not [label for label in labels(out[0]) if label.startswith("🔗")]
    await bot.say("/help", user=HENK)  # Henk Jansen writes in the group
    out = await bot.say("/actie 1")
    assert "🔗 henkie is Henk Jansen" in labels(out[0])
    await bot.press("🔗 henkie is Henk Jansen", user=BRAM)
    assert alert(bot) == "Alleen wie de actie heeft, of een bestuurslid, kan dit doen."
    out = await bot.press("🔗 henkie is Henk Jansen")
    assert alert(bot) == "🔗 henkie is nu Henk Jansen: die krijgt de herinneringen."
    assert "👤 Henk" in joined(out)
    assert "“henkie” gekoppeld aan een lid door Anna" in joined(out)
    assert await owners(bot, 1) == [(HENK.id, None, "")]
    out = await bot.say("/acties mijn", user=HENK)
    assert "1. kascontrole" in joined(out)
    # a name typed as text had no reminders; Henk gets them from now on
    assert await reminders(bot) == [
        "2026-12-08T08:00:00+00:00",
        "2026-12-10T08:00:00+00:00",
        "2026-12-14T08:00:00+00:00",
        "2026-12-21T08:00:00+00:00",
        "2026-12-28T08:00:00+00:00",
    ]


async def test_an_outside_partys_action_given_to_a_member_reminds_that_member(
    bot: Harness,
) -> None:
    """Found in play: "bankjes melden wijkagent" corrected to Carla had no reminders at all."""
    await group(bot)
    await bot.say("/actie bankjes melden wijkagent uiterlijk vrijdag 11 december")
    assert await reminders(bot) == []  # the wijkagent's action is in the weekly overview only
    await bot.press("✏️ Wijzigen")
    out = await bot.press("👤 Wie")
    out = await bot.say("Carla", reply_to=out[0].message_id)
    assert "✏️ Actie 1 is gewijzigd: bankjes melden. Carla" in joined(out)
    assert len(await reminders(bot)) == 5
    out = await bot.advance(timedelta(days=13, hours=18))  # Wednesday 9 December 09:00
    assert "Carla ⏰ Over twee dagen: actie 1, bankjes melden" in joined(out)


# --- the due date ------------------------------------------------------------------------------
async def test_due_date_corrected_and_reminders_planned_again(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie nieuwsbrief maken @carla_gemeente uiterlijk 30 november")
    await bot.press("✏️ Wijzigen")
    out = await bot.press("📅 Datum")
    assert "Nu: maandag 30 november" in joined(out)
    out = await bot.say("gisteren", reply_to=out[0].message_id)
    assert "Die datum is al voorbij." in joined(out)
    out = await bot.say("binnenkort", reply_to=out[0].message_id)  # asked back
    assert "Wanneer precies" in joined(out)
    out = await bot.say("vrijdag 11 december", reply_to=out[0].message_id)
    assert "✏️ Actie 1 is gewijzigd: nieuwsbrief maken. Carla, uiterlijk vrijdag 11 december" in (
        joined(out)
    )
    assert await reminders(bot) == [
        "2026-12-09T08:00:00+00:00",
        "2026-12-11T08:00:00+00:00",
        "2026-12-14T08:00:00+00:00",  # overdue: on the Monday overview's day and moment
        "2026-12-21T08:00:00+00:00",
        "2026-12-28T08:00:00+00:00",
    ]
    out = await bot.say("/actie 1")
    moved = "datum gewijzigd door Anna, van maandag 30 november naar vrijdag 11 december"
    assert moved in joined(out)
    await bot.press("✏️ Wijzigen", message_id=out[0].message_id)
    out = await bot.press("📅 Datum", message_id=out[0].message_id)
    out = await bot.say("geen", reply_to=out[0].message_id)
    assert "✏️ Actie 1 is gewijzigd: nieuwsbrief maken. Carla" in joined(out)
    assert await reminders(bot) == []
    assert await bot.sql("SELECT due_date FROM actions") == [(None,)]


# --- taking it back ----------------------------------------------------------------------------
async def test_undo_by_its_maker_within_ten_minutes(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie bewonersbrief rondsturen @carla_gemeente uiterlijk vrijdag")
    made = out[0].message_id
    assert await reminders(bot) != []
    await bot.press("↩️ Ongedaan maken", user=CARLA, message_id=made)
    assert alert(bot) == "Alleen Anna kan dit ongedaan maken."
    out = await bot.press("↩️ Ongedaan maken", message_id=made)
    assert joined(out) == "↩️ Actie 1 is ongedaan gemaakt: bewonersbrief rondsturen"
    assert await bot.sql("SELECT count(*) FROM actions") == [(0,)]
    assert await bot.sql("SELECT count(*) FROM action_owners") == [(0,)]
    assert await reminders(bot) == []
    out = await bot.say("/actie bewonersbrief rondsturen @carla_gemeente uiterlijk vrijdag")
    assert joined(out).startswith("✅ Actie 1: bewonersbrief rondsturen")
    await bot.advance(timedelta(minutes=10, seconds=1))
    await bot.press("↩️ Ongedaan maken", message_id=out[0].message_id)
    assert alert(bot).startswith("Ongedaan maken kan tot 10 minuten na het opslaan.")
    assert await bot.sql("SELECT count(*) FROM actions") == [(1,)]
    assert labels(bot.fake.bot_message(DUINDORP.id, out[0].message_id)) == ["✏️ Wijzigen"]


async def test_a_failure_halfway_loses_nothing_confirmed(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One transaction each: an undo failing after the reminders were cancelled keeps the
    action and its reminders; owners replaced and then a failing history line keeps the old
    owners."""
    await group(bot)
    out = await bot.say("/actie stoep vegen @carla_gemeente uiterlijk maandag")
    made = out[0].message_id
    planned = await reminders(bot)

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(ActionRepo, "delete", broken)
    out = await bot.press("↩️ Ongedaan maken", message_id=made)
    assert "Sorry" in joined(out) + alert(bot)
    assert await bot.sql("SELECT count(*) FROM actions") == [(1,)]
    assert await reminders(bot) == planned
    await bot.press("✏️ Wijzigen", message_id=made)
    out = await bot.press("👤 Wie", message_id=made)
    monkeypatch.setattr(ActionRepo, "log", broken)
    out = await bot.say("Anna", reply_to=out[0].message_id)
    assert "Sorry" in joined(out)
    assert await owners(bot, 1) == [(CARLA.id, None, "")]
    monkeypatch.undo()
    out = await bot.say("/actie 1")
    assert "👤 Carla" in joined(out)
    assert await reminders(bot) == planned
