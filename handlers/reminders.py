"""/herinner and /herinneringen: reminders for the group (or for yourself, in private)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from babel.dates import get_day_names

from domain.errors import DomainError
from domain.reminders import MAX_TEXT, Reminder, ReminderState
from handlers.i18n import format_moment, label, t
from handlers.kit.callbacks import CallbackData
from handlers.kit.feature import Command, Feature
from handlers.kit.outbox import Outbox, mention
from handlers.kit.turn import Button, Turn
from schedules.engine import Firing
from schedules.when import (
    Recurrence,
    from_rrule_text,
    next_occurrence,
    resolve_default_time,
    to_rrule_text,
)
from storage.chats import ChatRepo
from storage.db import from_iso
from storage.due import DueRepo
from storage.reminders import ReminderRepo

KIND = "reminder"
PAGE = 8
SNOOZES = ("h1", "tm", "nw")
MAX_MESSAGE = 4096  # Telegram's limit; measured on the HTML, which is never shorter
LIST_TEXT = 200  # a reminder's text in /herinneringen is cut to this, so a page always fits


# --- setting a reminder -----------------------------------------------------------------------
async def remind(turn: Turn) -> None:
    """/herinner <wanneer> <wat>: store it, confirm the exact moment, offer to cancel."""
    text = turn.text_after_command
    if not text:
        await turn.ask(turn.t("remind.ask"), "remind")
        return
    await _set(turn, text, {})


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """An answer to "wanneer en wat?" (or, when the moment is known already, to "wat?")."""
    if not answer:
        await turn.ask(turn.t("remind.ask"), "remind", payload)
        return
    await _set(turn, answer, payload)


async def _set(turn: Turn, text: str, payload: dict[str, Any]) -> None:
    now = turn.now()
    tz = turn.tz
    rule: Recurrence | None = None
    notes: list[str] = []
    has_time = True
    if "fire_at" in payload:  # the moment came earlier; this answer is the "what"
        what = text.strip()
        moment = from_iso(str(payload["fire_at"]))
        rule = from_rrule_text(str(payload["rule"])) if payload.get("rule") else None
        if moment <= now:  # the question waited longer than the moment it was about
            if rule is None:
                shown = format_moment(moment, turn.lang, tz, now=now)
                await turn.ask(turn.t("remind.past", moment=shown), "remind")
                return
            while moment <= now:
                moment = next_occurrence(rule, moment, tz)
    else:
        what, rule, first = turn.split_recurrence(text)  # refuses "31 april", "25:00"
        if rule is not None and first is not None:
            moment = first
        else:
            rule = None
            what, when = turn.split_when(text)  # asks back about "om 3 uur", "binnenkort"
            if when is None:
                await turn.ask(turn.t("remind.no_date"), "remind")
                return
            has_time = when.has_time
            moment = when.moment if has_time else resolve_default_time(when, turn.chat.default_time)
            if when.shifted:
                notes.append(turn.t("remind.shifted"))
            if when.weekday_mismatch:
                notes.append(
                    turn.t(
                        "remind.weekday_mismatch",
                        moment=format_moment(moment, turn.lang, tz, with_time=False, now=now),
                    )
                )
        if moment <= now:
            shown = format_moment(moment, turn.lang, tz, now=now, with_time=has_time)
            await turn.ask(turn.t("remind.past", moment=shown), "remind")
            return
    what = what.strip(" ,.:;-")
    if len(what) > MAX_TEXT:
        raise DomainError("remind.too_long", limit=MAX_TEXT)
    if not what:
        carry = {"fire_at": moment.isoformat(), "rule": to_rrule_text(rule) if rule else None}
        await turn.ask(turn.t("remind.ask_what"), "remind", carry)
        return
    assert turn.user is not None
    conn = await turn.conn()
    rule_text = to_rrule_text(rule) if rule else None
    reminder_id = await ReminderRepo(conn).add(turn.chat.id, turn.user.id, what, rule_text, now)
    await turn.svc.engine.schedule(
        conn,
        KIND,
        turn.chat.id,
        moment,
        timezone=turn.chat.timezone,
        target_id=reminder_id,
        recurrence=rule_text,
        payload={"thread": turn.thread_id} if turn.thread_id else None,
    )
    who = "private" if turn.chat.is_private else "group"
    shown = format_moment(moment, turn.lang, tz, now=now)
    if rule is not None:
        confirm = turn.t(
            f"remind.confirm_recurring.{who}",
            rule=describe(rule, turn.lang),
            moment=shown,
            what=what,
        )
    else:
        confirm = turn.t(f"remind.confirm.{who}", moment=shown, what=what)
    confirm = "\n".join([confirm, *notes])
    await turn.reply(
        confirm,
        [[(turn.label("remind.button.cancel"), ReminderPress("cancel", reminder_id))]],
    )
    await turn.svc.engine.changed()


# --- listing ----------------------------------------------------------------------------------
async def list_reminders(turn: Turn) -> None:
    """/herinneringen: the group's pending reminders (in private: your own), with cancel buttons."""
    text, buttons = await _listing(turn, 0)
    await turn.reply(text, buttons)


