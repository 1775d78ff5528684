"""Recording the chat and the person behind every update, writing only what changed.

One query reads the chat, the user and their membership together; a write follows only for
what is new or different: a group seen for the first time, a new title, a changed name, a
member not seen for `SEEN_EVERY`. Most updates so cost one round trip to the database thread
instead of six, and write nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import aiosqlite

from domain.models import Chat, Person
from storage.chats import _COLUMNS as CHAT_COLUMNS
from storage.chats import ChatRepo, _chat
from storage.db import fetch_all, fetch_one, iso
from storage.people import PeopleRepo

# How stale `members.last_seen` may get before an update refreshes it (it orders a person's
# groups in private commands; a minute-exact value is not worth a write per update).
SEEN_EVERY = timedelta(minutes=10)


@dataclass(frozen=True)
class Sender:
    """The user of an update, as Telegram describes them."""

    id: int
    first_name: str
    last_name: str | None
    username: str | None
    language_code: str | None
    is_bot: bool


_CHAT = ", ".join(f"c.{column.strip()}" for column in CHAT_COLUMNS.split(","))
_READ = (
    f"SELECT {_CHAT}, u.id AS u_id, u.first_name AS u_first_name, u.last_name AS u_last_name,"
    " u.username AS u_username, u.language_code AS u_language_code,"
    " u.private_ok AS u_private_ok, m.last_seen AS m_last_seen"
    " FROM (SELECT ? AS chat_id, ? AS user_id) k"
    " LEFT JOIN chats c ON c.id = k.chat_id"
    " LEFT JOIN users u ON u.id = k.user_id"
    " LEFT JOIN members m ON m.chat_id = k.chat_id AND m.user_id = k.user_id"
)


async def record(
    conn: aiosqlite.Connection,
    *,
    chat_id: int,
    chat_type: str,
    title: str,
    sender: Sender | None,
    language: str,
    timezone: str,
    now: datetime,
) -> tuple[Chat, Person | None, bool]:
    """The chat (inserted if new, title and type refreshed) and the person; and `created`."""
    row = await fetch_one(conn, _READ, (chat_id, sender.id if sender else None))
    assert row is not None  # the one-row source always yields a row
    chats = ChatRepo(conn)
    created = row["id"] is None
    if created:
        chat = await chats.add(
            chat_id, chat_type, title, language=language, timezone=timezone, now=now
        )
    elif row["title"] != title or row["type"] != chat_type:
        chat = await chats.retitle(chat_id, chat_type, title, now)
    else:
        chat = _chat(row)
    if sender is None:
        return chat, None, created
    people = PeopleRepo(conn)
    known = (row["u_first_name"], row["u_last_name"], row["u_username"], row["u_language_code"])
    told = (sender.first_name, sender.last_name, sender.username, sender.language_code)
    if row["u_id"] is None or known != told:
        person = await people.upsert(sender.id, *told, now)
    else:
        person = Person(
            id=sender.id,
            first_name=sender.first_name,
            last_name=sender.last_name,
            username=sender.username,
            private_ok=bool(row["u_private_ok"]),
        )
    if not sender.is_bot:
        if _stale(row["m_last_seen"], now):
            await people.seen_in(chat.id, sender.id, now)
        if chat.is_private and not person.private_ok:
            await people.allow_private(sender.id)
            person = replace(person, private_ok=True)
    return chat, person, created


def _stale(last_seen: str | None, now: datetime) -> bool:
    if last_seen is None:
        return True
    try:
        seen = datetime.fromisoformat(last_seen)
    except ValueError:
        return True
    if seen.tzinfo is None:
        return True
    return not timedelta(0) <= now - seen < SEEN_EVERY


# How long a handled update's id is remembered: Telegram keeps an unconfirmed update 24 hours.
HANDLED_FOR = timedelta(days=7)
KEPT_ANYWAY = 1000  # the newest ids stay, however long the bot was down


async def mark_handled(conn: aiosqlite.Connection, update_id: int, now: datetime) -> None:
    """Store that this update was handled, in the transaction that stores what it changed (an
    update that changes nothing is not written down: doing it again only answers again)."""
    await conn.execute(
        "INSERT OR IGNORE INTO handled_updates (update_id, handled_at) VALUES (?, ?)",
        (update_id, iso(now)),
    )


async def handled_lately(conn: aiosqlite.Connection) -> set[int]:
    """The last updates handled that changed something. Telegram delivers again only what the
    bot had not confirmed when it stopped (one batch of at most 100), whatever the clock says
    now, so the newest ids are the ones to know."""
    rows = await fetch_all(
        conn,
        "SELECT update_id FROM handled_updates ORDER BY update_id DESC LIMIT ?",
        (KEPT_ANYWAY,),
    )
    return {int(row[0]) for row in rows}


async def forget_handled(conn: aiosqlite.Connection, now: datetime) -> None:
    """Drop the ids of updates Telegram can no longer deliver again."""
    await conn.execute(
        "DELETE FROM handled_updates WHERE handled_at < ? AND update_id NOT IN"
        " (SELECT update_id FROM handled_updates ORDER BY update_id DESC LIMIT ?)",
        (iso(now - HANDLED_FOR), KEPT_ANYWAY),
    )
