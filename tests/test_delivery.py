"""`Outbox.to_person`: privately when the person pressed Start, else in the group, mentioned."""

from __future__ import annotations

from fakegram import ANNA, BRAM, DUINDORP, FakeChat
from handlers.kit.outbox import Outbox
from storage.people import PeopleRepo
from tests.support.harness import Harness


async def _person(bot: Harness, user_id: int):  # type: ignore[no-untyped-def]
    async with bot.services.db.transaction() as conn:
        person = await PeopleRepo(conn).get(user_id)
    assert person is not None
    return person


async def test_private_after_start_else_group_with_mention(bot: Harness) -> None:
    await bot.say("/help", user=BRAM)  # Bram is known in the group, never pressed Start
    await bot.process(bot.fake.private_start(ANNA))
    assert bot.app is not None
    out = Outbox(bot.services, bot.app.bot)

    message, private = await out.to_person(DUINDORP.id, await _person(bot, ANNA.id), "Hallo")
    assert private
    assert message.chat.id == ANNA.id
    assert message.text == "Hallo"

    message, private = await out.to_person(
        DUINDORP.id, await _person(bot, BRAM.id), "Hallo", group_text="Hallo groep"
    )
    assert not private
    assert message.chat.id == DUINDORP.id
    sent = bot.fake.calls_to("sendMessage")[-1].params["text"]
    assert sent == '<a href="tg://user?id=502">Bram</a> Hallo groep'


async def test_blocked_bot_falls_back_to_the_group_from_then_on(bot: Harness) -> None:
    await bot.process(bot.fake.private_start(ANNA))
    bot.fake.kick(FakeChat.private(ANNA).id)
    assert bot.app is not None
    out = Outbox(bot.services, bot.app.bot)
    message, private = await out.to_person(DUINDORP.id, await _person(bot, ANNA.id), "Hallo")
    assert not private
    assert message.chat.id == DUINDORP.id
    assert not (await _person(bot, ANNA.id)).private_ok
