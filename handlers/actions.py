"""/actie and /acties: action items with owners and due dates, their buttons, reminders and the
weekly digest."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NoReturn
from zoneinfo import ZoneInfo

from babel.lists import format_list
from telegram import MessageEntity

from domain import actions as action_rules
from domain.actions import (
    DIGEST,
    GEMEENTE_PARTIES,
    OWNER_REMINDERS,
    Action,
    ActionState,
    Change,
    Owner,
    TimelineEntry,
    check_owners,
    check_text,
    number_alone,
    reminder_moments,
    require_create_right,
    take_owners_at_end,
    tidy,
)
from domain.errors import DomainError, UsageError
from domain.models import Chat, Person
from domain.roles import Role, Standing
from domain.settings import GroupSettings
from handlers.followup import ensure_after_meeting
from handlers.i18n import Raw, format_moment, t
from handlers.kit.documents import spreadsheet_csv
from handlers.kit.feature import Command, Feature
from handlers.kit.outbox import Outbox
from handlers.kit.paging import Line, navigation, paginate, require_text_message
from handlers.kit.turn import Button, Turn
from schedules.engine import Firing
from schedules.when import split_when
from storage.actions import ActionRepo
from storage.chats import ChatRepo
from storage.due import DueRepo
from storage.people import PeopleRepo
from storage.report import ReportRepo
from storage.roles import RoleRepo
from storage.settings import SettingsRepo

REMIND = "action.remind"
DIGEST_KIND = "action.digest"
YES = {"ja", "j", "yes", "y", "jawel", "klopt", "ok", "oké", "goed"}
NUMBERS_PER_ROW = 5
MEETING_LINK = timedelta(days=2)  # an action logged this long after a meeting still belongs to it
USERNAME = re.compile(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{3,31}\b")


# --- what /actie says ------------------------------------------------------------------------
@dataclass(frozen=True)
class Draft:
    """An /actie message taken apart, so that a question back can carry it in a prompt."""

    text: str
    mentions: list[tuple[str, int | None, str]]  # (as typed, user id if known, name)
    reply_text: str | None = None
    reply_user: int | None = None
    as_names: tuple[str, ...] = ()  # unknown @names the creator confirmed as plain names

    def payload(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "mentions": [list(m) for m in self.mentions],
            "reply_text": self.reply_text,
            "reply_user": self.reply_user,
            "as_names": list(self.as_names),
        }

    @classmethod
    def of(cls, payload: dict[str, Any]) -> Draft:
        return cls(
            text=str(payload.get("text", "")),
            mentions=[(str(a), b, str(c)) for a, b, c in payload.get("mentions", [])],
            reply_text=payload.get("reply_text"),
            reply_user=payload.get("reply_user"),
            as_names=tuple(payload.get("as_names", ())),
        )


async def action_command(turn: Turn) -> None:
    """/actie <wat> [@wie | wie] [voor <wanneer>], /actie as a reply, /actie 12 to show one."""
    text = turn.text_after_command
    number = number_alone(text)
    if number is not None:
        await _show(turn, number)
        return
    turn.require_group()
    draft = await _draft(turn, text, with_reply=True)
    if not draft.text and draft.reply_text is None:
        await turn.ask(turn.t("action.ask"), "action")
        return
    await _create(turn, draft)


async def _draft(turn: Turn, text: str, *, with_reply: bool) -> Draft:
    """Read mentions (and the message replied to) from the update; remember who they are."""
    message = turn.message
    assert message is not None
    mentions: list[tuple[str, int | None, str]] = []
    people = await turn.people()
    now = turn.now()
    if turn.text_override is None:  # asking back about the date replays only the text
        entities = message.parse_entities([MessageEntity.TEXT_MENTION])
        for entity, typed in sorted(entities.items(), key=lambda pair: pair[0].offset):
            user = entity.user
            if user is None or user.is_bot:
                continue
            await people.upsert(
                user.id, user.first_name, user.last_name, user.username, user.language_code, now
            )
            await people.seen_in(turn.chat.id, user.id, now)
            mentions.append((typed, user.id, user.first_name))
    mentions += [(m.group(0), None, m.group(0)) for m in USERNAME.finditer(text)]
    reply_text = None
    reply_user = None
    replied = message.reply_to_message if with_reply else None
    if replied is not None and not replied.forum_topic_created:
        reply_text = (replied.text or replied.caption or "").strip()
        author = replied.from_user
        if author is not None and not author.is_bot:
            await people.upsert(
                author.id,
                author.first_name,
                author.last_name,
                author.username,
                author.language_code,
                now,
            )
            await people.seen_in(turn.chat.id, author.id, now)
            reply_user = author.id
    return Draft(text, mentions, reply_text, reply_user)


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "what is the action?" (kind `action`)."""
    if not answer:
        await turn.ask(turn.t("action.ask"), "action")
        return
    await _create(turn, await _draft(turn, answer, with_reply=False))


