"""/export acties (board): every action with its status and dates, as a Dutch CSV."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.actions.text import STATE_KEY, owner_names
from handlers.kit.documents import spreadsheet_csv
from handlers.kit.turn import Turn
from storage.actions import ActionRepo
from storage.people import PeopleRepo


async def export_actions(turn: Turn) -> None:
    """One row an action: number, text, owners, due date, state, reason, who made it, when."""
    conn = await turn.conn()
    repo = ActionRepo(conn)
    people = PeopleRepo(conn)
    actions = await repo.all_in(turn.chat.id)
    if not actions:
        await turn.reply(turn.t("action.export.empty"))
        return
    tz = turn.tz
    names: dict[int, str] = {}
    rows: list[list[object]] = []
    for action in actions:
        if action.created_by not in names:
            person = await people.get(action.created_by)
            names[action.created_by] = person.full_name if person else ""
        timeline = await repo.timeline(action.id)
        last = timeline[-1].at if timeline else action.created_at
        rows.append(
            [
                action.number,
                action.text,
                owner_names(turn.lang, action.owners),
                action.due_date.isoformat() if action.due_date else "",
                turn.t(STATE_KEY[action.state]),
                action.reason or "",
                _stamp(action.created_at, tz),
                names[action.created_by],
                _stamp(action.closed_at, tz) if action.closed_at else "",
                _stamp(last, tz),
            ]
        )
    header = turn.t("action.export.header").split(";")
    day = turn.now().astimezone(tz).date().isoformat()
    await turn.reply_file(
        turn.t("action.export.file", day=day),
        spreadsheet_csv(header, rows),
        turn.t("action.export.caption", group=turn.chat.name, count=len(actions)),
    )


def _stamp(moment: datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")
