"""How an action reads everywhere: its owners, due date, list line, card and timeline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from babel.lists import format_list

from domain.actions import Action, ActionState, Change, Owner
from domain.models import Chat
from domain.timeline import TimelineEntry
from handlers.i18n import format_moment, t
from handlers.kit.paging import Line

# Catalog keys by value, so every key in use is written out once.
PARTY_KEY = {
    "gemeente": "action.party.gemeente",
    "stadsdeel": "action.party.stadsdeel",
    "pep": "action.party.pep",
    "wijkagent": "action.party.wijkagent",
    "politie": "action.party.politie",
    "woningcorporatie": "action.party.woningcorporatie",
}
TIMELINE_KEY = {
    Change.CREATED: "action.timeline.created",
    Change.DONE: "action.timeline.done",
    Change.DROPPED: "action.timeline.dropped",
    Change.POSTPONED: "action.timeline.postponed",
    Change.TAKEN_OVER: "action.timeline.taken_over",
    Change.REMINDED: "action.timeline.reminded",
    Change.TEXT: "action.timeline.text",
    Change.OWNERS: "action.timeline.owners",
    Change.DUE: "action.timeline.due",
    Change.LINKED: "action.timeline.linked",
}
STATE_KEY = {
    ActionState.OPEN: "action.state.open",
    ActionState.DONE: "action.state.done",
    ActionState.DROPPED: "action.state.dropped",
}
# A reminder's step ("before", "due", "overdue1".."overdue3") -> its text.
BEFORE_KEY = "action.remind.before"  # a plural: "morgen", "over 4 dagen"
DUE_KEY = "action.remind.due"
NUMBERS_KEY = "action.remind.numbers"
OVERDUE_KEY = "action.remind.overdue"


def owner_names(lang: str, owners: Sequence[Owner]) -> str:
    """ "Jan en gemeente": members and typed names as they are, outside parties translated."""
    shown = [t(lang, PARTY_KEY[o.party]) if o.party in PARTY_KEY else o.name for o in owners]
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


def summary(lang: str, chat: Chat, action: Action, now: datetime) -> str:
    """ "bewonersbrief rondsturen. Jan, uiterlijk vrijdag 12 december": after a correction."""
    due = due_text(lang, chat, action, now)
    who = owner_names(lang, action.owners)
    who = who[:1].upper() + who[1:]
    if due is None:
        return t(lang, "action.summary", what=action.text, who=who)
    return t(lang, "action.summary_due", what=action.text, who=who, due=due)


def line(lang: str, chat: Chat, action: Action, now: datetime, *, owners: bool = False) -> str:
    """One action in a list: "12. bewonersbrief rondsturen, uiterlijk vrijdag 12 december"."""
    today = now.astimezone(ZoneInfo(chat.timezone)).date()
    due = due_text(lang, chat, action, now)
    if due is None:
        key = "action.line.no_due"
    elif action.is_overdue(today):
        key = "action.line.overdue"
    else:
        key = "action.line"
    text = t(lang, key, number=action.number, what=action.text, due=due or "")
    if owners:
        text += t(lang, "action.line.owners", who=owner_names(lang, action.owners))
    return text


def reminder_line(chat: Chat, action: Action, now: datetime) -> str:
    """What an owner reads: days before, on the day, or overdue, counted on the day it goes
    out (a reminder that waited for a working day says what is true then)."""
    lang = chat.language
    due = due_text(lang, chat, action, now) or ""
    assert action.due_date is not None  # only actions with a due date are reminded
    left = (action.due_date - now.astimezone(ZoneInfo(chat.timezone)).date()).days
    params = {"number": action.number, "what": action.text, "due": due}
    if left > 0:
        words = t(lang, NUMBERS_KEY).split()
        days = words[left] if left < len(words) else str(left)
        return t(lang, BEFORE_KEY, count=left, days=days, **params)
    return t(lang, DUE_KEY if left == 0 else OVERDUE_KEY, **params)


def card_text(
    lang: str,
    chat: Chat,
    action: Action,
    timeline: list[TimelineEntry[Change]],
    now: datetime,
    *,
    in_group: bool = True,
) -> str:
    """/actie 12: the action, its owners, due date, state and everything that happened."""
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


def timeline_line(lang: str, chat: Chat, entry: TimelineEntry[Change], now: datetime) -> str:
    tz = ZoneInfo(chat.timezone)
    when = format_moment(entry.at, lang, tz, now=now)
    detail = entry.detail or ""
    if entry.change in (Change.POSTPONED, Change.DUE) and ">" in detail:
        old, new = detail.split(">", 1)
        none = t(lang, "action.no_due")
        detail = t(
            lang,
            "action.timeline.moved",
            old=_day(lang, tz, old, now) if old else none,
            new=_day(lang, tz, new, now) if new else none,
        )
    return t(
        lang, TIMELINE_KEY[entry.change], when=when, by=entry.by_name or "Wijkbot", detail=detail
    )


def _day(lang: str, tz: ZoneInfo, iso_day: str, now: datetime) -> str:
    moment = datetime.combine(date.fromisoformat(iso_day), time(0), tzinfo=tz)
    return format_moment(moment, lang, tz, with_time=False, now=now)


def sort_by_due(actions: list[Action], now: datetime, tz: ZoneInfo) -> list[Action]:
    """Overdue first, then by due date (none last), then by number."""
    today = now.astimezone(tz).date()
    return sorted(
        actions,
        key=lambda a: (not a.is_overdue(today), a.due_date or date.max, a.number),
    )


RECORD = "action"  # what a list's line keys are (`Section.lists`): one message lists each once


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
