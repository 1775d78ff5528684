"""The message a reminder fires as: one reminder, or several due together, with its buttons."""

from __future__ import annotations

from domain.reminders import Reminder
from handlers.i18n import label, t
from handlers.kit.outbox import late_line, mention
from handlers.kit.text import describe_rule
from handlers.kit.turn import Button
from handlers.reminders.keyboards import SNOOZE_LABEL, ReminderOp, ReminderPress
from schedules.when import from_rrule_text

# One reminder in a fired message: (reminder, done by, snoozed until, sent late).
Row = tuple[Reminder, str | None, str | None, bool]


def render(
    lang: str,
    rows: list[Row],
    *,
    choosing: int | None = None,
    default_time: str = "09:00",
) -> tuple[str, list[list[Button]]]:
    """The text and buttons of a message carrying one reminder, or several due together;
    `choosing`: the reminder whose snooze choices are shown."""
    bundle = len(rows) > 1
    lines = [t(lang, "remind.fire.title", count=len(rows))]
    buttons: list[list[Button]] = []
    for number, (reminder, done_by, snoozed, _late) in enumerate(rows, start=1):
        who = mention(reminder.created_by, reminder.creator_name)
        line = t(
            lang, "remind.fire.item", count=len(rows), number=number, what=reminder.text, who=who
        )
        if reminder.recurrence:
            line += "\n" + t(
                lang,
                "remind.fire.repeats",
                rule=describe_rule(from_rrule_text(reminder.recurrence), lang),
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
                        label(lang, key, time=default_time),
                        ReminderPress(ReminderOp.SNOOZE, reminder.id, choice),
                    )
                    for choice, key in SNOOZE_LABEL.items()
                ]
            )
            buttons.append(
                [
                    (
                        label(lang, "remind.button.back"),
                        ReminderPress(ReminderOp.BACK, reminder.id),
                    )
                ]
            )
        else:
            buttons.append(
                [
                    (
                        label(lang, "remind.button.later") + suffix,
                        ReminderPress(ReminderOp.LATER, reminder.id),
                    ),
                    (
                        label(lang, "remind.button.done") + suffix,
                        ReminderPress(ReminderOp.DONE, reminder.id),
                    ),
                ]
            )
    late = any(row[3] for row in rows)
    return "\n\n".join(lines) + late_line(lang, late), buttons
