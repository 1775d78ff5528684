"""/notulen: what was said about an agenda item (or in the rondvraag), by the minute-taker or
the board, during the meeting or in the two days after; as a reply to a message showing a
meeting (its agenda, announcement or reminder), for that meeting."""

from __future__ import annotations

from domain.agenda import ItemState
from domain.errors import DomainError
from domain.formats import is_rondvraag, split_standard, standard_part
from domain.meetings import Meeting
from domain.minutes import ITEM, RONDVRAAG, clean_note, split_note
from handlers.actions.meeting import meeting_day, meeting_now
from handlers.formats.builtin import format_of
from handlers.formats.text import standard_lines
from handlers.kit.turn import Turn
from handlers.meetings.lifecycle import rotation_jobs
from handlers.meetings.numbers import item_at
from handlers.report.build import entries
from storage.agenda import AgendaRepo
from storage.people import PeopleRepo
from storage.report import ReportRepo


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
    if target is None or not rest:
        await _which(turn, meeting)
        return
    await _note(turn, meeting, target, rest)


async def _note(turn: Turn, meeting: Meeting, target: int | str, rest: str) -> None:
    """Store a note on item `target` (its number) or in the rondvraag, and confirm it; an item
    with a note was discussed."""
    assert turn.user is not None
    text = clean_note(rest)
    conn = await turn.conn()
    repo = ReportRepo(conn)
    if target == RONDVRAAG:
        await repo.add_note(meeting.id, RONDVRAAG, None, text, turn.user.id, turn.now())
        await turn.reply(turn.t("minutes.saved_rondvraag"))
        return
    assert isinstance(target, int)
    item = await item_at(turn, meeting, target)
    await repo.add_note(meeting.id, ITEM, item.id, text, turn.user.id, turn.now())
    if item.state is ItemState.OPEN and item.meeting_id == meeting.id:  # it was discussed
        await AgendaRepo(conn).set_state(item.id, ItemState.DISCUSSED, turn.now())
    await turn.reply(turn.t("minutes.saved", number=target, item=item.text))


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
