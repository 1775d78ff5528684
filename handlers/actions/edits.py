"""Correcting an action: its text, who does it, its due date (each a reply prompt), and linking
a name typed as text to the member it turned out to be. Each is one transaction with its line
on the timeline; the card the buttons were pressed on is redrawn, reminders follow the date.

Rights as for the other changes (`changeable`: an owner or the board, while open); who does it
follows the rule for logging one: the board names anyone, an owner only themselves.
"""

from __future__ import annotations

from typing import Any

from domain.actions import (
    PARTIES,
    Action,
    Change,
    Owner,
    check_owners,
    check_text,
    similar_people,
)
from domain.errors import DomainError
from handlers.actions.card import chat_of, redraw_message
from handlers.actions.changes import changeable, read_due, remind_new_member
from handlers.actions.events import REMIND, schedule_reminders
from handlers.actions.keyboards import LinkPress, ListMode, ListPage, list_page
from handlers.actions.owners import SELF, ask_who, from_mentions, names_in
from handlers.actions.parse import Draft, known_people, member_names, read_draft
from handlers.actions.text import due_text, owner_names, summary
from handlers.kit.turn import Turn
from storage.actions import ActionRepo
from storage.due import DueRepo

TEXT_PROMPT = "action_text"
OWNERS_PROMPT = "action_owners"
DATE_PROMPT = "action_date"
OWNERS = "owners"  # what a "Bedoel je ...?" question goes on with: correcting who does it
NO_DATE = frozenset({"geen", "geen datum", "geen einddatum", "none", "no date", "-"})


def _card(turn: Turn, action: Action, back: ListPage | None) -> dict[str, Any]:
    """What a question carries: the action, and the card to redraw once answered."""
    message = turn.message
    payload: dict[str, Any] = {"id": action.id}
    if message is not None:
        payload["card"] = message.message_id
    if back is not None:
        payload["page"], payload["mode"] = back.page, back.mode.value
    return payload


async def _redraw(turn: Turn, payload: dict[str, Any]) -> None:
    if payload.get("card"):
        mode = ListMode(str(payload["mode"])) if payload.get("mode") else None
        back = list_page(int(payload.get("page", 0)), mode)
        await redraw_message(turn, int(payload["id"]), int(payload["card"]), back)


# --- the text ----------------------------------------------------------------------------------
async def ask_text(turn: Turn, action: Action, back: ListPage | None) -> None:
    question = turn.t("action.ask_text", number=action.number, what=action.text)
    await turn.ask(question, TEXT_PROMPT, _card(turn, action, back))


async def on_text_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    action = await changeable(turn, int(payload.get("id", 0)))
    text = check_text(" ".join(answer.split()))
    if not text:
        question = turn.t("action.ask_text", number=action.number, what=action.text)
        await turn.ask(question, TEXT_PROMPT, payload)
        return
    if text == action.text:
        raise DomainError("action.same", number=action.number)
    assert turn.user is not None
    repo = ActionRepo(await turn.conn())
    await repo.set_text(action.id, text)
    await repo.log(action.id, Change.TEXT, turn.user.id, turn.now(), action.text)
    await _changed(turn, action.id, payload)


# --- who does it -------------------------------------------------------------------------------
async def ask_owners(turn: Turn, action: Action, back: ListPage | None) -> None:
    if turn.chat.id != action.chat_id:
        raise DomainError("action.owners_in_group")
    who = owner_names(turn.lang, action.owners)
    question = turn.t("action.ask_owners", number=action.number, what=action.text, who=who)
    await turn.ask(question, OWNERS_PROMPT, _card(turn, action, back))


async def on_owners_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    if not answer.strip():
        action = await changeable(turn, int(payload.get("id", 0)))
        await ask_owners(turn, action, None)
        return
    await set_owners(turn, await read_draft(turn, answer, with_reply=False), payload)


