"""The buttons under /bestuur and /gemeente: add someone (asked by reply), remove someone."""

from __future__ import annotations

from domain.roles import STORED_ROLES, Role
from handlers.kit.callbacks import StaleButton
from handlers.kit.turn import Turn
from handlers.roles.keyboards import RoleOp, RolePress
from handlers.roles.listing import TEXTS, show
from handlers.roles.manage import ask_whom


async def on_press(turn: Turn) -> None:
    """Only a group admin, in the group the list belongs to; every press re-checks."""
    turn.require_group()
    await turn.require(Role.ADMIN)
    press = turn.button(RolePress)
    if press.role not in STORED_ROLES:
        raise StaleButton()
    if press.op is RoleOp.ADD:
        await ask_whom(turn, press.role, adding=True)
        return
    if press.user_id is None:
        raise StaleButton()
    person = await (await turn.people()).get(press.user_id)
    if person is None:
        raise StaleButton()
    removed = await (await turn.roles()).remove(turn.chat.id, person.id, press.role)
    await show(turn, press.role, edit=True)
    texts = TEXTS[press.role]
    await turn.notice(turn.t(texts.removed if removed else texts.not_there, name=person.full_name))
