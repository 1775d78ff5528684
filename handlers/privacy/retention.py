"""Groups that removed the bot are forgotten after their retention period (privacy.retention)."""

from __future__ import annotations

import logging

from domain.privacy import RETENTION, retention_over
from handlers.kit.services import Services
from storage.privacy import GroupData
from storage.settings import SettingsRepo

log = logging.getLogger(__name__)


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