async def on_name_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """ "@jan ken ik niet: bedoel je een naam?" — yes makes the unknown @names plain names."""
    if answer.strip().lower().strip("!. ") not in YES:
        await turn.reply(turn.t("action.not_created"))
        return
    draft = Draft.of(payload)
    unknown = tuple(str(n) for n in payload.get("unknown", ()))
    await _create(turn, Draft(**{**draft.__dict__, "as_names": draft.as_names + unknown}))


async def _create(turn: Turn, draft: Draft) -> None:
    turn.require_group()
    assert turn.user is not None
    now = turn.now()
    tz = turn.tz
    conn = await turn.conn()
    people = PeopleRepo(conn)
    owners: list[Owner] = []
    unknown: list[str] = []
    text = draft.text
    for typed, user_id, name in draft.mentions:
        text = text.replace(typed, " ", 1)
        if user_id is not None:
            owners.append(Owner(name=name, user_id=user_id))
            continue
        person = await people.by_username(typed, turn.chat.id) or await people.by_username(typed)
        if person is not None:
            owners.append(Owner(name=person.first_name, user_id=person.id))
        elif typed in draft.as_names:
            owners.append(Owner(name=typed.lstrip("@")))
        else:
            unknown.append(typed)
    what, when = turn.split_when(text)
    what, named = take_owners_at_end(tidy(what), await _names(turn))
    owners += named
    what = tidy(what)
    if not what and draft.reply_text:
        what, replied_when = split_when(draft.reply_text, now, tz)
        what = tidy(what)
        when = when or replied_when
    if not what:
        _bad(turn, "action.bad.no_text")
    if unknown:
        names = format_list(unknown, locale=turn.lang)
        question = turn.t(
            "action.unknown_user",
            names=names,
            plain=format_list([u.lstrip("@") for u in unknown], locale=turn.lang),
            usage=turn.t("cmd.actie.usage"),
        )
        await turn.ask(question, "action_name", {**draft.payload(), "unknown": unknown})
        return
    if not owners and draft.reply_user is not None:
        author = await people.get(draft.reply_user)
        if author is not None:
            owners.append(Owner(name=author.first_name, user_id=author.id))
    if not owners:
        owners.append(Owner(name=turn.user.first_name, user_id=turn.user.id))
    try:
        what = check_text(what)
        owners = list(check_owners(owners))
    except DomainError as exc:
        _bad(turn, exc.key, **exc.params)
    due_date: date | None = None
    due_time: time | None = None
    if when is not None:
        local = when.moment.astimezone(tz)
        due_date = local.date()
        due_time = local.time().replace(second=0, microsecond=0) if when.has_time else None
        past = when.moment <= now if when.has_time else due_date < now.astimezone(tz).date()
        if past:
            shown = format_moment(when.moment, turn.lang, tz, with_time=when.has_time, now=now)
            _bad(turn, "action.bad.past", moment=shown)
    require_create_right(turn.user.id, owners, await turn.standing())
    repo = ActionRepo(conn)
    action = await repo.add(
        turn.chat.id,
        what,
        owners,
        due_date=due_date,
        due_time=due_time,
        created_by=turn.user.id,
        now=now,
        meeting_id=await _meeting_now(turn),
    )
    await schedule_reminders(turn, action)
    await keep_schedules(turn)
    await turn.reply(confirmation(turn.lang, turn.chat, action, now))
    await turn.svc.engine.changed()


