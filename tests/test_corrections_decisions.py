"""Issue 17, decisions: the text and the agenda item corrected by who logged it or the board,
removed by the board after "Weet je het zeker?", each on the decision's timeline; the
correction shows in /besluiten and the report. Through the real Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import alert, joined


async def meeting_in_progress(bot: Harness) -> None:
    """Tuesday 8 December 19:30, three items; the first is removed before the meeting, so
    what was shown as 2 and 3 are the items left."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    await bot.say("/help", user=CARLA)
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)
    await bot.say("/agenda Buurtfeest in juni", user=BRAM)
    await bot.say("/agenda Kascommissie", user=BRAM)
    await bot.advance(datetime(2026, 12, 8, 18, 45, tzinfo=UTC) - bot.clock.now())


async def test_text_corrected_by_reply_and_shown_everywhere(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    out = await bot.say("/besluit we doen mee aan NLdoet op 31 maart")
    assert out[0].text == "📌 Besluit 1: we doen mee aan NLdoet op 31 maart"
    assert [label for row in out[0].buttons for label, _ in row] == [
        "✏️ Wijzigen",
        "↩️ Ongedaan maken",
    ]
    out = await bot.press("✏️ Wijzigen")
    card = out[0]
    assert card.text is not None
    assert card.text.startswith("📌 Besluit 1: we doen mee")
    assert "vastgelegd door Anna" in card.text
    assert [label for row in card.buttons for label, _ in row] == ["📝 Tekst", "🗑️ Verwijderen"]
    out = await bot.press("📝 Tekst", user=BRAM)  # the board may correct what Anna logged
    assert "Wat is de nieuwe tekst van besluit 1?" in joined(out)
    assert "Nu: we doen mee aan NLdoet op 31 maart" in joined(out)
    out = await bot.say("we doen mee aan NLdoet op 13 maart", user=BRAM, reply_to=out[0].message_id)
    assert out[0].text == "✏️ Besluit 1 is gewijzigd: we doen mee aan NLdoet op 13 maart"
    redrawn = [c for c in out if c.message_id == card.message_id]
    assert redrawn
    assert "we doen mee aan NLdoet op 13 maart" in (redrawn[0].text or "")
    assert "tekst gewijzigd door Bram (was: we doen mee aan NLdoet op 31 maart)" in (
        redrawn[0].text or ""
    )
    out = await bot.say("/besluiten NLdoet", user=CARLA)
    assert "1. we doen mee aan NLdoet op 13 maart" in joined(out)
    assert "31 maart" not in joined(out)
    out = await bot.say("/besluit 1", user=CARLA)  # anyone may look
    assert "tekst gewijzigd door Bram" in joined(out)
    assert await bot.sql("SELECT text FROM decisions") == [("we doen mee aan NLdoet op 13 maart",)]


async def test_a_member_may_not_correct_and_nothing_changes(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/besluit de kascommissie bestaat uit Jan en Piet")
    out = await bot.press("✏️ Wijzigen", user=CARLA)
    assert out == []
    assert alert(bot) == "Alleen wie dit heeft gemaakt, of een bestuurslid, kan dit doen."
    out = await bot.say("/besluit 1", user=CARLA)
    assert out[0].buttons == []  # her card is read-only; the button's data is still refused
    decision_id = (await bot.sql("SELECT id FROM decisions"))[0][0]
    await bot.process(bot.fake.callback(DUINDORP, CARLA, f"bsl:t:{decision_id}", out[0].message_id))
    assert alert(bot) == "Alleen wie dit heeft gemaakt, of een bestuurslid, kan dit doen."
    assert (bot.fake.last_text(DUINDORP.id) or "").startswith("📌 Besluit 1")  # no question
    # an empty or too long answer changes nothing
    out = await bot.say("/besluit 1")
    await bot.press("📝 Tekst", message_id=out[0].message_id)
    asked = bot.fake.last(DUINDORP.id)
    assert asked is not None
    out = await bot.say("x" * 501, reply_to=asked.message_id)
    assert joined(out) == "Dat is een lang besluit: houd het bij hooguit 500 tekens."
    out = await bot.say("de kascommissie bestaat uit Jan en Piet", reply_to=asked.message_id)
    assert joined(out) == "Dat is dezelfde tekst; besluit 1 is niet veranderd."
    assert await bot.sql("SELECT text FROM decisions") == [
        ("de kascommissie bestaat uit Jan en Piet",)
    ]
    assert await bot.sql("SELECT count(*) FROM decision_timeline") == [(0,)]


async def test_decision_on_the_wrong_item_is_moved_and_the_item_opens_again(bot: Harness) -> None:
    """The issue: after item 1 was removed, "/besluit 2: ..." landed on another item than
    meant. The item is changed with two taps; the wrongly closed item is open again."""
    await meeting_in_progress(bot)
    out = await bot.say("/besluit 3: de kascommissie bestaat uit Jan en Piet")
    assert "Besluit 1 bij punt 3 ‘Kascommissie’" in joined(out)
    await bot.press("✏️ Wijzigen")
    out = await bot.press("📍 Agendapunt")
    assert "Bij welk agendapunt hoort dit besluit?" in joined(out)
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == [
        "1. Parkeeroverlast Duinstraat",
        "2. Buurtfeest in juni",
        "3. Kascommissie",
        "Bij geen enkel punt",
    ]
    out = await bot.press("2. Buurtfeest in juni")
    assert joined(out) == (
        "📌 Besluit 1 bij punt 2 ‘Buurtfeest in juni’: de kascommissie bestaat uit Jan en Piet\n"
        "Bij het overleg van dinsdag 8 december.\n"
        "“Kascommissie” staat weer open op de agenda."
    )
    assert await bot.sql("SELECT text, state FROM agenda_items ORDER BY id") == [
        ("Parkeeroverlast Duinstraat", "open"),
        ("Buurtfeest in juni", "discussed"),
        ("Kascommissie", "open"),
    ]
    out = await bot.say("/verslag")
    report = out[0].text or ""
    assert (
        "2. Buurtfeest in juni\n   📌 Besluit 1: de kascommissie bestaat uit Jan en Piet" in report
    )
    out = await bot.say("/besluit 1")
    assert "agendapunt gewijzigd door Anna (was: Kascommissie)" in joined(out)


async def test_removing_asks_first_and_keeps_the_record(bot: Harness) -> None:
    await meeting_in_progress(bot)
    await bot.say("/besluit 2: het buurtfeest wordt op 20 juni gehouden")
    await bot.say("/besluit we vergaderen voortaan om 19:00")
    out = await bot.say("/besluit 1")
    card = out[0].message_id
    await bot.press("🗑️ Verwijderen", user=CARLA, message_id=card)
    assert alert(bot) == "Alleen wie dit heeft gemaakt, of een bestuurslid, kan dit doen."
    out = await bot.press("🗑️ Verwijderen", message_id=card)
    assert joined(out).startswith("Weet je het zeker? Besluit 1 (het buurtfeest wordt op 20 juni")
    assert out[0].buttons == [[("🗑️ Ja, verwijderen", "bsl:y:1"), ("Nee, laten staan", "bsl:c:1")]]
    out = await bot.press("Nee, laten staan")
    assert joined(out).startswith("📌 Besluit 1: het buurtfeest")
    assert await bot.sql("SELECT removed_at FROM decisions WHERE number = 1") == [(None,)]
    await bot.press("🗑️ Verwijderen", message_id=card)
    out = await bot.press("🗑️ Ja, verwijderen")
    assert joined(out) == (
        "🗑️ Besluit 1 is verwijderd: het buurtfeest wordt op 20 juni gehouden\n"
        "“Buurtfeest in juni” staat weer open op de agenda."
    )
    assert out[0].buttons == []
    out = await bot.say("/besluiten")
    assert "buurtfeest" not in joined(out)
    assert "2. we vergaderen voortaan om 19:00" in joined(out)
    out = await bot.say("/verslag")
    assert "buurtfeest wordt" not in (out[0].text or "")
    out = await bot.say("/besluit 1")
    assert "🗑️ Verwijderd" in joined(out)
    assert "verwijderd door Anna" in joined(out)
    assert out[0].buttons == []
    # a second phone with the old buttons: nothing more happens
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "bsl:y:1", card))
    assert alert(bot) == "Besluit 1 is verwijderd; daar verandert niets meer aan."
    # its number is not given again
    out = await bot.say("/besluit de kas klopt")
    assert joined(out).startswith("📌 Besluit 3: de kas klopt\n")


