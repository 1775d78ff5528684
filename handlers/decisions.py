"""/besluit and /besluiten: the group's decisions, linked to the meeting they were taken in."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from domain.agenda import AgendaItem, ItemState
from domain.decisions import MAX_TEXT, Decision, split_item_number
from domain.errors import DomainError, UsageError
from domain.roles import Role
from handlers.actions import MEETING_LINK, keep_schedules
from handlers.i18n import format_moment
from handlers.kit.feature import GROUP, Command, Feature
from handlers.kit.paging import Line, navigation, paginate, require_text_message
from handlers.kit.text import short
from handlers.kit.turn import Button, Turn
from handlers.report import meeting_day
from storage.agenda import AgendaRepo
from storage.decisions import DecisionRepo
from storage.meetings import MeetingRepo
from storage.report import ReportRepo

CALLBACK_LIMIT = 64


async def decide(turn: Turn) -> None:
    """/besluit <tekst> (board), /besluit 3: <tekst> for agenda item 3, or as a reply to the
    meeting's agenda message (then the bot asks which item)."""
    turn.require_group()
    await turn.require(Role.BOARD)
    assert turn.user is not None
    text = " ".join(turn.text_after_command.split())
    conn = await turn.conn()
    now = turn.now()
    reports = ReportRepo(conn)
    message = turn.message
    replied = message.reply_to_message if message is not None else None
    meeting = None
    if replied is not None and replied.from_user is not None and replied.from_user.is_bot:
        meeting = await reports.of_message(turn.chat.id, replied.message_id)
    if meeting is None:
        meeting = await reports.in_progress_or_held(turn.chat.id, now, MEETING_LINK)
    number, rest = split_item_number(text)
    item: AgendaItem | None = None
    if number is not None and meeting is not None:
        items = await AgendaRepo(conn).of_meeting(turn.chat.id, meeting.id)
        item = next((i for i in items if i.position == number), None)
        if item is None:
            raise DomainError("decision.no_item", number=number)
        text = rest
    if not text:
        raise UsageError(command="besluit")
    if len(text) > MAX_TEXT:
        raise DomainError("decision.too_long", limit=MAX_TEXT)
    decision = await DecisionRepo(conn).add(
        turn.chat.id,
        text,
        turn.user.id,
        now,
        meeting_id=meeting.id if meeting else None,
        agenda_item_id=item.id if item else None,
    )
    if item is not None:
        await AgendaRepo(conn).set_state(item.id, ItemState.DISCUSSED, now)
    await keep_schedules(turn)
    lines = [turn.t("decision.logged", number=decision.number, what=decision.text)]
    if meeting is not None:
        day = meeting_day(meeting, turn.lang, turn.tz, now)
        lines.append(turn.t("decision.in_meeting", day=day))
    if item is not None:
        lines.append(turn.t("decision.on_item", number=item.position, item=item.text))
    buttons: list[list[Button]] = []
    if item is None and meeting is not None and replied is not None:
        items = await AgendaRepo(conn).of_meeting(turn.chat.id, meeting.id)
        if items:
            lines.append(turn.t("decision.which_item"))
            buttons = [
                [(short(f"{i.position}. {i.text}", 60), f"bsl:i:{decision.id}:{i.id}")]
                for i in items[:20]
            ]
            buttons.append([(turn.label("decision.button.no_item"), f"bsl:i:{decision.id}:0")])
    await turn.reply("\n".join(lines), buttons)
    await turn.svc.engine.changed()


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
    if decision.meeting_id is not None:
        meeting = await MeetingRepo(await turn.conn()).get(decision.meeting_id)
        if meeting is not None:
            day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
            return turn.t("decision.list.heading", day=day)
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
    require_text_message(turn)
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":", 3)
    if len(parts) == 4 and parts[1] == "i":
        await _choose_item(turn, parts[2], parts[3])
        return
    if len(parts) < 3 or parts[1] != "l" or not parts[2].isdigit():
        raise DomainError("error.stale_button")
    turn.require_group()
    text, buttons = await _listing(turn, int(parts[2]), parts[3] if len(parts) > 3 else "")
    await turn.edit(text, buttons)


async def _choose_item(turn: Turn, decision_id: str, item_id: str) -> None:
    """bsl:i:<decision>:<item>: the board links a decision to an agenda item (0: none)."""
    turn.require_group()
    await turn.require(Role.BOARD)
    if not decision_id.isdigit() or not item_id.isdigit():
        raise DomainError("error.stale_button")
    conn = await turn.conn()
    repo = DecisionRepo(conn)
    decision = await repo.get(int(decision_id))
    if decision is None or decision.chat_id != turn.chat.id or decision.meeting_id is None:
        raise DomainError("error.stale_button")
    lines = [turn.t("decision.logged", number=decision.number, what=decision.text)]
    meeting = await MeetingRepo(conn).get(decision.meeting_id)
    if meeting is not None:
        lines.append(
            turn.t("decision.in_meeting", day=meeting_day(meeting, turn.lang, turn.tz, turn.now()))
        )
    if int(item_id):
        agenda = AgendaRepo(conn)
        item = await agenda.get(int(item_id))
        if item is None or item.chat_id != turn.chat.id or item.meeting_id != decision.meeting_id:
            raise DomainError("error.stale_button")
        await repo.link_item(decision.id, item.id)
        await agenda.set_state(item.id, ItemState.DISCUSSED, turn.now())
        lines.append(turn.t("decision.on_item", number=item.position, item=item.text))
    await turn.edit("\n".join(lines))


def _fit(text: str, limit: int) -> str:
    """Cut `text` to `limit` bytes of UTF-8 (callback data is counted in bytes)."""
    raw = text.replace(":", " ").encode()[: max(limit, 0)]
    return raw.decode(errors="ignore")


FEATURE = Feature(
    "decisions",
    commands=(
        Command("besluit", decide, aliases=("decision",), scopes=frozenset({GROUP})),
        Command("besluiten", list_decisions, aliases=("decisions",), scopes=frozenset({GROUP})),
    ),
    callbacks={"bsl": on_callback},
)
