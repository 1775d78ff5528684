"""/besluiten: the group's decisions, newest first, grouped by meeting; searched by a word."""

from __future__ import annotations

from domain.decisions import Decision
from handlers.actions.meeting import meeting_day
from handlers.decisions.keyboards import PER_PAGE, list_buttons
from handlers.i18n import format_moment
from handlers.kit.paging import Line, paginate
from handlers.kit.turn import Button, Turn
from storage.decisions import DecisionRepo
from storage.meetings import MeetingRepo


async def list_decisions(turn: Turn) -> None:
    """/besluiten [woord]: newest first, grouped by meeting; with a word, only those with it."""
    turn.require_group()
    text, buttons = await listing(turn, 0, turn.text_after_command.strip())
    await turn.reply(text, buttons)


async def listing(turn: Turn, page: int, search: str) -> tuple[str, list[list[Button]]]:
    """One page, with "📌 4" per decision on it (its card) and the page buttons."""
    conn = await turn.conn()
    decisions = await DecisionRepo(conn).in_chat(turn.chat.id, search or None)
    if not decisions:
        key = "decision.list.none_found" if search else "decision.list.empty"
        return turn.t(key, search=search), []
    headings: dict[int | None, str] = {}
    for decision in decisions:
        if decision.meeting_id not in headings:
            headings[decision.meeting_id] = await _heading(turn, decision)
    lines = [Line(headings[d.meeting_id], _line(turn, d), d.id) for d in _by_meeting(decisions)]
    key = "decision.list.title.search" if search else "decision.list.title"
    title = turn.t(key, count=len(decisions), search=search, group=turn.chat.name)
    pages = paginate(title, lines, most=PER_PAGE)
    page = min(max(page, 0), len(pages) - 1)
    by_id = {d.id: d for d in decisions}
    shown = [by_id[key] for key in pages[page].keys]
    text = pages[page].text + "\n\n" + turn.t("decision.list.hint")
    return text, list_buttons(shown, page, len(pages), search)


def _by_meeting(decisions: list[Decision]) -> list[Decision]:
    """Newest first, each meeting's decisions together (the meeting of the newest first)."""
    order: dict[int | None, int] = {}
    for position, decision in enumerate(decisions):
        order.setdefault(decision.meeting_id, position)
    return sorted(decisions, key=lambda d: order[d.meeting_id])  # stable: newest first within


async def _heading(turn: Turn, decision: Decision) -> str:
    if decision.meeting_id is not None:
        meeting = await MeetingRepo(await turn.conn()).get(decision.meeting_id)
        if meeting is not None:
            day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
            return turn.t("decision.list.heading", day=day)
    return turn.t("decision.list.heading.none")


def _line(turn: Turn, decision: Decision) -> str:
    day = format_moment(decision.created_at, turn.lang, turn.tz, with_time=False, now=turn.now())
    return turn.t("decision.list.item", number=decision.number, what=decision.text, day=day)
