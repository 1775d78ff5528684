"""/overleg: plan meetings (once or as a series), RSVP, calendar files, the listing with its
buttons (move, cancel, chair, minute-taker), the year's planning, and the meeting's own events.

Every step of a meeting's rhythm is an engine event (`domain/meetings.py` kinds) with the
meeting as its target, so moving or cancelling a meeting moves or removes exactly its events,
and a restart sends what fell due meanwhile, once.
"""

from __future__ import annotations

import html
import logging
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite
from babel.dates import format_date
from telegram.constants import ParseMode
from telegram.error import TelegramError

from domain import meetings as meeting_rules
from domain.errors import DomainError
from domain.meetings import (
    DEFAULT_LENGTH,
    END,
    HALF_YEAR,
    MEETING_EVENTS,
    MINIMUM_PER_YEAR,
    Answer,
    Meeting,
    MeetingState,
    check_moment,
    clean_place,
    next_half_year_start,
    next_in_rotation,
    rhythm,
    tally,
)
from domain.models import Chat
from domain.roles import Role
from domain.settings import GroupSettings
from domain.workdays import add_working_days
from handlers.followup import ensure_after_meeting
from handlers.i18n import Raw, format_moment, label, t
from handlers.ics import ics_filename, meeting_ics
from handlers.kit.feature import GROUP, Command, Feature
from handlers.kit.outbox import Outbox
from handlers.kit.services import Services
from handlers.kit.turn import Button, Turn
from handlers.reminders import describe
from handlers.setup import parse_clock
from schedules.engine import Firing
from schedules.when import (
    Recurrence,
    When,
    from_rrule_text,
    impossible,
    next_occurrence,
    to_rrule_text,
)
from storage.agenda import AgendaRepo
from storage.chats import ChatRepo
from storage.due import DueRepo
from storage.meetings import MeetingRepo
from storage.people import PeopleRepo
from storage.settings import SettingsRepo

log = logging.getLogger(__name__)

LISTED = 5  # upcoming meetings shown by /overleg
MAX_LISTED = 15  # carried-over items named in the message after a meeting
NAMES = 25  # names shown per RSVP answer (the count is always whole)
ANSWERS = {"yes": Answer.YES, "maybe": Answer.MAYBE, "no": Answer.NO}
JOBS = {"c": "chair", "m": "minute_taker"}


def usage_error(command: str, reason_key: str, lang: str, **params: Any) -> DomainError:
    """A DomainError whose text is the reason plus the command's usage line and example."""
    return DomainError(
        "meeting.usage_because",
        reason=Raw(t(lang, reason_key, **params)),
        usage=Raw(t(lang, f"cmd.{command}.usage")),
        example=t(lang, f"cmd.{command}.example"),
    )


# --- /overleg -----------------------------------------------------------------------------------
async def meeting_command(turn: Turn) -> None:
    """/overleg [wanneer] [waar] | /overleg jaar."""
    turn.require_group()
    await ensure_half_year(await turn.conn(), turn.svc, turn.chat, turn.now())
    text = turn.text_after_command
    if not text:
        await _send_listing(turn)
        return
    if text.lower() in ("jaar", "year", "planning"):
        await _year(turn)
        return
    await turn.require(Role.BOARD)
    await _plan(turn, text)


async def _plan(turn: Turn, text: str) -> None:
    now = turn.now()
    tz = turn.tz
    bad = impossible(text)
    if bad is not None:
        kind, value = bad
        raise usage_error("overleg", f"meeting.bad_{kind}", turn.lang, value=value)
    rest, rule, first = turn.split_recurrence(text)  # "elke maandag om 3 uur": asks back
    if rule is not None and first is not None:
        if rule.hour is None:
            raise usage_error("overleg", "meeting.no_time_series", turn.lang)
        await _plan_series(turn, rule, first, clean_place(rest))
        return
    rest, when = turn.split_when(text)  # asks back about "om 3 uur" (two readings)
    if when is None:
        raise usage_error("overleg", "meeting.no_date", turn.lang)
    place = clean_place(rest)
    if not when.has_time:
        day = when.moment.astimezone(tz).date()
        if day < now.astimezone(tz).date():
            raise usage_error("overleg", "meeting.past", turn.lang)
        await turn.ask(
            turn.t(
                "meeting.ask_time",
                day=format_moment(when.moment, turn.lang, tz, with_time=False, now=now),
            ),
            "meeting_time",
            {"day": day.isoformat(), "place": place},
        )
        return
    starts = when.moment
    if starts <= now:
        raise usage_error("overleg", "meeting.past", turn.lang)
    meeting = await plan_meeting(turn, starts, ends_of(when), place)
    await _announce(turn, meeting)


