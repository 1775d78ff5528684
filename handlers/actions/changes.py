"""What happens to an action: done, taken over, dropped with a reason, postponed; each one
transaction, logged on its timeline, its reminders following."""

from __future__ import annotations

from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import Action, ActionState, Change, Owner
from domain.errors import DomainError
from domain.models import Chat
from handlers.actions.card import access_action, chat_of, redraw
from handlers.actions.events import REMIND, schedule_reminders
from handlers.actions.keyboards import ListPage
from handlers.actions.text import due_text, owner_names
from handlers.kit.turn import Turn
from storage.actions import ActionRepo
from storage.due import DueRepo

DROP_PROMPT = "action_drop"
DUE_PROMPT = "action_due"


async def changeable(turn: Turn, action_id: int) -> Action:
    """The action, if it is this group's (or yours, in private), open, and yours to change (an
    owner or the board)."""
    action = await access_action(turn, action_id)
    assert turn.user is not None
    action.require_change_right(turn.user.id, await turn.standing_in(action.chat_id))
    action.require_open()
    return action


async def mark_done(turn: Turn, action: Action, back: ListPage | None) -> None:
    assert turn.user is not None
    conn = await turn.conn()
    repo = ActionRepo(conn)
    now = turn.now()
    await repo.close(action.id, ActionState.DONE, now)
    await repo.log(action.id, Change.DONE, turn.user.id, now)
    await DueRepo(conn).cancel_target(REMIND, action.id)
    await redraw(turn, action.id, back)
    await turn.notice(turn.t("action.done", number=action.number))


async def take_over(turn: Turn, action: Action, back: ListPage | None) -> None:
    """ "Overnemen": you become the only owner; the timeline says who it was."""
    assert turn.user is not None
    if action.member_ids == {turn.user.id} and len(action.owners) == 1:
        raise DomainError("action.already_yours", number=action.number)
    previous = owner_names(turn.lang, action.owners)
    repo = ActionRepo(await turn.conn())
    now = turn.now()
    await repo.set_owners(action.id, [Owner(name=turn.user.first_name, user_id=turn.user.id)])
    await repo.log(action.id, Change.TAKEN_OVER, turn.user.id, now, previous)
    await remind_new_member(turn, action)
    await redraw(turn, action.id, back)
    await turn.notice(turn.t("action.taken", number=action.number))


async def remind_new_member(turn: Turn, before: Action) -> None:
    """An action of an outside party or a name typed as text had no reminders: once a member
    does it (taken over, owners corrected, a name linked), it has them from now on."""
    if before.member_ids:
        return
    now = await ActionRepo(await turn.conn()).get(before.id)
    assert now is not None
    if now.member_ids:
        await schedule_reminders(turn, now, await chat_of(turn, now))
        await turn.svc.engine.changed()


async def ask_reason(turn: Turn, action: Action, payload: dict[str, Any] | None = None) -> None:
    question = turn.t("action.ask_reason", number=action.number, what=action.text)
    await turn.ask(question, DROP_PROMPT, payload or {"id": action.id})


async def ask_due(turn: Turn, action: Action, problem: str | None = None) -> None:
    question = turn.t("action.ask_due", number=action.number, what=action.text)
    if problem is not None:
        question = turn.t(problem) + "\n\n" + question
    await turn.ask(question, DUE_PROMPT, {"id": action.id})


async def on_drop_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The reason for "niet doen"."""
    action = await changeable(turn, int(payload.get("id", 0)))
    assert turn.user is not None
    reason = " ".join(answer.split())[:300]
    if not reason:
        await ask_reason(turn, action, payload)
        return
    conn = await turn.conn()
    repo = ActionRepo(conn)
    now = turn.now()
    await repo.close(action.id, ActionState.DROPPED, now, reason)
    await repo.log(action.id, Change.DROPPED, turn.user.id, now, reason)
    await DueRepo(conn).cancel_target(REMIND, action.id)
    await turn.reply(
        turn.t("action.dropped", number=action.number, what=action.text, reason=reason)
    )


def read_due(turn: Turn, answer: str, chat: Chat) -> tuple[date, time | None] | str:
    """A new due date (and time) in the group's zone, through the date reader (a vague one is
    asked back); or the problem to ask again with: no date, or one already past."""
    tz = ZoneInfo(chat.timezone)
    now = turn.now()
    _rest, when = turn.split_when(answer)
    if when is None:
        return "action.bad_due"
    local = when.moment.astimezone(tz)
    if (when.moment <= now) if when.has_time else (local.date() < now.astimezone(tz).date()):
        return "action.bad_due_past"
    return local.date(), local.time().replace(second=0, microsecond=0) if when.has_time else None


async def on_due_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new date for "uitstellen"."""
    action = await changeable(turn, int(payload.get("id", 0)))
    assert turn.user is not None
    chat = await chat_of(turn, action)
    now = turn.now()
    read = read_due(turn, answer, chat)
    if isinstance(read, str):
        await ask_due(turn, action, read)
        return
    new_date, new_time = read
    conn = await turn.conn()
    repo = ActionRepo(conn)
    old = action.due_date.isoformat() if action.due_date else ""
    await repo.set_due(action.id, new_date, new_time)
    await repo.log(action.id, Change.POSTPONED, turn.user.id, now, f"{old}>{new_date.isoformat()}")
    await DueRepo(conn).cancel_target(REMIND, action.id)
    moved = await repo.get(action.id)
    assert moved is not None
    await schedule_reminders(turn, moved, chat)
    due = due_text(turn.lang, chat, moved, now) or ""
    await turn.reply(turn.t("action.postponed", number=action.number, what=action.text, due=due))
    await turn.svc.engine.changed()
