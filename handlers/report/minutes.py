"""/notulen: what was said about an agenda item (or in the rondvraag), by the minute-taker or
the board, during the meeting or in the two days after; as a reply to a message showing a
meeting (its agenda, announcement or reminder), for that meeting."""

from __future__ import annotations

from typing import Any

from domain.agenda import ItemState
from domain.errors import DomainError
from domain.formats import is_rondvraag, split_standard, standard_part
from domain.meetings import Meeting
from domain.minutes import ITEM, RONDVRAAG, clean_note, split_note
from handlers.actions.meeting import meeting_day, meeting_now
from handlers.formats.builtin import format_of
from handlers.formats.text import standard_lines
from handlers.kit.callbacks import StaleButton
from handlers.kit.prompting import pressed_prompt
from handlers.kit.text import short
from handlers.kit.turn import Turn
from handlers.meetings.lifecycle import rotation_jobs
from handlers.meetings.numbers import item_at
from handlers.report.build import entries
from handlers.report.keyboards import NotePick, note_buttons
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo
from storage.people import PeopleRepo
from storage.report import ReportRepo

QUOTED = 80  # characters of the note quoted back in the question


async def minutes_command(turn: Turn) -> None:
    """/notulen <nummer>: <tekst> | /notulen rondvraag: <tekst>."""
    turn.require_group()
    assert turn.user is not None
    meeting = await _meeting(turn)
    await require_minute_taker(turn, meeting)
    await _take(turn, meeting, turn.text_after_command)


async def _take(turn: Turn, meeting: Meeting, text: str) -> None:
    """A note for a standard item by its word ("mededelingen: ..."), an item by its number,
    or the rondvraag; without either, the agenda with its numbers."""
    fmt = await format_of(await turn.conn(), turn.chat, meeting.kind)
    title, rest = split_standard(fmt, text)
    if title is not None and rest:
        assert turn.user is not None
        note = clean_note(rest)
        part = RONDVRAAG if is_rondvraag(title) else standard_part(title)
        await ReportRepo(await turn.conn()).add_note(
            meeting.id, part, None, note, turn.user.id, turn.now()
        )
        if part == RONDVRAAG:
            await turn.reply(turn.t("minutes.saved_rondvraag"))
        else:
            await turn.reply(turn.t("minutes.saved_standard", title=title))
        return
    target, rest = split_note(text)
    if target is None and text.strip():
        await _ask_which(turn, meeting, text)  # the note typed without its item: kept, asked
        return
    if target is None or not rest:
        await _which(turn, meeting)
        return
    await _note(turn, meeting, target, rest)


async def _note(
    turn: Turn, meeting: Meeting, target: int | str, rest: str, *, edit: bool = False
) -> None:
    """Store a note on item `target` (its number) or in the rondvraag, and confirm it (`edit`:
    in the pressed question); an item with a note was discussed."""
    assert turn.user is not None
    text = clean_note(rest)
    conn = await turn.conn()
    repo = ReportRepo(conn)
    say = turn.edit if edit else turn.reply
    if target == RONDVRAAG:
        await repo.add_note(meeting.id, RONDVRAAG, None, text, turn.user.id, turn.now())
        await say(turn.t("minutes.saved_rondvraag"))
        return
    assert isinstance(target, int)
    item = await item_at(turn, meeting, target)
    await repo.add_note(meeting.id, ITEM, item.id, text, turn.user.id, turn.now())
    if item.state is ItemState.OPEN and item.meeting_id == meeting.id:  # it was discussed
        await AgendaRepo(conn).set_state(item.id, ItemState.DISCUSSED, turn.now())
    await say(turn.t("minutes.saved", number=target, item=item.text))


PICK = "minutes_pick"  # "Bij welk punt hoort dit?" with the note kept (buttons, or a typed number)


