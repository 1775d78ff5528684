"""A series of meetings changed or stopped: "/overleg reeks stoppen", "/overleg reeks elke derde
donderdag van de maand 20:00", and the series' buttons in the /overleg list.

Stopping asks first and plans nothing more (a meeting already planned stays: it was announced;
cancelling it is a separate choice). A new rhythm moves the series' coming meeting to the
rhythm's first day, with the same move confirmation as any move. Both send the series'
calendar file again (same UID): stopped, it ends at its last meeting; with a new rhythm, it
starts again at the rhythm's first meeting.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from domain.errors import DomainError
from domain.meetings import SERIES_NEXT, MeetingSeries, clean_place
from domain.roles import Role
from handlers.i18n import format_moment
from handlers.kit.text import describe_rule
from handlers.kit.turn import Turn
from handlers.meetings.changes import move_to
from handlers.meetings.ics import coming, series_file
from handlers.meetings.keyboards import (
    SeriesOp,
    SeriesPress,
    series_choice_buttons,
    series_stop_buttons,
)
from handlers.meetings.reading import date_words, series_day_typed, without
from handlers.meetings.text import day_text, usage_error, when_text
from schedules.when import When, canonical, from_rrule_text, next_occurrence, to_rrule_text
from storage.due import DueRepo
from storage.meetings import MeetingRepo

STOP_WORDS = frozenset("stoppen stop stopt beeindigen beëindigen opheffen afzeggen end".split())
CHANGE_WORDS = frozenset("wijzigen wijzig veranderen verander naar aanpassen change to".split())
RHYTHM = "meeting_series"  # the prompt "Wat wordt het nieuwe ritme?"


def rule_text(series: MeetingSeries, lang: str) -> str:
    return describe_rule(from_rrule_text(series.recurrence), lang)


async def series_text(turn: Turn, rest: str) -> None:
    """/overleg reeks [stoppen | <nieuw ritme>]: with one running series it is meant; with
    several the board picks one."""
    await turn.require(Role.BOARD)
    word, _, after = rest.strip().partition(" ")
    running = await MeetingRepo(await turn.conn()).active_series(turn.chat.id)
    if not running:
        raise DomainError("meeting.series.none")
    op = SeriesOp.SHOW
    if word.lower() in STOP_WORDS:
        op = SeriesOp.STOP
    elif word:
        op = SeriesOp.CHANGE
        rest = after if word.lower() in CHANGE_WORDS else rest
    if len(running) > 1:
        lines = [turn.t("meeting.series.which")]
        await turn.reply("\n".join(lines), series_choice_buttons(running, op, turn.lang))
        return
    await act(turn, running[0], op, rest.strip() if op is SeriesOp.CHANGE else "")


async def on_press(turn: Turn, press: SeriesPress) -> None:
    """A series' button: show it, ask its new rhythm, or ask whether to stop it (or stop it)."""
    await turn.require(Role.BOARD)
    series = await _running(turn, press.series_id)
    if press.op is SeriesOp.STOP_YES:
        await _stop(turn, series)
    elif press.op is SeriesOp.STOP_NO:
        await turn.edit(turn.t("meeting.series.kept", rule=rule_text(series, turn.lang)))
    else:
        await act(turn, series, press.op, "")


async def act(turn: Turn, series: MeetingSeries, op: SeriesOp, rhythm: str) -> None:
    rule = rule_text(series, turn.lang)
    if op is SeriesOp.STOP:
        await turn.reply(
            turn.t("meeting.series.sure", rule=rule),
            series_stop_buttons(series, turn.lang),
            quote=turn.query is None,
        )
    elif op is SeriesOp.CHANGE and rhythm:
        await _change(turn, series, rhythm)
    elif op is SeriesOp.CHANGE:
        await turn.ask(turn.t("meeting.series.ask", rule=rule), RHYTHM, {"series": series.id})
    else:
        lines = [turn.t("meeting.series.shown", rule=rule, place=series.place or "—")]
        lines += await _coming_lines(turn, series)
        await turn.reply("\n".join(lines), series_choice_buttons([series], None, turn.lang))


SHOWN = 4  # the coming meetings a series' card lists


