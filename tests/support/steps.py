"""Little steps many in-process tests start with, shared instead of imported from a test file."""

from __future__ import annotations

from datetime import datetime

from fakegram import ANNA, BRAM, CARLA, DUINDORP, Change
from fakegram.model import BotMessage
from tests.support.harness import Harness

# An advice request as the board registers it (Monday 23 November 2026).
REGISTER = (
    "/advies Herinrichting Duinplein verzonden 23 november aan stadsdeel Scheveningen gevraagd"
)


def texts(changes: list[Change]) -> list[str]:
    """The text of each change (empty for a message without one)."""
    return [c.text or "" for c in changes]


def text(changes: list[Change]) -> str:
    """All that was said, one change a line."""
    return "\n".join(texts(changes))


async def until(bot: Harness, moment: datetime) -> list[str]:
    """Move the clock to `moment`; the texts of what the engine sent on the way."""
    return texts(await bot.advance(moment - bot.clock.now()))


def joined(changes: list[Change]) -> str:
    """Every changed text in one string, "---" between messages."""
    return "\n---\n".join(texts(changes))


def labels(change: Change | BotMessage) -> list[str]:
    """The labels of a message's buttons, row after row."""
    return [label for row in change.buttons for label, _data in row]


def alert(bot: Harness) -> str:
    """What the last button press was answered with (a toast or an alert)."""
    return str(bot.fake.calls_to("answerCallbackQuery")[-1].params.get("text", ""))


async def board(bot: Harness) -> None:
    """Anna is the group's creator, Bram an admin: both on the board."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)


async def setup_group(bot: Harness) -> None:
    """Anna is admin (board); Carla is the gemeente contact; Bram a plain member."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/help", user=CARLA)
    await bot.say("/help", user=BRAM)
    await bot.say("/gemeente toevoegen @carla_gemeente")
