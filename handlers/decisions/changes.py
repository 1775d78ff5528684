"""Correcting a decision: its text (a reply prompt), its agenda item (buttons), removing it (the
board, after "Weet je het zeker?"). Each is one transaction with its line on the timeline."""

from __future__ import annotations

from typing import Any

from domain.agenda import AgendaItem, ItemState
from domain.decisions import Change, Decision, check_text
from domain.errors import DomainError
from domain.roles import Role
from handlers.decisions.card import changeable, redraw
from handlers.decisions.create import logged_lines
from handlers.decisions.keyboards import (
    DecisionPage,
    ItemChoice,
    back_rows,
    confirm_buttons,
    edit_row,
    item_buttons,
    logged_buttons,
)
from handlers.kit.callbacks import STALE
from handlers.kit.turn import Turn
from handlers.kit.undo import within
from handlers.meetings.access import access_item
from storage.agenda import AgendaRepo
from storage.decisions import DecisionRepo
from storage.meetings import MeetingRepo

TEXT_PROMPT = "decision_new_text"


async def ask_text(turn: Turn, decision: Decision, back: DecisionPage | None = None) -> None:
    """ "Wat is de nieuwe tekst van besluit 4?": the answer replaces it; the card follows (still
    leading back to the list it was opened from)."""
    card = turn.message.message_id if turn.message is not None else None
    question = turn.t("decision.ask_text", number=decision.number, what=decision.text)
    payload: dict[str, Any] = {"id": decision.id, "card": card}
    if back is not None:
        payload |= {"page": back.page, "search": back.search}
    await turn.ask(question, TEXT_PROMPT, payload)


async def on_text_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new text: checked, stored with the old one on the timeline, the card redrawn."""
    decision = await changeable(turn, int(payload.get("id", 0)))
    back = None
    if payload.get("page") is not None:
        back = DecisionPage(int(payload["page"]), str(payload.get("search", "")))
    if not answer.strip():
        await ask_text(turn, decision, back)
        return
    text = check_text(answer)
    if text == decision.text:
        raise DomainError("decision.same_text", number=decision.number)
    assert turn.user is not None
    repo = DecisionRepo(await turn.conn())
    await repo.set_text(decision.id, text)
    await repo.log(decision.id, Change.TEXT, turn.user.id, turn.now(), decision.text)
    await turn.reply(turn.t("decision.text_changed", number=decision.number, what=text))
    if payload.get("card"):
        await redraw(turn, decision.id, int(payload["card"]), back)


async def offer_items(turn: Turn, decision: Decision) -> None:
    """The meeting's agenda items as buttons, in place of the card."""
    if decision.meeting_id is None:
        raise DomainError(STALE)
    items = await AgendaRepo(await turn.conn()).of_meeting(turn.chat.id, decision.meeting_id)
    if not items:
        raise DomainError("decision.no_items", number=decision.number)
    text = turn.t("decision.logged", number=decision.number, what=decision.text)
    text += "\n\n" + turn.t("decision.which_item")
    await turn.edit(text, item_buttons(turn.lang, decision, items))


async def choose_item(turn: Turn, choice: ItemChoice) -> None:
    """The decision goes with this item of its meeting (0: with none of them)."""
    decision = await changeable(turn, choice.decision_id)
    if decision.meeting_id is None:
        raise DomainError(STALE)
    conn = await turn.conn()
    item: AgendaItem | None = None
    if choice.item_id:
        item = await access_item(turn, choice.item_id)
        if item.meeting_id != decision.meeting_id:
            raise DomainError(STALE)
    lines = []
    new = item.id if item is not None else None
    if new != decision.agenda_item_id:
        assert turn.user is not None
        now = turn.now()
        repo = DecisionRepo(conn)
        old = await _item_of(turn, decision)
        await repo.link_item(decision.id, new)
        await repo.log(decision.id, Change.ITEM, turn.user.id, now, old.text if old else "")
        if item is not None:
            await AgendaRepo(conn).set_state(item.id, ItemState.DISCUSSED, now)
        lines = await released(turn, decision, old)
    meeting = await MeetingRepo(conn).get(decision.meeting_id)
    lines = logged_lines(turn, decision, meeting, item) + lines
    buttons = [edit_row(turn.lang, decision)]
    if within(decision.created_at, turn.now()):
        buttons = logged_buttons(turn.lang, decision)
    await turn.edit("\n".join(lines), buttons)


async def ask_remove(turn: Turn, decision: Decision, back: DecisionPage | None = None) -> None:
    """ "Weet je het zeker?": removing reaches everyone's lists and the report."""
    await turn.require(Role.BOARD)
    text = turn.t("decision.confirm_remove", number=decision.number, what=decision.text)
    await turn.edit(text, confirm_buttons(turn.lang, decision, back))


async def remove(turn: Turn, decision: Decision, back: DecisionPage | None = None) -> None:
    """Off /besluiten and the report, kept on record with who removed it (the board)."""
    await turn.require(Role.BOARD)
    assert turn.user is not None
    conn = await turn.conn()
    repo = DecisionRepo(conn)
    now = turn.now()
    if not await repo.remove(decision.id, turn.user.id, now):
        raise DomainError("decision.removed", number=decision.number)
    await repo.log(decision.id, Change.REMOVED, turn.user.id, now)
    old = await _item_of(turn, decision)
    lines = [turn.t("decision.removed_done", number=decision.number, what=decision.text)]
    lines += await released(turn, decision, old)
    await turn.edit("\n".join(lines), back_rows(turn.lang, back))


async def released(turn: Turn, decision: Decision, item: AgendaItem | None) -> list[str]:
    """The item this decision left is open again when nothing else was decided on it and its
    meeting is still to come or going on: logging the decision had marked it discussed, so
    the correction takes that back too (the agenda's ✅ sets it again). Says so, or nothing."""
    if item is None or item.state is not ItemState.DISCUSSED or item.meeting_id is None:
        return []
    conn = await turn.conn()
    if await DecisionRepo(conn).others_on_item(item.id, decision.id):
        return []
    meeting = await MeetingRepo(conn).get(item.meeting_id)
    if meeting is None or meeting.ends_at <= turn.now():
        return []
    await AgendaRepo(conn).set_state(item.id, ItemState.OPEN, turn.now())
    return [turn.t("decision.item_open_again", item=item.text)]


async def _item_of(turn: Turn, decision: Decision) -> AgendaItem | None:
    if decision.agenda_item_id is None:
        return None
    return await AgendaRepo(await turn.conn()).get(decision.agenda_item_id)
