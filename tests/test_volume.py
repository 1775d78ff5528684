"""A count you can read: /instellingen says what the bot sends by itself in an ordinary week,
per area (domain/volume.py), and the engine, run through weeks with the fake clock, sends
exactly that, so the figures cannot drift from what happens."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from domain.advice.deadlines import CHASED_DEADLINES
from domain.meetings import DEFAULT_LENGTH
from domain.settings import GroupSettings
from domain.volume import Step, Volume, typical_meeting, volume
from domain.workdays import is_working_day, working_days_between
from fakegram import ANNA, BRAM, CARLA, DUINDORP, Change, FakeChat, FakeUser
from handlers.advice.plan import CHASE_KINDS
from tests.support.harness import Harness

AMS = ZoneInfo("Europe/Amsterdam")
NINE = time(9, 0)
DIRK = FakeUser(504, "Dirk", username="dirk_dw")
MEETING_KINDS = {
    "meeting.call": Step.CALL,
    "meeting.close": Step.CLOSE,
    "meeting.remind_day": Step.DAY,
    "meeting.remind_hour": Step.HOUR,
}
AFTER_KINDS = {"meeting.end", "action.after_meeting"}


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=AMS)  # type: ignore[misc]


async def group(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    for person in (BRAM, CARLA, DIRK):
        await bot.say("/help", user=person)


async def figures(bot: Harness, meeting: tuple[datetime, datetime] | None = None) -> Volume:
    """The domain's count for the group's settings as stored now."""
    rows = await bot.sql("SELECT key, value FROM chat_settings WHERE chat_id = ?", DUINDORP.id)
    settings = GroupSettings({str(key): str(value) for key, value in rows})
    return volume(settings, AMS, NINE, meeting or typical_meeting(AMS, DEFAULT_LENGTH))


@dataclass
class Sent:
    """One group or private message the engine sent, with the kinds of the rows behind it."""

    at: datetime
    chat_id: int
    kinds: frozenset[str]
    text: str


@dataclass
class Week:
    """What the engine sent while the clock went from one due moment to the next."""

    sent: list[Sent] = field(default_factory=list)

    def of(self, kinds: set[str], chat_id: int = DUINDORP.id) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id and s.kinds & kinds]


async def run(bot: Harness, until: datetime, week: Week | None = None) -> Week:
    """Move the clock to each pending row's moment in turn (as the engine's timer does), so
    nothing is sent late and bundled only because the test jumped; record what went out."""
    week = week or Week()
    while True:
        (row,) = await bot.sql("SELECT min(fire_at) FROM due WHERE state = 'pending'")
        nxt = datetime.fromisoformat(row[0]) if row[0] else None
        target = until if nxt is None or nxt > until else max(nxt, bot.clock.now())
        before = {i for (i,) in await bot.sql("SELECT id FROM due WHERE state = 'sent'")}
        out: list[Change] = await bot.advance(target - bot.clock.now())
        rows = await bot.sql("SELECT id, kind FROM due WHERE state = 'sent'")
        kinds = frozenset(str(kind) for i, kind in rows if i not in before)
        for change in out:
            if change.kind == "new":
                week.sent.append(Sent(bot.clock.now(), change.chat_id, kinds, change.text or ""))
        if target >= until:
            return week


# --- /instellingen ------------------------------------------------------------------------------
async def test_the_settings_say_what_the_bot_sends_by_itself(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/instellingen")
    text = out[-1].text or ""
    assert "📬 Wat de bot uit zichzelf stuurt (een gewone week)" in text
    for line in (
        "🗓️ Overleg: hooguit 5 berichten per overleg (uitvraag agendapunten, definitieve"
        " agenda, herinnering de dag ervoor, herinnering vlak ervoor en afloop met actielijst)",
        "✅ Acties: een eigenaar hoort hooguit één keer per dag van de bot, op werkdagen:"
        " 2 werkdagen vooraf, op de dag, daarna nog 3 keer, steeds op maandag",
        "📋 Weekoverzicht: 1 bericht per week, op maandag",
        "🏛️ Gemeente: één keer per week genoemd, in het weekoverzicht",
        "📨 Adviezen: hooguit 3 navragen per advies (de dag na een termijn), op werkdagen",
        "🌙 Stil van 21:30 tot 08:00",
    ):
        assert line in text, text
    # the buttons are still there, and in English the block is English
    assert any(label == "📅 Overleg en agenda" for row in out[-1].buttons for label, _ in row)
    await bot.say("/instellingen taal en")
    text = (await bot.say("/instellingen"))[-1].text or ""
    assert "📬 What the bot sends by itself (an ordinary week)" in text
    assert "🗓️ Meetings: at most 5 messages per meeting" in text
    assert "📋 Weekly overview: 1 message a week, on Monday" in text
    # a private chat has no group settings, so no block
    text = (await bot.say("/instellingen", chat=FakeChat.private(ANNA)))[-1].text or ""
    assert "uit zichzelf" not in text


async def test_a_changed_setting_changes_the_figure_in_place(bot: Harness) -> None:
    await group(bot)
    await bot.say("/instellingen")
    out = await bot.press("📅 Overleg en agenda")
    (page,) = [c for c in out if c.kind == "edited"]
    assert "🗓️ Overleg: hooguit 5 berichten per overleg" in (page.text or "")
    out = await bot.say("/instellingen uitvraag uit")
    assert "🗓️ Overleg: hooguit 4 berichten per overleg (definitieve agenda," in (out[-1].text or "")
    # a toggle edits the page in place, with the new figure
    await bot.say("/instellingen")
    await bot.press("✅ Acties")
    out = await bot.press("Herinneringen aan eigenaren: aan")
    (page,) = [c for c in out if c.kind == "edited"]
    assert "✅ Acties: geen herinneringen aan eigenaren" in (page.text or ""), page.text
    # back on the first page, the block says it too; with the quiet hours off, a late
    # meeting's end and its action list come apart (at 21:30 and 00:30)
    await bot.say("/instellingen stil uit")
    out = await bot.press("◀️ Terug")
    (first,) = [c for c in out if c.kind == "edited"]
    text = first.text or ""
    assert "✅ Acties: geen herinneringen aan eigenaren" in text
    assert "🌙 Geen stille uren" in text
    assert "hooguit 5 berichten per overleg" in text
    assert "afloop en actielijst)" in text
    await bot.say("/instellingen weekoverzicht uit")
    out = await bot.say("/instellingen adviesoverzicht woensdag 10:00")
    assert "📋 Weekoverzicht: 1 bericht per week, op woensdag" in (out[-1].text or "")
    await bot.say("/instellingen weekoverzicht vrijdag 9")
    out = await bot.say("/instellingen")
    assert "📋 Weekoverzicht: 2 berichten per week, op woensdag en vrijdag" in (out[-1].text or "")
    await bot.say("/instellingen adviesoverzicht uit")
    out = await bot.say("/instellingen weekoverzicht uit")
    assert "📋 Weekoverzicht: uit" in (out[-1].text or "")
    assert "🏛️ Gemeente: geen weekbericht" in (out[-1].text or "")


# --- the figures against the engine ---------------------------------------------------------
async def a_meeting(bot: Harness, *settings: str) -> tuple[tuple[Step, ...], Volume, Week]:
    """A Thursday evening meeting with an item left open and an action, run to the Saturday
    after: the steps its messages stand for, the count, what went out."""
    await group(bot)
    for setting in settings:
        await bot.say(f"/instellingen {setting}")
    await bot.say("/overleg do 10 dec 19:30 Buurthuis")
    await bot.say("/agenda begroting 2027")
    await bot.say("/actie zaal boeken Bram")  # open, no date: the list after the meeting
    count = await figures(bot, (local(2026, 12, 10, 19, 30), local(2026, 12, 10, 21, 30)))
    week = await run(bot, local(2026, 12, 12, 12, 0))
    shown = [step for s in week.of(set(MEETING_KINDS) | AFTER_KINDS) for step in _steps(s.kinds)]
    return tuple(shown), count, week


async def test_a_meeting_brings_what_the_count_says(bot: Harness) -> None:
    """With the defaults: the call, the final agenda, the day before, just before, and the
    morning after its end and action list in one message."""
    shown, count, week = await a_meeting(bot)
    assert shown == count.meeting == (Step.CALL, Step.CLOSE, Step.DAY, Step.HOUR, Step.END_LIST)
    (after,) = week.of(AFTER_KINDS)
    assert after.at == local(2026, 12, 11, 8, 0)  # the morning after


async def test_without_quiet_hours_the_end_and_the_list_come_apart(bot: Harness) -> None:
    shown, count, _week = await a_meeting(bot, "stil uit", "uurherinnering uit")
    assert shown == count.meeting == (Step.CALL, Step.CLOSE, Step.DAY, Step.END, Step.LIST)


def _steps(kinds: frozenset[str]) -> list[Step]:
    """The count's steps one message stands for."""
    steps = [MEETING_KINDS[k] for k in sorted(kinds) if k in MEETING_KINDS]
    after = kinds & AFTER_KINDS
    if after == AFTER_KINDS:
        steps.append(Step.END_LIST)
    elif after:
        steps.append(Step.END if "meeting.end" in after else Step.LIST)
    return steps


