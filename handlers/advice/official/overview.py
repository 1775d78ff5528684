"""What is owed to the official's groups: gathered across them and written as one overview (for
/overzicht, its buttons and the weekly digest)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import Action
from domain.advice.figures import YearFigures
from domain.advice.model import Advice
from domain.advice.official import Owed, ordered, owed_of_action, owed_of_advice, recent_figures
from domain.models import Chat
from handlers.advice.official.figures import figures_line
from handlers.advice.official.keyboards import overview_buttons
from handlers.advice.plan import local_today
from handlers.advice.text import short_day
from handlers.i18n import t
from handlers.kit.text import short
from handlers.kit.turn import Turn
from storage.actions import ActionRepo
from storage.advice import AdviceRepo
from storage.chats import ChatRepo
from storage.official import OfficialRepo

SHOWN = 25  # items in one overview message


@dataclass(frozen=True)
class Group:
    """One group the person is gemeente contact of, with what it has open there."""

    chat: Chat
    name: str
    today: date  # in the group's time zone
    advices: list[Advice]
    actions: list[Action]  # the open ones


async def groups_of(conn: Any, user_id: int, now: datetime) -> list[Group]:
    """The person's groups as gemeente contact, in alphabetical order."""
    groups: list[Group] = []
    for chat_id, name in await OfficialRepo(conn).groups_of(user_id):
        chat = await ChatRepo(conn).get(chat_id)
        if chat is None:
            continue
        today = local_today(now, ZoneInfo(chat.timezone))
        advices = await AdviceRepo(conn).of_chat(chat_id)
        groups.append(Group(chat, name, today, advices, await ActionRepo(conn).open_in(chat_id)))
    return groups


def owed_in(groups: list[Group]) -> list[Owed]:
    """Everything the gemeente owes these groups, overdue first."""
    owed: list[Owed] = []
    for g in groups:
        owed += [o for a in g.advices if (o := owed_of_advice(a, g.name, g.today)) is not None]
        owed += [o for a in g.actions if (o := owed_of_action(a, g.name, g.today)) is not None]
    return ordered(owed)


async def gather(
    conn: Any, user_id: int, now: datetime
) -> tuple[list[tuple[Chat, date]], list[Owed], dict[str, YearFigures | None]]:
    """The person's groups as gemeente contact (with today there), what is owed, the figures."""
    groups = await groups_of(conn, user_id, now)
    figures = {g.name: recent_figures(g.advices, g.today) for g in groups}
    return [(g.chat, g.today) for g in groups], owed_in(groups), figures


def overview_text(
    lang: str, owed: list[Owed], figures: dict[str, YearFigures | None], today: date, title: str
) -> str:
    lines = [title, ""]
    if not owed:
        lines.append(t(lang, "official.nothing"))
    for item in owed[:SHOWN]:
        late = t(lang, "official.late", count=item.late_days) if item.late_days else ""
        deadline = short_day(item.deadline, lang) if item.deadline else t(lang, "official.no_date")
        lines.append(
            t(
                lang,
                _ITEM_KEY[item.kind],
                mark="🔴" if item.late_days else "⚪️",
                group=item.group,
                number=item.number,
                title=short(item.title, 80),
                deadline=deadline,
                late=late,
                waited=t(lang, "official.waited", count=item.waited(today)),
            )
        )
    if len(owed) > SHOWN:
        lines.append(t(lang, "official.more", count=len(owed) - SHOWN))
    lines += ["", t(lang, "official.figures.title")]
    for group, found in figures.items():  # in the groups' alphabetical order: no ranking
        lines.append(figures_line(lang, group, found))
    return "\n".join(lines)


_ITEM_KEY = {
    "ack": "official.item.ack",
    "reply": "official.item.reply",
    "action": "official.item.action",
}


async def refresh(turn: Turn) -> None:
    assert turn.user is not None
    groups, owed, figures = await gather(await turn.conn(), turn.user.id, turn.now())
    today = max((today for _chat, today in groups), default=local_today(turn.now(), turn.tz))
    title = turn.t("official.title", count=len(groups))
    await turn.edit(
        overview_text(turn.lang, owed, figures, today, title), overview_buttons(turn.lang, owed)
    )
