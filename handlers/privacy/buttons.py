"""The confirmations: forget me, wipe this group, or keep everything. Each press re-checks
who and where."""

from __future__ import annotations

import logging

from domain.errors import DomainError
from domain.privacy import WIPE_CONFIRM_WINDOW
from domain.roles import Role
from handlers.kit.callbacks import StaleButton
from handlers.kit.turn import Turn
from handlers.privacy.keyboards import PRESSES, ForgetPress, KeepPress, WipePress
from storage.privacy import GroupData

log = logging.getLogger(__name__)


async def on_press(turn: Turn) -> None:
    """priv:forget | priv:wipe:<group> | priv:keep."""
    match turn.button(*PRESSES):
        case KeepPress():
            await turn.edit(turn.t("privacy.kept"))
        case ForgetPress():
            await _forget(turn)
        case WipePress() as press:
            await _wipe(turn, press)


async def _forget(turn: Turn) -> None:
    if not turn.chat.is_private or turn.user is None or turn.user.id != turn.chat.id:
        raise StaleButton()
    changed = await GroupData(await turn.conn()).forget_person(turn.user.id)
    log.info("user %s asked to be forgotten (%d rows)", turn.user.id, changed)
    await turn.edit(turn.t("forget.done"))


async def _wipe(turn: Turn, press: WipePress) -> None:
    turn.require_group()
    await turn.require(Role.ADMIN)
    await turn.own(press)  # a wipe button only works in its own group
    query = turn.query
    shown = getattr(query.message if query else None, "date", None)
    if shown is None or turn.now() - shown > WIPE_CONFIRM_WINDOW:
        raise DomainError("wipe.expired")
    deleted = await GroupData(await turn.conn()).wipe(turn.chat.id)
    turn.svc.admins.forget(turn.chat.id)
    log.warning("chat %s: all data wiped by an admin (%d rows)", turn.chat.id, deleted)
    await turn.edit(turn.t("wipe.done", group=turn.chat.name))
