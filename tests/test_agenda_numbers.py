"""Stable references (issue 17): "punt 3" is the item the group last saw as 3. Numbers stay with
their items when another is removed, deferred or carried over; a move up or down is asked about
until the agenda is shown again; an item's text is corrected where it shows. Through the real
Application, as typed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from fakegram.model import FakeUser
from tests.support.harness import Harness
from tests.support.steps import alert, text

DIRK = FakeUser(504, "Dirk")  # a member, not on the board
IN_PROGRESS = datetime(2026, 12, 8, 18, 45, tzinfo=UTC)  # Tuesday 8 December, 19:45


async def three_items(bot: Harness) -> int:
    """A meeting on 8 December with three items; returns the board's /agenda message."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    for who in (CARLA, DIRK):
        await bot.say("/help", user=who)
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/overleg di 15 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)
    await bot.say("/agenda Buurtfeest in juni", user=DIRK)
    await bot.say("/agenda Kascommissie", user=BRAM)
    out = await bot.say("/agenda", user=BRAM)
    return out[0].message_id


async def linked(bot: Harness) -> list[tuple[str, str | None]]:
    rows = await bot.sql(
        "SELECT d.text, a.text FROM decisions d LEFT JOIN agenda_items a"
        " ON a.id = d.agenda_item_id ORDER BY d.id"
    )
    return [(str(a), b) for a, b in rows]


async def test_after_item_1_is_removed_item_2_is_still_the_one_shown_as_2(bot: Harness) -> None:
    """Seen: after agenda item 1 was removed, /besluit 2: linked the item shown as 3."""
    listing = await three_items(bot)
    out = await bot.press("✖️ 1", user=BRAM, message_id=listing)
    assert "2. Buurtfeest in juni (Dirk)\n3. Kascommissie (Bram)" in text(out)
    await bot.advance(IN_PROGRESS - bot.clock.now())
    out = await bot.say("/besluit 2: het buurtfeest is op 20 juni")
    assert text(out).startswith(
        "📌 Besluit 1 bij punt 2 ‘Buurtfeest in juni’: het buurtfeest is op 20 juni"
    )
    out = await bot.say("/besluit 1: venstertijden voor bevoorrading")
    assert text(out) == (
        "Punt 1 (‘Parkeeroverlast Duinstraat’) is van de agenda gehaald. De andere punten"
        " hielden hun nummer; kijk met /agenda welk punt je bedoelt."
    )
    assert await linked(bot) == [("het buurtfeest is op 20 juni", "Buurtfeest in juni")]
    # the pinned final agenda, posted before the removal, was edited in place
    final = next(
        m for m in bot.fake.messages(DUINDORP.id) if "Definitieve agenda" in (m.text or "")
    )
    assert "1. Parkeeroverlast" not in (final.text or "")
    assert "2. Buurtfeest in juni (Dirk)" in (final.text or "")


async def test_a_number_a_move_gave_is_asked_until_the_agenda_is_shown(bot: Harness) -> None:
    listing = await three_items(bot)
    await bot.advance(IN_PROGRESS - bot.clock.now())
    out = await bot.press("⬆️ 3", user=BRAM, message_id=listing)
    assert "1. Parkeeroverlast Duinstraat (Carla)\n2. Kascommissie (Bram)\n3. Buurtfeest" in (
        text(out)
    )
    out = await bot.say("/besluit 2: Jan en Piet doen de kascontrole")
    assert "Punt 2 is net verschoven" in text(out)
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels[:2] == ["2. Kascommissie", "3. Buurtfeest in juni"]
    assert await linked(bot) == [("Jan en Piet doen de kascontrole", None)]
    await bot.press("2. Kascommissie")
    assert await linked(bot) == [("Jan en Piet doen de kascontrole", "Kascommissie")]
    # the question showed the new numbers: from now on 2 is Kascommissie, without asking
    out = await bot.say("/besluit 2: de kascommissie rapporteert in maart")
    assert text(out).startswith("📌 Besluit 2 bij punt 2 ‘Kascommissie’")


async def test_an_item_carried_over_is_found_by_its_old_number(bot: Harness) -> None:
    """Items move on to 15 December (numbers 1-3 there); "punt 2" on the 8th is still
    Buurtfeest, whatever its number on the 15th."""
    await three_items(bot)
    # the meeting ends with nothing marked discussed: the items move on to 15 December (told
    # the next morning, after the quiet hours)
    out = await bot.advance(datetime(2026, 12, 9, 8, 0, tzinfo=UTC) - bot.clock.now())
    assert "3 punten zijn niet besproken" in text(out)
    out = await bot.say("/besluit 2: het buurtfeest is op 20 juni")
    assert text(out).startswith("📌 Besluit 1 bij punt 2 ‘Buurtfeest in juni’")
    assert await bot.sql(
        "SELECT text, meeting_id, number, state FROM agenda_items ORDER BY id"
    ) == [
        ("Parkeeroverlast Duinstraat", 2, 1, "open"),
        ("Buurtfeest in juni", 2, 2, "discussed"),  # moved on, and discussed after all
        ("Kascommissie", 2, 3, "open"),
    ]


