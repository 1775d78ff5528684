"""/besluit and /besluiten through the real Application."""

from __future__ import annotations

from datetime import timedelta

from fakegram import ANNA, BRAM, DUINDORP
from tests.support.harness import Harness


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