def ends_of(when: When) -> datetime:
    """The end of "19:30-21:30" or "van 19.30 tot 21.30 uur"; else two hours after the start."""
    if when.until is not None and when.until_has_time and when.until > when.moment:
        if when.until - when.moment <= timedelta(hours=16):
            return when.until
    return when.moment + DEFAULT_LENGTH


async def on_time_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "hoe laat begint het?" for a meeting given with a date only."""
    clock = parse_clock(answer.replace("om", "").strip())
    day = date.fromisoformat(str(payload["day"]))
    if clock is None:
        shown = format_date(day, "EEEE d MMMM", locale=turn.lang)
        question = turn.t("meeting.bad_time", value=answer[:40])
        await turn.ask(
            question + "\n" + turn.t("meeting.ask_time", day=shown), "meeting_time", payload
        )
        return
    starts = datetime.combine(day, clock, tzinfo=turn.tz)
    if starts <= turn.now():
        raise usage_error("overleg", "meeting.past", turn.lang)
    await turn.require(Role.BOARD)
    meeting = await plan_meeting(
        turn, starts, starts + DEFAULT_LENGTH, str(payload.get("place", ""))
    )
    await _announce(turn, meeting)


async def _plan_series(turn: Turn, rule: Recurrence, first: datetime, place: str) -> None:
    assert turn.user is not None
    conn = await turn.conn()
    minutes = int(DEFAULT_LENGTH.total_seconds() // 60)
    series_id = await MeetingRepo(conn).add_series(
        turn.chat.id,
        to_rrule_text(rule),
        place,
        minutes,
        turn.chat.timezone,
        turn.user.id,
        turn.now(),
    )
    meeting = await plan_meeting(turn, first, first + DEFAULT_LENGTH, place, series_id=series_id)
    await _announce(turn, meeting, series=describe(rule, turn.lang))


async def plan_meeting(
    turn: Turn, starts: datetime, ends: datetime, place: str, *, series_id: int | None = None
) -> Meeting:
    """Store a meeting, give it the waiting agenda items and schedule its rhythm."""
    conn = await turn.conn()
    settings = await turn.group_settings()
    assert turn.user is not None
    meeting = await create_meeting(
        conn,
        turn.svc,
        turn.chat,
        starts,
        ends,
        place,
        settings,
        turn.now(),
        created_by=turn.user.id,
        series_id=series_id,
    )
    return meeting


async def create_meeting(
    conn: aiosqlite.Connection,
    svc: Services,
    chat: Chat,
    starts: datetime,
    ends: datetime,
    place: str,
    settings: GroupSettings,
    now: datetime,
    *,
    created_by: int | None,
    series_id: int | None = None,
) -> Meeting:
    """The one way a meeting comes to exist (by hand or as the next of a series)."""
    check_moment(starts, now)
    repo = MeetingRepo(conn)
    meeting_id = await repo.add(chat.id, starts, ends, place, created_by, now, series_id=series_id)
    meeting = await repo.get(meeting_id)
    assert meeting is not None
    agenda = AgendaRepo(conn)
    earlier_open = [
        m
        for m in await repo.upcoming(chat.id, now)
        if m.starts_at < starts and not m.agenda_closed and m.starts_at > now
    ]
    if not earlier_open:  # waiting items go to the first meeting whose agenda is open
        for item in await agenda.of_meeting(chat.id, None, with_discussed=False):
            await agenda.move_to(item.id, chat.id, meeting_id, now)
    await schedule_rhythm(conn, svc, meeting, settings, chat.timezone, now)
    await ensure_half_year(conn, svc, chat, now)
    return meeting


async def ensure_half_year(
    conn: aiosqlite.Connection, svc: Services, chat: Chat, now: datetime
) -> None:
    """The group's half-year check waits in the engine (it is quiet while the minimum is off)."""
    if not await MeetingRepo(conn).has_pending_event(HALF_YEAR, chat.id):
        await svc.engine.schedule(
            conn, HALF_YEAR, chat.id, half_year_moment(now, chat), timezone=chat.timezone
        )


async def schedule_rhythm(
    conn: aiosqlite.Connection,
    svc: Services,
    meeting: Meeting,
    settings: GroupSettings,
    timezone: str,
    now: datetime,
) -> None:
    """The meeting's events from now on (steps whose moment passed already are left out)."""
    for kind, moment in rhythm(meeting.starts_at, meeting.ends_at, settings):
        if moment > now or kind == END:
            await svc.engine.schedule(
                conn, kind, meeting.chat_id, moment, timezone=timezone, target_id=meeting.id
            )