async def test_undo_by_its_maker_within_ten_minutes(bot: Harness) -> None:
    await meeting_in_progress(bot)
    out = await bot.say("/besluit 2: het buurtfeest wordt op 20 juni gehouden")
    logged = out[0].message_id
    await bot.press("↩️ Ongedaan maken", user=BRAM, message_id=logged)
    assert alert(bot) == "Alleen Anna kan dit ongedaan maken."
    out = await bot.press("↩️ Ongedaan maken", message_id=logged)
    assert joined(out) == (
        "↩️ Besluit 1 is ongedaan gemaakt: het buurtfeest wordt op 20 juni gehouden\n"
        "“Buurtfeest in juni” staat weer open op de agenda."
    )
    assert out[0].buttons == []
    assert await bot.sql("SELECT count(*) FROM decisions") == [(0,)]
    assert await bot.sql("SELECT state FROM agenda_items WHERE text = 'Buurtfeest in juni'") == [
        ("open",)
    ]
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "undo:bsl:1:0", logged))
    assert alert(bot) == "Dit is al ongedaan gemaakt."
    # retyped, it gets the number again; after 10 minutes the undo is refused politely
    out = await bot.say("/besluit 2: het buurtfeest wordt op 27 juni gehouden")
    assert joined(out).startswith("📌 Besluit 1 bij punt 2 ‘Buurtfeest in juni’: het buurtfeest")
    await bot.advance(timedelta(minutes=11))
    await bot.press("↩️ Ongedaan maken", message_id=out[0].message_id)
    assert alert(bot).startswith("Ongedaan maken kan tot 10 minuten na het opslaan.")
    assert await bot.sql("SELECT number, text FROM decisions") == [
        (1, "het buurtfeest wordt op 27 juni gehouden")
    ]
    assert bot.fake.bot_message(DUINDORP.id, out[0].message_id).buttons == [
        [("✏️ Wijzigen", "bsl:e:1")]
    ]


async def test_undo_is_told_even_when_telegram_refuses_the_edit(bot: Harness) -> None:
    """Stored first: when the confirmation cannot be edited, a new message says what was
    undone (the item open again included); a second press changes nothing."""
    await meeting_in_progress(bot)
    out = await bot.say("/besluit 2: het buurtfeest wordt op 20 juni gehouden")
    logged = out[0].message_id
    bot.fake.fail_next("editMessageText", 500)
    out = await bot.press("↩️ Ongedaan maken", message_id=logged)
    said = [c for c in out if c.kind == "new" and "ongedaan gemaakt" in (c.text or "")]
    assert [c.text for c in said] == [
        "↩️ Besluit 1 is ongedaan gemaakt: het buurtfeest wordt op 20 juni gehouden\n"
        "“Buurtfeest in juni” staat weer open op de agenda."
    ]
    assert await bot.sql("SELECT count(*) FROM decisions") == [(0,)]
    await bot.press("↩️ Ongedaan maken", message_id=logged)
    assert alert(bot) == "Dit is al ongedaan gemaakt."
