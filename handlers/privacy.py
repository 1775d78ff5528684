"""Privacy (AVG): /privacy explains, /vergeet forgets a person, /vergeetgroep wipes a group,
a bare /export hands the group all its data, and removed groups are forgotten in time.

What the bot stores is only what people turned into items (reminders, agenda items, decisions,
actions, advices, polls), the group's settings and roles, and the names of the people who used
it; never other message content. Exports and wipes find the group's tables from the schema
(`storage/privacy.py`), so a feature's new table is included without anyone remembering it.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
from datetime import datetime
from typing import Any

from domain.errors import DomainError
from domain.privacy import RETENTION, WIPE_CONFIRM_WINDOW, retention_over
from domain.roles import Role
from handlers.kit.documents import spreadsheet_csv
from handlers.kit.feature import GROUP, PRIVATE, Command, Feature
from handlers.kit.services import Services
from handlers.kit.turn import Turn
from storage.privacy import GroupData, Table
from storage.settings import SettingsRepo

log = logging.getLogger(__name__)


# --- /privacy -----------------------------------------------------------------------------------
async def privacy_command(turn: Turn) -> None:
    """/privacy: what is stored, why, for how long, and what you can do about it."""
    if turn.chat.is_private:
        months = int(RETENTION.default)
        where = turn.t("privacy.retention.default", months=months)
    else:
        months = (await turn.group_settings()).number(RETENTION)
        where = turn.t("privacy.retention.group", months=months, group=turn.chat.name)
    await turn.reply(turn.t("privacy.explain", retention=where, months=months))


# --- /vergeet (a person, in private) --------------------------------------------------------------
async def forget_command(turn: Turn) -> None:
    """/vergeet, in a private chat: after a confirmation, forget this person."""
    if not turn.chat.is_private:
        raise DomainError("forget.private_only")
    await turn.reply(
        turn.t("forget.confirm"),
        [
            [
                (turn.label("forget.button.yes"), "priv:forget"),
                (turn.label("privacy.button.no"), "priv:keep"),
            ]
        ],
    )


# --- /vergeetgroep (a whole group, admin) ---------------------------------------------------------
async def wipe_command(turn: Turn) -> None:
    """/vergeetgroep (admin): after a confirmation, delete all of this group's data for good."""
    turn.require_group()
    await turn.require(Role.ADMIN)
    counts = await GroupData(await turn.conn()).counts(turn.chat.id)
    await turn.reply(
        turn.t("wipe.confirm", group=turn.chat.name, rows=sum(counts.values())),
        [
            [
                (turn.label("wipe.button.yes"), f"priv:wipe:{turn.chat.id}"),
                (turn.label("privacy.button.no"), "priv:keep"),
            ]
        ],
    )


async def on_callback(turn: Turn) -> None:
    """priv:forget | priv:wipe | priv:keep — each press re-checks who and where."""
    query = turn.query
    assert query is not None
    action = (query.data or "").split(":")[1:2]
    if action == ["keep"]:
        await turn.edit(turn.t("privacy.kept"))
    elif action == ["forget"]:
        if not turn.chat.is_private or turn.user is None or turn.user.id != turn.chat.id:
            raise DomainError("error.stale_button")
        changed = await GroupData(await turn.conn()).forget_person(turn.user.id)
        log.info("user %s asked to be forgotten (%d rows)", turn.user.id, changed)
        await turn.edit(turn.t("forget.done"))
    elif action == ["wipe"]:
        turn.require_group()
        await turn.require(Role.ADMIN)
        if (query.data or "").split(":")[2:] != [str(turn.chat.id)]:
            raise DomainError("error.stale_button")  # a wipe button only works in its own group
        message = query.message
        shown = getattr(message, "date", None)
        if shown is None or turn.now() - shown > WIPE_CONFIRM_WINDOW:
            raise DomainError("wipe.expired")
        deleted = await GroupData(await turn.conn()).wipe(turn.chat.id)
        turn.svc.admins.forget(turn.chat.id)
        log.warning("chat %s: all data wiped by an admin (%d rows)", turn.chat.id, deleted)
        await turn.edit(turn.t("wipe.done", group=turn.chat.name))
    else:
        raise DomainError("error.stale_button")


# --- /export (everything, as a ZIP) ---------------------------------------------------------------
async def export_everything(turn: Turn) -> None:
    """A bare /export (board): every table's rows of this group, as JSON and as CSV, zipped."""
    tables = await GroupData(await turn.conn()).export(turn.chat.id)
    now = turn.now()
    data = export_zip(tables, exported_at=now)
    rows = sum(len(table.rows) for table in tables)
    name = f"wijkbot-{_slug(turn.chat.name)}-{now.astimezone(turn.tz):%Y-%m-%d}.zip"
    await turn.reply_file(
        name, data, turn.t("export.everything.caption", group=turn.chat.name, rows=rows)
    )


def export_zip(tables: list[Table], *, exported_at: datetime) -> bytes:
    """The ZIP: per table `<name>.json` (a list of objects) and `<name>.csv`, plus an index."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        index: dict[str, Any] = {"exported_at": exported_at.isoformat(), "tables": {}}
        for table in tables:
            records = [dict(zip(table.columns, row, strict=True)) for row in table.rows]
            archive.writestr(
                f"{table.name}.json",
                json.dumps(records, ensure_ascii=False, indent=1, default=str),
            )
            archive.writestr(f"{table.name}.csv", spreadsheet_csv(table.columns, table.rows))
            index["tables"][table.name] = len(table.rows)
        archive.writestr("index.json", json.dumps(index, ensure_ascii=False, indent=1))
    return buffer.getvalue()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "groep"


# --- retention ---------------------------------------------------------------------------------
async def forget_removed_groups(svc: Services) -> int:
    """Delete the data of groups that removed the bot longer ago than their retention period.

    Runs at start-up and once a day. Returns the number of groups forgotten.
    """
    now = svc.clock.now()
    forgotten = 0
    async with svc.db.transaction() as conn:
        data = GroupData(conn)
        for chat_id, removed_at in await data.removed_groups():
            months = (await SettingsRepo(conn).of(chat_id)).number(RETENTION)
            if retention_over(removed_at, months, now):
                rows = await data.wipe(chat_id)
                forgotten += 1
                log.info(
                    "chat %s removed the bot on %s; after %d months its %d rows are deleted",
                    chat_id,
                    removed_at.date(),
                    months,
                    rows,
                )
    return forgotten


FEATURE = Feature(
    "privacy",
    commands=(
        Command("privacy", privacy_command),
        Command("vergeet", forget_command, aliases=("forget",), scopes=frozenset({PRIVATE})),
        Command("vergeetgroep", wipe_command, scopes=frozenset({GROUP})),
    ),
    callbacks={"priv": on_callback},
    settings=(RETENTION,),
    exports={"": export_everything},
    at_startup=(forget_removed_groups,),
    daily=(forget_removed_groups,),
)