async def drop_events(conn: aiosqlite.Connection, meeting_id: int) -> None:
    due = DueRepo(conn)
    for kind in MEETING_EVENTS:
        await due.cancel_target(kind, meeting_id)


def half_year_moment(now: datetime, chat: Chat) -> datetime:
    """The first working day of the next half year, at the group's default time."""
    zone = ZoneInfo(chat.timezone)
    day = add_working_days(next_half_year_start(now.astimezone(zone).date()), 0)
    return datetime.combine(day, chat.default_time, tzinfo=zone)


# --- showing a meeting ----------------------------------------------------------------------------
def when_text(meeting: Meeting, lang: str, tz: ZoneInfo, now: datetime) -> str:
    start = format_moment(meeting.starts_at, lang, tz, now=now)
    return t(
        lang, "meeting.when", start=start, end=meeting.ends_at.astimezone(tz).strftime("%H:%M")
    )


def day_text(moment: datetime, lang: str, tz: ZoneInfo, now: datetime | None = None) -> str:
    """ "8 december" (with the year when it is not this year's)."""
    local = moment.astimezone(tz)
    pattern = "d MMMM"
    if now is not None and now.astimezone(tz).year != local.year:
        pattern += " y"
    return str(format_date(local.date(), pattern, locale=lang))


async def names(conn: aiosqlite.Connection, user_ids: list[int | None]) -> dict[int, str]:
    out: dict[int, str] = {}
    people = PeopleRepo(conn)
    for user_id in user_ids:
        if user_id is not None and user_id not in out:
            person = await people.get(user_id)
            out[user_id] = person.full_name if person else "?"
    return out


async def meeting_card(
    conn: aiosqlite.Connection, meeting: Meeting, chat: Chat, now: datetime, *, title_key: str
) -> str:
    """The meeting's header: title, when, where, chair and minute-taker."""
    tz = ZoneInfo(chat.timezone)
    lang = chat.language
    lines = [
        t(lang, title_key, group=chat.name),
        t(lang, "meeting.when_line", when=when_text(meeting, lang, tz, now)),
    ]
    if meeting.place:
        lines.append(t(lang, "meeting.place", place=meeting.place))
    people = await names(conn, [meeting.chair_id, meeting.minute_taker_id])
    if meeting.chair_id is not None:
        lines.append(t(lang, "meeting.chair", name=people[meeting.chair_id]))
    if meeting.minute_taker_id is not None:
        lines.append(t(lang, "meeting.minute_taker", name=people[meeting.minute_taker_id]))
    return "\n".join(lines)


async def rsvp_block(conn: aiosqlite.Connection, meeting: Meeting, lang: str) -> str:
    counted = tally(await MeetingRepo(conn).rsvps(meeting.id))
    lines = []
    for answer in Answer:
        people = counted[answer]
        key = f"meeting.rsvp.{answer.value}"
        line = t(lang, key, count=len(people))
        if people:
            shown = ", ".join(people[:NAMES]) + (
                f" +{len(people) - NAMES}" if len(people) > NAMES else ""
            )
            line += ": " + html.escape(shown, quote=False)
        lines.append(line)
    return "\n".join(lines)


def rsvp_buttons(meeting: Meeting, lang: str) -> list[list[Button]]:
    return [
        [
            (label(lang, f"meeting.button.{answer.value}"), f"mtg:rsvp:{meeting.id}:{answer.value}")
            for answer in Answer
        ]
    ]


async def announcement(
    conn: aiosqlite.Connection,
    meeting: Meeting,
    chat: Chat,
    now: datetime,
    *,
    series: str | None = None,
) -> str:
    lang = chat.language
    if meeting.state is MeetingState.CANCELLED:
        card = await meeting_card(conn, meeting, chat, now, title_key="meeting.title.cancelled")
        return card
    card = await meeting_card(conn, meeting, chat, now, title_key="meeting.title")
    parts = [card]
    if series:
        parts.append(t(lang, "meeting.series", rule=series))
    parts.append(await rsvp_block(conn, meeting, lang))
    parts.append(t(lang, "meeting.rsvp.hint"))
    return "\n\n".join(parts)


async def calendar_file(
    conn: aiosqlite.Connection, meeting: Meeting, chat: Chat, now: datetime
) -> tuple[str, bytes]:
    lang = chat.language
    items = await AgendaRepo(conn).of_meeting(chat.id, meeting.id)
    description = "\n".join(f"{n}. {item.text}" for n, item in enumerate(items, start=1))
    data = meeting_ics(
        meeting,
        title=label(lang, "meeting.ics.title", group=chat.name),
        description=description,
        alarm_text=label(lang, "meeting.ics.alarm", group=chat.name),
        timezone=chat.timezone,
        now=now,
    )
    return ics_filename(meeting, chat.timezone), data


