"""/acties: the group's open actions by owner, yours, or in private yours in every group."""

from __future__ import annotations

from domain.actions import MINE
from domain.errors import UsageError
from handlers.actions.events import keep_schedules
from handlers.actions.keyboards import ListMode, list_buttons
from handlers.actions.text import grouped_by_owner, line, sort_by_due
from handlers.i18n import t
from handlers.kit.paging import Line, paginate
from handlers.kit.turn import Button, Turn
from storage.actions import ActionRepo
from storage.chats import ChatRepo
from storage.people import PeopleRepo

EMPTY_KEY = {
    ListMode.ALL: "action.list.empty.a",
    ListMode.MINE: "action.list.empty.m",
    ListMode.PRIVATE: "action.list.empty.p",
}


async def list_actions(turn: Turn) -> None:
    """/acties (the group's open actions), /acties mijn (yours), in private: yours everywhere."""
    word = turn.text_after_command.lower().strip()
    if turn.chat.is_private:
        mode = ListMode.PRIVATE
    elif word in MINE:
        mode = ListMode.MINE
    elif not word:
        mode = ListMode.ALL
    else:
        raise UsageError(command="acties")
    if not turn.chat.is_private:
        await keep_schedules(turn)
    text, buttons = await listing(turn, mode, 0)
    await turn.reply(text, buttons)
    await turn.svc.engine.changed()


async def listing(turn: Turn, mode: ListMode, page: int) -> tuple[str, list[list[Button]]]:
    """One page of a list, with a button per action on it and the page buttons."""
    assert turn.user is not None
    conn = await turn.conn()
    repo = ActionRepo(conn)
    now = turn.now()
    if mode is ListMode.PRIVATE:
        groups = await PeopleRepo(conn).chats_of(turn.user.id)
        actions = await repo.open_of(turn.user.id, groups)
        chats = {g: await ChatRepo(conn).get(g) for g in groups}
        lines = [
            Line(
                t(turn.lang, "action.list.heading.group", group=chat.name),
                line(turn.lang, chat, a, now),
                a.id,
            )
            for a in sort_by_due(actions, now, turn.tz)
            if (chat := chats.get(a.chat_id)) is not None
        ]
        lines.sort(key=lambda item: item.heading)
        title = t(turn.lang, "action.list.title.private", count=len(lines))
    else:
        actions = await repo.open_in(turn.chat.id)
        if mode is ListMode.MINE:
            actions = [a for a in actions if turn.user.id in a.member_ids]
        lines = grouped_by_owner(turn.lang, turn.chat, actions, now)
        key = "action.list.title.mine" if mode is ListMode.MINE else "action.list.title"
        title = t(turn.lang, key, count=len(actions), group=turn.chat.name)
    if not lines:
        return t(turn.lang, EMPTY_KEY[mode]), []
    pages = paginate(title, lines)
    page = min(max(page, 0), len(pages) - 1)
    shown = pages[page]
    by_id = {a.id: a for a in actions}
    buttons = list_buttons([by_id[i] for i in shown.keys], page, len(pages), mode)
    return shown.text + "\n\n" + t(turn.lang, "action.list.hint"), buttons