async def test_an_owner_hears_at_most_once_a_day_as_often_as_counted(bot: Harness) -> None:
    """Two actions of Bram due the same Thursday, one at 08:00: one message a day, on working
    days, 2 working days before, on the day, then on three Mondays (the overview's day)."""
    await group(bot)
    await bot.say("/actie nieuwsbrief Bram uiterlijk 10 december 08:00")
    await bot.say("/actie zaal boeken Bram uiterlijk 10 december")
    count = await figures(bot)
    weeks = await run(bot, local(2027, 1, 5, 12, 0))
    reminded = weeks.of({"action.remind"})
    days = [s.at.astimezone(AMS).date() for s in reminded]
    assert len(days) == len(set(days)) == count.owner_reminders == 5
    assert all(is_working_day(day) for day in days)
    assert all("Bram" in s.text and "nieuwsbrief" in s.text for s in reminded)
    due = date(2026, 12, 10)
    assert working_days_between(days[0], due) == count.before_working_days
    assert days[1] == due
    overdue = days[2:]
    assert len(overdue) == count.overdue_times
    assert {day.weekday() for day in overdue} == {count.overdue_weekday}
    assert count.overdue_weekday == (await figures(bot)).overview_days[0]
    # everything to the group in a day is one message
    per_day = [s.at.astimezone(AMS).date() for s in weeks.of(set(_all_kinds(weeks)))]
    assert len(per_day) == len(set(per_day))


