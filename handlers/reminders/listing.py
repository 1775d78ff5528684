"""/herinneringen: the pending reminders, a page at a time, each with a cancel button."""

from __future__ import annotations

from handlers.i18n import format_moment
from handlers.kit.paging import navigation
from handlers.kit.text import describe_rule, short
from handlers.kit.turn import Button, Turn
from handlers.reminders.keyboards import ListPage, ReminderOp, ReminderPress
from schedules.when import from_rrule_text
from storage.chats import ChatRepo
from storage.db import from_iso
from storage.reminders import ReminderRepo

PAGE = 8
LIST_TEXT = 200  # a reminder's text in /herinneringen is cut to this, so a page always fits


async def list_reminders(turn: Turn) -> None:
    """/herinneringen: the group's pending reminders (in private: your own), with cancel buttons."""
    text, buttons = await listing(turn, 0)
    await turn.reply(text, buttons)


async def listing(turn: Turn, page: int) -> tuple[str, list[list[Button]]]:
    """One page of the list (a page past the end shows the last one)."""
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
            what=short(reminder.text, LIST_TEXT),
            who=reminder.creator_name,
        )
        if reminder.recurrence:
            line += "\n    " + turn.t(
                "remind.list.repeats",
                rule=describe_rule(from_rrule_text(reminder.recurrence), turn.lang),
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
                    ReminderPress(ReminderOp.CANCEL_LISTED, reminder.id, str(page)),
                )
            ]
        )
    nav = navigation(page, pages, ListPage)
    return "\n\n".join(lines), [*buttons, nav] if nav else buttons
