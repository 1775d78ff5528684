"""A bare /export (board): every table's rows of this group, as JSON and as CSV, zipped."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import datetime
from typing import Any

from handlers.kit.documents import spreadsheet_csv
from handlers.kit.turn import Turn
from storage.privacy import GroupData, Table


async def export_everything(turn: Turn) -> None:
    """The group's data as found from the schema (storage/privacy.py), so nothing is missed."""
    tables = await GroupData(await turn.conn()).export(turn.chat.id)
    now = turn.now()
    data = export_zip(tables, exported_at=now)
    rows = sum(len(table.rows) for table in tables)
    name = f"wijkbot-{_slug(turn.chat.name)}-{now.astimezone(turn.tz):%Y-%m-%d}.zip"
    await turn.reply_file(
        name, data, turn.t("export.everything.caption", group=turn.chat.name, count=rows)
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
