"""What the engine sends about actions: reminders to owners and the weekly digest; and the
schedules every change keeps in step (digest moment, the lists after meetings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import (
    DIGEST,
    GEMEENTE_PARTIES,
    OWNER_REMINDERS,
    Action,
    ActionState,
    Change,
    reminder_moments,
)
from domain.models import Chat, Person
from domain.roles import Role
from domain.settings import GroupSettings, next_weekly
from handlers.actions.after_meeting import ensure_after_meeting
from handlers.actions.keyboards import reminder_buttons
from handlers.actions.text import grouped_by_owner, reminder_line
from handlers.i18n import t
from handlers.kit.outbox import Outbox, late_line
from handlers.kit.paging import paginate
from handlers.kit.turn import Turn
from schedules.engine import Firing
from storage.actions import ActionRepo
from storage.due import DueRepo
from storage.people import PeopleRepo
from storage.roles import RoleRepo
from storage.settings import SettingsRepo

REMIND = "action.remind"
DIGEST_KIND = "action.digest"


# --- reminders to owners ---------------------------------------------------------------------
async def schedule_reminders(turn: Turn, action: Action, chat: Chat | None = None) -> None:
    """2 days before, on the day, then weekly three times (see `reminder_moments`)."""
    if action.due_date is None:
        return
    chat = chat or turn.chat
    at = chat.default_time
    if action.due_time is not None and action.due_time < at:
        at = action.due_time
    conn = await turn.conn()
    for step, moment in reminder_moments(action.due_date, at, ZoneInfo(chat.timezone), turn.now()):
        await turn.svc.engine.schedule(
            conn,
            REMIND,
            action.chat_id,
            moment,
            timezone=chat.timezone,
            target_id=action.id,
            payload={"step": step},
        )


@dataclass
class _Note:
    """What one person hears: a line per action of theirs that fell due."""

    person: Person
    lines: list[str]
    actions: list[Action]


async def fire_reminder(out: Outbox, firing: Firing) -> None:
    """Owners hear about their actions: privately after Start, else in the group, mentioned.

    Gemeente and stadsdeel actions go to the group's gemeente contacts; other outside parties
    and names typed as text only appear in the weekly digest. After downtime only the latest
    reminder of an action that fell due goes out.
    """
    steps = {e.target_id: e for e in firing.events if e.target_id is not None}

    async def still_owed(conn: Any, action_id: int) -> Action | None:
        if await DueRepo(conn).superseded(steps[action_id], firing.now):
            return None
        action = await ActionRepo(conn).get(action_id)
        if action is None or action.state is not ActionState.OPEN or action.due_date is None:
            return None
        return action

    chat, owed = await out.targets(firing, still_owed)
    if chat is None:
        return
    async with out.svc.db.transaction() as conn:
        if not (await SettingsRepo(conn).of(chat.id)).flag(OWNER_REMINDERS):
            return
        notes = await _notes(conn, chat, owed, firing.now)
    lang = chat.language
    for note in notes:
        body = "\n".join(note.lines) + late_line(lang, firing)
        _message, privately = await out.to_person(
            chat.id,
            note.person,
            t(lang, "action.remind.private", group=chat.name) + "\n" + body,
            reminder_buttons(lang, note.actions),
            group_text=body,
        )
        key = "action.remind.to.private" if privately else "action.remind.to.group"
        detail = t(lang, key, name=note.person.first_name)
        async with out.svc.db.transaction() as conn:
            repo = ActionRepo(conn)
            for action in note.actions:
                await repo.log(action.id, Change.REMINDED, None, firing.now, detail)


async def _notes(conn: Any, chat: Chat, owed: list[Action], now: datetime) -> list[_Note]:
    """Who hears what: members who own an action, the gemeente contacts for its actions."""
    people = PeopleRepo(conn)
    contacts = await RoleRepo(conn).members(chat.id, Role.GEMEENTE)
    notes: dict[int, _Note] = {}
    for action in owed:
        text = reminder_line(chat, action, now)
        for owner in action.owners:
            targets: list[Person] = []
            if owner.user_id is not None:
                person = await people.get(owner.user_id)
                targets = [person] if person else []
            elif owner.party in GEMEENTE_PARTIES:
                targets = contacts
            for person in targets:
                note = notes.setdefault(person.id, _Note(person, [], []))
                if action not in note.actions:
                    note.lines.append(text)
                    note.actions.append(action)
    return list(notes.values())


# --- the weekly digest -----------------------------------------------------------------------
async def ensure_digest(
    svc: Any, conn: Any, chat: Chat, settings: GroupSettings, now: datetime
) -> None:
    """Keep exactly one pending digest at the group's chosen weekly moment (none when off).

    Called whenever actions are created or listed and after each digest, so a changed setting
    takes effect without a hook into /instellingen.
    """
    due = DueRepo(conn)
    pending = await due.pending_of_chat(DIGEST_KIND, chat.id)
    weekly = settings.weekly(DIGEST)
    wanted = None if weekly is None else next_weekly(weekly, ZoneInfo(chat.timezone), now)
    if len(pending) == 1 and wanted is not None and pending[0].fire_at == wanted:
        return
    for event in pending:
        await due.cancel(event.id)
    if wanted is not None:
        await svc.engine.schedule(conn, DIGEST_KIND, chat.id, wanted, timezone=chat.timezone)


async def fire_digest(out: Outbox, firing: Firing) -> None:
    """The weekly list of open actions, grouped by owner, overdue first; then the next one."""
    chat = await out.chat(firing.chat_id)
    if chat is None:
        return
    async with out.svc.db.transaction() as conn:
        settings = await SettingsRepo(conn).of(chat.id)
        actions = await ActionRepo(conn).open_in(chat.id)
    if settings.weekly(DIGEST) is not None and actions:
        lang = chat.language
        title = t(lang, "action.digest.title", group=chat.name, count=len(actions))
        lines = grouped_by_owner(lang, chat, actions, firing.now)
        for page in paginate(title, lines):
            hint = t(lang, "action.digest.hint")
            await out.send(chat.id, page.text + "\n\n" + hint + late_line(lang, firing))
    async with out.svc.db.transaction() as conn:
        await ensure_digest(out.svc, conn, chat, settings, firing.now)
        await ensure_after_meeting(out.svc, conn, chat, settings, firing.now)


async def keep_schedules(turn: Turn) -> None:
    """The weekly digest and the action lists after meetings follow the settings and meetings."""
    conn = await turn.conn()
    settings = await turn.group_settings()
    await ensure_digest(turn.svc, conn, turn.chat, settings, turn.now())
    await ensure_after_meeting(turn.svc, conn, turn.chat, settings, turn.now())
