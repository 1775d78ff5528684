"""An English group, end to end (LANGUAGE=en): a whole meeting cycle typed in English, with
English dates and commands, and a few Dutch command names. Everything the group sees is
collected; no tell-tale Dutch word may be in it, and the key English texts must be."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fakegram import ANNA, BRAM, CARLA, DUINDORP, Change, FakeChat, FakeTelegram
from schedules.clock import FakeClock
from storage.db import from_iso
from tests.support.harness import Harness
from tests.support.steps import labels

# Words an English user should never meet (a name such as "carla_gemeente" is no word of its
# own, and month names shared by both languages are left out).
DUTCH = re.compile(
    r"\b(overleg|overleggen|actie|acties|uiterlijk|vandaag|morgen|maandag|dinsdag|vrijdag"
    r"|januari|maart|gemeente|stadsdeel|besluit|verslag|herinnering|peiling|instellingen"
    r"|bestuur|werkdagen|wanneer|bedoel|ongedaan|wijzigen|klaar|agendapunt|vergadering"
    r"|uitvraag|geen|niet|jullie|voor|een|het|toevoegen|uitslag|standaard)\b",
    re.IGNORECASE,
)


class Seen:
    """The bot in an English group, keeping every text, button and alert a user saw."""

    def __init__(self, bot: Harness) -> None:
        self.bot = bot
        self.shown: list[str] = []

    def _keep(self, out: list[Change]) -> str:
        for change in out:
            self.shown += [change.text or "", *labels(change)]
        return "\n---\n".join(change.text or "" for change in out)

    async def say(self, text: str, user: object = ANNA, **kw: object) -> str:
        return self._keep(await self.bot.say(text, user=user, **kw))

    async def press(self, label: str, user: object = ANNA) -> str:
        out = self._keep(await self.bot.press(label, user=user))
        answers = self.bot.fake.calls_to("answerCallbackQuery")
        self.shown.append(str(answers[-1].params.get("text") or ""))
        return out + "\n" + self.shown[-1]

    async def until(self, moment: datetime) -> str:
        """Let the clock run to `moment`, stopping at every due moment as the engine would."""
        got = []
        while True:
            rows = await self.bot.sql("SELECT min(fire_at) FROM due WHERE state = 'pending'")
            due = from_iso(rows[0][0]) if rows[0][0] else None
            if due is None or due > moment:
                break
            got.append(self._keep(await self.bot.advance(max(due - self.bot.clock.now(), _SECOND))))
        got.append(self._keep(await self.bot.advance(moment - self.bot.clock.now())))
        return "\n---\n".join(got)

    def files(self) -> list[str]:
        return [m.file.name for m in self.bot.fake.sent(DUINDORP.id) if m.file is not None]

    def prompt_id(self) -> int:
        """The bot's last question in the group (a reply goes to it)."""
        last = self.bot.fake.last(DUINDORP.id)
        assert last is not None
        return last.message_id


_SECOND = timedelta(seconds=1)


def at(day: int, month: int, hour: int, minute: int = 0) -> datetime:
    """A moment in Amsterdam (UTC+1 in winter)."""
    return datetime(2026, month, day, hour - 1, minute, tzinfo=UTC)


@pytest.fixture
async def english(tmp_path: Path, clock: FakeClock, fake: FakeTelegram) -> AsyncIterator[Seen]:
    harness = Harness(tmp_path / "wijkbot.sqlite3", clock, fake, language="en")
    await harness.start()
    try:
        yield Seen(harness)
    finally:
        await harness.stop()


