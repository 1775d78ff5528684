"""One action shown: /actie 12, a number pressed in a list; the one ownership check."""

from __future__ import annotations

from domain.actions import Action, ActionState, similar_people
from domain.errors import DomainError
from domain.models import Chat, Person
from handlers.actions.keyboards import ListPage, card_buttons, edit_buttons
from handlers.actions.parse import known_people
from handlers.actions.text import card_text
from handlers.kit.callbacks import STALE
from handlers.kit.turn import Button, Turn
from storage.actions import ActionRepo

MAX_LINKS = 2  # members offered for one name typed as text


async def access_action(turn: Turn, action_id: int) -> Action:
    """The action a button or a question names, only in its own group (or, in private, one of
    your groups): another group's is refused, a deleted one is a stale button."""
    action = await ActionRepo(await turn.conn()).get(action_id)
    if action is None:
        raise DomainError(STALE)
    return await turn.own(action, private=True, refusal="action.other_group")


async def chat_of(turn: Turn, action: Action) -> Chat:
    """The action's group: this chat, or (pressed in private) the group it belongs to."""
    if action.chat_id == turn.chat.id:
        return turn.chat
    chat = await (await turn.chats()).get(action.chat_id)
    if chat is None:
        raise DomainError(STALE)
    return chat


async def card(
    turn: Turn, action: Action, back: ListPage | None, *, editing: bool = False
) -> tuple[str, list[list[Button]]]:
    """The card and its buttons; `editing`: the buttons that correct it ("✏️ Wijzigen")."""
    chat = await chat_of(turn, action)
    timeline = await ActionRepo(await turn.conn()).timeline(action.id)
    in_group = not turn.chat.is_private
    text = card_text(turn.lang, chat, action, timeline, turn.now(), in_group=in_group)
    if editing:
        return text, edit_buttons(turn.lang, action, back)
    return text, card_buttons(turn.lang, action, back, await links(turn, action))


async def links(turn: Turn, action: Action) -> list[tuple[int, str, Person]]:
    """Owners typed as a name that may be a member of the group: (position, name, member).
    Offered as a button, never linked by themselves: "Jan" is a common name, and a stranger's
    reminders (privately, too) would go to the wrong Jan."""
    if turn.chat.id != action.chat_id or action.state is not ActionState.OPEN:
        return []
    plain = [(n, o) for n, o in enumerate(action.owners, start=1) if o.user_id is None]
    plain = [(n, o) for n, o in plain if o.party is None]
    if not plain:
        return []
    people = await known_people(turn)
    taken = action.member_ids
    found: list[tuple[int, str, Person]] = []
    for position, owner in plain:
        for person in similar_people(owner.name, people)[:MAX_LINKS]:
            if person.id not in taken:
                found.append((position, owner.name, person))
    return found


async def redraw(turn: Turn, action_id: int, back: ListPage | None) -> None:
    """The pressed card again, as the action stands now."""
    await redraw_message(turn, action_id, None, back)


async def redraw_message(
    turn: Turn, action_id: int, message_id: int | None, back: ListPage | None
) -> None:
    """The card again as the action stands now: the pressed message, or `message_id` (the
    card a question was asked from)."""
    action = await ActionRepo(await turn.conn()).get(action_id)
    assert action is not None
    text, buttons = await card(turn, action, back)
    if message_id is None:
        await turn.edit(text, buttons)
    else:
        await turn.edit_message(message_id, text, buttons)


async def show(turn: Turn, number: int) -> None:
    """/actie 12: the action with its timeline and, while it is open, its buttons. In private:
    action 12 of your groups, yours first when more than one group has a 12."""
    repo = ActionRepo(await turn.conn())
    action: Action | None = None
    if turn.chat.is_private:
        assert turn.user is not None
        groups = await (await turn.people()).chats_of(turn.user.id)
        found = [a for g in groups if (a := await repo.by_number(g, number)) is not None]
        mine = [a for a in found if turn.user.id in a.member_ids]
        if len(mine) == 1 or len(found) == 1:
            action = (mine or found)[0]
    else:
        action = await repo.by_number(turn.chat.id, number)
    if action is None:
        raise DomainError("action.not_found", number=number)
    text, buttons = await card(turn, action, None)
    await turn.reply(text, buttons)
