"""What a reminder's buttons do: cancel, done, later (snooze), and the pages of the list."""

from __future__ import annotations

from datetime import datetime, timedelta

from domain.errors import DomainError
from domain.reminders import Reminder, ReminderState
from handlers.i18n import format_moment
from handlers.kit.turn import Turn
from handlers.reminders.events import KIND
from handlers.reminders.keyboards import ListPage, ReminderOp, ReminderPress, Snooze
from handlers.reminders.listing import listing
from handlers.reminders.text import render
from storage.due import DueRepo
from storage.reminders import ReminderRepo

# Pressed under a fired reminder message: each counts once in that message.
ONCE_IN_MESSAGE = (ReminderOp.DONE, ReminderOp.LATER, ReminderOp.SNOOZE)


async def access_reminder(turn: Turn, reminder_id: int) -> Reminder:
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


async def on_press(turn: Turn) -> None:
    """A reminder's buttons and the pages of /herinneringen; every press re-checks chat and
    rights."""
    match turn.button(ListPage, ReminderPress):
        case ListPage(page):
            await turn.edit(*await listing(turn, page))
        case ReminderPress() as press:
            await _on_reminder(turn, press)


async def _on_reminder(turn: Turn, press: ReminderPress) -> None:
    reminder = await access_reminder(turn, press.reminder_id)
    if press.op is ReminderOp.CANCEL or press.op is ReminderOp.CANCEL_LISTED:
        page = int(press.arg) if press.arg.isdigit() else 0
        if press.op is ReminderOp.CANCEL_LISTED and reminder.state is ReminderState.CANCELLED:
            await turn.edit(*await listing(turn, page))  # an old list, shown as it stands now
            await turn.notice(turn.t("remind.already_cancelled"))
            return
        await _cancel(turn, reminder)
        if press.op is ReminderOp.CANCEL_LISTED:
            await turn.edit(*await listing(turn, page))
        else:
            await turn.edit(turn.t("remind.cancelled", what=reminder.text))
        await turn.svc.engine.changed()
        return
    if press.op in ONCE_IN_MESSAGE and await _handled_here(turn, reminder):
        await _redraw(turn)  # a double tap, or a second phone with the old buttons
        await turn.notice(turn.t("remind.already_handled"))
        return
    if press.op is ReminderOp.DONE:
        await _mark_done(turn, reminder)
    elif press.op is ReminderOp.LATER:
        await _redraw(turn, choosing=reminder.id)
    elif press.op is ReminderOp.BACK:
        await _redraw(turn)
    elif press.arg in tuple(Snooze):
        await _snooze(turn, reminder, Snooze(press.arg))
    else:
        raise DomainError("error.stale_button")


def _message_id(turn: Turn) -> int:
    message = turn.message
    assert message is not None
    return message.message_id


async def _handled_here(turn: Turn, reminder: Reminder) -> bool:
    """Whether this reminder was already marked done or snoozed in the pressed message."""
    repo = ReminderRepo(await turn.conn())
    for row, done_by, snoozed, _late in await repo.message_rows(turn.chat.id, _message_id(turn)):
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


async def _mark_done(turn: Turn, reminder: Reminder) -> None:
    assert turn.user is not None
    await ReminderRepo(await turn.conn()).mark_in_message(
        turn.chat.id, _message_id(turn), reminder.id, done_by=turn.user.first_name
    )
    await _redraw(turn)


def _snoozed_until(turn: Turn, choice: Snooze) -> datetime:
    now = turn.now()
    if choice is Snooze.HOUR:
        return now + timedelta(hours=1)
    if choice is Snooze.TOMORROW:
        tomorrow = (now.astimezone(turn.tz) + timedelta(days=1)).date()
        return datetime.combine(tomorrow, turn.chat.default_time, tzinfo=turn.tz)
    return now + timedelta(days=7)


async def _snooze(turn: Turn, reminder: Reminder, choice: Snooze) -> None:
    moment = _snoozed_until(turn, choice)
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
    repo = ReminderRepo(conn)
    if reminder.state is not ReminderState.ACTIVE:
        await repo.set_state(reminder.id, ReminderState.ACTIVE)
    shown = format_moment(moment, turn.lang, turn.tz, now=turn.now())
    await repo.mark_in_message(turn.chat.id, _message_id(turn), reminder.id, snoozed_until=shown)
    await _redraw(turn)
    await turn.svc.engine.changed()


async def _redraw(turn: Turn, choosing: int | None = None) -> None:
    """The pressed reminder message again, as its rows stand now."""
    rows = await ReminderRepo(await turn.conn()).message_rows(turn.chat.id, _message_id(turn))
    if not rows:
        raise DomainError("error.stale_button")
    text, buttons = render(
        turn.lang, rows, choosing=choosing, default_time=turn.chat.default_time.strftime("%H:%M")
    )
    await turn.edit(text, buttons)