async def _meeting_now(turn: Turn) -> int | None:
    """The meeting in progress, or the one held most recently (within two days)."""
    meeting = await ReportRepo(await turn.conn()).in_progress_or_held(
        turn.chat.id, turn.now(), MEETING_LINK
    )
    return meeting.id if meeting else None


async def keep_schedules(turn: Turn) -> None:
    """The weekly digest and the action lists after meetings follow the settings and meetings."""
    conn = await turn.conn()
    settings = await turn.group_settings()
    await ensure_digest(turn.svc, conn, turn.chat, settings, turn.now())
    await ensure_after_meeting(turn.svc, conn, turn.chat, settings, turn.now())


def _bad(turn: Turn, key: str, **params: Any) -> NoReturn:
    """Bad input: say what is wrong and how /actie is used; nothing is stored."""
    raise DomainError(
        "action.bad",
        reason=Raw(turn.t(key, **params)),
        usage=turn.t("cmd.actie.usage"),
        example=turn.t("cmd.actie.example"),
    )


async def _names(turn: Turn) -> dict[str, Owner]:
    """Members' first and full names (lower case) -> owner; a first name two people share is
    left out, their full names still work."""
    rows = await (await turn.people()).members_of(turn.chat.id)
    names: dict[str, Owner] = {}
    shared: set[str] = set()
    for person in rows:
        owner = Owner(name=person.first_name, user_id=person.id)
        first = person.first_name.lower()
        if first in names and names[first].user_id != person.id:
            shared.add(first)
        names.setdefault(first, owner)
        names[person.full_name.lower()] = owner
    for first in shared:
        names.pop(first, None)
    return names


# --- words -----------------------------------------------------------------------------------
def owner_names(lang: str, owners: tuple[Owner, ...] | list[Owner]) -> str:
    shown = [t(lang, f"action.party.{o.party}") if o.party else o.name for o in owners]
    return format_list(shown, locale=lang) if shown else "?"


def due_text(lang: str, chat: Chat, action: Action, now: datetime) -> str | None:
    if action.due_date is None:
        return None
    tz = ZoneInfo(chat.timezone)
    moment = datetime.combine(action.due_date, action.due_time or time(0), tzinfo=tz)
    return format_moment(moment, lang, tz, with_time=action.due_time is not None, now=now)


def confirmation(lang: str, chat: Chat, action: Action, now: datetime) -> str:
    """ "Actie 12: bewonersbrief rondsturen. Jan, uiterlijk vrijdag 12 december" """
    due = due_text(lang, chat, action, now)
    who = owner_names(lang, action.owners)
    who = who[:1].upper() + who[1:]  # it starts a sentence: "Gemeente, uiterlijk ..."
    if due is None:
        return t(lang, "action.created", number=action.number, what=action.text, who=who)
    return t(lang, "action.created_due", number=action.number, what=action.text, who=who, due=due)


def line(lang: str, chat: Chat, action: Action, now: datetime, *, owners: bool = False) -> str:
    """One action in a list: "12. bewonersbrief rondsturen, uiterlijk vrijdag 12 december"."""
    today = now.astimezone(ZoneInfo(chat.timezone)).date()
    due = due_text(lang, chat, action, now)
    key = "action.line.overdue" if action.is_overdue(today) else "action.line"
    text = t(
        lang,
        key if due else "action.line.no_due",
        number=action.number,
        what=action.text,
        due=due or "",
    )
    if owners:
        text += t(lang, "action.line.owners", who=owner_names(lang, action.owners))
    return text


