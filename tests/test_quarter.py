"""One quarter of a monthly wijkraad, played through the real `python -m bot`: how many messages
does the bot send by itself, week by week?

Bewonersorganisatie Duindorp meets every first Tuesday of the month. On Friday 30 October 2026
the board sets up what a wijkraad has going: the meeting series, three agenda items, six actions
(one with two owners, two for the gemeente or stadsdeel), one advice to the gemeente, one poll and
one reminder a member set herself. Then the bot plays 14 weeks (2 November 2026 to 7 February
2027, with Christmas and New Year in it) without anyone typing anything.

Playing a quarter in real time is impossible and at a sped-up clock too slow, so the bot is
started at each moment something is due (read from its `due` table while it is stopped), under
libfaketime, and sends what fell due at start-up; each act is a few seconds after the moment, so
nothing counts as late and every sender sees the time it would have seen. Every new bot message
in those acts is one the bot scheduled itself (nobody speaks): those are counted per week.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeBotAPIServer, FakeTelegram, FakeUser
from tests.support.acceptance import AMS, Scene, is_working_day
from tests.support.faketime import faketime_env, needs_faketime
from tests.support.process import clean, running_bot

pytestmark = pytest.mark.process

DIRK = FakeUser(504, "Dirk", username="dirk_dw")
SETUP = datetime(2026, 10, 30, 14, 0, tzinfo=AMS)  # a Friday afternoon
QUARTER = date(2026, 11, 2)  # the Monday the counted weeks start
WEEKS = 14
END = datetime.combine(QUARTER + timedelta(weeks=WEEKS), datetime.min.time(), tzinfo=AMS)
AFTER_START = timedelta(seconds=3)  # each act starts this long after the moment it plays
BEFORE = 92  # scheduled messages in this quarter before quiet hours and bundling (issue 18)
QUIET = (time(21, 30), time(8, 0))  # the default quiet hours


def offset_to(moment: datetime) -> str:
    """The libfaketime offset that puts the bot's clock at `moment` now (either direction)."""
    return f"{int((moment - datetime.now(UTC)).total_seconds()):+d}"


