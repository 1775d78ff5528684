"""How the thermometer reads: the group's statements (or the defaults), the status, a question
as it is asked privately, and the result (imports no other module of the package)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal

from domain.models import Chat
from domain.thermometer import Line, Side, Thermometer, Turnout
from handlers.i18n import Raw, format_moment, t
from handlers.kit.paging import Line as PageLine
from handlers.kit.paging import paginate
from storage.thermometer import ThermometerRepo

# The statements a group starts with, in the group's language.
DEFAULT_KEYS = (
    "thermo.default.1",
    "thermo.default.2",
    "thermo.default.3",
    "thermo.default.4",
    "thermo.default.5",
    "thermo.default.6",
)
SIDE_KEY = {Side.BOARD: "thermo.result.side.board", Side.GEMEENTE: "thermo.result.side.gemeente"}
COUNT_KEY = {Side.BOARD: "thermo.count.board", Side.GEMEENTE: "thermo.count.gemeente"}


def defaults(lang: str) -> tuple[list[str], str]:
    return [t(lang, key) for key in DEFAULT_KEYS], t(lang, "thermo.default.question")


async def group_texts(conn: Any, chat: Chat) -> tuple[list[str], str, bool]:
    """(statements, open question, whether they are the defaults) of a group."""
    own = await ThermometerRepo(conn).texts(chat.id)
    if own is None:
        statements, question = defaults(chat.language)
        return statements, question, True
    statements, question = own
    return statements, question or t(chat.language, "thermo.default.question"), False


def moment(lang: str, chat: Chat, when: datetime, now: datetime) -> str:
    """ "vrijdag 4 december om 09:00" (with the year when it is not this year's)."""
    return format_moment(when, lang, ZoneInfo(chat.timezone), now=now)


def day(lang: str, chat: Chat, when: datetime) -> str:
    """ "4 december 2026": a result is filed, so it carries its year."""
    local = when.astimezone(ZoneInfo(chat.timezone)).date()
    return str(format_date(local, "d MMMM y", locale=lang))


def score(lang: str, value: float | None) -> str:
    """An average as people read it: "3,7" (one decimal, rounded half up); "–" for none."""
    if value is None:
        return t(lang, "thermo.result.no_value")
    rounded = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(format_decimal(rounded, format="0.0", locale=lang))


def who_text(lang: str, turnout_or_counts: dict[Side, int]) -> str:
    return t(
        lang,
        "thermo.who",
        board=t(lang, COUNT_KEY[Side.BOARD], count=turnout_or_counts[Side.BOARD]),
        gemeente=t(lang, COUNT_KEY[Side.GEMEENTE], count=turnout_or_counts[Side.GEMEENTE]),
    )


def question_text(lang: str, chat: Chat, thermometer: Thermometer, index: int) -> str:
    """One statement as it is asked privately: where we are, the statement, the scale."""
    return t(
        lang,
        "thermo.q",
        group=chat.name,
        number=index + 1,
        total=len(thermometer.statements),
        statement=thermometer.statements[index],
    )


def open_question_text(lang: str, chat: Chat, thermometer: Thermometer) -> str:
    return t(lang, "thermo.q.open", group=chat.name, question=thermometer.question)


# --- the result ---------------------------------------------------------------------------------
def _value(lang: str, value: float | None, last: float | None, has_last: bool) -> str:
    if not has_last:
        return score(lang, value)
    return t(lang, "thermo.result.was", value=score(lang, value), last=score(lang, last))


def result_pages(
    lang: str,
    chat: Chat,
    thermometer: Thermometer,
    lines: Sequence[Line],
    result_turnout: Turnout,
    remarks: Sequence[tuple[Side, str]],
    previous: Thermometer | None,
) -> list[str]:
    """The result as messages: turnout, per statement both sides' averages and the gap (with
    the previous thermometer's between brackets), then the answers to the open question."""
    intro = [
        t(
            lang,
            "thermo.result.title",
            group=chat.name,
            date=day(lang, chat, thermometer.closes_at),
        ),
        t(
            lang,
            "thermo.result.turnout",
            board=result_turnout.answered[Side.BOARD],
            board_total=result_turnout.asked[Side.BOARD],
            gemeente=result_turnout.answered[Side.GEMEENTE],
            gemeente_total=result_turnout.asked[Side.GEMEENTE],
        ),
        t(lang, "thermo.result.scale"),
    ]
    if previous is not None and any(line.has_last for line in lines):
        intro.append(t(lang, "thermo.result.previous", date=day(lang, chat, previous.closes_at)))
    entries: list[PageLine] = []
    head = t(lang, "thermo.result.section")
    for line in lines:
        text = t(lang, "thermo.result.line", number=line.number, text=line.text)
        text += "\n" + t(
            lang,
            "thermo.result.scores",
            board=Raw(_value(lang, line.board, line.last_board, line.has_last)),
            gemeente=Raw(_value(lang, line.gemeente, line.last_gemeente, line.has_last)),
            gap=Raw(_value(lang, line.gap, line.last_gap, line.has_last)),
        )
        entries.append(PageLine(head, text))
    head = t(lang, "thermo.result.remarks", question=thermometer.question)
    if not remarks:
        entries.append(PageLine(head, t(lang, "thermo.result.no_remarks")))
    for side, remark in remarks:
        entries.append(
            PageLine(
                head, t(lang, "thermo.result.remark", side=t(lang, SIDE_KEY[side]), text=remark)
            )
        )
    return [page.text for page in paginate("\n".join(intro), entries)]
