"""Phrasings volunteers really type, found wrong in play and fixed: an agenda number when no
meeting is on, "voor eind vd maand" as a deadline, the report's new actions under their item."""

from __future__ import annotations

from datetime import UTC, datetime

from fakegram import ANNA, BRAM, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import texts, until

NO_MEETING = (
    "Agendapunt 2 hoort bij een overleg, maar er is nu geen overleg bezig of net geweest."
    " Zonder nummer ervoor leg ik het vast, los van een overleg."
)


async def test_an_item_number_with_no_meeting_on_is_refused_not_kept_in_the_text(
    bot: Harness,
) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    await bot.say("/agenda Parkeeroverlast Duinstraat")
    await bot.say("/agenda Kerstmarkt")

    out = await bot.say("/besluit 2: we doen mee met de kerstmarkt")
    assert texts(out) == [NO_MEETING]
    out = await bot.say("/actie 2: flyers rondbrengen Anna uiterlijk vrijdag")
    assert texts(out)[0].startswith(NO_MEETING)
    assert await bot.sql("SELECT COUNT(*) FROM decisions") == [(0,)]
    assert await bot.sql("SELECT COUNT(*) FROM actions") == [(0,)]
    asked = (await bot.say("/besluit"))[-1]
    out = await bot.say("2: we doen mee", reply_to=asked.message_id)
    assert texts(out) == [NO_MEETING]
    assert await bot.sql("SELECT COUNT(*) FROM decisions") == [(0,)]

    await until(bot, datetime(2026, 12, 8, 18, 45, tzinfo=UTC))  # 19:45, the meeting is on
    out = await bot.say("/besluit 2: we doen mee met de kerstmarkt")
    assert texts(out)[0].startswith(
        "📌 Besluit 1 bij punt 2 ‘Kerstmarkt’: we doen mee met de kerstmarkt"
    )


async def test_eind_vd_maand_is_the_deadline(bot: Harness) -> None:
    out = await bot.say("/actie flyers rondbrengen Anna voor eind vd maand")
    assert texts(out)[0].startswith(
        "✅ Actie 1: flyers rondbrengen. Anna, uiterlijk maandag 30 november"
    )
    assert await bot.sql("SELECT text, due_date FROM actions") == [
        ("flyers rondbrengen", "2026-11-30")
    ]


async def test_report_says_no_new_actions_only_when_there_are_none(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    await bot.say("/help", user=BRAM)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    await bot.say("/agenda Kerstmarkt")
    await until(bot, datetime(2026, 12, 8, 18, 45, tzinfo=UTC))
    await bot.say("/actie 1: flyers rondbrengen Bram uiterlijk 11 december")
    await until(bot, datetime(2026, 12, 9, 8, 0, tzinfo=UTC))

    report = texts(await bot.say("/verslag"))[0]
    assert "1. Kerstmarkt\n   ➡️ Actie 1: flyers rondbrengen (Bram)" in report
    assert "Geen nieuwe acties" not in report
    html = bot.fake.files(DUINDORP.id)[-1].data.decode()
    assert "flyers rondbrengen" in html
    assert "Geen nieuwe acties" not in html
