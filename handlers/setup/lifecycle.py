"""The group's life: the bot added or removed, members joining, a new title, an upgrade to a
supergroup."""

from __future__ import annotations

from telegram.constants import ChatMemberStatus

from domain.roles import STORED_ROLES, Role
from handlers.kit.turn import Turn

PRESENT = {ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}
GONE = {ChatMemberStatus.LEFT, ChatMemberStatus.BANNED}


async def on_my_chat_member(turn: Turn) -> None:
    """The bot was added to or removed from a group."""
    change = turn.update.my_chat_member
    if change is None or turn.chat.is_private:
        return
    old, new = change.old_chat_member.status, change.new_chat_member.status
    chats = await turn.chats()
    if new in PRESENT and old not in PRESENT:
        await _welcome(turn)
    elif new in GONE and old not in GONE:
        await chats.set_active(turn.chat.id, False, turn.now())
        turn.svc.admins.forget(turn.chat.id)
    elif new in PRESENT:
        turn.svc.admins.forget(turn.chat.id)  # promoted or demoted: admin list may differ


async def on_new_members(turn: Turn) -> None:
    """Someone joined or was added: remember them, so "@naam" finds them before they ever wrote
    to the bot (privacy mode shows the bot only this service message). Greets when it is the
    bot that was added (the service message of a basic group)."""
    message = turn.message
    if message is None:
        return
    people = await turn.people()
    for member in message.new_chat_members:
        if member.is_bot:
            continue
        await people.upsert(
            member.id,
            member.first_name,
            member.last_name,
            member.username,
            member.language_code,
            turn.now(),
        )
        await people.seen_in(turn.chat.id, member.id, turn.now())
    if any(member.id == turn.bot.id for member in message.new_chat_members):
        await _welcome(turn)


LEFT_ROLE = {Role.BOARD: "roles.left.board", Role.GEMEENTE: "roles.left.gemeente"}


async def on_left_member(turn: Turn) -> None:
    """Someone left or was removed (the service message). The bot: the group is inactive.
    A person: the group's records no longer open for them privately (/overzicht, its
    digest, buttons there), and a board or gemeente role they had ends, said in one line."""
    message = turn.message
    if message is None or message.left_chat_member is None:
        return
    member = message.left_chat_member
    if member.id == turn.bot.id:
        await (await turn.chats()).set_active(turn.chat.id, False, turn.now())
        return
    roles = await turn.roles()
    had = [role for role in STORED_ROLES if role in await roles.of(turn.chat.id, member.id)]
    for role in had:
        await roles.remove(turn.chat.id, member.id, role)
    await (await turn.people()).left(turn.chat.id, member.id)
    if had:
        name = member.full_name
        await turn.reply("\n".join(turn.t(LEFT_ROLE[role], name=name) for role in had))


async def _welcome(turn: Turn) -> None:
    """Greet once per arrival: the my_chat_member update and the service message both come. A
    group that had the bot before (its records kept) hears it is back, not the first steps."""
    chats = await turn.chats()
    became_active = await chats.set_active(turn.chat.id, True, turn.now())
    if turn.created:
        await turn.reply(turn.t("greeting", group=turn.chat.name))
    elif became_active:
        await turn.reply(turn.t("greeting.back", group=turn.chat.name))


async def on_migrate(turn: Turn) -> None:
    """A basic group became a supergroup: every row follows the new chat id, in one transaction."""
    message = turn.message
    if message is None:
        return
    if message.migrate_to_chat_id:
        old_id, new_id = turn.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old_id, new_id = message.migrate_from_chat_id, turn.chat.id
    else:
        return
    await (await turn.chats()).migrate(old_id, new_id, turn.now())
    turn.svc.admins.forget(old_id)
    turn.context.application.migrate_chat_data(old_chat_id=old_id, new_chat_id=new_id)


async def on_new_title(turn: Turn) -> None:
    message = turn.message
    if message is not None and message.new_chat_title:
        await (await turn.chats()).set_title(turn.chat.id, message.new_chat_title, turn.now())
