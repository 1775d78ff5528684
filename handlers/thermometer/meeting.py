"""The thermometer and the thermometergesprek: the yearly round opens by itself before one
(setting `thermometer.lead`, at most once a year), and a result goes on the agenda of the
thermometergesprek it prepares (or the next one) as an item linking to its document."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain.errors import DomainError
from domain.meetings import AGENDA_CLOSE, Meeting, MeetingState
from domain.models import Chat
from domain.thermometer import KIND, ONCE_A_YEAR, Thermometer
from handlers.formats.builtin import lead_settings
from handlers.i18n import label, t
from handlers.kit.outbox import Outbox, late_line
from handlers.thermometer.rounds import announcement, ask_privately, link, open_round
from handlers.thermometer.text import day
from schedules.engine import Firing
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo
from storage.settings import SettingsRepo
from storage.thermometer import ThermometerRepo


async def coming_talk(conn: Any, meeting_id: int) -> Meeting | None:
    """The thermometergesprek an event names, while it is still planned."""
    meeting = await MeetingRepo(conn).get(meeting_id)
    if meeting is None or meeting.state is not MeetingState.PLANNED or meeting.kind != KIND:
        return None
    return meeting


async def fire_open(out: Outbox, firing: Firing) -> None:
    """Before a thermometergesprek: the round opens, unless one opened in the past year."""
    chat, meetings = await out.targets(firing, coming_talk)
    if chat is None:
        return
    now = firing.now
    lang = chat.language
    for meeting in meetings:
        if meeting.starts_at <= now:
            continue
        await out.svc.admins.named(out.bot, chat.id)  # asked before the database is held
        try:
            async with out.svc.db.transaction() as conn:
                if await ThermometerRepo(conn).opened_since(chat.id, now - ONCE_A_YEAR):
                    continue
                settings = await SettingsRepo(conn).of(chat.id)
                close = (await lead_settings(conn, chat.id, meeting.kind, settings)).duration(
                    AGENDA_CLOSE
                )
                thermometer, people = await open_round(
                    conn,
                    out.svc,
                    out.bot,
                    chat,
                    settings,
                    now,
                    opened_by=None,
                    meeting_id=meeting.id,
                    closes_before=meeting.starts_at - close if close is not None else None,
                )
        except DomainError as refused:  # nobody on one side yet: the group is told why
            await out.send(
                chat.id, t(lang, refused.key, **refused.params) + late_line(lang, firing)
            )
            continue
        await out.svc.engine.changed()
        reached = await ask_privately(out, chat, thermometer, [p for p, _side in people])
        text = announcement(chat, thermometer, people, reached, link(out.bot, thermometer), now)
        await out.send(chat.id, text + late_line(lang, firing))


async def put_on_agenda(
    conn: Any, chat: Chat, thermometer: Thermometer, document_id: int, now: datetime
) -> None:
    """The result as an item of the thermometergesprek it prepared (or of the next one),
    linking to the document: once, with the result (the caller's transaction)."""
    repo = MeetingRepo(conn)
    meeting = await repo.get(thermometer.meeting_id) if thermometer.meeting_id else None
    if meeting is None or meeting.state is not MeetingState.PLANNED or meeting.starts_at <= now:
        coming = [m for m in await repo.upcoming(thermometer.chat_id, now) if m.kind == KIND]
        meeting = next((m for m in coming if m.starts_at > now), None)
    if meeting is None:
        return
    closed = day(chat.language, chat, thermometer.closes_at)
    await AgendaRepo(conn).add(
        thermometer.chat_id,
        meeting.id,
        label(chat.language, "thermo.agenda_item", date=closed),
        None,
        now,
        source_message_id=document_id,
    )