async def _announce(turn: Turn, meeting: Meeting, *, series: str | None = None) -> None:
    conn = await turn.conn()
    text = await announcement(conn, meeting, turn.chat, turn.now(), series=series)
    sent = await turn.reply(text, rsvp_buttons(meeting, turn.lang))
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    await repo.set_message(meeting.id, "announce_message_id", sent.message_id)
    await repo.record_message(turn.chat.id, sent.message_id, meeting.id, "announce")
    filename, data = await calendar_file(conn, meeting, turn.chat, turn.now())
    await turn.reply_file(filename, data, turn.t("meeting.ics.caption"))
    await turn.svc.engine.changed()


# --- RSVP and the listing's buttons --------------------------------------------------------------
async def on_callback(turn: Turn) -> None:
    """mtg:rsvp|move|cancel|job|set|list — every press re-checks the chat and the rights."""
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")
    action = parts[1] if len(parts) > 1 else ""
    if action == "list":
        await turn.require(Role.BOARD)
        text, buttons = await _listing(turn, with_buttons=True)
        await turn.edit(text, buttons)
        return
    meeting = await _meeting_here(turn, _int(parts, 2))
    if action == "rsvp" and len(parts) == 4 and parts[3] in ANSWERS:
        await _rsvp(turn, meeting, ANSWERS[parts[3]])
        return
    await turn.require(Role.BOARD)
    if action == "move":
        meeting.require_planned()
        shown = when_text(meeting, turn.lang, turn.tz, turn.now())
        await turn.ask(
            turn.t("meeting.ask_move", when=shown), "meeting_move", {"meeting": meeting.id}
        )
    elif action == "cancel":
        await _cancel(turn, meeting)
    elif action == "job" and len(parts) == 4 and parts[3] in JOBS:
        meeting.require_planned()
        await _choose_job(turn, meeting, parts[3])
    elif action == "set" and len(parts) == 5 and parts[3] in JOBS:
        meeting.require_planned()
        await _set_job(turn, meeting, parts[3], _int(parts, 4))
    else:
        raise DomainError("error.stale_button")


async def _meeting_here(turn: Turn, meeting_id: int) -> Meeting:
    meeting = await MeetingRepo(await turn.conn()).get(meeting_id)
    if meeting is None or meeting.chat_id != turn.chat.id:
        raise DomainError("error.stale_button")
    return meeting


async def _rsvp(turn: Turn, meeting: Meeting, answer: Answer) -> None:
    if meeting.state is not MeetingState.PLANNED or meeting.ends_at <= turn.now():
        raise DomainError("meeting.rsvp_closed")
    assert turn.user is not None
    assert turn.message is not None
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    await repo.answer(meeting.id, turn.user.id, answer, turn.now())
    shown = await repo.message(turn.chat.id, turn.message.message_id)
    kind = shown[1] if shown else "announce"
    text = await render_shown(conn, meeting, turn.chat, turn.now(), kind)
    await turn.edit(text, rsvp_buttons(meeting, turn.lang))
    await turn.notice(turn.t(f"meeting.rsvp.saved.{answer.value}"))


async def render_shown(
    conn: aiosqlite.Connection, meeting: Meeting, chat: Chat, now: datetime, kind: str
) -> str:
    """The text of a bot message showing this meeting, by what kind of message it is."""
    if kind == "day":
        return await day_reminder_text(conn, meeting, chat, now)
    return await announcement(conn, meeting, chat, now)