async def _listing(turn: Turn, page: int) -> tuple[str, list[list[Button]]]:
    repo = ReminderRepo(await turn.conn())
    if turn.chat.is_private:
        assert turn.user is not None
        items = await repo.pending(created_by=turn.user.id)
    else:
        items = await repo.pending(chat_id=turn.chat.id)
    if not items:
        return turn.t("remind.list.empty"), []
    pages = max(1, -(-len(items) // PAGE))
    page = min(max(page, 0), pages - 1)
    shown = items[page * PAGE : (page + 1) * PAGE]
    lines = [turn.t("remind.list.title", count=len(items))]
    buttons: list[list[Button]] = []
    for number, (reminder, next_at) in enumerate(shown, start=page * PAGE + 1):
        moment = format_moment(from_iso(next_at), turn.lang, turn.tz, now=turn.now())
        line = turn.t(
            "remind.list.item",
            number=number,
            moment=moment,
            what=_short(reminder.text, LIST_TEXT),
            who=reminder.creator_name,
        )
        if reminder.recurrence:
            line += "\n    " + turn.t(
                "remind.list.repeats",
                rule=describe(from_rrule_text(reminder.recurrence), turn.lang),
            )
        if turn.chat.is_private and reminder.chat_id != turn.chat.id:
            with_chat = await ChatRepo(await turn.conn()).get(reminder.chat_id)
            if with_chat is not None:
                line += "\n    " + turn.t("remind.list.in_group", group=with_chat.name)
        lines.append(line)
        buttons.append(
            [
                (
                    turn.label("remind.button.cancel_n", number=number),
                    ReminderPress("x", reminder.id, str(page)),
                )
            ]
        )
    if pages > 1:
        nav: list[Button] = []
        if page > 0:
            nav.append(("◀️", ListPage(page - 1)))
        nav.append((f"{page + 1}/{pages}", ListPage(page)))
        if page < pages - 1:
            nav.append(("▶️", ListPage(page + 1)))
        buttons.append(nav)
    return "\n\n".join(lines), buttons


# --- buttons ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ListPage(CallbackData, prefix="rem:list"):
    """A page of /herinneringen."""

    page: int


@dataclass(frozen=True)
class ReminderPress(CallbackData, prefix="rem"):
    """rem:cancel|x|later|snooze|done|back:<reminder>[:<page or snooze choice>]."""

    op: str
    reminder_id: int
    arg: str = ""


async def on_callback(turn: Turn) -> None:
    """A reminder's buttons and the pages of /herinneringen; every press re-checks chat and
    rights."""
    if ListPage.matches(turn.query.data if turn.query else None):
        text, buttons = await _listing(turn, turn.button(ListPage).page)
        await turn.edit(text, buttons)
        return
    press = turn.button(ReminderPress)
    action = press.op
    reminder = await _owned_by_chat(turn, press.reminder_id)
    if action in ("cancel", "x"):
        await _cancel(turn, reminder)
        if action == "x":
            text, buttons = await _listing(turn, int(press.arg) if press.arg.isdigit() else 0)
            await turn.edit(text, buttons)
        else:
            await turn.edit(turn.t("remind.cancelled", what=reminder.text))
        await turn.svc.engine.changed()
        return
    message = turn.message
    assert message is not None
    if action in ("done", "later", "snooze") and await _handled_here(turn, reminder):
        await _redraw(turn)  # a double tap, or a second phone with the old buttons
        await turn.notice(turn.t("remind.already_handled"))
        return
    if action == "done":
        await _mark(turn, reminder, done=True)
    elif action == "later":
        await _redraw(turn, choosing=reminder.id)
    elif action == "back":
        await _redraw(turn)
    elif action == "snooze" and press.arg in SNOOZES:
        await _snooze(turn, reminder, press.arg)
    else:
        raise DomainError("error.stale_button")


async def _owned_by_chat(turn: Turn, reminder_id: int) -> Reminder:
    """The reminder a button names, only in the chat the button is in; in a private chat also
    the group reminders you set yourself (listed there by /herinneringen)."""
    reminder = await ReminderRepo(await turn.conn()).get(reminder_id)
    if (
        reminder is not None
        and turn.chat.is_private
        and turn.user is not None
        and reminder.created_by == turn.user.id
    ):
        return reminder
    return await turn.own(reminder)


async def _handled_here(turn: Turn, reminder: Reminder) -> bool:
    """Whether this reminder was already marked done or snoozed in the pressed message."""
    message = turn.message
    assert message is not None
    rows = await ReminderRepo(await turn.conn()).message_rows(turn.chat.id, message.message_id)
    for row, done_by, snoozed, _late in rows:
        if row.id == reminder.id:
            return bool(done_by or snoozed)
    raise DomainError("error.stale_button")


async def _cancel(turn: Turn, reminder: Reminder) -> None:
    assert turn.user is not None
    standing = await turn.standing() if reminder.chat_id == turn.chat.id else None
    if standing is not None:
        reminder.require_cancel_right(turn.user.id, standing)
    elif reminder.created_by != turn.user.id:
        raise DomainError("error.permission.owner")
    if reminder.state is ReminderState.CANCELLED:
        raise DomainError("remind.already_cancelled")
    conn = await turn.conn()
    await ReminderRepo(conn).set_state(reminder.id, ReminderState.CANCELLED)
    await DueRepo(conn).cancel_target(KIND, reminder.id)


async def _mark(turn: Turn, reminder: Reminder, *, done: bool) -> None:
    message = turn.message
    assert message is not None
    assert turn.user is not None
    await ReminderRepo(await turn.conn()).mark_in_message(
        turn.chat.id, message.message_id, reminder.id, done_by=turn.user.first_name
    )
    await _redraw(turn)


async def _snooze(turn: Turn, reminder: Reminder, choice: str) -> None:
    message = turn.message
    assert message is not None
    now = turn.now()
    tz = turn.tz
    if choice == "h1":
        moment = now + timedelta(hours=1)
    elif choice == "tm":
        tomorrow = (now.astimezone(tz) + timedelta(days=1)).date()
        moment = datetime.combine(tomorrow, turn.chat.default_time, tzinfo=tz)
    else:
        moment = now + timedelta(days=7)
    conn = await turn.conn()
    await turn.svc.engine.schedule(
        conn,
        KIND,
        reminder.chat_id,
        moment,
        timezone=turn.chat.timezone,
        target_id=reminder.id,
        payload={"thread": turn.thread_id} if turn.thread_id else None,
    )
    if reminder.state is not ReminderState.ACTIVE:
        await ReminderRepo(conn).set_state(reminder.id, ReminderState.ACTIVE)
    shown = format_moment(moment, turn.lang, tz, now=now)
    await ReminderRepo(conn).mark_in_message(
        turn.chat.id, message.message_id, reminder.id, snoozed_until=shown
    )
    await _redraw(turn)
    await turn.svc.engine.changed()


async def _redraw(turn: Turn, choosing: int | None = None) -> None:
    message = turn.message
    assert message is not None
    rows = await ReminderRepo(await turn.conn()).message_rows(turn.chat.id, message.message_id)
    if not rows:
        raise DomainError("error.stale_button")
    text, buttons = render(
        turn.lang, rows, choosing=choosing, default_time=turn.chat.default_time.strftime("%H:%M")
    )
    await turn.edit(text, buttons)


# --- the reminder message ----------------------------------------------------------------------
def render(
    lang: str,
    rows: list[tuple[Reminder, str | None, str | None, bool]],
    *,
    choosing: int | None = None,
    default_time: str = "09:00",
) -> tuple[str, list[list[Button]]]:
    """The text and buttons of a message carrying one reminder, or several due together."""
    bundle = len(rows) > 1
    lines = [t(lang, "remind.fire.title.many" if bundle else "remind.fire.title.one")]
    buttons: list[list[Button]] = []
    for number, (reminder, done_by, snoozed, _late) in enumerate(rows, start=1):
        who = mention(reminder.created_by, reminder.creator_name)
        key = "remind.fire.item.many" if bundle else "remind.fire.item.one"
        line = t(lang, key, number=number, what=reminder.text, who=who)
        if reminder.recurrence:
            line += "\n" + t(
                lang,
                "remind.fire.repeats",
                rule=describe(from_rrule_text(reminder.recurrence), lang),
            )
        if done_by:
            line += "\n" + t(lang, "remind.fire.done", name=done_by)
        elif snoozed:
            line += "\n" + t(lang, "remind.fire.snoozed", moment=snoozed)
        lines.append(line)
        if done_by or snoozed:
            continue
        suffix = f" {number}" if bundle else ""
        if choosing == reminder.id:
            buttons.append(
                [
                    (
                        label(lang, f"remind.button.{choice}", time=default_time),
                        ReminderPress("snooze", reminder.id, choice),
                    )
                    for choice in SNOOZES
                ]
            )
            buttons.append(
                [(label(lang, "remind.button.back"), ReminderPress("back", reminder.id))]
            )
        else:
            buttons.append(
                [
                    (
                        label(lang, "remind.button.later") + suffix,
                        ReminderPress("later", reminder.id),
                    ),
                    (
                        label(lang, "remind.button.done") + suffix,
                        ReminderPress("done", reminder.id),
                    ),
                ]
            )
    if any(late for *_rest, late in rows):
        lines.append(t(lang, "engine.late"))
    return "\n\n".join(lines), buttons


async def fire(out: Outbox, firing: Firing) -> None:
    """The engine's sender for reminders: one message per chat per moment."""
    async with out.svc.db.transaction() as conn:
        chat = await ChatRepo(conn).get(firing.chat_id)
        repo = ReminderRepo(conn)
        reminders: list[Reminder] = []
        for event in firing.events:
            if event.target_id is None:
                continue
            reminder = await repo.get(event.target_id)
            if reminder is not None and reminder.state is not ReminderState.CANCELLED:
                if all(r.id != reminder.id for r in reminders):
                    reminders.append(reminder)
    if not reminders:
        return
    lang = chat.language if chat else out.svc.settings.language
    default_time = chat.default_time.strftime("%H:%M") if chat else "09:00"
    thread = firing.events[0].payload.get("thread")
    # Several reminders due together go in one message, unless that would be too long.
    parts: list[list[Reminder]] = []
    for reminder in reminders:
        if parts and len(_render_part(lang, [*parts[-1], reminder], firing.late)) <= MAX_MESSAGE:
            parts[-1].append(reminder)
        else:
            parts.append([reminder])
    for part in parts:
        rows: list[tuple[Reminder, str | None, str | None, bool]] = [
            (r, None, None, firing.late) for r in part
        ]
        text, buttons = render(lang, rows, default_time=default_time)
        sent = await out.send(firing.chat_id, text, buttons, thread_id=thread)
        async with out.svc.db.transaction() as conn:
            await ReminderRepo(conn).record_message(
                firing.chat_id, sent.message_id, [r.id for r in part], late=firing.late
            )
    async with out.svc.db.transaction() as conn:
        repo = ReminderRepo(conn)
        due = DueRepo(conn)
        for reminder in reminders:
            if not reminder.recurrence and not await due.pending_for_target(KIND, reminder.id):
                await repo.set_state(reminder.id, ReminderState.FIRED)


def _render_part(lang: str, part: list[Reminder], late: bool) -> str:
    return render(lang, [(r, None, None, late) for r in part])[0]


# --- words ------------------------------------------------------------------------------------
def describe(rule: Recurrence, lang: str) -> str:
    """A rule as people say it: "elke maandag om 09:00", "elke eerste dinsdag van de maand"."""
    at = f"{rule.hour or 0:02d}:{rule.minute or 0:02d}" if rule.hour is not None else ""
    weekday = (
        str(get_day_names("wide", locale=lang)[rule.weekday]) if rule.weekday is not None else ""
    )
    n = rule.interval
    if rule.kind == "daily":
        text = t(lang, "rec.daily" if n == 1 else "rec.daily_n", n=n)
    elif rule.kind == "weekly":
        text = t(lang, "rec.weekly" if n == 1 else "rec.weekly_n", n=n, weekday=weekday)
    elif rule.kind == "monthly_day":
        text = t(lang, "rec.monthly_day" if n == 1 else "rec.monthly_day_n", n=n, day=rule.day)
    else:
        names = [t(lang, f"rec.nth.{n}") for n in rule.ordinals]  # "eerste en derde"
        nth = names[-1]
        if len(names) > 1:
            nth = t(lang, "rec.nth.and", first=", ".join(names[:-1]), last=nth)
        text = t(lang, "rec.monthly_nth", nth=nth, weekday=weekday)
    return text + (t(lang, "rec.at", time=at) if at else "")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


FEATURE = Feature(
    "reminders",
    commands=(
        Command("herinner", remind, aliases=("remind",), dates=True),
        Command("herinneringen", list_reminders, aliases=("reminders",)),
    ),
    callbacks={"rem": on_callback},
    prompts={"remind": on_prompt},
    events={KIND: fire},
)
