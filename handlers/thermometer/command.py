"""/thermometer: where it stands (the board starts or closes a round from here), the last
result again, and the statements."""

from __future__ import annotations

from domain.errors import DomainError
from domain.models import Chat
from domain.roles import Role
from domain.thermometer import Thermometer, turnout
from handlers.kit.outbox import Outbox
from handlers.kit.turn import Turn
from handlers.thermometer.closing import close_thermometer
from handlers.thermometer.keyboards import status_buttons
from handlers.thermometer.result import document, filename, gather, pages, png
from handlers.thermometer.rounds import (
    announcement,
    ask_privately,
    asked_people,
    deadline_for,
    link,
    open_round,
    side_counts,
)
from handlers.thermometer.statements import show_texts
from handlers.thermometer.text import day, group_texts, moment, who_text
from storage.thermometer import ThermometerRepo

RESULT_WORDS = ("uitslag", "resultaat", "result", "results")
TEXT_WORDS = ("stellingen", "stelling", "vragen", "statements", "questions")


async def thermometer_command(turn: Turn) -> None:
    """/thermometer [uitslag | stellingen]."""
    turn.require_group()
    word = turn.text_after_command.lower().strip()
    if word in RESULT_WORDS:
        await show_result(turn)
    elif word in TEXT_WORDS:
        await show_texts(turn)
    else:
        await show_status(turn)


async def status_text(turn: Turn, current: Thermometer | None) -> str:
    """Open: until when and how many answered (a count); else what it is, who would be asked
    and until when, and the date of the last result."""
    chat, now = turn.chat, turn.now()
    conn = await turn.conn()
    repo = ThermometerRepo(conn)
    lines = [turn.t("thermo.title", group=chat.name)]
    if current is not None:
        counted = turnout(await repo.asked(current.id))
        lines.append(
            turn.t(
                "thermo.status.open",
                deadline=moment(turn.lang, chat, current.closes_at, now),
                answered=counted.total - counted.missing,
                total=counted.total,
            )
        )
        return "\n".join(lines)
    statements, _question, _default = await group_texts(conn, chat)
    people = await asked_people(turn.svc, turn.bot, conn, chat.id)
    deadline = deadline_for(chat, await turn.group_settings(), now)
    lines += [
        turn.t("thermo.intro", count=len(statements)),
        who_text(turn.lang, side_counts(people)),
        turn.t("thermo.start_hint", deadline=moment(turn.lang, chat, deadline, now)),
    ]
    last = await repo.latest_closed(chat.id)
    if last is not None:
        lines.append(turn.t("thermo.last", date=day(turn.lang, chat, last.closes_at)))
    return "\n".join(lines)


async def show_status(turn: Turn) -> None:
    current = await ThermometerRepo(await turn.conn()).current(turn.chat.id)
    text = await status_text(turn, current)
    board = (await turn.standing()).is_board
    await turn.reply(text, status_buttons(turn.lang, current) if board else None)


async def start(turn: Turn) -> None:
    """▶️ Thermometer starten (board): open a round, ask privately whoever pressed Start, and
    the /thermometer message becomes the announcement with the link for the others."""
    turn.require_group()
    await turn.require(Role.BOARD)
    assert turn.user is not None
    conn = await turn.conn()
    thermometer, people = await open_round(
        conn,
        turn.svc,
        turn.bot,
        turn.chat,
        await turn.group_settings(),
        turn.now(),
        opened_by=turn.user.id,
    )
    await turn.unit.commit()
    await turn.svc.engine.changed()
    out = Outbox(turn.svc, turn.bot)
    reached = await ask_privately(out, turn.chat, thermometer, [p for p, _side in people])
    url = link(turn.bot, thermometer)
    await turn.edit(announcement(turn.chat, thermometer, people, reached, url, turn.now()))


async def close(turn: Turn, thermometer_id: int) -> None:
    """⏹ Nu sluiten (board): the result now instead of at the deadline."""
    turn.require_group()
    await turn.require(Role.BOARD)
    thermometer = await ThermometerRepo(await turn.conn()).get(thermometer_id)
    thermometer = await turn.own(thermometer)
    if not thermometer.is_open:
        raise DomainError("thermo.closed")
    await turn.unit.commit()
    await close_thermometer(Outbox(turn.svc, turn.bot), thermometer.id)
    await turn.svc.engine.changed()
    await turn.edit(await status_text(turn, None))
    await turn.notice(turn.t("thermo.closed_notice"))


async def show_result(turn: Turn) -> None:
    """The last result again: the text, the chart and the document."""
    conn = await turn.conn()
    last = await ThermometerRepo(conn).latest_closed(turn.chat.id)
    if last is None:
        raise DomainError("thermo.result.none_yet")
    result = await gather(conn, last)
    chat: Chat = turn.chat
    for text in pages(chat, result):
        await turn.reply(text)
    picture = png(chat, result)
    await turn.reply_file(
        filename(chat, result, "png"), picture, turn.t("thermo.chart.caption"), photo=True
    )
    await turn.reply_file(
        filename(chat, result, "html"),
        document(chat, result, picture, turn.now()),
        turn.t("thermo.doc.caption"),
    )
