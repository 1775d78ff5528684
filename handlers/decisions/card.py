"""One decision shown: /besluit 4, a number pressed in /besluiten, the card its buttons edit in
place; the one ownership check."""

from __future__ import annotations

from datetime import datetime

from domain.decisions import Change, Decision
from domain.errors import DomainError
from handlers.actions.meeting import meeting_day
from handlers.decisions.keyboards import DecisionPage, card_buttons
from handlers.i18n import format_moment
from handlers.kit.turn import Button, Turn
from storage.agenda import AgendaRepo
from storage.decisions import DecisionRepo
from storage.meetings import MeetingRepo

TIMELINE_KEY = {
    Change.TEXT: "decision.timeline.text",
    Change.ITEM: "decision.timeline.item",
    Change.REMOVED: "decision.timeline.removed",
}


async def access_decision(turn: Turn, decision_id: int) -> Decision:
    """The decision a button or a question names, only in its own group."""
    return await turn.own(await DecisionRepo(await turn.conn()).get(decision_id))


async def changeable(turn: Turn, decision_id: int) -> Decision:
    """The decision, if it is this group's, still on record, and yours to correct (you logged
    it, or you are on the board)."""
    turn.require_group()
    decision = await access_decision(turn, decision_id)
    assert turn.user is not None
    decision.require_change_right(turn.user.id, await turn.standing())
    decision.require_present()
    return decision


async def card(
    turn: Turn, decision: Decision, back: DecisionPage | None = None
) -> tuple[str, list[list[Button]]]:
    """ "📌 Besluit 4: ...", its meeting and item, and everything that happened to it; the
    buttons that correct it for who may, back to the list it was opened from."""
    conn = await turn.conn()
    lines = [turn.t("decision.card.title", number=decision.number, what=decision.text)]
    if decision.meeting_id is not None:
        meeting = await MeetingRepo(conn).get(decision.meeting_id)
        if meeting is not None:
            day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
            lines.append(turn.t("decision.in_meeting", day=day))
    if decision.agenda_item_id is not None:
        item = await AgendaRepo(conn).get(decision.agenda_item_id)
        if item is not None:
            lines.append(turn.t("decision.on_item", number=item.number, item=item.text))
    if decision.removed_at is not None:
        lines.append(turn.t("decision.card.removed"))
    lines += ["", turn.t("decision.card.timeline")]
    lines.append(
        turn.t(
            "decision.timeline.created",
            when=_when(turn, decision.created_at),
            by=decision.creator_name or "?",
        )
    )
    for entry in await DecisionRepo(conn).timeline(decision.id):
        detail = entry.detail or turn.t("decision.timeline.no_item")
        lines.append(
            turn.t(
                TIMELINE_KEY[entry.change],
                when=_when(turn, entry.at),
                by=entry.by_name or "?",
                detail=detail,
            )
        )
    assert turn.user is not None
    changing = decision.may_change(turn.user.id, await turn.standing())
    return "\n".join(lines), card_buttons(turn.lang, decision, back, changing=changing)


def _when(turn: Turn, moment: datetime) -> str:
    return format_moment(moment, turn.lang, turn.tz, now=turn.now())


async def show(turn: Turn, number: int) -> None:
    """/besluit 4: the card, with its buttons for who may correct it."""
    decision = await DecisionRepo(await turn.conn()).by_number(turn.chat.id, number)
    if decision is None:
        raise DomainError("decision.not_found", number=number)
    text, buttons = await card(turn, decision)
    await turn.reply(text, buttons)


async def redraw(
    turn: Turn, decision_id: int, message_id: int | None = None, back: DecisionPage | None = None
) -> None:
    """The card again as the decision stands now: the pressed message, or `message_id`."""
    decision = await DecisionRepo(await turn.conn()).get(decision_id)
    assert decision is not None
    text, buttons = await card(turn, decision, back)
    if message_id is None:
        await turn.edit(text, buttons)
    else:
        await turn.edit_message(message_id, text, buttons)