async def set_owners(turn: Turn, draft: Draft, payload: dict[str, Any]) -> None:
    """Who does it, read from the answer as /actie reads owners (also after "Bedoel je
    Bram?": then the draft carries the choice): mentions, @names, members' names, outside
    parties, "ik"; a name close to a member's is asked about, any other name stands as typed."""
    action = await changeable(turn, int(payload.get("id", 0)))
    assert turn.user is not None
    named = await from_mentions(turn, draft)
    names = await member_names(turn)
    typed_names: list[str] = []
    for piece in names_in(named.text):
        low = piece.lower()
        if low in SELF:
            named.owners.append(Owner(name=turn.user.first_name, user_id=turn.user.id))
        elif low in PARTIES:
            named.owners.append(Owner(name=PARTIES[low], party=PARTIES[low]))
        elif low in names:
            named.owners.append(names[low])
        elif draft.member_for(piece) is not None or piece in draft.as_names:
            member = draft.member_for(piece)
            named.owners.append(Owner(name=piece, user_id=member))
        else:
            typed_names.append(piece)
    question = {"flow": OWNERS, "draft": draft.payload(), **payload}
    for typed in named.unsettled:
        if await ask_who(turn, typed, question, always=False):
            return
    if named.unsettled:
        await ask_who(turn, named.unsettled[0], question, always=True)
        return
    for typed in typed_names:
        if await ask_who(turn, typed, question, always=False):
            return
    owners = list(check_owners([*named.owners, *(Owner(name=n) for n in typed_names)]))
    if not owners:
        raise DomainError("action.no_owners")
    action.require_owner_change(turn.user.id, owners, await turn.standing_in(action.chat_id))
    if {o.key for o in owners} == {o.key for o in action.owners}:
        raise DomainError("action.same", number=action.number)
    repo = ActionRepo(await turn.conn())
    await repo.set_owners(action.id, owners)
    previous = owner_names(turn.lang, action.owners)
    await repo.log(action.id, Change.OWNERS, turn.user.id, turn.now(), previous)
    await remind_new_member(turn, action)
    await _changed(turn, action.id, payload)


# --- the due date ------------------------------------------------------------------------------
async def ask_date(turn: Turn, action: Action, back: ListPage | None) -> None:
    await _ask_date(turn, action, _card(turn, action, back))


async def _ask_date(
    turn: Turn, action: Action, payload: dict[str, Any], problem: str | None = None
) -> None:
    chat = await chat_of(turn, action)
    due = due_text(turn.lang, chat, action, turn.now()) or turn.t("action.no_due")
    question = turn.t("action.ask_date", number=action.number, what=action.text, due=due)
    if problem is not None:
        question = turn.t(problem) + "\n\n" + question
    await turn.ask(question, DATE_PROMPT, payload)


async def on_date_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new due date through the date reader (a vague one is asked back), or "geen"."""
    action = await changeable(turn, int(payload.get("id", 0)))
    assert turn.user is not None
    chat = await chat_of(turn, action)
    now = turn.now()
    new_date, new_time = None, None
    if answer.strip().lower().strip(".!") not in NO_DATE:
        read = read_due(turn, answer, chat)
        if isinstance(read, str):
            await _ask_date(turn, action, payload, read)
            return
        new_date, new_time = read
    if (new_date, new_time) == (action.due_date, action.due_time):
        raise DomainError("action.same", number=action.number)
    conn = await turn.conn()
    repo = ActionRepo(conn)
    await repo.set_due(action.id, new_date, new_time)
    old = action.due_date.isoformat() if action.due_date else ""
    new = new_date.isoformat() if new_date else ""
    await repo.log(action.id, Change.DUE, turn.user.id, now, f"{old}>{new}")
    await DueRepo(conn).cancel_target(REMIND, action.id)
    changed = await repo.get(action.id)
    assert changed is not None
    await schedule_reminders(turn, changed, chat)
    await _changed(turn, action.id, payload)
    await turn.svc.engine.changed()


# --- a name that turned out to be a member -----------------------------------------------------
async def link(turn: Turn, press: LinkPress) -> None:
    """ "🔗 bram is Bram de Wit": the owner typed as a name becomes that member, who now gets
    its reminders and finds it under /acties mijn. The member must still be one the name
    may mean (the button is not trusted)."""
    action = await changeable(turn, press.action_id)
    if turn.chat.id != action.chat_id or not 0 < press.position <= len(action.owners):
        raise DomainError("error.stale_button")
    owner = action.owners[press.position - 1]
    if owner.user_id is not None or owner.party is not None:
        raise DomainError("error.stale_button")
    member = next(
        (p for p in similar_people(owner.name, await known_people(turn)) if p.id == press.user_id),
        None,
    )
    if member is None:
        raise DomainError("error.stale_button")
    assert turn.user is not None
    owners = list(action.owners)
    owners[press.position - 1] = Owner(name=member.first_name, user_id=member.id)
    repo = ActionRepo(await turn.conn())
    await repo.set_owners(action.id, check_owners(owners))
    await repo.log(action.id, Change.LINKED, turn.user.id, turn.now(), owner.name)
    await remind_new_member(turn, action)
    await redraw_message(turn, action.id, None, press.back)
    await turn.notice(turn.t("action.linked", name=owner.name, member=member.full_name))


async def _changed(turn: Turn, action_id: int, payload: dict[str, Any]) -> None:
    """ "✏️ Actie 12 is gewijzigd: ..." as it reads now, and its card redrawn."""
    action = await ActionRepo(await turn.conn()).get(action_id)
    assert action is not None
    chat = await chat_of(turn, action)
    now_reads = summary(turn.lang, chat, action, turn.now())
    await turn.reply(turn.t("action.changed", number=action.number, summary=now_reads))
    await _redraw(turn, payload)
