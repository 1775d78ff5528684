"""The action list follows every meeting, also one planned after the last action was typed:
the meeting's end (handlers/meetings/events.py `fire_end`) makes sure its list is scheduled."""

from __future__ import annotations

from datetime import timedelta

from fakegram import ANNA, DUINDORP
from tests.support.harness import Harness


async def test_a_meeting_planned_after_the_actions_gets_its_action_list(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/actie bewonersbrief rondsturen")
    await bot.say("/overleg morgen 19:30 Buurthuis")  # Thursday 26 November
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=2))  # down through the meeting and 3 hours after
    lists = [
        c.text or ""
        for c in bot.fake.changes_since(marker)
        if "Actielijst van het overleg" in (c.text or "")
    ]
    assert len(lists) == 1, lists
    assert "bewonersbrief rondsturen" in lists[0]
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(hours=1))
    assert bot.fake.changes_since(marker) == []