def next_due(db: Path, after: datetime) -> datetime | None:
    """The earliest pending moment in the bot's own table (read while the bot is stopped)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        (first,) = conn.execute("SELECT min(fire_at) FROM due WHERE state = 'pending'").fetchone()
    if first is None:
        return None
    return max(datetime.fromisoformat(first), after)


@dataclass(frozen=True)
class Sent:
    at: datetime  # the bot's local time of the act
    chat_id: int
    text: str

    @property
    def week(self) -> int:
        return (self.at.date() - QUARTER).days // 7 + 1


async def setup(scene: Scene) -> None:
    """What the board of a wijkraad typed on one Friday afternoon (first part)."""
    fake = scene.fake
    fake.set_admins(DUINDORP.id, [], creator=ANNA)
    fake.push(fake.bot_added(DUINDORP, ANNA))
    await scene.settle()
    fake.push(fake.private_start(ANNA))  # Anna pressed Start: her reminders come privately
    for person in (BRAM, CARLA, DIRK):
        await scene.ask(person, "/help@WijkBot", "Wat Wijkbot kan")
    await scene.ask(ANNA, "/gemeente toevoegen @carla_gemeente", "Carla")
    await scene.ask(
        ANNA, "/overleg elke eerste dinsdag van de maand 19:30 Buurthuis De Boog", "Ik kom"
    )
    for item in ("Speeltuin Duinstraat", "Verkeersveiligheid bij de basisschool", "Jaarrekening"):
        await scene.ask(BRAM, f"/agenda {item}", "Punt")
    await scene.ask(
        ANNA, "/advies Herinrichting Duinplein verzonden 26 oktober aan gemeente gevraagd", "1"
    )
    await scene.ask(
        ANNA,
        "/peiling Welke datum voor de kerstborrel? | 12 december | 19 december"
        " sluit 4 november 17:00",
        "staat open tot woensdag 4 november om 17:00",
    )
    await scene.ask(CARLA, "/herinner 8 december 22:30 kliko buiten zetten", "✅")


ACTIONS = (
    "bewonersbrief rondsturen",
    "subsidie NLdoet aanvragen",
    "lantaarnpaal Duinstraat repareren",
    "stoeptegels Badhuisstraat herstellen",
    "kerstborrel organiseren",
    "jaarverslag 2026 schrijven",
)


async def setup_actions(scene: Scene) -> None:
    """An hour later, the actions (flood control lets one person give ten commands in 30 s)."""
    for action, number in (
        ("bewonersbrief rondsturen Bram en Dirk uiterlijk 13 november", 1),
        ("subsidie NLdoet aanvragen Anna uiterlijk 20 november", 2),
        ("lantaarnpaal Duinstraat repareren gemeente uiterlijk 27 november", 3),
        ("stoeptegels Badhuisstraat herstellen stadsdeel uiterlijk 11 december", 4),
        ("kerstborrel organiseren Bram uiterlijk 18 december", 5),
        ("jaarverslag 2026 schrijven Anna uiterlijk 15 januari", 6),
    ):
        await scene.ask(ANNA, f"/actie {action}", f"Actie {number}")


async def play(scene: Scene) -> list[Sent]:
    """Start the bot at every moment something is due until the quarter ends; collect what
    it sends."""
    fake = scene.fake
    sent: list[Sent] = []
    moment = next_due(scene.db, SETUP + timedelta(hours=1))
    act = 0
    while moment is not None and moment < END:
        act += 1
        mark = fake.mark()
        env = faketime_env(offset_to(moment + AFTER_START))
        async with running_bot(scene.server, scene.db, scene.workdir, f"act-{act}", env) as bot:
            await fake.wait_idle(quiet=0.2, timeout=15)
            await bot.stop()
            clean(bot)
        local = moment.astimezone(AMS)
        sent += [
            Sent(local, c.chat_id, c.text or "")
            for c in fake.changes_since(mark)
            if c.kind == "new"
        ]
        moment = next_due(scene.db, moment + timedelta(seconds=10))
    return sent


def report(sent: list[Sent]) -> str:
    weeks = Counter(s.week for s in sent if 1 <= s.week <= WEEKS)
    total, most = sum(weeks.values()), max(weeks.values())
    lines = [f"scheduled messages in {WEEKS} weeks: {total}, at most {most} a week"]
    for week in range(1, WEEKS + 1):
        monday = QUARTER + timedelta(weeks=week - 1)
        lines.append(f"  week {week:2} (from {monday:%d %b}): {weeks[week]}")
    for s in sent:
        first = s.text.splitlines()[0][:70] if s.text else "(file)"
        where = "group" if s.chat_id < 0 else "private"
        lines.append(f"    {s.at:%a %d %b %H:%M} {where}: {first}")
    return "\n".join(lines)


@needs_faketime
async def test_a_quarter_of_a_monthly_wijkraad(tmp_path: Path) -> None:
    fake = FakeTelegram()
    async with FakeBotAPIServer(fake) as server:
        scene = Scene(fake, server, DUINDORP, tmp_path)
        async with running_bot(
            server, scene.db, tmp_path, "1-setup", faketime_env(offset_to(SETUP))
        ) as bot:
            scene.bot = bot
            await scene.settle()
            await setup(scene)
            await bot.stop()
            clean(bot)
        later = faketime_env(offset_to(SETUP + timedelta(hours=1)))
        async with running_bot(server, scene.db, tmp_path, "2-setup", later) as bot:
            await scene.settle()
            await setup_actions(scene)
            await bot.stop()
            clean(bot)
        sent = await play(scene)
    print(report(sent))
    in_quarter = [s for s in sent if 1 <= s.week <= WEEKS]
    texts = "\n".join(s.text for s in in_quarter)
    # every kind of message the quarter holds came, and every person's reminder
    for needle in ("Agendapunten gevraagd", "Definitieve agenda", "Morgen", "kliko buiten zetten"):
        assert needle in texts, needle
    for what in ACTIONS:
        assert what in texts, what
    # the meeting's own reminder before each meeting and the poll's result, as set
    assert sum("Over een uur: overleg" in s.text for s in in_quarter) == 4
    assert sum("Uitslag:" in s.text for s in in_quarter) == 1
    # nothing at night but the reminder Carla set for 22:30 ...
    night = [s for s in in_quarter if s.at.time() >= QUIET[0] or s.at.time() < QUIET[1]]
    assert [s.text.split("\n")[0] for s in night] == ["⏰ Herinnering"], night
    assert night[0].at == datetime(2026, 12, 8, 22, 30, tzinfo=AMS)
    # ... no nagging on days off ...
    nagging = ("Weekoverzicht", "⚠️ Actie", "dagen: actie", "Vandaag is de dag", "Beste Carla")
    for s in in_quarter:
        if not is_working_day(s.at.date()):
            assert not any(word in s.text for word in nagging), s
    # ... Anna's overdue action said to her in the Monday overview, not once more privately ...
    monday = [s for s in in_quarter if s.at == datetime(2026, 11, 23, 9, 0, tzinfo=AMS)]
    assert [s.chat_id for s in monday] == [DUINDORP.id], report(sent)
    assert "Anna ⚠️ Actie 2, subsidie NLdoet aanvragen" in monday[0].text
    # ... and at most half the 92 messages of before (43: at most 6 in a week, was 11)
    weeks = Counter(s.week for s in in_quarter)
    assert sum(weeks.values()) <= BEFORE / 2, report(sent)
    assert max(weeks.values()) <= 6, report(sent)
