"""The texts of each stored role, and the list of who has one (with its buttons)."""

from __future__ import annotations

from dataclasses import dataclass

from domain.roles import Role
from handlers.kit.turn import Button, Turn
from handlers.roles.keyboards import RoleOp, RolePress


@dataclass(frozen=True)
class RoleTexts:
    """The command of a role and the catalog keys of what is said about it."""

    command: str
    title: str
    empty: str
    ask: str
    ask_remove: str
    added: str
    already: str
    removed: str
    not_there: str


TEXTS = {
    Role.BOARD: RoleTexts(
        command="bestuur",
        title="roles.board.title",
        empty="roles.board.empty",
        ask="roles.board.ask",
        ask_remove="roles.board.ask_remove",
        added="roles.board.added",
        already="roles.board.already",
        removed="roles.board.removed",
        not_there="roles.board.not_there",
    ),
    Role.GEMEENTE: RoleTexts(
        command="gemeente",
        title="roles.gemeente.title",
        empty="roles.gemeente.empty",
        ask="roles.gemeente.ask",
        ask_remove="roles.gemeente.ask_remove",
        added="roles.gemeente.added",
        already="roles.gemeente.already",
        removed="roles.gemeente.removed",
        not_there="roles.gemeente.not_there",
    ),
}


async def show(turn: Turn, role: Role, *, edit: bool) -> None:
    """The list of a role, with its actions as buttons (edited in place after a button)."""
    texts = TEXTS[role]
    lines = [turn.t(texts.title, group=turn.chat.name)]
    if role is Role.BOARD:
        admins = await turn.svc.admins.named(turn.bot, turn.chat.id)
        if admins:
            lines.append("")
            lines.append(turn.t("roles.admins"))
            lines.extend(turn.t("roles.entry", name=name) for name in sorted(admins.values()))
    members = await (await turn.roles()).members(turn.chat.id, role)
    lines.append("")
    if members:
        lines.append(turn.t("roles.added_members"))
        lines.extend(turn.t("roles.entry", name=p.full_name) for p in members)
    else:
        lines.append(turn.t(texts.empty))
    buttons: list[list[Button]] = [[(turn.label("roles.button.add"), RolePress(RoleOp.ADD, role))]]
    buttons.extend(
        [
            (
                turn.label("roles.button.remove", name=p.full_name),
                RolePress(RoleOp.REMOVE, role, p.id),
            )
        ]
        for p in members
    )
    text = "\n".join(lines)
    if edit:
        await turn.edit(text, buttons)
    else:
        await turn.reply(text, buttons)