async def _ask_which(turn: Turn, meeting: Meeting, text: str) -> None:
    """ "/notulen Iedereen was het eens over het hek": the note is kept with a question whose
    buttons are the agenda's items and the rondvraag, so nobody types it again."""
    note = clean_note(text)  # too long or empty: said now, not after the press
    assert turn.user is not None
    conn = await turn.conn()
    items = [(entry.number, entry.item.text) for entry in await entries(conn, turn.chat, meeting)]
    question = turn.t("minutes.pick", note=short(note, QUOTED))
    sent = await turn.reply(question, note_buttons(turn.lang, items), quote=True)
    payload = {"note": note, "meeting": meeting.id}
    await (await turn.prompts()).add(
        turn.chat.id, sent.message_id, turn.user.id, PICK, payload, turn.now()
    )
    await turn.unit.commit()


async def on_pick(turn: Turn) -> None:
    """rpt:n:<number>: the kept note goes with that item (0: the rondvraag), once."""
    number = turn.button(NotePick).number
    await _picked(turn, number, edit=True)


async def on_pick_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The item typed in answer ("2", "punt 2", "rondvraag") instead of pressed."""
    said = " ".join(answer.casefold().strip(" .!:").split()).removeprefix("punt ")
    if said.isdigit():
        await _store(turn, payload, int(said), edit=False)
    elif said in ("rondvraag", "any other business", "aob"):
        await _store(turn, payload, 0, edit=False)
    else:
        raise DomainError("minutes.pick_again")  # rolled back: the question stays open


async def _picked(turn: Turn, number: int, *, edit: bool) -> None:
    prompt = await pressed_prompt(turn, PICK, board_too=True)
    await _store(turn, prompt.payload, number, edit=edit)


async def _store(turn: Turn, payload: dict[str, Any], number: int, *, edit: bool) -> None:
    meeting = await MeetingRepo(await turn.conn()).get(int(payload["meeting"]))
    if meeting is None:
        raise StaleButton()
    target: int | str = number if number else RONDVRAAG
    await _note(turn, meeting, target, str(payload["note"]), edit=edit)


async def _meeting(turn: Turn) -> Meeting:
    """The meeting a reply points at (a bot message showing it), else the one going on or
    held in the last two days."""
    message = turn.message
    replied = message.reply_to_message if message is not None else None
    meeting = None
    if replied is not None:
        meeting = await ReportRepo(await turn.conn()).of_message(turn.chat.id, replied.message_id)
    meeting = meeting or await meeting_now(turn)
    if meeting is None:
        raise DomainError("minutes.no_meeting")
    return meeting


async def require_minute_taker(turn: Turn, meeting: Meeting) -> None:
    """The minute-taker (as named, or by the rotation) or anyone of the board."""
    assert turn.user is not None
    if (await turn.standing()).is_board:
        return
    board = [person.id for person in await turn.board()]
    conn = await turn.conn()
    _chair, minutes = await rotation_jobs(conn, meeting, board)
    if minutes == turn.user.id:
        return
    person = await PeopleRepo(conn).get(minutes) if minutes is not None else None
    raise DomainError("minutes.not_allowed", name=person.full_name if person else "-")


async def _which(turn: Turn, meeting: Meeting) -> None:
    """No number: the agenda with its numbers, and how to write a note."""
    day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
    conn = await turn.conn()
    fmt = await format_of(conn, turn.chat, meeting.kind)
    lines = [turn.t("minutes.which", day=day), *standard_lines(turn.lang, fmt.before)]
    lines += [
        turn.t("minutes.line", number=entry.number, text=entry.item.text)
        for entry in await entries(conn, turn.chat, meeting)
    ]
    lines += standard_lines(turn.lang, fmt.after)
    lines.append(turn.t("minutes.how"))
    await turn.reply("\n".join(lines))


async def on_agenda_reply(turn: Turn, message_id: int, text: str) -> bool:
    """ "2: wat er besproken is" typed as a reply to a message showing a meeting (its final
    agenda, say) while notes are taken for it: the same as /notulen. A reply to an older
    meeting's message is not ours."""
    if turn.chat.is_private or turn.user is None:
        return False
    meeting = await ReportRepo(await turn.conn()).of_message(turn.chat.id, message_id)
    current = await meeting_now(turn)
    if meeting is None or current is None or meeting.id != current.id:
        return False
    await require_minute_taker(turn, meeting)
    await _take(turn, meeting, text)
    return True
