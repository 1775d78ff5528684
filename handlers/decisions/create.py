"""/besluit: the board logs a decision, linked to the meeting it was taken in and, with
"/besluit 3: ..." or a button, to an agenda item; /besluit 4 shows decision 4 to correct it."""

from __future__ import annotations

from typing import Any

from domain.actions import number_alone
from domain.agenda import AgendaItem, ItemState
from domain.decisions import Decision, check_text, split_item_number
from domain.errors import DomainError
from domain.meetings import Meeting
from domain.roles import Role
from handlers.actions.events import keep_schedules
from handlers.actions.meeting import meeting_day, meeting_now
from handlers.decisions.card import show
from handlers.decisions.keyboards import item_buttons, logged_buttons
from handlers.decisions.numbered import ItemOrText, ask, pressed, typed
from handlers.kit.text import short
from handlers.kit.turn import Button, Turn
from handlers.meetings.numbers import bare_item, item_numbered
from storage.agenda import AgendaRepo
from storage.decisions import DecisionRepo
from storage.report import ReportRepo

PROMPT = "decision_text"  # the reply to "Wat is het besluit?"
ITEM_QUOTED = 80  # the agenda item quoted in a decision's confirmation


async def decide(turn: Turn) -> None:
    """/besluit <tekst> (board), /besluit 3: <tekst> for agenda item 3, or as a reply to the
    meeting's agenda message (then the bot asks which item). Without a text it asks for one;
    /besluit 4 shows decision 4, with the buttons that correct it."""
    turn.require_group()
    number = number_alone(turn.text_after_command)
    if number is not None:
        await show(turn, number)
        return
    await turn.require(Role.BOARD)
    message = turn.message
    replied = message.reply_to_message if message is not None else None
    shown = None  # the bot message showing a meeting that this /besluit replies to
    if replied is not None and replied.from_user is not None and replied.from_user.is_bot:
        shown = replied.message_id
    await log(turn, " ".join(turn.text_after_command.split()), shown)


async def on_text_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "Wat is het besluit?": logged as if typed after /besluit (with the item
    number typed before, if any)."""
    turn.require_group()
    await turn.require(Role.BOARD)
    number = payload.get("item")
    text = " ".join(answer.split())
    if number is not None and text and split_item_number(text)[0] is None:
        text = f"{int(number)}: {text}"
    shown = payload.get("message")
    await log(turn, text, int(shown) if shown is not None else None)


async def on_item_press(turn: Turn, press: ItemOrText) -> None:
    """ "Bij punt 1" or "Zonder agendapunt" pressed: logged as if typed that way."""
    turn.require_group()
    choice = await pressed(turn, press)
    await log(turn, choice.text, choice.shown, by=choice.by, settled=True)


async def on_item_typed(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The same choice typed as a reply to the question."""
    turn.require_group()
    choice = await typed(turn, answer, payload)
    await log(turn, choice.text, choice.shown, by=choice.by, settled=True)


async def log(
    turn: Turn, text: str, shown: int | None, *, by: int | None = None, settled: bool = False
) -> None:
    """Log the decision `text` ("3: tekst" for an item) in the name of `by` (the writer, who
    may not be the one who settled a question); an empty text is asked for. A bare number
    first that is an agenda item ("1 akkoord") is asked about, unless `settled`."""
    assert turn.user is not None
    conn = await turn.conn()
    now = turn.now()
    meeting = None
    if shown is not None:
        meeting = await ReportRepo(conn).of_message(turn.chat.id, shown)
    if meeting is None:
        meeting = await meeting_now(turn)
    number, rest = split_item_number(text)
    if number is not None and meeting is None:  # "2: ..." names an item of no meeting
        raise DomainError("item.no_meeting", number=number)
    if not (rest if number is not None else text):
        await _ask(turn, number, shown)
        return
    bare = None if settled else await bare_item(turn, meeting, text)
    if bare is not None:
        check_text(text)  # a text too long is refused now, not after the press
        await ask(turn, text, bare, shown)
        return
    item: AgendaItem | None = None
    choices: list[AgendaItem] = []  # a number a move gave another item: which one was meant?
    if number is not None and meeting is not None:
        numbered = await item_numbered(turn, meeting, number)
        item, choices = numbered.item, numbered.choices
        text = rest
    text = check_text(text)
    decision = await DecisionRepo(conn).add(
        turn.chat.id,
        text,
        turn.user.id if by is None else by,
        now,
        meeting_id=meeting.id if meeting else None,
        agenda_item_id=item.id if item else None,
    )
    if item is not None:
        await AgendaRepo(conn).set_state(item.id, ItemState.DISCUSSED, now)
    await keep_schedules(turn)
    lines = logged_lines(turn, decision, meeting, item)
    buttons: list[list[Button]] = logged_buttons(turn.lang, decision)
    if choices and meeting is not None:
        lines.append(turn.t("decision.renumbered", number=number))
        buttons = item_buttons(turn.lang, decision, choices) + buttons
        await AgendaRepo(conn).shown(turn.chat.id, meeting.id)  # the numbers are asked now
    elif item is None and meeting is not None and shown is not None:
        items = await AgendaRepo(conn).of_meeting(turn.chat.id, meeting.id)
        if items:
            lines.append(turn.t("decision.which_item"))
            buttons = item_buttons(turn.lang, decision, items) + buttons
    await turn.reply("\n".join(lines), buttons)
    await turn.svc.engine.changed()


async def _ask(turn: Turn, number: int | None, shown: int | None) -> None:
    """ "Wat is het besluit?" as a reply prompt, remembering the item and the meeting message."""
    payload: dict[str, Any] = {}
    if number is not None:
        payload["item"] = number
    if shown is not None:
        payload["message"] = shown
    if number is None:
        question = turn.t("decision.ask")
    else:
        question = turn.t("decision.ask.item", number=number)
    await turn.ask(question, PROMPT, payload)


def logged_lines(
    turn: Turn, decision: Decision, meeting: Meeting | None, item: AgendaItem | None
) -> list[str]:
    """ "📌 Besluit 4 bij punt 3 ‘Parkeeroverlast Duinstraat’: ..." (the item quoted, so a
    wrong number shows at once), and the meeting it belongs to."""
    if item is None:
        lines = [turn.t("decision.logged", number=decision.number, what=decision.text)]
    else:
        lines = [
            turn.t(
                "decision.logged_on_item",
                number=decision.number,
                item_number=item.number,
                item=short(item.text, ITEM_QUOTED),
                what=decision.text,
            )
        ]
    if meeting is not None:
        day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
        lines.append(turn.t("decision.in_meeting", day=day))
    return lines
