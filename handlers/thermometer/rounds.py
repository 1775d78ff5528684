"""Opening a round of the thermometer: who is asked (the board and the gemeente contacts), its
deadline and reminder in the engine, the first question privately to everyone who pressed
Start, and the group's announcement with the link for the others."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.errors import DomainError
from domain.models import Chat, Person
from domain.roles import Role
from domain.settings import GroupSettings
from domain.thermometer import (
    CLOSE,
    OPEN_FOR,
    REMIND,
    Side,
    Thermometer,
    closing_moment,
    deadline_before,
    reminder_moment,
)
from handlers.i18n import Raw, t
from handlers.kit.board import board_of
from handlers.kit.outbox import Outbox, mention
from handlers.kit.services import Services
from handlers.kit.text import start_link
from handlers.thermometer.keyboards import score_buttons
from handlers.thermometer.text import COUNT_KEY, group_texts, moment, question_text
from storage.people import PeopleRepo
from storage.roles import RoleRepo
from storage.thermometer import ThermometerRepo

LINK_PREFIX = "thermo"  # /start thermo_<id> (Feature.deep_links)


async def asked_people(
    svc: Services, bot: Any, conn: Any, chat_id: int
) -> list[tuple[Person, Side]]:
    """Who is asked, with their side: the board (admins and /bestuur) for the residents, the
    gemeente contacts for the gemeente (also one who is an admin of the group)."""
    gemeente = await RoleRepo(conn).members(chat_id, Role.GEMEENTE)
    contacts = {person.id for person in gemeente}
    board = [p for p in await board_of(svc, bot, conn, chat_id) if p.id not in contacts]
    return [(p, Side.BOARD) for p in board] + [(p, Side.GEMEENTE) for p in gemeente]


def side_counts(people: Sequence[tuple[Person, Side]]) -> dict[Side, int]:
    counts = {side: 0 for side in Side}
    for _person, side in people:
        counts[side] += 1
    return counts


def deadline_for(chat: Chat, settings: GroupSettings, now: datetime) -> datetime:
    """`thermometer.open_for` from now, at the group's usual time of that day."""
    open_for = settings.duration(OPEN_FOR) or timedelta(days=10)
    zone = ZoneInfo(chat.timezone)
    day = (now + open_for).astimezone(zone).date()
    return closing_moment(now, open_for, datetime.combine(day, chat.default_time, tzinfo=zone))


async def open_round(
    conn: Any,
    svc: Services,
    bot: Any,
    chat: Chat,
    settings: GroupSettings,
    now: datetime,
    *,
    opened_by: int | None,
    meeting_id: int | None = None,
    closes_before: datetime | None = None,
) -> tuple[Thermometer, list[tuple[Person, Side]]]:
    """Store a new round with the group's statements, everyone to ask, and its deadline and
    reminder in the engine (one transaction: the caller's). Refused while one is open, and
    without people on both sides. A round for a thermometergesprek (`meeting_id`) closes
    before that meeting's agenda does (`closes_before`)."""
    repo = ThermometerRepo(conn)
    current = await repo.current(chat.id)
    if current is not None:
        raise DomainError(
            "thermo.already_open", deadline=moment(chat.language, chat, current.closes_at, now)
        )
    people = await asked_people(svc, bot, conn, chat.id)
    counts = side_counts(people)
    if not all(counts.values()):
        raise DomainError(
            "thermo.need_both",
            board=t(chat.language, COUNT_KEY[Side.BOARD], count=counts[Side.BOARD]),
            gemeente=t(chat.language, COUNT_KEY[Side.GEMEENTE], count=counts[Side.GEMEENTE]),
        )
    statements, question, _default = await group_texts(conn, chat)
    closes = deadline_before(deadline_for(chat, settings, now), closes_before, now)
    thermometer_id = await repo.open(
        chat.id, statements, question, now, closes, opened_by, meeting_id=meeting_id
    )
    for person, side in people:
        await repo.ask(thermometer_id, person.id, side)
    await svc.engine.schedule(
        conn, CLOSE, chat.id, closes, timezone=chat.timezone, target_id=thermometer_id
    )
    remind = reminder_moment(now, closes)
    if remind is not None:
        await svc.engine.schedule(
            conn, REMIND, chat.id, remind, timezone=chat.timezone, target_id=thermometer_id
        )
    thermometer = await repo.get(thermometer_id)
    assert thermometer is not None
    return thermometer, people


def link(bot: Any, thermometer: Thermometer) -> str:
    """The link that opens the private chat and continues with this round."""
    return start_link(bot.username, LINK_PREFIX, thermometer.id)


async def ask_privately(
    out: Outbox, chat: Chat, thermometer: Thermometer, people: Sequence[Person]
) -> list[int]:
    """The first statement privately to everyone asked who pressed Start (after the round
    was stored); returns whom it reached. A blocked chat is skipped, never an error."""
    reached: list[int] = []
    text = question_text(chat.language, chat, thermometer, 0)
    buttons = score_buttons(chat.language, thermometer, 0)
    for person in people:
        if await out.also_private(person, text, buttons):
            reached.append(person.id)
            async with out.svc.db.transaction() as conn:
                await ThermometerRepo(conn).mark_sent(thermometer.id, person.id)
    return reached


def announcement(
    chat: Chat,
    thermometer: Thermometer,
    people: Sequence[tuple[Person, Side]],
    reached: Sequence[int],
    url: str,
    now: datetime,
) -> str:
    """What the group reads: that it started, what it is, until when, how to answer; those
    the bot could not ask privately are mentioned, so Telegram tells them."""
    lang = chat.language
    counts = side_counts(people)
    lines = [
        t(lang, "thermo.started", group=chat.name),
        t(lang, "thermo.intro", count=len(thermometer.statements)),
        t(
            lang,
            "thermo.who",
            board=t(lang, COUNT_KEY[Side.BOARD], count=counts[Side.BOARD]),
            gemeente=t(lang, COUNT_KEY[Side.GEMEENTE], count=counts[Side.GEMEENTE]),
        ),
        "",
        t(lang, "thermo.deadline", deadline=moment(lang, chat, thermometer.closes_at, now)),
        t(lang, "thermo.link", url=url),
    ]
    if reached:
        lines.append(t(lang, "thermo.sent_privately", count=len(reached)))
    others = [person for person, _side in people if person.id not in reached]
    if others:
        names = Raw(", ".join(mention(p.id, p.first_name) for p in others))
        lines.append(t(lang, "thermo.mention", names=names, count=len(others)))
    return "\n".join(lines)


async def people_of(conn: Any, user_ids: Sequence[int]) -> list[Person]:
    people = PeopleRepo(conn)
    return [person for uid in user_ids if (person := await people.get(uid)) is not None]
