"""The act: buttons pressed: a page of /acties, a card opened, done, drop, postpone, take over."""

from __future__ import annotations

from domain.errors import DomainError
from handlers.actions.card import access_action, card
from handlers.actions.changes import ask_due, ask_reason, changeable, mark_done, take_over
from handlers.actions.keyboards import ActionPress, ListMode, ListPage, Op
from handlers.actions.listing import listing
from handlers.kit.callbacks import STALE
from handlers.kit.paging import require_text_message
from handlers.kit.turn import Turn


async def on_callback(turn: Turn) -> None:
    """act:l:<page>:<mode> and act:c|d|n|u|o:<action>[:<page>:<mode>]; each press re-checks
    the group, the rights and the action's state."""
    require_text_message(turn)
    if ListPage.matches(turn.query.data if turn.query else None):
        page = turn.button(ListPage)
        if (page.mode is ListMode.PRIVATE) != turn.chat.is_private:
            raise DomainError(STALE)
        text, buttons = await listing(turn, page.mode, page.page)
        await turn.edit(text, buttons)
        return
    press = turn.button(ActionPress)
    if press.op is Op.CARD:
        text, buttons = await card(turn, await access_action(turn, press.action_id), press.back)
        await turn.edit(text, buttons)
        return
    action = await changeable(turn, press.action_id)
    if press.op is Op.DONE:
        await mark_done(turn, action, press.back)
    elif press.op is Op.TAKE:
        await take_over(turn, action, press.back)
    elif press.op is Op.DROP:
        await ask_reason(turn, action)
    else:
        await ask_due(turn, action)