def _all_kinds(week: Week) -> set[str]:
    return {kind for sent in week.sent for kind in sent.kinds}


async def test_the_weekly_overviews_come_as_counted(bot: Harness) -> None:
    """An open action, the gemeente's action and an advice: Mondays bring one overview with
    the gemeente's part; with the advices' overview on Wednesday, two a week."""
    await group(bot)
    await bot.say("/gemeente toevoegen @carla_gemeente")
    await bot.say("/actie bewonersbrief rondsturen Bram")
    await bot.say("/actie lantaarnpaal repareren gemeente")
    await bot.say("/advies Herinrichting Duinplein verzonden 20 november aan gemeente gevraagd")
    count = await figures(bot)
    overview = {"action.digest", "advice_overview"}
    week = await run(bot, local(2026, 12, 6, 23, 0))
    week = await run(bot, local(2026, 12, 13, 23, 0), Week())  # Monday 7 to Sunday 13
    sent = week.of(overview)
    assert len(sent) == count.overviews_per_week == 1
    assert [s.at.astimezone(AMS).weekday() for s in sent] == list(count.overview_days)
    gemeente = [s for s in sent if "Voor de gemeente" in s.text]
    assert count.gemeente_weekly
    assert len(gemeente) == 1
    await bot.say("/instellingen adviesoverzicht woensdag 10:00")
    count = await figures(bot)
    week = await run(bot, local(2026, 12, 20, 23, 0), Week())
    sent = week.of(overview)
    assert len(sent) == count.overviews_per_week == 2
    assert [s.at.astimezone(AMS).weekday() for s in sent] == list(count.overview_days) == [0, 2]
    await bot.say("/instellingen gemeentebericht uit")
    assert not (await figures(bot)).gemeente_weekly
    week = await run(bot, local(2026, 12, 27, 23, 0), Week())
    assert not [s for s in week.of(overview) if "Voor de gemeente" in s.text]


async def test_an_advice_is_chased_as_often_as_counted_on_working_days(bot: Harness) -> None:
    await group(bot)
    await bot.say("/instellingen weekoverzicht uit")
    await bot.say("/instellingen adviesoverzicht uit")
    await bot.say("/gemeente toevoegen @carla_gemeente")
    await bot.say("/advies Herinrichting Duinplein verzonden 20 november aan gemeente gevraagd")
    count = await figures(bot)
    weeks = await run(bot, local(2027, 3, 1, 12, 0))
    chases = weeks.of(set(CHASE_KINDS))
    assert len(chases) == count.chases_per_advice == len(CHASED_DEADLINES)
    assert set(CHASE_KINDS.values()) == set(CHASED_DEADLINES)
    assert all(is_working_day(s.at.astimezone(AMS).date()) for s in chases)
    assert all(time(8, 0) <= s.at.astimezone(AMS).time() < time(21, 30) for s in chases)
    assert weeks.sent[-1].at < datetime(2027, 3, 1, tzinfo=UTC)