# --- showing one action ----------------------------------------------------------------------
async def _show(turn: Turn, number: int) -> None:
    """/actie 12: the action with its timeline and, while it is open, its buttons."""
    repo = ActionRepo(await turn.conn())
    action: Action | None = None
    if turn.chat.is_private:
        assert turn.user is not None
        groups = await (await turn.people()).chats_of(turn.user.id)
        found = [a for g in groups if (a := await repo.by_number(g, number)) is not None]
        mine = [a for a in found if turn.user.id in a.member_ids]
        if len(mine) == 1 or len(found) == 1:
            action = (mine or found)[0]
    else:
        action = await repo.by_number(turn.chat.id, number)
    if action is None:
        raise DomainError("action.not_found", number=number)
    text, buttons = await _card(turn, action, None)
    await turn.reply(text, buttons)


async def _card(turn: Turn, action: Action, back: str | None) -> tuple[str, list[list[Button]]]:
    repo = ActionRepo(await turn.conn())
    chat = await _chat_of(turn, action)
    timeline = await repo.timeline(action.id)
    text = card_text(
        turn.lang, chat, action, timeline, turn.now(), in_group=not turn.chat.is_private
    )
    buttons: list[list[Button]] = []
    suffix = f":{back}" if back else ""
    if action.state is ActionState.OPEN:
        buttons.append(
            [
                (turn.label("action.button.done"), f"act:d:{action.id}{suffix}"),
                (turn.label("action.button.drop"), f"act:n:{action.id}{suffix}"),
            ]
        )
        buttons.append(
            [
                (turn.label("action.button.later"), f"act:u:{action.id}{suffix}"),
                (turn.label("action.button.take"), f"act:o:{action.id}{suffix}"),
            ]
        )
    if back:
        buttons.append([(turn.label("action.button.back"), f"act:l:{back}")])
    return text, buttons


def card_text(
    lang: str,
    chat: Chat,
    action: Action,
    timeline: list[TimelineEntry],
    now: datetime,
    *,
    in_group: bool = True,
) -> str:
    tz = ZoneInfo(chat.timezone)
    today = now.astimezone(tz).date()
    lines = [t(lang, "action.card.title", number=action.number, what=action.text)]
    if not in_group:
        lines.append(t(lang, "action.card.group", group=chat.name))
    lines.append(t(lang, "action.card.owners", who=owner_names(lang, action.owners)))
    due = due_text(lang, chat, action, now)
    if due:
        key = "action.card.due.overdue" if action.is_overdue(today) else "action.card.due"
        lines.append(t(lang, key, due=due))
    if action.state is ActionState.DONE:
        lines.append(t(lang, "action.card.state.done"))
    elif action.state is ActionState.DROPPED:
        lines.append(t(lang, "action.card.state.dropped", reason=action.reason or "-"))
    lines.append("")
    lines.append(t(lang, "action.card.timeline"))
    for entry in timeline:
        lines.append(timeline_line(lang, chat, entry, now))
    return "\n".join(lines)


def timeline_line(lang: str, chat: Chat, entry: TimelineEntry, now: datetime) -> str:
    tz = ZoneInfo(chat.timezone)
    when = format_moment(entry.at, lang, tz, now=now)
    detail = entry.detail or ""
    if entry.change is Change.POSTPONED and ">" in detail:
        old, new = detail.split(">", 1)
        detail = t(
            lang,
            "action.timeline.moved",
            old=_day(lang, tz, old, now) if old else "-",
            new=_day(lang, tz, new, now),
        )
    return t(
        lang,
        f"action.timeline.{entry.change.value}",
        when=when,
        by=entry.by_name or "Wijkbot",
        detail=detail,
    )


