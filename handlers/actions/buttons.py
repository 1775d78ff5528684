"""The act: buttons pressed: a page of /acties, a card opened, done, drop, postpone, take over,
the corrections (text, who, date, a name linked to a member), "Bedoel je Bram?" and "Hoort
deze actie bij agendapunt 3?"."""

from __future__ import annotations

from domain.errors import DomainError
from handlers.actions.card import access_action, card
from handlers.actions.changes import ask_due, ask_reason, changeable, mark_done, take_over
from handlers.actions.create import on_item_press
from handlers.actions.edits import ask_date, ask_owners, ask_text, link
from handlers.actions.keyboards import (
    ActionPress,
    ItemPress,
    LinkPress,
    ListMode,
    ListPage,
    Op,
    WhoPick,
)
from handlers.actions.listing import listing
from handlers.actions.who import on_pick
from handlers.kit.callbacks import STALE
from handlers.kit.paging import require_text_message
from handlers.kit.turn import Turn


async def on_callback(turn: Turn) -> None:
    """act:l:<page>:<mode>, act:k:..., act:who:<n>, act:i:<1|0> and
    act:<op>:<action>[:<page>:<mode>]; each press re-checks the group, the rights and the
    action's state."""
    require_text_message(turn)
    press = turn.button(ListPage, LinkPress, WhoPick, ItemPress, ActionPress)
    if isinstance(press, ListPage):
        if (press.mode is ListMode.PRIVATE) != turn.chat.is_private:
            raise DomainError(STALE)
        text, buttons = await listing(turn, press.mode, press.page)
        await turn.edit(text, buttons)
        return
    if isinstance(press, LinkPress):
        await link(turn, press)
        return
    if isinstance(press, WhoPick):
        await on_pick(turn, press)
        return
    if isinstance(press, ItemPress):
        await on_item_press(turn, press)
        return
    assert isinstance(press, ActionPress)
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
    elif press.op is Op.LATER:
        await ask_due(turn, action)
    elif press.op is Op.EDIT:
        text, buttons = await card(turn, action, press.back, editing=True)
        await turn.edit(text, buttons)
    elif press.op is Op.TEXT:
        await ask_text(turn, action, press.back)
    elif press.op is Op.WHO:
        await ask_owners(turn, action, press.back)
    else:
        await ask_date(turn, action, press.back)
