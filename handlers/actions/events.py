"""What the engine sends about actions: reminders to owners and the weekly digest; and the
schedules every change keeps in step (digest moment, the lists after meetings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.lists import format_list

from domain.actions import (
    DIGEST,
    GEMEENTE_PARTIES,
    OWNER_REMINDERS,
    Action,
    ActionState,
    Change,
    reminder_moments,
    with_overview,
)
from domain.models import Chat, Person
from domain.settings import GroupSettings, next_weekly
from handlers.actions.after_meeting import ensure_after_meeting
from handlers.actions.keyboards import reminder_buttons
from handlers.actions.text import RECORD, grouped_by_owner, line, reminder_line
from handlers.i18n import t
from handlers.kit.gemeente import ACTIONS, gemeente_part
from handlers.kit.outbox import Outbox, late_line, mention
from handlers.kit.sections import PEOPLE, Section
from handlers.kit.turn import Turn
from schedules.engine import Firing
from storage.actions import ActionRepo
from storage.due import DueRepo
from storage.people import PeopleRepo
from storage.settings import SettingsRepo

REMIND = "action.remind"
DIGEST_KIND = "action.digest"


# --- reminders to owners ---------------------------------------------------------------------
async def schedule_reminders(turn: Turn, action: Action, chat: Chat | None = None) -> None:
    """2 working days before, on the day, then weekly three times (`reminder_moments`). Only
    members are reminded: outside parties' actions are in the weekly overview."""
    if action.due_date is None or not action.member_ids:
        return
    chat = chat or turn.chat
    at = chat.default_time
    if action.due_time is not None and action.due_time < at:
        at = action.due_time
    conn = await turn.conn()
    weekly = (await SettingsRepo(conn).of(chat.id)).weekly(DIGEST)
    zone = ZoneInfo(chat.timezone)
    for step, moment in reminder_moments(action.due_date, at, zone, turn.now(), weekly):
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
    """What one person hears privately: a line per action of theirs that fell due."""

    person: Person
    lines: list[str]
    actions: list[Action]


async def remind_section(out: Outbox, firing: Firing) -> list[Section]:
    """Owners hear about their actions once a day: privately after Start, each their own;
    the others in one group message that mentions them (an action with two owners is one line
    mentioning both). The gemeente and other outside parties hear in the weekly overview.
    An overdue reminder on the overview's day is said in the overview's message to every
    owner (`with_overview`), unless one hears privately that day anyway.
    After downtime only the latest reminder of an action that fell due goes out."""
    steps = {e.target_id: e for e in firing.events if e.target_id is not None}

    async def still_owed(conn: Any, action_id: int) -> Action | None:
        if await DueRepo(conn).superseded(steps[action_id], firing.now):
            return None
        action = await ActionRepo(conn).get(action_id)
        if action is None or action.state is not ActionState.OPEN or action.due_date is None:
            return None
        return action

    chat, found = await out.targets(firing, still_owed)
    if chat is None:
        return []
    owed = list({action.id: action for action in found}.values())  # one line per action
    async with out.svc.db.transaction() as conn:
        settings = await SettingsRepo(conn).of(chat.id)
        if not settings.flag(OWNER_REMINDERS):
            return []
        weekly, zone = settings.weekly(DIGEST), ZoneInfo(chat.timezone)
        # with the overview only when each of the action's steps here is (a due-day reminder
        # held over Christmas that came along is still said as the owner chose)
        shared = {
            action.id
            for action in owed
            if all(
                with_overview(str(e.payload.get("step", "")), e.fire_at, zone, weekly)
                for e in firing.events
                if e.target_id == action.id
            )
        }
        private, group = await _split(conn, chat, owed, shared, firing.now)
    lang = chat.language
    lines: list[tuple[list[Person], str]] = []
    for action, people in group:
        lines.append((people, reminder_line(chat, action, firing.now)))
    text = _group_text(lang, lines)

    async def after(_message: Any, _shared: bool) -> None:
        for note in private:
            body = "\n".join(note.lines) + late_line(lang, firing)
            _sent, privately = await out.to_person(
                chat.id,
                note.person,
                t(lang, "action.remind.private", group=chat.name) + "\n" + body,
                reminder_buttons(lang, note.actions),
                group_text=body,
            )
            await _log(out, chat, note.actions, [note.person], privately, firing.now)
        for action, people in group:
            await _log(out, chat, [action], people, False, firing.now)

    buttons = reminder_buttons(lang, [action for action, _people in group])
    return [Section(title=text, buttons=buttons, after=after, rank=PEOPLE)]


