"""Every message to the bot gets an answer (issue 17, point 2): commands sent alone ask step by
step and take the reply; a reply in the wrong form, a mistyped command or a reply to a message
that asked nothing gets one short line saying what to do. Exact inputs of the issue."""

from __future__ import annotations

from datetime import UTC, datetime

from fakegram import ANNA, BRAM, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import texts


def last_id(bot: Harness) -> int:
    last = bot.fake.last(DUINDORP.id)
    assert last is not None
    return last.message_id


async def test_besluit_alone_asks_and_the_reply_is_logged(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/besluit")
    assert texts(out)[0].startswith("Wat is het besluit? Antwoord op dit bericht")
    out = await bot.say("we doen mee aan NLdoet", reply_to=last_id(bot))
    assert texts(out) == ["📌 Besluit 1: we doen mee aan NLdoet"]
    assert await bot.sql("SELECT number, text FROM decisions") == [(1, "we doen mee aan NLdoet")]


async def test_besluit_with_an_item_number_alone_asks_for_that_item(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    await bot.say("/help", user=BRAM)
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=BRAM)
    await bot.say("/agenda Buurtfeest in juni", user=BRAM)
    await bot.advance(datetime(2026, 12, 8, 18, 45, tzinfo=UTC) - bot.clock.now())
    out = await bot.say("/besluit 2:")
    assert texts(out) == [
        "Wat is het besluit bij agendapunt 2? Antwoord op dit bericht, bijvoorbeeld:"
        " we vragen subsidie aan voor het buurtfeest"
    ]
    asked = last_id(bot)
    out = await bot.say("we doen mee", reply_to=asked, user=BRAM)
    assert texts(out) == ["Deze vraag was voor Anna."]
    out = await bot.say("het buurtfeest is op 20 juni", reply_to=asked)
    assert texts(out) == [
        "📌 Besluit 1: het buurtfeest is op 20 juni\n"
        "Bij het overleg van dinsdag 8 december.\n"
        "Agendapunt 2: Buurtfeest in juni"
    ]
    out = await bot.say("nog een keer", reply_to=asked)
    assert texts(out)[0].startswith("Die vraag is al beantwoord.")
    assert await bot.sql("SELECT count(*) FROM decisions") == [(1,)]