async def _coming_lines(turn: Turn, series: MeetingSeries) -> list[str]:
    """The series' next meetings as its calendar file has them (moved ones with their place)."""
    now, tz = turn.now(), turn.tz
    found = await coming(await turn.conn(), series, now, SHOWN)
    if not found:
        return []
    lines = ["", turn.t("meeting.series.coming")]
    for o in found:
        start = format_moment(o.starts_at, turn.lang, tz, now=now)
        if o.changed:
            lines.append(turn.t("meeting.series.coming_moved", when=start, place=o.place or "—"))
        else:
            lines.append(turn.t("meeting.series.coming_line", when=start))
    return lines


async def on_rhythm_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "Wat wordt het nieuwe ritme?"."""
    await turn.require(Role.BOARD)
    await _change(turn, await _running(turn, int(payload.get("series", 0))), answer)


async def _running(turn: Turn, series_id: int) -> MeetingSeries:
    series = await turn.own(await MeetingRepo(await turn.conn()).series(series_id))
    if not series.active:
        raise DomainError("meeting.series.stopped_already")
    return series


async def _stop(turn: Turn, series: MeetingSeries) -> None:
    """No meeting is planned from it any more; the one already planned stays."""
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    await repo.stop_series(series.id)
    await DueRepo(conn).cancel_target(SERIES_NEXT, series.id)
    lines = [turn.t("meeting.series.stopped", rule=rule_text(series, turn.lang))]
    coming = await repo.next_in_series(series.id, turn.now())
    if coming is not None:
        when = when_text(coming, turn.lang, turn.tz, turn.now())
        lines.append(turn.t("meeting.series.stays", when=when))
    await turn.edit("\n".join(lines))
    await _send_series(turn, series.id, "stopped")


async def _send_series(turn: Turn, series_id: int, what: str, rule: str = "") -> None:
    """The series' calendar file again, after it stopped or got a new rhythm."""
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    series = await repo.series(series_id)
    assert series is not None
    if what == "stopped":
        last = await repo.latest_in_series(series_id)
        moment = (last.slot or last.starts_at) if last is not None else turn.now()
        day = day_text(moment, turn.lang, turn.tz, turn.now())
        caption = turn.t("meeting.ics.caption_series_stopped", when=day)
    else:
        caption = turn.t("meeting.ics.caption_series_rhythm", rule=rule)
    file = await series_file(conn, series, turn.chat, turn.now())
    await turn.reply_file(file.name, file.data, caption)


async def _change(turn: Turn, series: MeetingSeries, text: str) -> None:
    """A new rhythm (and perhaps a new place): the series changes, and its coming meeting moves
    to the rhythm's first day; a rhythm without its day or time is asked again."""
    payload = {"series": series.id}
    rest, rule, first = turn.split_recurrence(text, evening_hours=True)
    if rule is None or first is None or not series_day_typed(rule, text):
        words = without(text, rest) if rule is not None else text
        await turn.ask(turn.t("meeting.series.unclear", words=words[:60] or "…"), RHYTHM, payload)
        return
    left, bare = date_words(turn, rest)
    if left is not None:
        await turn.ask(turn.t("meeting.series.unclear", words=left), RHYTHM, payload)
        return
    if rule.hour is None:
        raise usage_error("overleg", "meeting.no_time_series", turn.lang)
    place = clean_place(bare) or series.place
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    coming = await repo.next_in_series(series.id, turn.now())
    latest = await repo.latest_in_series(series.id)
    anchor = first
    if coming is None and latest is not None and latest.slot and latest.slot > turn.now():
        # the coming meeting was cancelled: the new rhythm starts after its slot, where the
        # bot plans its next meeting
        anchor = next_occurrence(rule, latest.slot, ZoneInfo(turn.chat.timezone))
    await repo.change_series(series.id, to_rrule_text(rule), place, turn.chat.timezone, anchor)
    if coming is not None:
        await repo.set_slot(coming.id, first)  # the new rhythm's first meeting
    said = describe_rule(rule, turn.lang)
    changed = turn.t("meeting.series.changed", rule=said)
    if coming is None or (coming.starts_at == first and coming.place == place):
        await turn.reply(changed)
        await _send_series(turn, series.id, "rhythm", said)
        return
    moment = canonical(When(moment=first, has_time=True))
    caption = turn.t("meeting.ics.caption_series_rhythm", rule=said)
    await move_to(turn, coming, f"{moment} {place}".strip(), lead=changed, series_caption=caption)
