"""A closed thermometer's result: gathered from the counts (never from anyone's answers), next
to the previous one, as messages, a PNG chart and a printable document."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.models import Chat
from domain.thermometer import Line, Side, Thermometer, Turnout, result_lines, turnout
from handlers.i18n import format_moment, label
from handlers.kit.documents import render_html
from handlers.thermometer.chart import chart
from handlers.thermometer.text import SIDE_KEY, day, result_pages, score
from storage.thermometer import ThermometerRepo


@dataclass(frozen=True)
class Result:
    thermometer: Thermometer
    lines: list[Line]
    turnout: Turnout
    remarks: list[tuple[Side, str]]
    previous: Thermometer | None


async def gather(conn: Any, thermometer: Thermometer) -> Result:
    """Everything the result shows, with the previous closed thermometer for the trend."""
    repo = ThermometerRepo(conn)
    previous = await repo.latest_closed(thermometer.chat_id, before=thermometer.id)
    before = (previous.statements, await repo.tallies(previous.id)) if previous else None
    lines = result_lines(thermometer.statements, await repo.tallies(thermometer.id), before)
    return Result(
        thermometer,
        lines,
        turnout(await repo.asked(thermometer.id)),
        await repo.remarks(thermometer.id),
        previous,
    )


def pages(chat: Chat, result: Result) -> list[str]:
    return result_pages(
        chat.language,
        chat,
        result.thermometer,
        result.lines,
        result.turnout,
        result.remarks,
        result.previous,
    )


def png(chat: Chat, result: Result) -> bytes:
    lang = chat.language
    title = label(
        lang,
        "thermo.chart.title",
        group=chat.name,
        date=day(lang, chat, result.thermometer.closes_at),
    )
    return chart(lang, title, result.lines)


def filename(chat: Chat, result: Result, extension: str) -> str:
    closed = result.thermometer.closes_at.astimezone(ZoneInfo(chat.timezone)).date()
    return f"thermometer-{closed.isoformat()}.{extension}"


def document(chat: Chat, result: Result, picture: bytes, now: datetime) -> bytes:
    """The result as a printable A4 file (handlers/templates/thermometer.html), chart inside;
    texts go in unescaped (`label`), since the template escapes them."""
    lang = chat.language
    thermometer = result.thermometer
    has_last = any(line.has_last for line in result.lines)

    def last(line: Line) -> str:
        if not line.has_last:
            return ""
        return " · ".join(
            (
                f"{label(lang, SIDE_KEY[Side.BOARD])} {score(lang, line.last_board)}",
                f"{label(lang, SIDE_KEY[Side.GEMEENTE])} {score(lang, line.last_gemeente)}",
                f"{label(lang, 'thermo.doc.gap')} {score(lang, line.last_gap)}",
            )
        )

    return render_html(
        "thermometer.html",
        lang=lang,
        group=chat.name,
        heading=label(lang, "thermo.doc.heading"),
        date=day(lang, chat, thermometer.closes_at),
        turnout=label(
            lang,
            "thermo.result.turnout",
            board=result.turnout.answered[Side.BOARD],
            board_total=result.turnout.asked[Side.BOARD],
            gemeente=result.turnout.answered[Side.GEMEENTE],
            gemeente_total=result.turnout.asked[Side.GEMEENTE],
        ),
        scale=label(lang, "thermo.result.scale"),
        previous=(
            label(lang, "thermo.result.previous", date=day(lang, chat, result.previous.closes_at))
            if result.previous is not None and has_last
            else ""
        ),
        has_last=has_last,
        lines=[
            {
                "number": line.number,
                "text": line.text,
                "board": score(lang, line.board),
                "gemeente": score(lang, line.gemeente),
                "gap": score(lang, line.gap),
                "last": last(line),
            }
            for line in result.lines
        ],
        chart=base64.b64encode(picture).decode("ascii"),
        question=thermometer.question,
        remarks=[(label(lang, SIDE_KEY[side]), text) for side, text in result.remarks],
        labels={
            "statement": label(lang, "thermo.doc.statement"),
            "board": label(lang, SIDE_KEY[Side.BOARD]),
            "gemeente": label(lang, SIDE_KEY[Side.GEMEENTE]),
            "gap": label(lang, "thermo.doc.gap"),
            "previous": label(lang, "thermo.doc.previous"),
            "no_remarks": label(lang, "thermo.result.no_remarks"),
        },
        footer=label(
            lang,
            "thermo.doc.footer",
            moment=format_moment(now, lang, ZoneInfo(chat.timezone), now=now),
        ),
    )