async def on_move_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new moment of a meeting being moved ("Verplaatsen")."""
    await turn.require(Role.BOARD)
    meeting = await _meeting_here(turn, int(payload.get("meeting", 0)))
    meeting.require_planned()
    now = turn.now()
    tz = turn.tz
    rest, when = turn.split_when(answer)
    if when is None:
        await turn.ask(turn.t("meeting.move_no_date"), "meeting_move", payload)
        return
    length = meeting.length
    if when.has_time:
        starts = when.moment
        length = ends_of(when) - starts if when.until is not None else length
    else:
        old = meeting.starts_at.astimezone(tz)
        starts = datetime.combine(when.moment.astimezone(tz).date(), old.time(), tzinfo=tz)
    if starts <= now:
        await turn.ask(turn.t("meeting.move_past"), "meeting_move", payload)
        return
    place = clean_place(rest.removeprefix("naar ").removeprefix("naar")) or meeting.place
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    before = when_text(meeting, turn.lang, tz, now)
    await repo.move(meeting.id, starts, starts + length, place, now)
    await drop_events(conn, meeting.id)
    settings = await turn.group_settings()
    moved = await repo.get(meeting.id)
    assert moved is not None
    closes = rhythm(moved.starts_at, moved.ends_at, settings)
    if any(kind == "meeting.close" and moment > now for kind, moment in closes):
        await repo.set_message(meeting.id, "agenda_message_id", None)  # the agenda opens again
        moved = await repo.get(meeting.id)
        assert moved is not None
    await schedule_rhythm(conn, turn.svc, moved, settings, turn.chat.timezone, now)
    text = turn.t("meeting.moved", before=before, after=when_text(moved, turn.lang, tz, now))
    if moved.place:
        text += "\n" + turn.t("meeting.place", place=moved.place)
    await turn.reply(text, rsvp_buttons(moved, turn.lang))
    await _refresh_announcement(turn, moved)
    filename, data = await calendar_file(await turn.conn(), moved, turn.chat, now)
    await turn.reply_file(filename, data, turn.t("meeting.ics.caption_changed"))
    await turn.svc.engine.changed()


async def _cancel(turn: Turn, meeting: Meeting) -> None:
    meeting.require_planned()
    now = turn.now()
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    await repo.set_state(meeting.id, MeetingState.CANCELLED, now)
    await drop_events(conn, meeting.id)
    if meeting.series_id is not None:
        await ensure_series_next(conn, turn.svc, meeting.series_id, turn.chat, now)
    following = await repo.next_after(turn.chat.id, meeting.starts_at)
    agenda = AgendaRepo(conn)
    items = await agenda.of_meeting(turn.chat.id, meeting.id, with_discussed=False)
    for item in items:
        await agenda.move_to(item.id, turn.chat.id, following.id if following else None, now)
    cancelled = await repo.get(meeting.id)
    assert cancelled is not None
    text = turn.t("meeting.cancelled", when=when_text(meeting, turn.lang, turn.tz, now))
    if items:
        target = (
            turn.t("meeting.items_to", day=day_text(following.starts_at, turn.lang, turn.tz, now))
            if following
            else turn.t("meeting.items_wait")
        )
        text += "\n" + turn.t("meeting.items_moved", count=len(items), target=target)
    await turn.reply(text)
    await _refresh_announcement(turn, cancelled)
    filename, data = await calendar_file(await turn.conn(), cancelled, turn.chat, now)
    await turn.reply_file(filename, data, turn.t("meeting.ics.caption_cancelled"))
    await turn.svc.engine.changed()
    if (
        turn.query is not None
        and turn.message is not None
        and (turn.message.message_id != meeting.announce_message_id)
    ):
        text, buttons = await _listing(turn, with_buttons=True)
        await turn.edit(text, buttons)


async def _refresh_announcement(turn: Turn, meeting: Meeting) -> None:
    """Show the change in the original announcement too (its RSVP buttons stay or go)."""
    if meeting.announce_message_id is None:
        return
    text = await announcement(await turn.conn(), meeting, turn.chat, turn.now())
    buttons = rsvp_buttons(meeting, turn.lang) if meeting.state is MeetingState.PLANNED else None
    await turn.unit.commit()
    try:
        await turn.bot.edit_message_text(
            text,
            chat_id=turn.chat.id,
            message_id=meeting.announce_message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=turn.keyboard(buttons),
            disable_web_page_preview=True,
        )
    except TelegramError as exc:  # too old to edit, or deleted: the new message says it all
        log.info("could not update the announcement of meeting %s: %s", meeting.id, exc)


# --- chair and minute-taker --------------------------------------------------------------------
async def board_members(turn: Turn) -> list[tuple[int, str]]:
    """(id, name) of the board: Telegram admins and /bestuur members, in name order."""
    named = dict(await turn.svc.admins.named(turn.bot, turn.chat.id))
    for person in await (await turn.roles()).members(turn.chat.id, Role.BOARD):
        named.setdefault(person.id, person.full_name)
    return sorted(named.items(), key=lambda pair: (pair[1].casefold(), pair[0]))


async def _choose_job(turn: Turn, meeting: Meeting, job: str) -> None:
    board = await board_members(turn)
    if not board:
        raise DomainError("meeting.no_board")
    repo = MeetingRepo(await turn.conn())
    previous = await repo.previous_in_job(turn.chat.id, JOBS[job], meeting.starts_at)
    skip = meeting.chair_id if job == "m" else None
    suggestion = next_in_rotation([member for member, _ in board], previous, skip=skip)
    names_by_id = dict(board)
    lines = [
        turn.t(f"meeting.job.ask.{job}", when=when_text(meeting, turn.lang, turn.tz, turn.now()))
    ]
    if suggestion is not None:
        lines.append(turn.t("meeting.job.suggest", name=names_by_id[suggestion]))
    ordered = sorted(board, key=lambda pair: pair[0] != suggestion)
    buttons: list[list[Button]] = [
        [
            (
                (("⭐ " if member == suggestion else "") + name)[:64],
                f"mtg:set:{meeting.id}:{job}:{member}",
            )
        ]
        for member, name in ordered
    ]
    buttons.append([(turn.label("meeting.button.back"), "mtg:list")])
    await turn.edit("\n".join(lines), buttons)


async def _set_job(turn: Turn, meeting: Meeting, job: str, user_id: int) -> None:
    board = dict(await board_members(turn))
    if user_id not in board:
        raise DomainError("error.stale_button")
    await MeetingRepo(await turn.conn()).set_role(meeting.id, JOBS[job], user_id, turn.now())
    day = day_text(meeting.starts_at, turn.lang, turn.tz, turn.now())
    text, buttons = await _listing(turn, with_buttons=True)
    await turn.edit(text, buttons)
    await turn.notice(turn.t(f"meeting.job.set.{job}", name=board[user_id], day=day))


# --- the listing and the year ---------------------------------------------------------------
async def _send_listing(turn: Turn) -> None:
    board = (await turn.standing()).is_board
    text, buttons = await _listing(turn, with_buttons=board)
    await turn.reply(text, buttons)


async def _listing(turn: Turn, *, with_buttons: bool) -> tuple[str, list[list[Button]]]:
    now = turn.now()
    conn = await turn.conn()
    meetings = await MeetingRepo(conn).upcoming(turn.chat.id, now, limit=LISTED)
    if not meetings:
        return turn.t("meeting.list.empty"), []
    lines = [turn.t("meeting.list.title", group=turn.chat.name)]
    buttons: list[list[Button]] = []
    for number, meeting in enumerate(meetings, start=1):
        line = f"{number}. " + when_text(meeting, turn.lang, turn.tz, now)
        if meeting.place:
            line += "\n    " + turn.t("meeting.place", place=meeting.place)
        people = await names(conn, [meeting.chair_id, meeting.minute_taker_id])
        if meeting.chair_id is not None:
            line += "\n    " + turn.t("meeting.chair", name=people[meeting.chair_id])
        if meeting.minute_taker_id is not None:
            line += "\n    " + turn.t("meeting.minute_taker", name=people[meeting.minute_taker_id])
        counted = tally(await MeetingRepo(conn).rsvps(meeting.id))
        line += "\n    " + turn.t(
            "meeting.list.rsvp",
            yes=len(counted[Answer.YES]),
            maybe=len(counted[Answer.MAYBE]),
            no=len(counted[Answer.NO]),
        )
        lines.append(line)
        if with_buttons:
            suffix = f" {number}" if len(meetings) > 1 else ""
            buttons.append(
                [
                    (turn.label("meeting.button.move") + suffix, f"mtg:move:{meeting.id}"),
                    (turn.label("meeting.button.cancel") + suffix, f"mtg:cancel:{meeting.id}"),
                ]
            )
            buttons.append(
                [
                    (turn.label("meeting.button.chair") + suffix, f"mtg:job:{meeting.id}:c"),
                    (turn.label("meeting.button.minutes") + suffix, f"mtg:job:{meeting.id}:m"),
                ]
            )
    return "\n\n".join(lines), buttons


async def _year(turn: Turn) -> None:
    now = turn.now()
    tz = turn.tz
    year = now.astimezone(tz).year
    start = datetime(year, 1, 1, tzinfo=tz)
    end = datetime(year + 1, 1, 1, tzinfo=tz)
    conn = await turn.conn()
    meetings = [
        m
        for m in await MeetingRepo(conn).between(turn.chat.id, start, end)
        if m.state is not MeetingState.CANCELLED
    ]
    held = [m for m in meetings if m.state is MeetingState.HELD or m.ends_at <= now]
    lines = [turn.t("meeting.year.title", year=year, group=turn.chat.name)]
    for meeting in meetings:
        key = "meeting.year.held" if meeting in held else "meeting.year.planned"
        entry = turn.t(key, when=format_moment(meeting.starts_at, turn.lang, tz))
        if meeting.place:
            entry += f" — {html.escape(meeting.place, quote=False)}"
        lines.append(entry)
    if not meetings:
        lines.append(turn.t("meeting.year.none"))
    lines.append("")
    lines.append(
        turn.t(
            "meeting.year.count",
            count=len(meetings),
            held=len(held),
            planned=len(meetings) - len(held),
        )
    )
    minimum = (await turn.group_settings()).number(MINIMUM_PER_YEAR)
    if minimum:
        key = "meeting.year.below" if len(meetings) < minimum else "meeting.year.enough"
        lines.append(turn.t(key, minimum=minimum))
    await turn.reply("\n".join(lines))


# --- series -------------------------------------------------------------------------------------
async def ensure_series_next(
    conn: aiosqlite.Connection, svc: Services, series_id: int, chat: Chat, now: datetime
) -> Meeting | None:
    """A series always has its next meeting: plan it when none is planned after now."""
    repo = MeetingRepo(conn)
    series = await repo.series(series_id)
    if series is None or not series[4] or await repo.planned_in_series_after(series_id, now):
        return None
    rule_text, place, minutes, timezone, _active = series
    latest = await repo.latest_in_series(series_id)
    rule = from_rrule_text(rule_text)
    moment = latest.starts_at if latest else now
    for _ in range(1000):
        moment = next_occurrence(rule, moment, ZoneInfo(timezone))
        if moment > now:
            break
    settings = await SettingsRepo(conn).of(chat.id)
    return await create_meeting(
        conn,
        svc,
        chat,
        moment,
        moment + timedelta(minutes=minutes),
        place,
        settings,
        now,
        created_by=None,
        series_id=series_id,
    )


# --- the meeting's events ---------------------------------------------------------------------
async def firing_meetings(out: Outbox, firing: Firing) -> tuple[Chat | None, list[Meeting]]:
    async with out.svc.db.transaction() as conn:
        chat = await ChatRepo(conn).get(firing.chat_id)
        repo = MeetingRepo(conn)
        found: list[Meeting] = []
        for event in firing.events:
            if event.target_id is None:
                continue
            meeting = await repo.get(event.target_id)
            if meeting is not None and meeting.state is MeetingState.PLANNED:
                found.append(meeting)
    return chat, found


def late_line(lang: str, late: bool) -> str:
    return "\n\n" + t(lang, "engine.late") if late else ""


async def day_reminder_text(
    conn: aiosqlite.Connection, meeting: Meeting, chat: Chat, now: datetime
) -> str:
    from handlers.agenda import BUDGET, agenda_lines, fitting  # the agenda imports us

    lang = chat.language
    card = await meeting_card(conn, meeting, chat, now, title_key="meeting.day.title")
    items = await AgendaRepo(conn).of_meeting(chat.id, meeting.id)
    rsvps = await rsvp_block(conn, meeting, lang)
    budget = BUDGET - len(card) - len(rsvps)
    agenda = fitting(lang, agenda_lines(lang, items, ZoneInfo(chat.timezone)), budget)
    parts = [
        card,
        t(lang, "meeting.day.agenda")
        + "\n"
        + ("\n".join(agenda) if agenda else t(lang, "agenda.none")),
        rsvps,
    ]
    return "\n\n".join(parts)


async def fire_day_before(out: Outbox, firing: Firing) -> None:
    """The day-before reminder: the meeting, its agenda and who comes (RSVP buttons)."""
    chat, meetings = await firing_meetings(out, firing)
    if chat is None:
        return
    for meeting in meetings:
        if meeting.starts_at <= firing.now:
            continue  # the bot was down until after the start: a reminder is no use now
        async with out.svc.db.transaction() as conn:
            text = await day_reminder_text(conn, meeting, chat, firing.now)
        sent = await out.send(
            chat.id,
            text + late_line(chat.language, firing.late),
            rsvp_buttons(meeting, chat.language),
        )
        async with out.svc.db.transaction() as conn:
            await MeetingRepo(conn).record_message(chat.id, sent.message_id, meeting.id, "day")


async def fire_hour_before(out: Outbox, firing: Firing) -> None:
    chat, meetings = await firing_meetings(out, firing)
    if chat is None:
        return
    for meeting in meetings:
        if meeting.starts_at <= firing.now:
            continue
        async with out.svc.db.transaction() as conn:
            text = await meeting_card(
                conn, meeting, chat, firing.now, title_key="meeting.hour.title"
            )
            counted = tally(await MeetingRepo(conn).rsvps(meeting.id))
        text += "\n\n" + t(
            chat.language,
            "meeting.list.rsvp",
            yes=len(counted[Answer.YES]),
            maybe=len(counted[Answer.MAYBE]),
            no=len(counted[Answer.NO]),
        )
        await out.send(chat.id, text + late_line(chat.language, firing.late))


async def fire_end(out: Outbox, firing: Firing) -> None:
    """The meeting has passed: open items carry over to the next meeting; it is marked held."""
    chat, meetings = await firing_meetings(out, firing)
    if chat is None:
        return
    tz = ZoneInfo(chat.timezone)
    lang = chat.language
    for meeting in meetings:
        async with out.svc.db.transaction() as conn:
            repo = MeetingRepo(conn)
            created = None
            if meeting.series_id is not None:
                created = await ensure_series_next(
                    conn, out.svc, meeting.series_id, chat, firing.now
                )
            following = await repo.next_after(chat.id, meeting.starts_at)
            agenda = AgendaRepo(conn)
            items = await agenda.of_meeting(chat.id, meeting.id, with_discussed=False)
            for item in items:
                await agenda.move_to(
                    item.id,
                    chat.id,
                    following.id if following else None,
                    firing.now,
                    carried_from=meeting.id,
                )
            await repo.set_state(meeting.id, MeetingState.HELD, firing.now)
            # the action list follows a meeting even when nothing about actions was typed
            # after it was planned (handlers/followup.py)
            settings = await SettingsRepo(conn).of(chat.id)
            await ensure_after_meeting(out.svc, conn, chat, settings, firing.now)
            intro = t(
                lang, "meeting.end.title", day=day_text(meeting.starts_at, lang, tz, firing.now)
            )
            lines = [intro]
            if items:
                target = (
                    t(
                        lang,
                        "meeting.items_to",
                        day=day_text(following.starts_at, lang, tz, firing.now),
                    )
                    if following
                    else t(lang, "meeting.items_wait")
                )
                lines.append(t(lang, "meeting.end.carried", count=len(items), target=target))
                lines.extend(
                    t(lang, "meeting.end.item", text=_cut(item.text)) for item in items[:MAX_LISTED]
                )
                if len(items) > MAX_LISTED:
                    lines.append(t(lang, "agenda.more", count=len(items) - MAX_LISTED))
            buttons = None
            if created is not None:
                lines.append(
                    t(lang, "meeting.end.next", when=when_text(created, lang, tz, firing.now))
                )
                buttons = rsvp_buttons(created, lang)
            if not items and created is None:
                continue
        text = "\n".join(lines) + late_line(lang, firing.late)
        sent = await out.send(chat.id, text, buttons)
        if created is not None:
            async with out.svc.db.transaction() as conn:
                await MeetingRepo(conn).record_message(
                    chat.id, sent.message_id, created.id, "announce"
                )
                await MeetingRepo(conn).set_message(
                    created.id, "announce_message_id", sent.message_id
                )


async def fire_half_year(out: Outbox, firing: Firing) -> None:
    """First working day of a half year: tell the board when too few meetings are planned."""
    async with out.svc.db.transaction() as conn:
        chat = await ChatRepo(conn).get(firing.chat_id)
        if chat is None:
            return
        settings = await SettingsRepo(conn).of(chat.id)
        tz = ZoneInfo(chat.timezone)
        year = firing.occurrence.astimezone(tz).year
        meetings = [
            m
            for m in await MeetingRepo(conn).between(
                chat.id, datetime(year, 1, 1, tzinfo=tz), datetime(year + 1, 1, 1, tzinfo=tz)
            )
            if m.state is not MeetingState.CANCELLED
        ]
        await ensure_half_year(conn, out.svc, chat, firing.now)
    minimum = settings.number(MINIMUM_PER_YEAR)
    if minimum and len(meetings) < minimum:
        text = t(
            chat.language, "meeting.half_year", year=year, count=len(meetings), minimum=minimum
        )
        await out.send(chat.id, text + late_line(chat.language, firing.late))


def _cut(text: str, limit: int = 150) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _int(parts: list[str], index: int) -> int:
    try:
        return int(parts[index])
    except (IndexError, ValueError):
        raise DomainError("error.stale_button") from None


FEATURE = Feature(
    "meetings",
    commands=(
        Command(
            "overleg", meeting_command, aliases=("meeting",), scopes=frozenset({GROUP}), dates=True
        ),
    ),
    callbacks={"mtg": on_callback},
    prompts={"meeting_time": on_time_prompt, "meeting_move": on_move_prompt},
    events={
        meeting_rules.REMIND_BEFORE_DAY: fire_day_before,
        meeting_rules.REMIND_BEFORE_HOUR: fire_hour_before,
        meeting_rules.END: fire_end,
        meeting_rules.HALF_YEAR: fire_half_year,
    },
    settings=tuple(meeting_rules.SETTINGS),
)