async def _split(
    conn: Any, chat: Chat, owed: list[Action], shared: set[int], now: datetime
) -> tuple[list[_Note], list[tuple[Action, list[Person]]]]:
    """Who hears what: members who pressed Start privately (a note each), the other members
    of each action in the group (the action with the people to mention). The actions in
    `shared` come with the weekly overview: in the group for everyone, but in the note of one
    who gets a note that day anyway."""
    people = PeopleRepo(conn)
    owners: dict[int, list[Person]] = {}
    for action in owed:
        found = [await people.get(o.user_id) for o in action.owners if o.user_id is not None]
        # an outside party or a typed name has no person: the weekly overview lists it
        owners[action.id] = [person for person in found if person is not None]
    noted = {
        person.id
        for action in owed
        if action.id not in shared
        for person in owners[action.id]
        if person.private_ok
    }
    notes: dict[int, _Note] = {}
    group: list[tuple[Action, list[Person]]] = []
    for action in owed:
        text = reminder_line(chat, action, now)
        in_group: list[Person] = []
        for person in owners[action.id]:
            if person.id in noted:
                note = notes.setdefault(person.id, _Note(person, [], []))
                if action not in note.actions:
                    note.lines.append(text)
                    note.actions.append(action)
            else:
                in_group.append(person)
        if in_group:
            group.append((action, in_group))
    return list(notes.values()), group


def _group_text(lang: str, lines: list[tuple[list[Person], str]]) -> str:
    """ "Bram en Dirk ⏰ Over twee dagen: actie 1, ..." — the names once when every line is for
    the same people, else before each line."""
    if not lines:
        return ""

    def names(people: list[Person]) -> str:
        return format_list([mention(p.id, p.first_name) for p in people], locale=lang)

    if all({p.id for p in people} == {p.id for p in lines[0][0]} for people, _ in lines):
        return names(lines[0][0]) + " " + "\n".join(text for _people, text in lines)
    return "\n".join(f"{names(people)} {text}" for people, text in lines)


async def _log(
    out: Outbox,
    chat: Chat,
    actions: list[Action],
    people: list[Person],
    privately: bool,
    now: datetime,
) -> None:
    key = "action.remind.to.private" if privately else "action.remind.to.group"
    async with out.svc.db.transaction() as conn:
        repo = ActionRepo(conn)
        for person in people:
            detail = t(chat.language, key, name=person.first_name)
            for action in actions:
                await repo.log(action.id, Change.REMINDED, None, now, detail)


# --- the weekly digest -----------------------------------------------------------------------
async def ensure_digest(
    svc: Any, conn: Any, chat: Chat, settings: GroupSettings, now: datetime
) -> None:
    """Keep exactly one pending digest at the group's next weekly moment (none when off),
    never a second on the day one went out.

    Called whenever actions are created or listed and after each digest, so a changed setting
    takes effect without a hook into /instellingen.
    """
    due = DueRepo(conn)
    pending = await due.pending_of_chat(DIGEST_KIND, chat.id)
    weekly = settings.weekly(DIGEST)
    last = await due.last_taken(DIGEST_KIND, chat.id)
    zone = ZoneInfo(chat.timezone)
    wanted = None if weekly is None else next_weekly(weekly, zone, now, last=last)
    if len(pending) == 1 and wanted is not None and pending[0].fire_at == wanted:
        return
    for event in pending:
        await due.cancel(event.id)
    if wanted is not None:
        await svc.engine.schedule(conn, DIGEST_KIND, chat.id, wanted, timezone=chat.timezone)


async def digest_section(out: Outbox, firing: Firing) -> list[Section]:
    """The weekly list of open actions, grouped by owner, overdue first; what the gemeente or
    stadsdeel owns goes to the gemeente's part. Then the next week's is planned."""
    chat = await out.chat(firing.chat_id)
    if chat is None:
        return []
    async with out.svc.db.transaction() as conn:
        settings = await SettingsRepo(conn).of(chat.id)
        actions = await ActionRepo(conn).open_in(chat.id)
        lang = chat.language
        theirs = [a for a in actions if _gemeente_only(a)]
        part = await gemeente_part(
            conn, chat, ACTIONS, [line(lang, chat, a, firing.now) for a in theirs]
        )
    sections: list[Section] = []
    listed = [a for a in actions if part is None or not _gemeente_only(a)]
    if settings.weekly(DIGEST) is not None and listed:

        def title(count: int) -> str:
            return t(lang, "action.digest.title", group=chat.name, count=count)

        lines = grouped_by_owner(lang, chat, listed, firing.now)
        hint = t(lang, "action.digest.hint")
        sections.append(Section(title(len(listed)), lines, hint, lists=RECORD, recount=title))
    if settings.weekly(DIGEST) is not None and part is not None:
        sections.append(part)

    async def after(_message: Any, _shared: bool) -> None:
        async with out.svc.db.transaction() as conn:
            await ensure_digest(out.svc, conn, chat, settings, firing.now)
            await ensure_after_meeting(out.svc, conn, chat, settings, firing.now)

    return [*sections, Section(after=after)]


def _gemeente_only(action: Action) -> bool:
    return bool(action.owners) and all(o.party in GEMEENTE_PARTIES for o in action.owners)


async def keep_schedules(turn: Turn) -> None:
    """The weekly digest and the action lists after meetings follow the settings and meetings."""
    conn = await turn.conn()
    settings = await turn.group_settings()
    await ensure_digest(turn.svc, conn, turn.chat, settings, turn.now())
    await ensure_after_meeting(turn.svc, conn, turn.chat, settings, turn.now())
