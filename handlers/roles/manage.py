"""/bestuur and /gemeente: list a role, or add or remove someone (named, mentioned or replied
to; asked for when not named)."""

from __future__ import annotations

from typing import Any

from telegram import MessageEntity, User

from domain.errors import DomainError, UsageError
from domain.models import Person
from domain.roles import Role
from handlers.kit.turn import Turn
from handlers.roles.listing import TEXTS, show

ADD_WORDS = {"toevoegen", "add", "erbij", "voegtoe"}
REMOVE_WORDS = {"weg", "remove", "verwijder", "verwijderen", "eraf", "del"}


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
        await show(turn, role, edit=False)
        return
    verb = words[0].lower()
    if verb in ADD_WORDS:
        adding = True
    elif verb in REMOVE_WORDS:
        adding = False
    else:
        raise UsageError(command=TEXTS[role].command)
    await turn.require(Role.ADMIN)
    target = await _target(turn, words[1:])
    if target is None:
        await ask_whom(turn, role, adding=adding)
        return
    await _apply(turn, role, target, adding)


async def ask_whom(turn: Turn, role: Role, *, adding: bool) -> None:
    """Who? Answered by replying (kind `role`)."""
    key = TEXTS[role].ask if adding else TEXTS[role].ask_remove
    await turn.ask(turn.t(key), "role", {"role": role.value, "add": adding})


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "who?": an @username (or a text mention) of someone the bot has seen."""
    await turn.require(Role.ADMIN)
    role = Role(str(payload["role"]))
    target = await _target(turn, answer.split())
    if target is None:
        raise DomainError("roles.unknown_user", who=answer or "?")
    await _apply(turn, role, target, bool(payload.get("add", True)))


async def _apply(turn: Turn, role: Role, target: Person, adding: bool) -> None:
    texts = TEXTS[role]
    roles = await turn.roles()
    if adding:
        changed = await roles.add(
            turn.chat.id, target.id, role, turn.user.id if turn.user else 0, turn.now()
        )
        key = texts.added if changed else texts.already
    else:
        changed = await roles.remove(turn.chat.id, target.id, role)
        if not changed and role is Role.BOARD:
            admins = await turn.svc.admins.admins(turn.bot, turn.chat.id)
            if target.id in admins:
                await turn.reply(turn.t("roles.admin_stays", name=target.full_name))
                return
        key = texts.removed if changed else texts.not_there
    await turn.reply(turn.t(key, name=target.full_name))


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
