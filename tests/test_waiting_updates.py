"""What people did while the bot was down comes before what fell due meanwhile: at start-up
the bot applies the updates Telegram kept, then sends the events (bot/app.py
`apply_waiting_updates`)."""

from __future__ import annotations

from datetime import timedelta

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.support.harness import Harness


async def test_a_vote_cast_while_the_bot_was_down_counts_in_the_result(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    said = bot.fake.message(DUINDORP, BRAM, "ik doe mee")
    await bot.say("/bestuur toevoegen", reply_to=said)
    out = await bot.say("/peiling Nieuwe banken?")
    poll = next(c for c in out if "poll" in c.message)
    poll_id = bot.fake.poll_id(DUINDORP.id, poll.message_id)
    await bot.process(bot.fake.poll_answer(poll_id, ANNA, [0]))
    await bot.stop()
    bot.fake.vote(poll_id, BRAM, [0])  # Telegram keeps it for the stopped bot
    marker = bot.fake.mark()
    bot.clock.advance(timedelta(days=3))
    await bot.start()
    (result,) = [c for c in bot.fake.changes_since(marker) if "Uitslag" in (c.text or "")]
    assert "• Voor: 2" in (result.text or "")
    assert "gehaald ✅" in (result.text or "")
    assert bot.fake.pending == []  # confirmed: polling will not see them again


async def test_an_advice_acknowledged_while_the_bot_was_down_is_not_chased(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/help", user=CARLA)
    await bot.say("/gemeente toevoegen @carla_gemeente")
    (card,) = await bot.say("/advies Herinrichting Duinplein")
    await bot.say("/instellingen adviesoverzicht uit")
    await bot.stop()
    bot.fake.push(bot.fake.press(DUINDORP, CARLA, "✅ Ontvangst bevestigen", card.message_id))
    marker = bot.fake.mark()
    bot.clock.advance(timedelta(days=20))
    await bot.start()
    texts = [c.text or "" for c in bot.fake.changes_since(marker) if c.kind == "new"]
    assert len(texts) == 1, texts
    assert "De ontvangst van advies 1 is bevestigd" in texts[0]
