"""Named, ordered migrations; each runs in one transaction and is recorded in `migrations`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import aiosqlite

from storage.db import Database, fetch_all

Step = str | Callable[[aiosqlite.Connection], Awaitable[None]]


@dataclass(frozen=True)
class Migration:
    name: str
    step: Step


MIGRATIONS: list[Migration] = [
    Migration(
        "0001_chats_users_roles",
        """
        CREATE TABLE chats (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            display_name TEXT,
            language TEXT NOT NULL,
            timezone TEXT NOT NULL,
            default_time TEXT NOT NULL DEFAULT '09:00',
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL,
            last_name TEXT,
            username TEXT,
            language_code TEXT,
            private_ok INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX users_username ON users (lower(username));
        CREATE TABLE members (
            chat_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL REFERENCES users (id),
            last_seen TEXT NOT NULL,
            PRIMARY KEY (chat_id, user_id)
        );
        CREATE TABLE roles (
            chat_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL REFERENCES users (id),
            role TEXT NOT NULL CHECK (role IN ('board', 'gemeente')),
            added_by INTEGER,
            added_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, user_id, role)
        );
        CREATE TABLE prompts (
            chat_id INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, message_id)
        );
        """,
    ),
    Migration(
        "0002_due_events_and_reminders",
        """
        CREATE TABLE due (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            chat_id INTEGER NOT NULL,
            target_id INTEGER,
            payload TEXT NOT NULL DEFAULT '{}',
            fire_at TEXT NOT NULL,
            timezone TEXT NOT NULL,
            recurrence TEXT,
            state TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            late INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created_at TEXT NOT NULL,
            claimed_at TEXT,
            sent_at TEXT
        );
        CREATE INDEX due_pending ON due (state, fire_at);
        CREATE INDEX due_target ON due (kind, target_id);
        CREATE TABLE reminders (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            created_by INTEGER NOT NULL,
            text TEXT NOT NULL,
            recurrence TEXT,
            has_time INTEGER NOT NULL DEFAULT 1,
            state TEXT NOT NULL DEFAULT 'active',
            created_at TEXT NOT NULL
        );
        CREATE INDEX reminders_chat ON reminders (chat_id, state);
        CREATE TABLE reminder_messages (
            chat_id INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            reminder_id INTEGER NOT NULL REFERENCES reminders (id),
            position INTEGER NOT NULL,
            late INTEGER NOT NULL DEFAULT 0,
            done_by TEXT,
            snoozed_until TEXT,
            PRIMARY KEY (chat_id, message_id, reminder_id)
        );
        """,
    ),
    Migration(
        "0003_prompts_remember_answers",
        "ALTER TABLE prompts ADD COLUMN answered_at TEXT",
    ),
    Migration(
        "0004_group_settings",
        """
        CREATE TABLE chat_settings (
            chat_id INTEGER NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, key)
        );
        """,
    ),
    Migration(
        "1200_chats_inactive_since",
        """
        ALTER TABLE chats ADD COLUMN inactive_since TEXT;
        UPDATE chats SET inactive_since = updated_at WHERE active = 0
        """,
    ),
    Migration(
        "0700_meetings_and_agenda",
        """
        CREATE TABLE meeting_series (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            recurrence TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            length_minutes INTEGER NOT NULL DEFAULT 120,
            timezone TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_by INTEGER,
            created_at TEXT NOT NULL
        );
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            series_id INTEGER REFERENCES meeting_series (id),
            starts_at TEXT NOT NULL,
            ends_at TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'planned'
                CHECK (state IN ('planned', 'held', 'cancelled')),
            chair_id INTEGER,
            minute_taker_id INTEGER,
            sequence INTEGER NOT NULL DEFAULT 0,
            announce_message_id INTEGER,
            agenda_message_id INTEGER,
            created_by INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX meetings_chat ON meetings (chat_id, state, starts_at);
        CREATE TABLE meeting_rsvps (
            meeting_id INTEGER NOT NULL REFERENCES meetings (id),
            user_id INTEGER NOT NULL,
            answer TEXT NOT NULL CHECK (answer IN ('yes', 'maybe', 'no')),
            answered_at TEXT NOT NULL,
            PRIMARY KEY (meeting_id, user_id)
        );
        CREATE TABLE meeting_messages (
            chat_id INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            meeting_id INTEGER NOT NULL REFERENCES meetings (id),
            kind TEXT NOT NULL,
            PRIMARY KEY (chat_id, message_id)
        );
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            meeting_id INTEGER REFERENCES meetings (id),
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            proposer_id INTEGER,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'discussed', 'removed')),
            source_message_id INTEGER,
            carried_from_meeting_id INTEGER REFERENCES meetings (id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, state, position);
        CREATE INDEX agenda_items_chat ON agenda_items (chat_id, state);
        CREATE TABLE meeting_notices (
            chat_id INTEGER NOT NULL,
            notice TEXT NOT NULL,
            set_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, notice)
        );
        """,
    ),
    Migration(
        "0900_advice",
        """
        CREATE TABLE advices (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            number INTEGER NOT NULL,
            subject TEXT NOT NULL,
            sent_on TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'verzonden'
                CHECK (state IN ('verzonden', 'ontvangen', 'beantwoord', 'ingetrokken')),
            recipient TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            requested INTEGER,
            document_id TEXT,
            document_name TEXT,
            link TEXT,
            ack_days INTEGER NOT NULL,
            reply_days INTEGER NOT NULL,
            very_late_percent INTEGER NOT NULL,
            postponed_to TEXT,
            postpone_reason TEXT,
            acknowledged_on TEXT,
            answered_on TEXT,
            outcome TEXT,
            summary TEXT,
            answer_document_id TEXT,
            answer_document_name TEXT,
            message_id INTEGER,
            created_by INTEGER,
            created_at TEXT NOT NULL,
            UNIQUE (chat_id, number)
        );
        CREATE TABLE advice_events (
            id INTEGER PRIMARY KEY,
            advice_id INTEGER NOT NULL REFERENCES advices (id),
            chat_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            by_id INTEGER,
            by_name TEXT,
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX advice_events_advice ON advice_events (advice_id, id);
        CREATE TABLE advice_chases (
            advice_id INTEGER NOT NULL REFERENCES advices (id),
            kind TEXT NOT NULL,
            deadline TEXT NOT NULL,
            chat_id INTEGER NOT NULL,
            message_id INTEGER,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (advice_id, kind, deadline)
        );
        CREATE INDEX advice_chases_message ON advice_chases (chat_id, message_id);
        CREATE TABLE advice_mails (
            id INTEGER PRIMARY KEY,
            advice_id INTEGER NOT NULL REFERENCES advices (id),
            chat_id INTEGER NOT NULL,
            chase_key TEXT NOT NULL,
            message_id_header TEXT NOT NULL,
            recipients TEXT NOT NULL,
            subject TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            UNIQUE (advice_id, chase_key)
        )
        """,
    ),
    Migration(
        "1000_polls",
        """
        CREATE TABLE polls (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            created_by INTEGER NOT NULL,
            question TEXT NOT NULL,
            options TEXT NOT NULL,
            proposal INTEGER NOT NULL DEFAULT 0,
            multiple INTEGER NOT NULL DEFAULT 0,
            native_id TEXT NOT NULL,
            message_id INTEGER NOT NULL,
            thread_id INTEGER,
            closes_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            closed_at TEXT,
            closed_by INTEGER,
            board TEXT,
            result_message_id INTEGER,
            decision_id INTEGER
        );
        CREATE UNIQUE INDEX polls_native ON polls (native_id);
        CREATE INDEX polls_chat ON polls (chat_id, closed_at);
        CREATE TABLE poll_votes (
            poll_id INTEGER NOT NULL REFERENCES polls (id),
            user_id INTEGER NOT NULL,
            option_ids TEXT NOT NULL,
            voted_at TEXT NOT NULL,
            PRIMARY KEY (poll_id, user_id)
        );
        """,
    ),
    Migration(
        "0800_decisions_and_actions",
        """
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            meeting_id INTEGER,
            agenda_item_id INTEGER,
            created_by INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX decisions_chat ON decisions (chat_id, number);
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            due_date TEXT,
            due_time TEXT,
            state TEXT NOT NULL DEFAULT 'open',
            reason TEXT,
            meeting_id INTEGER,
            created_by INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            closed_at TEXT
        );
        CREATE INDEX actions_chat ON actions (chat_id, state, number);
        CREATE TABLE action_owners (
            action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            user_id INTEGER,
            party TEXT,
            name TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (action_id, position)
        );
        CREATE INDEX action_owners_user ON action_owners (user_id);
        CREATE TABLE action_timeline (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            change TEXT NOT NULL,
            user_id INTEGER,
            detail TEXT
        );
        CREATE INDEX action_timeline_action ON action_timeline (action_id, id);
        """,
    ),
    Migration(
        "1300_due_by_target_and_reminders_by_creator",
        # One index answers "this target's pending events, soonest first" without a sort, so the
        # planner never walks all pending events instead (it did, without statistics).
        """
        CREATE INDEX due_target_pending ON due (kind, target_id, state, fire_at);
        DROP INDEX due_target;
        CREATE INDEX reminders_creator ON reminders (created_by, state)
        """,
    ),
    Migration(
        "0801_meeting_reports",
        """
        CREATE TABLE meeting_reports (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
            chat_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            message_id INTEGER,
            posted_at TEXT NOT NULL
        );
        CREATE TABLE meeting_attendance (
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL,
            present INTEGER NOT NULL,
            changed_by INTEGER,
            changed_at TEXT NOT NULL,
            PRIMARY KEY (meeting_id, user_id)
        );
        """,
    ),
    Migration(
        "1400_mailbox_marks",
        # The bot's own mailbox (IMAP_URL): no group's data, so no chat_id (see storage/mailbox.py).
        """
        CREATE TABLE mailbox_marks (
            mailbox TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
    ),
    Migration(
        "1402_advice_mail_in",
        # Mail shown in a group (a reply to an advice, or in its postvak): the group's data, so
        # it has a chat_id and goes with /export, retention and /vergeetgroep.
        """
        CREATE TABLE advice_mail_in (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            advice_id INTEGER,
            mail_key TEXT NOT NULL,
            message_id_header TEXT,
            sender TEXT NOT NULL,
            sender_name TEXT NOT NULL,
            sent_at TEXT,
            subject TEXT NOT NULL,
            text TEXT NOT NULL,
            attachments TEXT NOT NULL DEFAULT '[]',
            how TEXT NOT NULL,
            automatic TEXT,
            state TEXT NOT NULL,
            message_id INTEGER,
            received_at TEXT NOT NULL,
            decided_by INTEGER,
            decided_at TEXT
        );
        CREATE UNIQUE INDEX advice_mail_in_key ON advice_mail_in (chat_id, mail_key);
        CREATE INDEX advice_mail_in_header ON advice_mail_in (message_id_header);
        CREATE INDEX advice_mail_in_state ON advice_mail_in (chat_id, state)
        """,
    ),
    Migration(
        "1403_official_digests",
        # A gemeente contact's weekly overview, keyed by their private chat (= their user id),
        # so /vergeet takes it along.
        """
        CREATE TABLE official_digests (
            chat_id INTEGER PRIMARY KEY,
            weekly TEXT NOT NULL,
            private INTEGER NOT NULL DEFAULT 1,
            email TEXT NOT NULL DEFAULT '',
            timezone TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
    ),
    Migration(
        "1401_due_planned_moment",
        # A message held back (quiet hours, a day off) or retried keeps the moment its feature
        # planned here, while fire_at says when the engine sends it.
        "ALTER TABLE due ADD COLUMN planned_at TEXT",
    ),
    Migration(
        "1900_thermometer",
        # Anonymous within each side: `thermometer_asked` knows who answered (to avoid a second
        # answer and to remind), `thermometer_scores` and `thermometer_remarks` only the side.
        # Scores are counts, remarks sit in random order (WITHOUT ROWID, a random key): neither
        # keeps an order or a moment that could be matched with who answered when.
        """
        CREATE TABLE thermometers (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            statements TEXT NOT NULL,
            question TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            closes_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
            opened_by INTEGER,
            meeting_id INTEGER,
            result_message_id INTEGER
        );
        CREATE INDEX thermometers_chat ON thermometers (chat_id, opened_at);
        CREATE TABLE thermometer_asked (
            thermometer_id INTEGER NOT NULL REFERENCES thermometers (id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('board', 'gemeente')),
            draft TEXT,
            answered INTEGER NOT NULL DEFAULT 0,
            sent INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (thermometer_id, user_id)
        );
        CREATE TABLE thermometer_scores (
            thermometer_id INTEGER NOT NULL REFERENCES thermometers (id) ON DELETE CASCADE,
            side TEXT NOT NULL CHECK (side IN ('board', 'gemeente')),
            statement INTEGER NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            count INTEGER NOT NULL,
            PRIMARY KEY (thermometer_id, side, statement, score)
        ) WITHOUT ROWID;
        CREATE TABLE thermometer_remarks (
            thermometer_id INTEGER NOT NULL REFERENCES thermometers (id) ON DELETE CASCADE,
            token TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('board', 'gemeente')),
            text TEXT NOT NULL,
            PRIMARY KEY (thermometer_id, token)
        ) WITHOUT ROWID;
        CREATE TABLE thermometer_texts (
            chat_id INTEGER NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (chat_id, position)
        );
        """,
    ),
    Migration(
        "1910_handled_updates",
        # Telegram delivers an update again when the bot stopped before confirming it (a kill
        # right after answering): the update id, stored with what the update changed, says it
        # was handled already. Kept for a week; Telegram keeps an update for a day.
        "CREATE TABLE handled_updates (update_id INTEGER PRIMARY KEY, handled_at TEXT NOT NULL)",
    ),
    Migration(
        "1920_attendance",
        # An afbericht's reason, and guests who are not on Telegram ("Carla (stadsdeel)").
        """
        ALTER TABLE meeting_rsvps ADD COLUMN reason TEXT;
        CREATE TABLE meeting_guests (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            added_by INTEGER,
            added_at TEXT NOT NULL
        )
        """,
    ),
    Migration(
        "1701_decision_corrections",
        # Issue 17: a decision can be corrected and removed. Removal keeps the row (its number
        # is never given to another decision; the timeline says who removed it and when).
        """
        ALTER TABLE decisions ADD COLUMN removed_at TEXT;
        ALTER TABLE decisions ADD COLUMN removed_by INTEGER;
        CREATE TABLE decision_timeline (
            id INTEGER PRIMARY KEY,
            decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            change TEXT NOT NULL,
            user_id INTEGER,
            detail TEXT
        );
        CREATE INDEX decision_timeline_decision ON decision_timeline (decision_id, id)
        """,
    ),
    Migration(
        "1700_meeting_moves",
        # Each move of a meeting, with where it was: its "Ongedaan maken" puts it back (issue 17).
        """
        CREATE TABLE meeting_moves (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            meeting_id INTEGER NOT NULL,
            old_starts_at TEXT NOT NULL,
            old_ends_at TEXT NOT NULL,
            old_place TEXT NOT NULL,
            moved_by INTEGER,
            moved_at TEXT NOT NULL,
            undone_at TEXT
        );
        CREATE INDEX meeting_moves_meeting ON meeting_moves (meeting_id, id)
        """,
    ),
    Migration(
        "1921_minutes",
        # Notes per agenda item (or the rondvraag) at one meeting, and the items that left a
        # meeting whose agenda had closed (carried over, deferred), with the number they had
        # there: the report still lists them, as "doorgeschoven", under that number; and the
        # agenda item an action was made for ("/actie 3: ...").
        """
        CREATE TABLE agenda_notes (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            part TEXT NOT NULL,
            item_id INTEGER REFERENCES agenda_items (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            author_id INTEGER,
            created_at TEXT NOT NULL
        );
        CREATE INDEX agenda_notes_meeting ON agenda_notes (meeting_id, id);
        CREATE TABLE meeting_items (
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            PRIMARY KEY (meeting_id, item_id)
        );
        CREATE TABLE action_items (
            action_id INTEGER PRIMARY KEY REFERENCES actions (id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE
        )
        """,
    ),
    Migration(
        "1702_agenda_numbers",
        # Issue 17: an agenda item keeps the number the group saw; removing, deferring or carrying
        # over another item shifts none. `agenda_numbers` is every number ever given on an
        # agenda (a meeting's, or the waiting list's: meeting_id NULL), so "punt 3" is found
        # after the item left, and a number given anew by a move up or down is known as such
        # (`moved`) until the group is shown the agenda again. `added_by`: who typed /agenda
        # (the proposer may be the author of a message replied to); their undo and text edit.
        """
        ALTER TABLE agenda_items ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE agenda_items ADD COLUMN added_by INTEGER;
        UPDATE agenda_items SET number = position, added_by = proposer_id;
        CREATE TABLE agenda_numbers (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            meeting_id INTEGER,
            number INTEGER NOT NULL,
            item_id INTEGER NOT NULL,
            given_at TEXT NOT NULL,
            moved INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO agenda_numbers (chat_id, meeting_id, number, item_id, given_at)
            SELECT chat_id, meeting_id, position, id, updated_at FROM agenda_items
            WHERE state != 'removed';
        CREATE INDEX agenda_numbers_lookup ON agenda_numbers (chat_id, meeting_id, number, id)
        """,
    ),
    Migration(
        "1922_formats",
        # Every meeting (and series) has a kind; a group's own kinds, and its changes to the
        # built-in ones, are rows of `meeting_formats` (none: the built-in as it ships).
        """
        ALTER TABLE meetings ADD COLUMN kind TEXT NOT NULL DEFAULT 'bestuur';
        ALTER TABLE meeting_series ADD COLUMN kind TEXT NOT NULL DEFAULT 'bestuur';
        CREATE TABLE meeting_formats (
            chat_id INTEGER NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            words TEXT NOT NULL,
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            invited TEXT NOT NULL,
            call TEXT,
            close TEXT,
            builtin INTEGER NOT NULL,
            PRIMARY KEY (chat_id, key)
        )
        """,
    ),
    Migration(
        "1923_report_archive",
        # A report is "concept" until a next meeting of its kind approves it; each version is
        # mailed once: a claim row first (state 'sending'), 'sent' when the server accepted it.
        """
        CREATE TABLE report_approvals (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
            approved_at TEXT NOT NULL,
            approved_by INTEGER,
            at_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL
        );
        CREATE TABLE report_mails (
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('sending', 'sent')),
            recipients TEXT NOT NULL,
            message_id TEXT,
            claimed_at TEXT NOT NULL,
            sent_at TEXT,
            PRIMARY KEY (meeting_id, version)
        )
        """,
    ),
    Migration(
        "1704_agenda_item_timeline",
        # Issue 17: an agenda item's text corrected shows "gewijzigd door Bram", as decisions
        # and actions do; the old text is kept as the detail.
        """
        CREATE TABLE agenda_item_timeline (
            id INTEGER PRIMARY KEY,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            change TEXT NOT NULL,
            user_id INTEGER,
            detail TEXT
        );
        CREATE INDEX agenda_item_timeline_item ON agenda_item_timeline (agenda_item_id, id)
        """,
    ),
    Migration(
        "1930_series_calendar",
        # A series is one calendar object: each of its meetings keeps the rule's moment it
        # stands for (`slot`, the .ics RECURRENCE-ID; a move keeps it), the series keeps the
        # first slot of its current rhythm (`anchor`, the DTSTART) and its own SEQUENCE.
        # Meetings moved before this: their slot is where the first move took them from.
        """
        ALTER TABLE meetings ADD COLUMN slot TEXT;
        UPDATE meetings SET slot = coalesce(
            (SELECT mv.old_starts_at FROM meeting_moves mv WHERE mv.meeting_id = meetings.id
             ORDER BY mv.id LIMIT 1), starts_at) WHERE series_id IS NOT NULL;
        ALTER TABLE meeting_series ADD COLUMN anchor TEXT;
        ALTER TABLE meeting_series ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
        UPDATE meeting_series SET
            anchor = (SELECT min(m.slot) FROM meetings m WHERE m.series_id = meeting_series.id),
            sequence = coalesce(
                (SELECT max(m.sequence) FROM meetings m WHERE m.series_id = meeting_series.id),
                0)
        """,
    ),
    Migration(
        "1404_official_digest_since",
        # Issue 20: the weekly digest tells what became due or overdue since the previous one;
        # when that was (UTC), so the period is exact across restarts and downtime.
        "ALTER TABLE official_digests ADD COLUMN last_sent_at TEXT",
    ),
    Migration(
        "1600_due_by_chat",
        # A group's pending digest or overview, and when its last one went, are looked up on
        # every /actie and /acties: by state alone that read every group's pending events.
        "CREATE INDEX due_chat_kind ON due (chat_id, kind, state, fire_at)",
    ),
    Migration(
        "1931_series_cancelled_ahead",
        # A later date of a series called off before the bot planned it ("/overleg afzeggen 10
        # december"): a cancelled meeting on its slot (an EXDATE) that the series' planning has
        # not reached, so the next meeting is still planned from the one before it.
        "ALTER TABLE meetings ADD COLUMN ahead INTEGER NOT NULL DEFAULT 0",
    ),
]


async def applied(conn: aiosqlite.Connection) -> set[str]:
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return {str(row[0]) for row in await fetch_all(conn, "SELECT name FROM migrations")}


async def migrate(db: Database, migrations: list[Migration] | None = None) -> list[str]:
    """Apply every migration not yet recorded, in order; return the names applied now."""
    done = await applied(db.conn)
    ran: list[str] = []
    for migration in migrations if migrations is not None else MIGRATIONS:
        if migration.name in done:
            continue
        async with db.transaction() as conn:
            if isinstance(migration.step, str):
                for statement in _statements(migration.step):
                    await conn.execute(statement)
            else:
                await migration.step(conn)
            await conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat()),
            )
        ran.append(migration.name)
    return ran


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    return [part.strip() for part in script.split(";") if part.strip()]
