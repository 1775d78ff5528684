"""The bsl: buttons pressed: a page of /besluiten; the agenda item of a decision; a decision's
card and its corrections. Every press re-checks the group, the rights and the decision."""

from __future__ import annotations

from handlers.decisions.card import access_decision, card, changeable
from handlers.decisions.changes import ask_remove, ask_text, choose_item, offer_items, remove
from handlers.decisions.create import on_item_press
from handlers.decisions.keyboards import DecisionPage, DecisionPress, ItemChoice, Op
from handlers.decisions.listing import listing
from handlers.decisions.numbered import ItemOrText
from handlers.kit.paging import require_text_message
from handlers.kit.turn import Turn


async def on_callback(turn: Turn) -> None:
    """bsl:l:<page>:<search>, bsl:i:<decision>:<item>, bsl:n:<0|1> and
    bsl:<op>:<decision>[:<page>:<search>] (a card opened from that page of /besluiten)."""
    require_text_message(turn)
    turn.require_group()
    press = turn.button(DecisionPage, ItemChoice, ItemOrText, DecisionPress)
    if isinstance(press, ItemOrText):
        await on_item_press(turn, press)
        return
    if isinstance(press, DecisionPage):
        text, buttons = await listing(turn, press.page, press.search)
        await turn.edit(text, buttons)
        return
    if isinstance(press, ItemChoice):
        await choose_item(turn, press)
        return
    assert isinstance(press, DecisionPress)
    if press.op is Op.CARD:
        decision = await access_decision(turn, press.decision_id)
        text, buttons = await card(turn, decision, press.back)
        await turn.edit(text, buttons)
        return
    decision = await changeable(turn, press.decision_id)
    if press.op is Op.EDIT:
        text, buttons = await card(turn, decision, press.back)
        await turn.edit(text, buttons)
    elif press.op is Op.TEXT:
        await ask_text(turn, decision, press.back)
    elif press.op is Op.ITEM:
        await offer_items(turn, decision)
    elif press.op is Op.REMOVE:
        await ask_remove(turn, decision, press.back)
    else:
        await remove(turn, decision, press.back)