def _day(lang: str, tz: ZoneInfo, iso_day: str, now: datetime) -> str:
    moment = datetime.combine(date.fromisoformat(iso_day), time(0), tzinfo=tz)
    return format_moment(moment, lang, tz, with_time=False, now=now)


async def _chat_of(turn: Turn, action: Action) -> Chat:
    if action.chat_id == turn.chat.id:
        return turn.chat
    chat = await (await turn.chats()).get(action.chat_id)
    if chat is None:
        raise DomainError("error.stale_button")
    return chat


# --- listing ---------------------------------------------------------------------------------
async def list_actions(turn: Turn) -> None:
    """/acties (the group's open actions), /acties mijn (yours), in private: yours everywhere."""
    word = turn.text_after_command.lower().strip()
    if turn.chat.is_private:
        mode = "p"
    elif word in ("mijn", "mine", "me", "ik"):
        mode = "m"
    elif not word:
        mode = "a"
    else:
        raise UsageError(command="acties")
    if not turn.chat.is_private:
        await keep_schedules(turn)
    text, buttons = await _listing(turn, mode, 0)
    await turn.reply(text, buttons)
    await turn.svc.engine.changed()


async def _listing(turn: Turn, mode: str, page: int) -> tuple[str, list[list[Button]]]:
    assert turn.user is not None
    conn = await turn.conn()
    repo = ActionRepo(conn)
    now = turn.now()
    if mode == "p":
        groups = await PeopleRepo(conn).chats_of(turn.user.id)
        actions = await repo.open_of(turn.user.id, groups)
        chats = {g: await ChatRepo(conn).get(g) for g in groups}
        lines = [
            Line(
                t(turn.lang, "action.list.heading.group", group=chat.name),
                line(turn.lang, chat, a, now),
                a.id,
            )
            for a in sort_by_due(actions, now, turn.tz)
            if (chat := chats.get(a.chat_id)) is not None
        ]
        lines.sort(key=lambda item: item.heading)
        title = t(turn.lang, "action.list.title.private", count=len(lines))
    else:
        actions = await repo.open_in(turn.chat.id)
        if mode == "m":
            actions = [a for a in actions if turn.user.id in a.member_ids]
        lines = grouped_by_owner(turn.lang, turn.chat, actions, now)
        key = "action.list.title.mine" if mode == "m" else "action.list.title"
        title = t(turn.lang, key, count=len(actions), group=turn.chat.name)
    if not lines:
        return t(turn.lang, f"action.list.empty.{mode}"), []
    pages = paginate(title, lines)
    page = min(max(page, 0), len(pages) - 1)
    shown = pages[page]
    numbers = {a.id: a.number for a in actions}
    buttons: list[list[Button]] = []
    row: list[Button] = []
    for action_id in shown.keys:
        row.append((str(numbers[action_id]), f"act:c:{action_id}:{page}:{mode}"))
        if len(row) == NUMBERS_PER_ROW:
            buttons.append(row)
            row = []
    if row:
        buttons.append(row)
    nav = navigation(page, len(pages), lambda p: f"act:l:{p}:{mode}")
    if nav:
        buttons.append(nav)
    return shown.text + "\n\n" + t(turn.lang, "action.list.hint"), buttons


def sort_by_due(actions: list[Action], now: datetime, tz: ZoneInfo) -> list[Action]:
    """Overdue first, then by due date (none last), then by number."""
    today = now.astimezone(tz).date()
    return sorted(
        actions,
        key=lambda a: (not a.is_overdue(today), a.due_date or date.max, a.number),
    )


def grouped_by_owner(lang: str, chat: Chat, actions: list[Action], now: datetime) -> list[Line]:
    """One heading per owner (or set of owners); owners with overdue actions first."""
    tz = ZoneInfo(chat.timezone)
    today = now.astimezone(tz).date()
    groups: dict[str, list[Action]] = {}
    for action in sort_by_due(actions, now, tz):
        groups.setdefault(owner_names(lang, action.owners), []).append(action)

    def order(item: tuple[str, list[Action]]) -> tuple[bool, date, str]:
        first = item[1][0]
        return (not first.is_overdue(today), first.due_date or date.max, item[0].lower())

    return [
        Line(t(lang, "action.list.heading.owner", who=who), line(lang, chat, a, now), a.id)
        for who, group in sorted(groups.items(), key=order)
        for a in group
    ]


