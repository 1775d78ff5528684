"""/besluit and /besluiten: the group's decisions, linked to the meeting they were taken in."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.i18n import format_moment, t
from domain.decisions import MAX_TEXT, Decision, split_item_number
from domain.errors import DomainError, UsageError
from domain.roles import Role
from handlers.boundary import Button, Turn
from handlers.paging import Line, navigation, paginate
from storage.decisions import DecisionRepo

CALLBACK_LIMIT = 64


async def decide(turn: Turn) -> None:
    """/besluit <tekst> (board), /besluit 3: <tekst> for agenda item 3."""
    turn.require_group()
    await turn.require(Role.BOARD)
    assert turn.user is not None
    text = " ".join(turn.text_after_command.split())
    _number, _rest = split_item_number(text)
    conn = await turn.conn()
    now = turn.now()
    if not text:
        raise UsageError(command="besluit")
    if len(text) > MAX_TEXT:
        raise DomainError("decision.too_long", limit=MAX_TEXT)
    decision = await DecisionRepo(conn).add(turn.chat.id, text, turn.user.id, now)
    lines = [t(turn.lang, "decision.logged", number=decision.number, what=decision.text)]
    await turn.reply("\n".join(lines))


async def list_decisions(turn: Turn) -> None:
    """/besluiten [woord]: newest first, grouped by meeting; with a word, only those with it."""
    turn.require_group()
    text, buttons = await _listing(turn, 0, turn.text_after_command.strip())
    await turn.reply(text, buttons)


async def _listing(turn: Turn, page: int, search: str) -> tuple[str, list[list[Button]]]:
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
    pages = paginate(title, lines)
    page = min(max(page, 0), len(pages) - 1)
    prefix = f"bsl:l:{page}:"
    word = _fit(search, CALLBACK_LIMIT - len(prefix.encode()) - 4)
    nav = navigation(page, len(pages), lambda p: f"bsl:l:{p}:{word}")
    return pages[page].text, [nav] if nav else []


def _by_meeting(decisions: list[Decision]) -> list[Decision]:
    """Newest first, each meeting's decisions together (the meeting of the newest first)."""
    order: dict[int | None, int] = {}
    for position, decision in enumerate(decisions):
        order.setdefault(decision.meeting_id, position)
    return sorted(decisions, key=lambda d: order[d.meeting_id])  # stable: newest first within


async def _heading(turn: Turn, decision: Decision) -> str:
    return turn.t("decision.list.heading.none")


def _line(turn: Turn, decision: Decision) -> str:
    day = format_moment(
        decision.created_at,
        turn.lang,
        ZoneInfo(turn.chat.timezone),
        with_time=False,
        now=turn.now(),
    )
    return turn.t("decision.list.item", number=decision.number, what=decision.text, day=day)


async def on_callback(turn: Turn) -> None:
    """bsl:l:<page>:<search> — page through /besluiten."""
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":", 3)
    if len(parts) < 3 or parts[1] != "l" or not parts[2].isdigit():
        raise DomainError("error.stale_button")
    turn.require_group()
    text, buttons = await _listing(turn, int(parts[2]), parts[3] if len(parts) > 3 else "")
    await turn.edit(text, buttons)


def _fit(text: str, limit: int) -> str:
    """Cut `text` to `limit` bytes of UTF-8 (callback data is counted in bytes)."""
    raw = text.replace(":", " ").encode()[: max(limit, 0)]
    return raw.decode(errors="ignore")
