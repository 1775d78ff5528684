"""Five years of a residents' organisation, times 2,000: the national-scale database.

Per group: 8 members (the first a Telegram admin, the second on the board), a meeting about
every five weeks (50 held, one planned two weeks ahead with 4 open agenda items), 4 agenda
items and 2 decisions per meeting, an action per meeting (owner, timeline; the last three
still open), 4 advices a year with their events, 3 polls a year with their votes. About 1.2
million rows on the real schema (bench/data.create runs this tree's migrations). Written with
plain sqlite3, in one transaction per table, so that a million rows take seconds.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bench.data import TZ, group_id, iso, user_id

MEMBERS = 8
MEETINGS = 50  # held, every five weeks: about five years
EVERY = timedelta(days=35)
ITEMS = 4  # per meeting
DECISIONS = 2  # per meeting
OPEN_ACTIONS = 3
ADVICES = 20
POLLS = 15
VOTES = 3

SUBJECTS = (
    "Verkeersveiligheid Duinstraat",
    "Speeltuin Kwartellaan",
    "Groenonderhoud plantsoen",
    "Parkeerdruk rond het station",
    "Afvalinzameling en containers",
    "Bewonersavond najaar",
    "Subsidie buurtfeest",
    "Verlichting fietspad",
    "Jaarverslag en kascommissie",
    "Wijkkrant december",
    "Hondenuitlaatplaatsen",
    "Bouwplannen schoolterrein",
)


def build(conn: sqlite3.Connection, groups: int, now: datetime, seed: int = 13) -> dict[str, int]:
    """Fill a migrated, empty database; returns the rows written per table."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    start = now - EVERY * MEETINGS

    def write(table: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> None:
        marks = ", ".join("?" for _ in columns)
        conn.execute("BEGIN")
        cur = conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        conn.execute("COMMIT")
        counts[table] = cur.rowcount

    stamp = now.isoformat()
    write(
        "chats",
        ("id", "type", "title", "language", "timezone", "active", "created_at", "updated_at"),
        (
            (group_id(g), "supergroup", f"Wijkraad {g:04d}", "nl", TZ, 1, stamp, stamp)
            for g in range(groups)
        ),
    )
    write(
        "users",
        ("id", "first_name", "last_name", "username", "language_code", "updated_at"),
        (
            (user_id(g, m), f"Lid{g}", f"Achternaam{m}", f"lid{g}_{m}", "nl", stamp)
            for g in range(groups)
            for m in range(MEMBERS)
        ),
    )
    write(
        "members",
        ("chat_id", "user_id", "last_seen"),
        ((group_id(g), user_id(g, m), stamp) for g in range(groups) for m in range(MEMBERS)),
    )
    write(
        "roles",
        ("chat_id", "user_id", "role", "added_by", "added_at"),
        ((group_id(g), user_id(g, 1), "board", user_id(g, 0), stamp) for g in range(groups)),
    )

    # meetings: ids are assigned in order, MEETINGS + 1 per group (the last one planned)
    per_group = MEETINGS + 1

    def meeting_id(g: int, k: int) -> int:
        return g * per_group + k + 1

    def starts(g: int, k: int) -> datetime:
        if k == MEETINGS:  # the next one
            return (now + timedelta(days=14)).replace(hour=18, minute=30, second=0, microsecond=0)
        return (start + EVERY * k + timedelta(hours=g % 24)).replace(microsecond=0)

    write(
        "meetings",
        (
            "id",
            "chat_id",
            "starts_at",
            "ends_at",
            "place",
            "state",
            "created_by",
            "created_at",
            "updated_at",
        ),
        (
            (
                meeting_id(g, k),
                group_id(g),
                iso(starts(g, k)),
                iso(starts(g, k) + timedelta(hours=2)),
                "Buurthuis De Kaap",
                "planned" if k == MEETINGS else "held",
                user_id(g, 0),
                iso(starts(g, k) - timedelta(days=30)),
                iso(starts(g, k)),
            )
            for g in range(groups)
            for k in range(per_group)
        ),
    )

    def items() -> Iterator[tuple[Any, ...]]:
        for g in range(groups):
            for k in range(per_group):
                for i in range(ITEMS):
                    made = starts(g, k) - timedelta(days=10 - i)
                    yield (
                        group_id(g),
                        meeting_id(g, k),
                        i + 1,
                        i + 1,
                        f"{rng.choice(SUBJECTS)} ({i + 1})",
                        user_id(g, rng.randrange(MEMBERS)),
                        "open" if k == MEETINGS else "discussed",
                        iso(made),
                        iso(made),
                    )

    write(
        "agenda_items",
        (
            "chat_id",
            "meeting_id",
            "position",
            "number",
            "text",
            "proposer_id",
            "state",
            "created_at",
            "updated_at",
        ),
        items(),
    )
    # the numbers the groups saw (as the bot gives them: storage/agenda.py)
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO agenda_numbers (chat_id, meeting_id, number, item_id, given_at)"
        " SELECT chat_id, meeting_id, number, id, created_at FROM agenda_items"
    )
    conn.execute("COMMIT")

    def decisions() -> Iterator[tuple[Any, ...]]:
        for g in range(groups):
            for k in range(MEETINGS):
                for d in range(DECISIONS):
                    yield (
                        group_id(g),
                        k * DECISIONS + d + 1,
                        f"Besluit: {rng.choice(SUBJECTS)}",
                        meeting_id(g, k),
                        user_id(g, 1),
                        starts(g, k).isoformat(),
                    )

    write(
        "decisions",
        ("chat_id", "number", "text", "meeting_id", "created_by", "created_at"),
        decisions(),
    )

    def actions() -> Iterator[tuple[Any, ...]]:
        for g in range(groups):
            for k in range(MEETINGS):
                is_open = k >= MEETINGS - OPEN_ACTIONS
                due = (starts(g, k) + timedelta(days=28)).date()
                if is_open:
                    due = max(due, (now + timedelta(days=3 + k % 20)).date())
                yield (
                    group_id(g),
                    k + 1,
                    f"Actie: {rng.choice(SUBJECTS)}",
                    due.isoformat(),
                    "open" if is_open else "done",
                    meeting_id(g, k),
                    user_id(g, 1),
                    starts(g, k).isoformat(),
                    None if is_open else (starts(g, k) + timedelta(days=20)).isoformat(),
                )

    write(
        "actions",
        (
            "chat_id",
            "number",
            "text",
            "due_date",
            "state",
            "meeting_id",
            "created_by",
            "created_at",
            "closed_at",
        ),
        actions(),
    )
    action_ids = [
        row[0]
        for row in conn.execute("SELECT id, chat_id FROM actions ORDER BY chat_id DESC, number")
    ]
    write(
        "action_owners",
        ("action_id", "position", "user_id", "name"),
        (
            (aid, 1, user_id(n // MEETINGS, n % MEMBERS), f"Lid{n // MEETINGS}")
            for n, aid in enumerate(action_ids)
        ),
    )
    write(
        "action_timeline",
        ("action_id", "at", "change", "user_id"),
        (
            (aid, now.isoformat(), "created", user_id(n // MEETINGS, 1))
            for n, aid in enumerate(action_ids)
        ),
    )

    def advices() -> Iterator[tuple[Any, ...]]:
        for g in range(groups):
            for a in range(ADVICES):
                sent = (start + timedelta(days=91 * a + g % 30)).date()
                answered = a < ADVICES - 2
                yield (
                    group_id(g),
                    a + 1,
                    f"Advies {rng.choice(SUBJECTS)}",
                    sent.isoformat(),
                    "beantwoord" if answered else "verzonden",
                    "Gemeente Den Haag",
                    "",
                    1,
                    10,
                    42,
                    200,
                    (sent + timedelta(days=12)).isoformat() if answered else None,
                    (sent + timedelta(days=50)).isoformat() if answered else None,
                    rng.choice(("overgenomen", "deels overgenomen", "niet overgenomen"))
                    if answered
                    else None,
                    user_id(g, 1),
                    datetime.combine(sent, datetime.min.time(), UTC).isoformat(),
                )

    write(
        "advices",
        (
            "chat_id",
            "number",
            "subject",
            "sent_on",
            "state",
            "recipient",
            "email",
            "requested",
            "ack_days",
            "reply_days",
            "very_late_percent",
            "acknowledged_on",
            "answered_on",
            "outcome",
            "created_by",
            "created_at",
        ),
        advices(),
    )
    advice_rows = conn.execute("SELECT id, chat_id, created_at FROM advices").fetchall()
    write(
        "advice_events",
        ("advice_id", "chat_id", "at", "kind", "by_id", "by_name", "data"),
        (
            (aid, chat, at, kind, None, "Lid", "{}")
            for aid, chat, at in advice_rows
            for kind in ("sent", "acknowledged")
        ),
    )

    def polls() -> Iterator[tuple[Any, ...]]:
        for g in range(groups):
            for p in range(POLLS):
                made = start + timedelta(days=120 * p + g % 50)
                yield (
                    group_id(g),
                    user_id(g, 1),
                    f"Peiling: {rng.choice(SUBJECTS)}?",
                    json.dumps(["Voor", "Tegen", "Onthouding"]),
                    1,
                    0,
                    f"{g}-{p}",
                    900_000 + p,
                    iso(made + timedelta(days=3)),
                    iso(made),
                    iso(made + timedelta(days=3)),
                    json.dumps([user_id(g, m) for m in range(3)]),
                )

    write(
        "polls",
        (
            "chat_id",
            "created_by",
            "question",
            "options",
            "proposal",
            "multiple",
            "native_id",
            "message_id",
            "closes_at",
            "created_at",
            "closed_at",
            "board",
        ),
        polls(),
    )
    poll_rows = conn.execute("SELECT id, chat_id, created_at FROM polls").fetchall()
    write(
        "poll_votes",
        ("poll_id", "user_id", "option_ids", "voted_at"),
        (
            (pid, user_id(group_index(chat), m), json.dumps([m % 3]), at)
            for pid, chat, at in poll_rows
            for m in range(VOTES)
        ),
    )
    return counts


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.history <path> <groups> <now>`: build into a migrated database (run as
    its own process, so that the benchmark's peak RSS is the bot's, not the generator's)."""
    path, groups, now = sys.argv[1:4] if argv is None else argv
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    counts = build(conn, int(groups), datetime.fromisoformat(now))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"built {sum(counts.values()):,} rows")
    return 0


def group_index(chat_id: int) -> int:
    return group_id(0) - chat_id


def first_day(now: datetime) -> date:
    return (now - EVERY * MEETINGS).date()


Maker = Callable[[int], dict[str, Any]]


if __name__ == "__main__":
    sys.exit(main())