# --- buttons ---------------------------------------------------------------------------------
async def on_callback(turn: Turn) -> None:
    """act:c|d|n|u|o:<id>[:<page>:<mode>] and act:l:<page>:<mode>; each press re-checks."""
    require_text_message(turn)
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")
    verb = parts[1] if len(parts) > 1 else ""
    if verb == "l":
        mode = parts[3] if len(parts) > 3 and parts[3] in ("a", "m", "p") else "a"
        if (mode == "p") != turn.chat.is_private:
            raise DomainError("error.stale_button")
        text, buttons = await _listing(turn, mode, _int(parts, 2))
        await turn.edit(text, buttons)
        return
    action = await _action_here(turn, _int(parts, 2))
    back = ":".join(parts[3:5]) if len(parts) >= 5 else None
    if verb == "c":
        text, buttons = await _card(turn, action, back)
        await turn.edit(text, buttons)
        return
    assert turn.user is not None
    action.require_change_right(turn.user.id, await _standing_for(turn, action.chat_id))
    action.require_open()
    conn = await turn.conn()
    repo = ActionRepo(conn)
    now = turn.now()
    if verb == "d":
        await repo.close(action.id, ActionState.DONE, now)
        await repo.log(action.id, Change.DONE, turn.user.id, now)
        await DueRepo(conn).cancel_target(REMIND, action.id)
        await _redraw(turn, action.id, back)
        await turn.notice(turn.t("action.done", number=action.number))
    elif verb == "o":
        if action.member_ids == {turn.user.id} and len(action.owners) == 1:
            raise DomainError("action.already_yours", number=action.number)
        previous = owner_names(turn.lang, action.owners)
        await repo.set_owners(action.id, [Owner(name=turn.user.first_name, user_id=turn.user.id)])
        await repo.log(action.id, Change.TAKEN_OVER, turn.user.id, now, previous)
        await _redraw(turn, action.id, back)
        await turn.notice(turn.t("action.taken", number=action.number))
    elif verb == "n":
        await turn.ask(
            turn.t("action.ask_reason", number=action.number, what=action.text),
            "action_drop",
            {"id": action.id},
        )
    elif verb == "u":
        await turn.ask(
            turn.t("action.ask_due", number=action.number, what=action.text),
            "action_due",
            {"id": action.id},
        )
    else:
        raise DomainError("error.stale_button")


async def _redraw(turn: Turn, action_id: int, back: str | None) -> None:
    action = await ActionRepo(await turn.conn()).get(action_id)
    assert action is not None
    text, buttons = await _card(turn, action, back)
    await turn.edit(text, buttons)


async def _action_here(turn: Turn, action_id: int) -> Action:
    """The action a button names, only in its own group (or, in private, one of your groups)."""
    action = await ActionRepo(await turn.conn()).get(action_id)
    if action is None:
        raise DomainError("error.stale_button")
    if turn.chat.is_private:
        assert turn.user is not None
        if action.chat_id not in await (await turn.people()).chats_of(turn.user.id):
            raise DomainError("action.other_group")
    elif action.chat_id != turn.chat.id:
        raise DomainError("action.other_group")
    return action


async def _standing_for(turn: Turn, chat_id: int) -> Standing:
    """Your standing in the action's group, also when you press a button in private."""
    if chat_id == turn.chat.id:
        return await turn.standing()
    assert turn.user is not None
    admins = await turn.svc.admins.admins(turn.bot, chat_id)
    roles = await RoleRepo(await turn.conn()).of(chat_id, turn.user.id)
    return Standing(is_admin=turn.user.id in admins, roles=roles)


