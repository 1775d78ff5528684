"""Under privacy mode the bot never sees a member's plain messages; the service message of a
member joining (or being added) is how it learns who they are, so "@naam" finds them at once."""

from __future__ import annotations

from typing import Any

from fakegram import ANNA, DUINDORP, FakeUser
from tests.support.harness import Harness

DIRK = FakeUser(504, "Dirk", username="dirk_dw", language_code=None)
EVA = FakeUser(505, "Eva", "Jansen", "eva_j")


def joined(bot: Harness, by: FakeUser, *members: FakeUser) -> dict[str, Any]:
    message = bot.fake._user_message(DUINDORP, by, new_chat_members=[m.to_dict() for m in members])
    return bot.fake._new_update(message=message)


async def test_members_added_by_someone_are_known_by_their_username(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    assert await bot.process(joined(bot, ANNA, DIRK, EVA)) == []  # nothing said
    out = await bot.say("/actie flyers rondbrengen @dirk_dw")
    assert out[0].text == "✅ Actie 1: flyers rondbrengen. Dirk"
    out = await bot.say("/bestuur toevoegen @eva_j")
    assert out[0].text == "✅ Eva Jansen hoort nu bij het bestuur."