async def test_an_english_group_plays_a_whole_meeting_cycle(english: Seen) -> None:
    bot = english
    bot.bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/help", user=BRAM)
    await bot.say("/help", user=CARLA)
    assert "Carla is now a municipality contact" in await bot.say(
        "/municipality add @carla_gemeente"
    )

    # what it can do, and what it will send by itself, in English with English command names
    text = await bot.say("/help")
    assert "Meetings and agenda: /meeting /agenda /report /minutes" in text
    assert "/settings /board /municipality" in text
    text = await bot.say("/settings")
    assert "What the bot sends by itself" in text
    assert "Municipality: mentioned once a week, in the weekly overview" in text
    assert "Weekly overview: 1 message a week, on Monday" in text

    # a series, answers, agenda items, reminders, an advice and a poll
    text = await bot.say("/meeting every second tuesday of the month 19:30 Community centre")
    assert "Tuesday 8 December at 19:30" in text
    assert "Series: every second Tuesday of the month at 19:30" in text
    assert bot.files() == ["meeting-series-2026-12-08.ics"]
    assert "Noted: you are coming." in await bot.press("I'm coming", user=BRAM)
    assert "Item 1 on the agenda" in await bot.say("/agenda Parking problems Duinstraat")
    assert "Item 2 on the agenda" in await bot.say("/agenda Street party", user=BRAM)
    text = await bot.say("/remind tomorrow 10:00 bring the keys")
    assert "I will remind you all on Thursday 26 November at 10:00 of: bring the keys" in text
    text = await bot.say("/remind Thursday 18 December 10:00 order coffee")
    assert "18 December is a Friday, not a Thursday. Which day do you mean?" in text
    assert "Friday 18 December at 10:00" in await bot.press("10:00 · Friday 18 December")
    text = await bot.say(
        "/advice Redesign of Duinplein sent 23 November to district Scheveningen requested"
    )
    assert "Recorded as advice 1." in text
    text = await bot.say(
        "/poll Which evening suits you? | Monday | Tuesday | Thursday closes Friday 17:00"
    )
    assert "open until Friday 27 November at 17:00" in text

    # the week runs: the reminder, the poll's result, the Monday overview, the call
    text = await bot.until(at(2, 12, 12))
    assert "bring the keys" in text
    assert "Result: Which evening suits you?" in text
    assert "Weekly advice overview: 1 open" in text  # Monday 30 November
    assert "Agenda items wanted: meeting Bewonersorganisatie Duindorp" in text

    # the final agenda, the reminders, and the chase of the late acknowledgement
    text = await bot.until(at(8, 12, 19, 40))
    assert "Final agenda meeting Bewonersorganisatie Duindorp" in text
    assert "Tomorrow: meeting Bewonersorganisatie Duindorp" in text
    assert "In an hour: meeting" in text
    assert "Dear Carla" in text
    assert "Could you acknowledge receipt" in text
    assert "✅ Acknowledge receipt" in bot.shown

    # the meeting: a decision, actions with owners and dates, an undo and a correction
    text = await bot.say("/decision 1: we ask the municipality for extra parking checks")
    assert "Decision 1 on item 1 ‘Parking problems Duinstraat’" in text
    assert "Action 1: flyers. Bram, by Friday 11 December" in await bot.say(
        "/action flyers Bram by Friday"
    )
    assert "Action 1 was undone: flyers" in await bot.press("↩️ Undo")
    assert "Action 1: flyers. Bram, by Friday 11 December" in await bot.say(
        "/actie flyers Bram by Friday"
    )
    text = await bot.say("/action call the housing corporation @carla_gemeente by next Tuesday")
    assert "Action 2: call the housing corporation. Carla, by Tuesday 15 December" in text
    await bot.press("✏️ Change")
    assert "What is the new date of action 2" in await bot.press("📅 Date")
    text = await bot.say("Friday 18 December", reply_to=bot.prompt_id())
    assert "Friday 18 December" in text
    assert "Noted at item 2: Street party" in await bot.say(
        "/minutes 2: Residents want a street party in June."
    )
    text = await bot.say("/notulen aob: Nobody had questions.")
    assert "Noted under any other business." in text
    text = await bot.say("/report")
    assert "Report of the meeting of Tuesday 8 December" in text
    assert "report-2026-12-08.html" in bot.files()

    # after the meeting: the list of actions, asked for by its Dutch name as well
    await bot.until(at(10, 12, 12))
    text = await bot.say("/acties")
    assert "Open actions of Bewonersorganisatie Duindorp (2)" in text
    assert "flyers, by Friday 11 December" in text
    assert "call the housing corporation, by Friday 18 December" in text
    assert "Decisions of Bewonersorganisatie Duindorp (1)" in await bot.say("/besluiten")

    leaks = sorted({m.group(0) for shown in bot.shown for m in DUTCH.finditer(shown)})
    assert leaks == [], [s for s in bot.shown if DUTCH.search(s)]
    assert not [name for name in bot.files() if DUTCH.search(name.replace("-", " "))]


async def test_english_dates_and_the_private_chat(english: Seen) -> None:
    bot = english
    bot.bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/help", user=BRAM)
    text = await bot.say("/action posters Bram in two weeks")
    assert "by Wednesday 9 December" in text
    text = await bot.say("/remind next friday 9:00 hang the posters")
    assert "Friday 27 November at 09:00" in text
    text = await bot.say("/action banner Bram by end of January")
    assert "by Sunday 31 January 2027" in text
    text = await bot.say("/help", chat=FakeChat.private(BRAM), user=BRAM)
    assert "/action /actions" in text
    assert "/settings" in text
    text = await bot.say("/actions", chat=FakeChat.private(BRAM), user=BRAM)
    assert "posters" in text
    assert "banner" in text
    leaks = sorted({m.group(0) for shown in bot.shown for m in DUTCH.finditer(shown)})
    assert leaks == [], [s for s in bot.shown if DUTCH.search(s)]