async def on_drop_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The reason for "niet doen"."""
    action = await _action_here(turn, int(payload.get("id", 0)))
    assert turn.user is not None
    action.require_change_right(turn.user.id, await _standing_for(turn, action.chat_id))
    action.require_open()
    reason = " ".join(answer.split())[:300]
    if not reason:
        await turn.ask(
            turn.t("action.ask_reason", number=action.number, what=action.text),
            "action_drop",
            payload,
        )
        return
    conn = await turn.conn()
    repo = ActionRepo(conn)
    now = turn.now()
    await repo.close(action.id, ActionState.DROPPED, now, reason)
    await repo.log(action.id, Change.DROPPED, turn.user.id, now, reason)
    await DueRepo(conn).cancel_target(REMIND, action.id)
    await turn.reply(
        turn.t("action.dropped", number=action.number, what=action.text, reason=reason)
    )


async def on_due_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new date for "uitstellen"."""
    action = await _action_here(turn, int(payload.get("id", 0)))
    assert turn.user is not None
    action.require_change_right(turn.user.id, await _standing_for(turn, action.chat_id))
    action.require_open()
    chat = await _chat_of(turn, action)
    tz = ZoneInfo(chat.timezone)
    now = turn.now()
    _rest, when = turn.split_when(answer)
    ask = turn.t("action.ask_due", number=action.number, what=action.text)
    if when is None:
        await turn.ask(turn.t("action.bad_due") + "\n\n" + ask, "action_due", payload)
        return
    new_date = when.moment.astimezone(tz).date()
    new_time = when.moment.astimezone(tz).time().replace(second=0) if when.has_time else None
    if (when.moment <= now) if when.has_time else (new_date < now.astimezone(tz).date()):
        await turn.ask(turn.t("action.bad_due_past") + "\n\n" + ask, "action_due", payload)
        return
    conn = await turn.conn()
    repo = ActionRepo(conn)
    old = action.due_date.isoformat() if action.due_date else ""
    await repo.set_due(action.id, new_date, new_time)
    await repo.log(action.id, Change.POSTPONED, turn.user.id, now, f"{old}>{new_date.isoformat()}")
    await DueRepo(conn).cancel_target(REMIND, action.id)
    moved = await repo.get(action.id)
    assert moved is not None
    await schedule_reminders(turn, moved, chat)
    await turn.reply(
        turn.t(
            "action.postponed",
            number=action.number,
            what=action.text,
            due=due_text(turn.lang, chat, moved, now) or "",
        )
    )
    await turn.svc.engine.changed()


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
    person: Person
    lines: list[str]
    actions: list[Action]


async def fire_reminder(out: Outbox, firing: Firing) -> None:
    """Owners hear about their actions: privately after Start, else in the group, mentioned.

    Gemeente and stadsdeel actions go to the group's gemeente contacts; other outside parties
    and names typed as text only appear in the weekly digest. After downtime only the latest
    reminder of an action that fell due goes out.
    """
    async with out.svc.db.transaction() as conn:
        chat = await ChatRepo(conn).get(firing.chat_id)
        settings = await SettingsRepo(conn).of(firing.chat_id)
        if chat is None or not settings.flag(OWNER_REMINDERS):
            return
        repo = ActionRepo(conn)
        people = PeopleRepo(conn)
        due = DueRepo(conn)
        contacts = await RoleRepo(conn).members(firing.chat_id, Role.GEMEENTE)
        notes: dict[int, _Note] = {}
        for event in firing.events:
            if event.target_id is None or await due.superseded(event, firing.now):
                continue
            action = await repo.get(event.target_id)
            if action is None or action.state is not ActionState.OPEN:
                continue
            step = str(event.payload.get("step", "due"))
            text = _reminder_line(chat, action, step, firing.now)
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
    lang = chat.language
    for note in notes.values():
        buttons = [
            [
                (t(lang, "action.button.done") + f" {a.number}", f"act:d:{a.id}"),
                (t(lang, "action.button.later") + f" {a.number}", f"act:u:{a.id}"),
            ]
            for a in note.actions
        ]
        body = "\n".join(note.lines)
        if firing.late:
            body += "\n" + t(lang, "engine.late")
        _message, privately = await out.to_person(
            chat.id,
            note.person,
            t(lang, "action.remind.private", group=chat.name) + "\n" + body,
            buttons,
            group_text=body,
        )
        async with out.svc.db.transaction() as conn:
            repo = ActionRepo(conn)
            where = "private" if privately else "group"
            for action in note.actions:
                detail = t(lang, f"action.remind.to.{where}", name=note.person.first_name)
                await repo.log(action.id, Change.REMINDED, None, firing.now, detail)


