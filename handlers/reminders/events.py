"""The engine's sender for reminders: one message per chat per moment."""

from __future__ import annotations

from typing import Any

from domain.reminders import Reminder, ReminderState
from handlers.kit.outbox import Outbox
from handlers.reminders.text import render
from schedules.engine import Firing
from storage.due import DueRepo
from storage.reminders import ReminderRepo

KIND = "reminder"
MAX_MESSAGE = 4096  # Telegram's limit; measured on the HTML, which is never shorter


async def _live(conn: Any, reminder_id: int) -> Reminder | None:
    reminder = await ReminderRepo(conn).get(reminder_id)
    return (
        reminder if reminder is not None and reminder.state is not ReminderState.CANCELLED else None
    )


async def fire(out: Outbox, firing: Firing) -> None:
    """Send the reminders due together, bundled in as few messages as fit, with their buttons."""
    chat, found = await out.targets(firing, _live)
    reminders = list({reminder.id: reminder for reminder in found}.values())
    if not reminders:
        return
    lang = chat.language if chat else out.svc.settings.language
    default_time = chat.default_time.strftime("%H:%M") if chat else "09:00"
    thread = firing.events[0].payload.get("thread")
    # Several reminders due together go in one message, unless that would be too long.
    parts: list[list[Reminder]] = []
    for reminder in reminders:
        if parts and len(_text(lang, [*parts[-1], reminder], firing.late)) <= MAX_MESSAGE:
            parts[-1].append(reminder)
        else:
            parts.append([reminder])
    for part in parts:
        text, buttons = render(
            lang, [(r, None, None, firing.late) for r in part], default_time=default_time
        )
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


def _text(lang: str, part: list[Reminder], late: bool) -> str:
    return render(lang, [(r, None, None, late) for r in part])[0]
