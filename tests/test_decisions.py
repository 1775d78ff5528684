"""/besluit and /besluiten through the real Application."""

from __future__ import annotations

from datetime import timedelta

from fakegram import ANNA, BRAM, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import alert


def text(changes: list) -> str:  # type: ignore[type-arg]
    return "\n---\n".join(c.text or "" for c in changes)


async def test_board_logs_members_may_not(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/besluit we doen mee aan NLdoet", user=BRAM)
    assert text(out) == "Alleen bestuursleden kunnen dit doen."
    out = await bot.say("/besluit")
    assert text(out).startswith("Wat is het besluit?")
    assert await bot.sql("SELECT count(*) FROM decisions") == [(0,)]
    out = await bot.say("/besluit we doen mee aan NLdoet")
    assert out[0].text == "📌 Besluit 1: we doen mee aan NLdoet"
    assert await bot.sql("SELECT number, text, meeting_id FROM decisions") == [
        (1, "we doen mee aan NLdoet", None)
    ]


async def test_list_newest_first_and_search(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/besluiten")
    assert "nog geen besluiten" in text(out)
    await bot.say("/besluit subsidie aanvragen voor het buurtfeest")
    await bot.advance(timedelta(days=1))
    await bot.say("/besluit de kascommissie bestaat uit Jan en Piet")
    await bot.advance(timedelta(days=1))
    await bot.say("/besluit Subsidie voor de speeltuin niet aanvragen")
    out = await bot.say("/besluiten", user=BRAM)
    listing = text(out)
    assert listing.index("3. Subsidie voor de speeltuin") < listing.index("1. subsidie aanvragen")
    out = await bot.say("/besluiten subsidie")
    assert "Besluiten met “subsidie” (2)" in text(out)
    assert "kascommissie" not in text(out)
    out = await bot.say("/besluiten fietsenstalling")
    assert text(out) == "Geen besluiten gevonden met “fietsenstalling”."


async def test_long_lists_are_paged(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    for n in range(30):
        await bot.say(f"/besluit {'een uitgebreid besluit over het beheer van de tuin ' * 3}{n}")
    out = await bot.say("/besluiten tuin")
    assert len(out[0].text or "") <= 4096
    assert [label for label, _ in out[0].buttons[-1]] == ["1/2", "▶️"]
    out = await bot.press("▶️")
    assert "tuin 0 (" in text(out)


async def test_page_buttons_sent_before_the_typed_data_keep_working(bot: Harness) -> None:
    """/besluiten pages: the old "bsl:l:<page>:<word>" (with an empty word too) still pages;
    data no button carries is the friendly alert."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    for n in range(30):
        await bot.say(f"/besluit {'een uitgebreid besluit over het beheer van de tuin ' * 3}{n}")
    out = await bot.say("/besluiten tuin")
    assert out[0].buttons[-1][-1] == ("▶️", "bsl:l:1:tuin")
    shown = out[0].message_id
    out = await bot.process(bot.fake.callback(DUINDORP, ANNA, "bsl:l:1:tuin", shown))
    assert "tuin 0 (" in text(out)
    out = await bot.process(bot.fake.callback(DUINDORP, ANNA, "bsl:l:0:", shown))
    assert "Besluiten van" in text(out)
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "bsl:x:0", shown))
    answer = bot.fake.calls_to("answerCallbackQuery")[-1].params
    assert answer["text"] == "Deze knop hoort bij iets dat niet meer bestaat."


BACK = "↩️ Terug naar de lijst"


async def _thirty_on_the_garden(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    for n in range(30):
        await bot.say(f"/besluit {'een uitgebreid besluit over het beheer van de tuin ' * 3}{n}")


async def test_a_number_in_the_list_opens_the_card_and_leads_back(bot: Harness) -> None:
    """ "📌 1" on page 2 of /besluiten tuin edits the list into decision 1's card; "Terug naar de
    lijst" shows page 2 of the same search again."""
    await _thirty_on_the_garden(bot)
    out = await bot.say("/besluiten tuin")
    first = out[0]
    numbers = [label for row in first.buttons[:-1] for label, _ in row]
    assert numbers[:3] == ["📌 30", "📌 29", "📌 28"]
    assert all(len(row) <= 5 for row in first.buttons)
    assert "Tik op een 📌-nummer" in (first.text or "")
    assert "/besluit en het nummer" not in (first.text or "")
    page_two = await bot.press("▶️")
    assert "tuin 0 (" in text(page_two)
    assert ("📌 1", f"bsl:c:{await _id(bot, 1)}:1:tuin") in page_two[0].buttons[-2]
    out = await bot.press("📌 1", message_id=first.message_id)
    assert out[0].kind == "edited"
    assert out[0].message_id == first.message_id
    assert (out[0].text or "").startswith("📌 Besluit 1: een uitgebreid besluit")
    assert [label for row in out[0].buttons for label, _ in row] == [
        "📝 Tekst",
        "🗑️ Verwijderen",
        BACK,
    ]
    out = await bot.press(BACK, message_id=first.message_id)
    assert "Besluiten met “tuin” (30)" in text(out)
    assert "tuin 0 (" in text(out)
    assert [label for label, _ in out[0].buttons[-1]] == ["◀️", "2/2"]


async def _id(bot: Harness, number: int) -> int:
    return int((await bot.sql("SELECT id FROM decisions WHERE number = ?", number))[0][0])


async def test_a_change_from_the_opened_card_keeps_the_way_back(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/besluit de kascommissie bestaat uit Jan en Piet")
    await bot.say("/besluit we doen mee aan NLdoet")
    listing = (await bot.say("/besluiten"))[0].message_id
    await bot.press("📌 1", message_id=listing)
    await bot.press("📝 Tekst", message_id=listing)
    asked = bot.fake.last(DUINDORP.id)
    assert asked is not None
    assert "nieuwe tekst van besluit 1" in (asked.text or "")
    out = await bot.say("de kascommissie bestaat uit Jan en Fatima", reply_to=asked.message_id)
    [card] = [c for c in out if c.message_id == listing]  # the card redrawn in the list message
    assert (card.text or "").startswith("📌 Besluit 1: de kascommissie bestaat uit Jan en Fatima")
    assert card.buttons[-1] == [(BACK, "bsl:l:0")]
    out = await bot.press(BACK, message_id=listing)
    assert "1. de kascommissie bestaat uit Jan en Fatima" in text(out)
    # removing, from the card opened again: after "Weet je het zeker?" back to the list
    await bot.press("📌 2", message_id=listing)
    await bot.press("🗑️ Verwijderen", message_id=listing)
    out = await bot.press("🗑️ Ja, verwijderen", message_id=listing)
    assert "NLdoet" in text(out)
    assert out[0].buttons == [[(BACK, "bsl:l:0")]]
    out = await bot.press(BACK, message_id=listing)
    assert "NLdoet" not in text(out)
    assert "Besluiten van" in text(out)


async def test_a_member_gets_the_card_to_read(bot: Harness) -> None:
    """Bram (a member) opens Anna's decision: the card and the way back, no corrections; its
    correction's data, forged, changes nothing; a stale or garbled press is the friendly alert."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/besluit we doen mee aan NLdoet")
    listing = (await bot.say("/besluiten", user=BRAM))[0].message_id
    out = await bot.press("📌 1", user=BRAM, message_id=listing)
    assert (out[0].text or "").startswith("📌 Besluit 1: we doen mee aan NLdoet")
    assert out[0].buttons == [[(BACK, "bsl:l:0")]]
    decision = await _id(bot, 1)
    await bot.process(bot.fake.callback(DUINDORP, BRAM, f"bsl:r:{decision}:0", listing))
    assert alert(bot) == "Alleen wie dit heeft gemaakt, of een bestuurslid, kan dit doen."
    await bot.process(bot.fake.callback(DUINDORP, BRAM, f"bsl:y:{decision}:0", listing))
    assert await bot.sql("SELECT removed_at FROM decisions") == [(None,)]
    for forged in ("bsl:c:9999:0", f"bsl:c:{decision}:x", f"bsl:c:{decision}:0:a:b"):
        await bot.process(bot.fake.callback(DUINDORP, BRAM, forged, listing))
        assert alert(bot) == "Deze knop hoort bij iets dat niet meer bestaat."
    out = await bot.press(BACK, user=BRAM, message_id=listing)
    assert "1. we doen mee aan NLdoet" in text(out)


async def test_the_list_and_card_in_english(english_bot: Harness) -> None:
    bot = english_bot
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/decision we join NLdoet")
    out = await bot.say("/decisions")
    assert "Tap a 📌 number to view or change that decision." in text(out)
    out = await bot.press("📌 1", message_id=out[0].message_id)
    assert [label for row in out[0].buttons for label, _ in row] == [
        "📝 Text",
        "🗑️ Remove",
        "↩️ Back to the list",
    ]
    out = await bot.press("↩️ Back to the list")
    assert "1. we join NLdoet" in text(out)


async def test_a_page_holds_no_more_buttons_than_a_phone_shows(bot: Harness) -> None:
    """Short decisions fit many to a message; a page still holds 25, five rows of five."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    for n in range(26):
        await bot.say(f"/besluit akkoord {n}")
    out = await bot.say("/besluiten")
    assert [len(row) for row in out[0].buttons] == [5, 5, 5, 5, 5, 2]
    assert [label for label, _ in out[0].buttons[-1]] == ["1/2", "▶️"]
    out = await bot.press("▶️")
    assert out[0].buttons[0] == [("📌 1", f"bsl:c:{await _id(bot, 1)}:1")]