def _reminder_line(chat: Chat, action: Action, step: str, now: datetime) -> str:
    lang = chat.language
    due = due_text(lang, chat, action, now) or ""
    kind = "overdue" if step.startswith("overdue") else step
    return t(lang, f"action.remind.{kind}", number=action.number, what=action.text, due=due)


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


def next_weekly(weekly: tuple[int, time], tz: ZoneInfo, now: datetime) -> datetime:
    weekday, at = weekly
    local = now.astimezone(tz)
    day = local.date() + timedelta(days=(weekday - local.weekday()) % 7)
    moment = datetime.combine(day, at, tzinfo=tz)
    if moment <= now:
        moment = datetime.combine(day + timedelta(days=7), at, tzinfo=tz)
    return moment


async def fire_digest(out: Outbox, firing: Firing) -> None:
    """The weekly list of open actions, grouped by owner, overdue first; then the next one."""
    async with out.svc.db.transaction() as conn:
        chat = await ChatRepo(conn).get(firing.chat_id)
        if chat is None:
            return
        settings = await SettingsRepo(conn).of(chat.id)
        actions = await ActionRepo(conn).open_in(chat.id)
        weekly = settings.weekly(DIGEST)
    if weekly is not None and actions:
        lang = chat.language
        title = t(lang, "action.digest.title", group=chat.name, count=len(actions))
        lines = grouped_by_owner(lang, chat, actions, firing.now)
        for page in paginate(title, lines):
            text = page.text + "\n\n" + t(lang, "action.digest.hint")
            if firing.late:
                text += "\n" + t(lang, "engine.late")
            await out.send(chat.id, text)
    async with out.svc.db.transaction() as conn:
        await ensure_digest(out.svc, conn, chat, settings, firing.now)
        await ensure_after_meeting(out.svc, conn, chat, settings, firing.now)


def _int(parts: list[str], index: int) -> int:
    try:
        return int(parts[index])
    except (IndexError, ValueError):
        raise DomainError("error.stale_button") from None


# --- /export acties ----------------------------------------------------------------------------
async def export_actions(turn: Turn) -> None:
    """/export acties (board): every action with its status and dates, as a Dutch CSV."""
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
                turn.t(f"action.state.{action.state.value}"),
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
        f"acties-{day}.csv",
        spreadsheet_csv(header, rows),
        turn.t("action.export.caption", group=turn.chat.name, count=len(actions)),
    )


def _stamp(moment: datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


FEATURE = Feature(
    "actions",
    commands=(
        Command("actie", action_command, aliases=("action",), dates=True),
        Command("acties", list_actions, aliases=("actions",)),
    ),
    callbacks={"act": on_callback},
    prompts={
        "action": on_prompt,
        "action_name": on_name_prompt,
        "action_drop": on_drop_prompt,
        "action_due": on_due_prompt,
    },
    events={REMIND: fire_reminder, DIGEST_KIND: fire_digest},
    settings=(action_rules.DIGEST, action_rules.OWNER_REMINDERS, action_rules.LIST_AFTER_MEETING),
    exports={"acties": export_actions},
)
