"""Calm: the group's quiet hours and each kind's timing (domain/calm.py, the engine's hold).

A reminder someone set for 23:00 goes at 23:00; what the bot schedules by itself waits for the
end of the quiet hours, and nagging waits for a working day. Restarts follow the same rule.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.calm import QUIET_HOURS, QuietHours, Timing, release_at
from domain.errors import DomainError
from domain.settings import parse_value
from fakegram import ANNA, BRAM, DUINDORP, Change
from tests.support.harness import Harness

AMS = ZoneInfo("Europe/Amsterdam")
QUIET = QuietHours(time(21, 30), time(8, 0))
NINE = time(9, 0)
LATE = "te laat verstuurd"


def text(changes: list[Change]) -> str:
    return "\n".join(c.text or "" for c in changes)


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=AMS)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("21:30-08:00", "21:30-08:00"),
        ("22:00 - 7:00", "22:00-07:00"),
        ("van 22 tot 7 uur", "22:00-07:00"),
        ("uren 22.30–06.45", "22:30-06:45"),
        ("13:00-14:00", "13:00-14:00"),
        ("uit", "off"),
    ],
)
def test_quiet_hours_are_read_as_people_type_them(typed: str, stored: str) -> None:
    assert parse_value(QUIET_HOURS, typed) == stored


@pytest.mark.parametrize("typed", ["22:00", "22:00-22:00", "morgen", "25:00-07:00", "22-7-9"])
def test_unclear_quiet_hours_are_refused(typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_value(QUIET_HOURS, typed)
    assert caught.value.key == "settings.bad.hours"


@pytest.mark.parametrize(
    ("timing", "now", "due", "expected"),
    [
        # asked for: on time it goes, also at night
        (Timing.ASKED, local(2026, 12, 1, 23, 0), local(2026, 12, 1, 23, 0), None),
        # asked for, but missed while the bot was down at night: in the morning
        (
            Timing.ASKED,
            local(2026, 12, 2, 3, 0),
            local(2026, 12, 1, 23, 0),
            local(2026, 12, 2, 8, 0),
        ),
        # missed during the day: at once (late)
        (Timing.ASKED, local(2026, 12, 2, 14, 0), local(2026, 12, 2, 10, 0), None),
        # the bot's own: never inside the quiet hours, also on a Sunday morning
        (Timing.CALM, local(2026, 12, 1, 22, 0), local(2026, 12, 1, 22, 0), local(2026, 12, 2, 8)),
        (Timing.CALM, local(2026, 12, 2, 1, 0), local(2026, 12, 2, 1, 0), local(2026, 12, 2, 8)),
        (Timing.CALM, local(2026, 12, 6, 10, 0), local(2026, 12, 6, 10, 0), None),
        # nagging: on working days only; Christmas 2026 is a Friday, so Monday the 28th
        (
            Timing.WORKDAY,
            local(2026, 12, 25, 9, 0),
            local(2026, 12, 25, 9, 0),
            local(2026, 12, 28, 8, 0),
        ),
        (
            Timing.WORKDAY,
            local(2026, 12, 4, 21, 45),
            local(2026, 12, 4, 21, 45),
            local(2026, 12, 7, 8),
        ),
        (Timing.WORKDAY, local(2026, 12, 8, 9, 0), local(2026, 12, 8, 9, 0), None),
        # 1 January 2027 is a Friday as well: Monday the 4th
        (Timing.WORKDAY, local(2027, 1, 1, 9, 0), local(2027, 1, 1, 9, 0), local(2027, 1, 4, 8)),
    ],
)
def test_release_moments(
    timing: Timing, now: datetime, due: datetime, expected: datetime | None
) -> None:
    assert release_at(timing, now, due, tz=AMS, quiet=QUIET, morning=NINE) == expected


def test_without_quiet_hours_only_days_off_wait_until_the_default_time() -> None:
    sunday = local(2026, 12, 6, 23, 0)
    assert release_at(Timing.CALM, sunday, sunday, tz=AMS, quiet=None, morning=NINE) is None
    assert release_at(Timing.WORKDAY, sunday, sunday, tz=AMS, quiet=None, morning=NINE) == local(
        2026, 12, 7, 9
    )


def test_quiet_hours_within_one_day() -> None:
    lunch = QuietHours(time(12, 0), time(13, 30))
    noon = local(2026, 12, 2, 12, 15)
    assert release_at(Timing.CALM, noon, noon, tz=AMS, quiet=lunch, morning=NINE) == local(
        2026, 12, 2, 13, 30
    )
    evening = local(2026, 12, 2, 23, 0)
    assert release_at(Timing.CALM, evening, evening, tz=AMS, quiet=lunch, morning=NINE) is None


# --- through the Application -------------------------------------------------------------------
async def test_the_quiet_hours_are_a_group_setting(bot: Harness) -> None:
    out = await bot.say("/instellingen stille uren van 22 tot 7 uur")
    assert "Stille uren: 22:00–07:00" in (out[-1].text or ""), out[-1].text
    assert await bot.sql("SELECT value FROM chat_settings WHERE key = 'calm.quiet_hours'") == [
        ("22:00-07:00",)
    ]
    out = await bot.say("/instellingen stil morgenochtend")
    assert "Schrijf een begin en een eind" in (out[-1].text or ""), out[-1].text
    assert await bot.sql("SELECT value FROM chat_settings WHERE key = 'calm.quiet_hours'") == [
        ("22:00-07:00",)
    ]
    out = await bot.say("/instellingen stil uit")
    assert "Stille uren: uit" in (out[-1].text or ""), out[-1].text


async def test_a_reminder_set_for_23_00_goes_at_23_00(bot: Harness) -> None:
    bot.clock.set(local(2026, 12, 1, 20, 0).astimezone(UTC))
    await bot.say("/herinner 23:00 kliko buiten zetten")
    out = await bot.advance(timedelta(hours=3))
    assert [c.text for c in out if "kliko" in (c.text or "")], out
    assert bot.clock.now() == local(2026, 12, 1, 23, 0)


async def test_across_a_restart_at_3_nothing_goes_out_before_8(bot: Harness) -> None:
    bot.clock.set(local(2026, 12, 1, 20, 0).astimezone(UTC))
    await bot.say("/herinner 23:00 kliko buiten zetten")
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(hours=7))  # down from 20:00 until 03:00
    assert bot.fake.changes_since(marker) == []
    assert await bot.advance(timedelta(hours=4, minutes=59)) == []  # 07:59
    out = await bot.advance(timedelta(minutes=1))
    assert len(out) == 1, [c.text for c in out]
    assert "kliko buiten zetten" in (out[0].text or "")
    assert LATE in (out[0].text or "")  # someone asked for 23:00
    await bot.restart(after=timedelta(minutes=30))
    assert bot.fake.changes_since(marker) == out


async def test_without_quiet_hours_a_missed_reminder_goes_at_start_up(bot: Harness) -> None:
    bot.clock.set(local(2026, 12, 1, 20, 0).astimezone(UTC))
    await bot.say("/instellingen stil uit")
    await bot.say("/herinner 23:00 kliko buiten zetten")
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(hours=7))
    assert [c.text for c in bot.fake.changes_since(marker) if "kliko" in (c.text or "")]


async def test_an_owner_reminder_due_on_christmas_day_goes_out_on_the_28th(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/help", user=BRAM)
    await bot.say("/instellingen weekoverzicht uit")
    await bot.say("/actie kerstpakketten rondbrengen Bram uiterlijk 25 december")
    out = await bot.advance(local(2026, 12, 23, 9, 0) - bot.clock.now())
    assert "Over twee dagen: actie 1" in text(out)  # two working days before
    # Christmas (a Friday), the weekend: nothing
    out = await bot.advance(local(2026, 12, 28, 7, 59) - bot.clock.now())
    assert out == []
    out = await bot.advance(timedelta(minutes=1))  # Monday 28 December 08:00
    assert len(out) == 1, [c.text for c in out]
    assert (out[0].text or "").startswith("Bram ⚠️ Actie 1, kerstpakketten rondbrengen")
    assert "te laat" not in (out[0].text or "")  # the first working day is its moment


async def test_the_action_list_of_a_meeting_ending_at_22_comes_at_8(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/overleg 8 december van 20:00 tot 22:00 Buurthuis")
    await bot.advance(local(2026, 12, 8, 21, 0) - bot.clock.now())
    await bot.say("/actie verslag rondsturen")
    out = await bot.advance(local(2026, 12, 9, 7, 59) - bot.clock.now())
    assert [c.text for c in out] == [], "nothing between 22:00 and 08:00"
    out = await bot.advance(timedelta(minutes=1))
    texts = [(c.text or "").split("\n")[0] for c in out]
    assert texts == ["📋 Actielijst van het overleg van dinsdag 8 december"], texts


async def test_a_restart_at_3_sends_what_fell_due_at_night_at_8_once(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/overleg 8 december 19:30 Buurthuis")
    await bot.say("/agenda Speeltuin Duinstraat")  # not discussed: it carries over
    await bot.advance(local(2026, 12, 8, 20, 0) - bot.clock.now())
    await bot.say("/actie verslag rondsturen")
    await bot.say("/herinner 23:00 kliko buiten zetten")
    marker = bot.fake.mark()
    await bot.restart(after=local(2026, 12, 9, 3, 0) - bot.clock.now())  # down 20:00-03:00
    assert bot.fake.changes_since(marker) == []
    assert await bot.advance(timedelta(hours=4, minutes=59)) == []
    out = await bot.advance(timedelta(minutes=1))
    firsts = [(c.text or "").split("\n")[0] for c in out]
    assert firsts == ["✔️ Het overleg van 8 december is geweest.", "⏰ Herinnering"], firsts
    # the meeting's end and its action list are one message
    assert "\n\n📋 Actielijst van het overleg van dinsdag 8 december" in (out[0].text or "")
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(hours=1))
    await bot.advance(timedelta(days=1))
    assert [c for c in bot.fake.changes_since(marker) if c.kind == "new"] == []
