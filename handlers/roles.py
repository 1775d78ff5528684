"""/bestuur and /gemeente: who is on the board, who speaks for the gemeente."""

from __future__ import annotations

from typing import Any

from telegram import MessageEntity, User

from domain.errors import DomainError, UsageError
from domain.models import Person
from domain.roles import Role
from handlers.kit.feature import GROUP, Command, Feature
from handlers.kit.turn import Button, Turn

ADD_WORDS = {"toevoegen", "add", "erbij", "voegtoe"}
REMOVE_WORDS = {"weg", "remove", "verwijder", "verwijderen", "eraf", "del"}
COMMAND_OF = {Role.BOARD: "bestuur", Role.GEMEENTE: "gemeente"}


async def board(turn: Turn) -> None:
    """/bestuur: list the board, or add or remove a member."""
    await _role_command(turn, Role.BOARD)


async def gemeente(turn: Turn) -> None:
    """/gemeente: list the gemeente contacts, or add or remove one."""
    await _role_command(turn, Role.GEMEENTE)


async def _role_command(turn: Turn, role: Role) -> None:
    turn.require_group()
    words = turn.text_after_command.split()
    if not words:
        await _show(turn, role, edit=False)
        return
    verb = words[0].lower()
    if verb in ADD_WORDS:
        adding = True
    elif verb in REMOVE_WORDS:
        adding = False
    else:
        raise UsageError(command=COMMAND_OF[role])
    await turn.require(Role.ADMIN)
    target = await _target(turn, words[1:])
    if target is None:
        key = f"roles.{role.value}.ask" if adding else f"roles.{role.value}.ask_remove"
        await turn.ask(turn.t(key), "role", {"role": role.value, "add": adding})
        return
    await _apply(turn, role, target, adding)


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "who?": an @username (or a text mention) of someone the bot has seen."""
    await turn.require(Role.ADMIN)
    role = Role(str(payload["role"]))
    target = await _target(turn, answer.split())
    if target is None:
        raise DomainError("roles.unknown_user", who=answer or "?")
    await _apply(turn, role, target, bool(payload.get("add", True)))


async def on_callback(turn: Turn) -> None:
    """Buttons under the list: `role:add:<role>` and `role:rm:<role>:<user id>`."""
    turn.require_group()
    await turn.require(Role.ADMIN)
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")
    if len(parts) < 3 or parts[2] not in (Role.BOARD.value, Role.GEMEENTE.value):
        raise DomainError("error.stale_button")
    role = Role(parts[2])
    if parts[1] == "add":
        await turn.ask(turn.t(f"roles.{role.value}.ask"), "role", {"role": role.value, "add": True})
        return
    if parts[1] == "rm" and len(parts) == 4 and parts[3].lstrip("-").isdigit():
        person = await (await turn.people()).get(int(parts[3]))
        if person is None:
            raise DomainError("error.stale_button")
        removed = await (await turn.roles()).remove(turn.chat.id, person.id, role)
        await _show(turn, role, edit=True)
        key = "removed" if removed else "not_there"
        await turn.notice(turn.t(f"roles.{role.value}.{key}", name=person.full_name))
        return
    raise DomainError("error.stale_button")


async def _apply(turn: Turn, role: Role, target: Person, adding: bool) -> None:
    roles = await turn.roles()
    if adding:
        changed = await roles.add(
            turn.chat.id, target.id, role, turn.user.id if turn.user else 0, turn.now()
        )
        key = "added" if changed else "already"
    else:
        changed = await roles.remove(turn.chat.id, target.id, role)
        if not changed and role is Role.BOARD:
            admins = await turn.svc.admins.admins(turn.bot, turn.chat.id)
            if target.id in admins:
                await turn.reply(turn.t("roles.admin_stays", name=target.full_name))
                return
        key = "removed" if changed else "not_there"
    await turn.reply(turn.t(f"roles.{role.value}.{key}", name=target.full_name))


async def _target(turn: Turn, words: list[str]) -> Person | None:
    """Whom a role command is about: the replied-to author, a text mention, or an @username."""
    message = turn.message
    people = await turn.people()
    if message is not None:
        for entity in message.entities:
            if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None:
                return await _remember(turn, entity.user)
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and not words:
            if replied.from_user.is_bot:
                raise DomainError("roles.no_bots")
            return await _remember(turn, replied.from_user)
    for word in words:
        if word.startswith("@") and len(word) > 1:
            if word[1:].lower() == (turn.bot.username or "").lower():
                raise DomainError("roles.no_bots")
            person = await people.by_username(word, turn.chat.id) or await people.by_username(word)
            if person is None:
                raise DomainError("roles.unknown_user", who=word)
            return person
    if words:
        name = " ".join(words)
        found = await people.by_name(name, turn.chat.id)
        if len(found) == 1:
            return found[0]
        raise DomainError("roles.ambiguous" if found else "roles.unknown_user", who=name)
    return None


async def _remember(turn: Turn, user: User) -> Person:
    people = await turn.people()
    person = await people.upsert(
        user.id, user.first_name, user.last_name, user.username, user.language_code, turn.now()
    )
    await people.seen_in(turn.chat.id, user.id, turn.now())
    return person


async def _show(turn: Turn, role: Role, *, edit: bool) -> None:
    """The list of a role, with its actions as buttons (edited in place after a button)."""
    lines = [turn.t(f"roles.{role.value}.title", group=turn.chat.name)]
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
        lines.append(turn.t(f"roles.{role.value}.empty"))
    buttons: list[list[Button]] = [[(turn.label("roles.button.add"), f"role:add:{role.value}")]]
    buttons.extend(
        [(turn.label("roles.button.remove", name=p.full_name), f"role:rm:{role.value}:{p.id}")]
        for p in members
    )
    text = "\n".join(lines)
    if edit:
        await turn.edit(text, buttons)
    else:
        await turn.reply(text, buttons)


FEATURE = Feature(
    "roles",
    commands=(
        Command("bestuur", board, scopes=frozenset({GROUP})),
        Command("gemeente", gemeente, scopes=frozenset({GROUP})),
    ),
    callbacks={"role": on_callback},
    prompts={"role": on_prompt},
)