async def test_an_item_deferred_is_named_not_replaced(bot: Harness) -> None:
    listing = await three_items(bot)
    await bot.press("⏭️ 2", user=BRAM, message_id=listing)
    await bot.advance(IN_PROGRESS - bot.clock.now())
    out = await bot.say("/besluit 2: het buurtfeest is op 20 juni")
    assert text(out) == (
        "Punt 2 (‘Buurtfeest in juni’) is doorgeschoven naar het overleg van 15 december."
        " Kijk met /agenda welk punt je bedoelt."
    )
    assert await linked(bot) == []
    out = await bot.say("/besluit 3: Jan en Piet doen de kascontrole")
    assert text(out).startswith("📌 Besluit 1 bij punt 3 ‘Kascommissie’")


async def test_an_items_text_is_corrected_where_it_shows(bot: Harness) -> None:
    listing = await three_items(bot)
    await bot.advance(timedelta(days=11, hours=6))  # 6 December: the final agenda is pinned
    out = await bot.press("✏️ 2", user=DIRK, message_id=listing)  # not the board: his own item
    assert "Wat wordt de nieuwe tekst van punt 2?" in text(out)
    out = await bot.say("Buurtfeest op zaterdag 20 juni", user=DIRK, reply_to=out[0].message_id)
    assert "✏️ Punt 2 gewijzigd:\nBuurtfeest op zaterdag 20 juni" in text(out)
    final = next(
        m for m in bot.fake.messages(DUINDORP.id) if "Definitieve agenda" in (m.text or "")
    )
    assert "2. Buurtfeest op zaterdag 20 juni (Dirk) — gewijzigd door Dirk" in (final.text or "")
    assert "gewijzigd" not in (final.text or "").split("\n2. ")[0]  # item 1 was not changed
    out = await bot.say("/agenda document", user=CARLA)
    document = next(c for c in out if c.message.get("document"))
    stored = bot.fake.bot_message(DUINDORP.id, document.message_id).document
    assert stored is not None
    assert "Buurtfeest op zaterdag 20 juni" in stored[1].decode()
    # somebody else's item: only the board or its proposer
    await bot.press("✏️ 1", user=DIRK, message_id=listing)
    assert alert(bot) == "Alleen het bestuur, of wie het punt inbracht, kan de tekst wijzigen."
    # the board corrects any item; the list it pressed in shows the change
    out = await bot.press("✏️ 3", user=BRAM, message_id=listing)
    out = await bot.say("Kascommissie 2027", user=BRAM, reply_to=out[0].message_id)
    shown = bot.fake.bot_message(DUINDORP.id, listing)
    assert "3. Kascommissie 2027 (Bram) — gewijzigd door Bram" in (shown.text or "")
    # the history keeps who changed what, with the text before
    assert await bot.sql(
        "SELECT a.number, t.change, t.user_id, t.detail FROM agenda_item_timeline t"
        " JOIN agenda_items a ON a.id = t.agenda_item_id ORDER BY t.id"
    ) == [(2, "text", DIRK.id, "Buurtfeest in juni"), (3, "text", BRAM.id, "Kascommissie")]
    out = await bot.say("/agenda", user=CARLA)
    assert "3. Kascommissie 2027 (Bram) — gewijzigd door Bram" in text(out)


async def test_an_item_just_added_is_corrected_or_taken_back_by_its_writer(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)
    out = await bot.say("/agenda Buurtfest in juni", user=CARLA)
    added = out[0].message_id
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["✏️ Tekst wijzigen", "↩️ Ongedaan maken"]
    out = await bot.press("✏️ Tekst wijzigen", user=CARLA, message_id=added)
    await bot.say("Buurtfeest in juni", user=CARLA, reply_to=out[0].message_id)
    assert await bot.sql("SELECT number, text FROM agenda_items ORDER BY id") == [
        (1, "Parkeeroverlast Duinstraat"),
        (2, "Buurtfeest in juni"),
    ]
    await bot.press("↩️ Ongedaan maken", user=BRAM, message_id=added)
    assert alert(bot) == "Alleen Carla kan dit ongedaan maken."
    out = await bot.press("↩️ Ongedaan maken", user=CARLA, message_id=added)
    assert "Ongedaan gemaakt: punt 2 (‘Buurtfeest in juni’) staat niet meer op de agenda" in (
        text(out)
    )
    out = await bot.say("/agenda Kascommissie", user=CARLA)
    assert "Punt 3 op de agenda" in text(out)  # number 2 is never given to another item


async def test_actie_with_a_number_a_move_gave_says_what_it_means_now(bot: Harness) -> None:
    listing = await three_items(bot)
    await bot.advance(IN_PROGRESS - bot.clock.now())
    await bot.press("⬆️ 3", user=BRAM, message_id=listing)
    out = await bot.say("/actie 2: kascontrole plannen", user=BRAM)
    assert text(out) == (
        "⚠️ Punt 2 is net verschoven: nu is punt 2 ‘Kascommissie’, en ‘Buurtfeest in juni’ is"
        " punt 3. Typ het nog eens met het nummer van nu."
    )
    assert await bot.sql("SELECT count(*) FROM actions") == [(0,)]
    await bot.say("/actie 2: kascontrole plannen", user=BRAM)
    assert await bot.sql(
        "SELECT a.text FROM action_items x JOIN agenda_items a ON a.id = x.item_id"
    ) == [("Kascommissie",)]
