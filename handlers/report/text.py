"""The report as message pages and as the printable A4 file (handlers/templates/report.html)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from domain.actions import Action
from domain.meetings import Meeting
from domain.models import Chat
from handlers.actions.meeting import meeting_day
from handlers.actions.text import due_text, line, owner_names
from handlers.i18n import format_moment, label, t
from handlers.kit.answering import plain
from handlers.kit.documents import render_html
from handlers.kit.paging import Line, paginate
from handlers.kit.text import full_day, full_moment
from handlers.report.build import Entry, Report, Standard

# The document's labels: the name the template uses -> its catalog key.
DOC_LABELS = {
    "place": "report.doc.place",
    "chair": "report.doc.chair",
    "minute_taker": "report.doc.minute_taker",
    "present": "report.doc.present",
    "excused": "report.doc.excused",
    "absent": "report.doc.absent",
    "guests": "report.doc.guests",
    "agenda": "report.doc.agenda",
    "no_items": "report.doc.no_items",
    "decision": "report.doc.decision",
    "decisions": "report.doc.decisions",
    "new_actions": "report.doc.new_actions",
    "no_actions": "report.doc.no_actions",
    "open_before": "report.doc.open_before",
    "rondvraag": "report.doc.rondvraag",
    "action": "report.doc.action",
    "owners": "report.doc.owners",
    "due": "report.doc.due",
    "overdue": "report.doc.overdue",
}


def pages(lang: str, chat: Chat, report: Report, now: datetime) -> list[str]:
    """The report as messages, split at section lines when it is long."""
    tz = ZoneInfo(chat.timezone)
    day = meeting_day(report.meeting, lang, tz, now)
    title = t(lang, "report.title", day=day, group=chat.name)
    return [p.text for p in paginate(title, report_lines(lang, chat, report, now))]


def report_lines(lang: str, chat: Chat, report: Report, now: datetime) -> list[Line]:
    """The report as sections of lines, so a long one splits over messages at section lines."""
    tz = ZoneInfo(chat.timezone)
    meeting = report.meeting
    head = t(lang, "report.section.meeting")
    lines = [Line(head, t(lang, "report.when", when=_when(meeting, lang, tz, now)))]
    if meeting.place:
        lines.append(Line(head, t(lang, "report.place", place=meeting.place)))
    lines.append(Line(head, status_line(lang, chat, report)))
    lines.append(Line(head, t(lang, "report.chair", name=report.chair or "-")))
    lines.append(Line(head, t(lang, "report.minute_taker", name=report.minute_taker or "-")))
    came = report.attendance
    present = ", ".join(came.present) if came.present else "-"
    lines.append(Line(head, t(lang, "report.present", count=len(came.present), names=present)))
    if came.excused:
        lines.append(Line(head, t(lang, "report.excused", names=excused(lang, report))))
    if came.absent:
        lines.append(Line(head, t(lang, "report.absent", names=", ".join(came.absent))))
    if came.guests:
        lines.append(Line(head, t(lang, "report.guests", names=", ".join(came.guests))))
    head = t(lang, "report.section.agenda")
    lines += [Line(head, standard_text(lang, standard, chat, report)) for standard in report.before]
    if not report.items:
        lines.append(Line(head, t(lang, "report.no_items")))
    for entry in report.items:
        lines.append(Line(head, entry_text(lang, chat, entry, now)))
    lines += [Line(head, standard_text(lang, standard, chat, report)) for standard in report.after]
    if report.rondvraag:
        head = t(lang, "report.section.rondvraag")
        lines.append(
            Line(head, "\n".join(t(lang, "report.note", text=n.text) for n in report.rondvraag))
        )
    if report.loose:
        head = t(lang, "report.section.decisions")
        for decision in report.loose:
            lines.append(
                Line(head, t(lang, "report.decision", number=decision.number, text=decision.text))
            )
    head = t(lang, "report.section.new_actions")
    if not report.new_actions and not report.actions_on_items:
        lines.append(Line(head, t(lang, "report.no_actions")))
    for action in report.new_actions:
        lines.append(Line(head, line(lang, chat, action, now, owners=True)))
    if report.open_before:
        head = t(lang, "report.section.open_before")
        for action in report.open_before:
            lines.append(Line(head, line(lang, chat, action, now, owners=True)))
    return lines


def carried_day(lang: str, chat: Chat, entry: Entry) -> str | None:
    """The day an item was carried over to, with its year ("dinsdag 12 januari 2027"); None
    when it waits for a meeting not yet planned."""
    if entry.carried_to is None:
        return None
    tz = ZoneInfo(chat.timezone)
    return format_moment(entry.carried_to.starts_at, lang, tz, with_time=False) + (
        " " + str(entry.carried_to.starts_at.astimezone(tz).year)
    )


def item_action(lang: str, chat: Chat, action: Action, now: datetime) -> str:
    due = due_text(lang, chat, action, now)
    owners = owner_names(lang, action.owners)
    if due is None:
        return t(lang, "report.item_action", number=action.number, text=action.text, owners=owners)
    return t(
        lang,
        "report.item_action.due",
        number=action.number,
        text=action.text,
        owners=owners,
        due=due,
    )


def status_line(lang: str, chat: Chat, report: Report) -> str:
    """Concept until the next meeting of its kind approves it; then since when."""
    if report.approval is None:
        return t(lang, "report.status.concept")
    day = full_day(report.approval.approved_at, lang, ZoneInfo(chat.timezone))
    return t(lang, "report.status.approved", day=day)


def previous_line(lang: str, chat: Chat, report: Report) -> str | None:
    """Under "Verslag vorige vergadering": the earlier report, approved or still concept."""
    if report.previous is None:
        return None
    day = full_day(report.previous.starts_at, lang, ZoneInfo(chat.timezone))
    key = "report.previous.approved" if report.previous_approval else "report.previous.concept"
    return t(lang, key, day=day)


def standard_text(lang: str, standard: Standard, chat: Chat, report: Report) -> str:
    """A standard item of the meeting's kind, unnumbered, with its notes (and, for the
    previous report's item, whether that report is approved)."""
    lines = [t(lang, "format.standard", text=standard.title)]
    if standard.approves and (previous := previous_line(lang, chat, report)) is not None:
        lines.append(previous)
    lines += [t(lang, "report.note", text=note.text) for note in standard.notes]
    return "\n".join(lines)


def entry_text(lang: str, chat: Chat, entry: Entry, now: datetime) -> str:
    """An item under its agenda number (carried over: to when), with its notes, decisions and
    the actions taken on for it."""
    item = entry.item
    if not entry.carried:
        head = t(lang, "report.item", number=entry.number, text=item.text)
    elif (day := carried_day(lang, chat, entry)) is None:
        head = t(lang, "report.carried_waiting", number=entry.number, text=item.text)
    else:
        head = t(lang, "report.carried", number=entry.number, text=item.text, day=day)
    lines = [head]
    lines += [t(lang, "report.note", text=note.text) for note in entry.notes]
    lines += [t(lang, "report.decision", number=d.number, text=d.text) for d in entry.decisions]
    lines += [item_action(lang, chat, action, now) for action in entry.actions]
    return "\n".join(lines)


def excused(lang: str, report: Report) -> str:
    """ "Carla (ziek), Dirk": who sent word, with the reason when one was given (plain text)."""
    return ", ".join(
        label(lang, "report.with_reason", name=name, reason=reason) if reason else name
        for name, reason in report.attendance.excused
    )


def _when(meeting: Meeting, lang: str, tz: ZoneInfo, now: datetime) -> str:
    start = format_moment(meeting.starts_at, lang, tz, now=now)
    return t(lang, "report.time", start=start, end=meeting.ends_at.astimezone(tz).strftime("%H:%M"))


def _carried_label(lang: str, chat: Chat, entry: Entry) -> str:
    if not entry.carried:
        return ""
    day = carried_day(lang, chat, entry)
    if day is None:
        return label(lang, "report.doc.carried_waiting")
    return label(lang, "report.doc.carried", day=day)


def report_html(lang: str, chat: Chat, report: Report, now: datetime) -> bytes:
    tz = ZoneInfo(chat.timezone)
    meeting = report.meeting

    def actions(rows: list[Action]) -> list[dict[str, object]]:
        return [
            {
                "number": a.number,
                "text": a.text,
                "owners": owner_names(lang, a.owners),
                "due": due_text(lang, chat, a, now) or "",
                "overdue": a.is_overdue(now.astimezone(tz).date()),
            }
            for a in rows
        ]

    def standards(rows: list[Standard]) -> list[dict[str, object]]:
        return [
            {
                "title": x.title,
                "notes": [n.text for n in x.notes],
                "previous": plain(previous_line(lang, chat, report) or "") if x.approves else "",
            }
            for x in rows
        ]

    kind = report.kind.name if report.kind is not None else ""
    return render_html(
        "report.html",
        lang=lang,
        group=chat.name,
        kind=kind,
        heading=label(
            lang, "report.doc.heading", kind=kind, day=full_day(meeting.starts_at, lang, tz)
        ),
        when=label(
            lang,
            "report.time",
            start=full_moment(meeting.starts_at, lang, tz),
            end=meeting.ends_at.astimezone(tz).strftime("%H:%M"),
        ),
        status=plain(status_line(lang, chat, report)),
        concept=report.approval is None,
        place=meeting.place,
        chair=report.chair or "-",
        minute_taker=report.minute_taker or "-",
        present=", ".join(report.attendance.present) or "-",
        excused=excused(lang, report),
        absent=", ".join(report.attendance.absent),
        guests=", ".join(report.attendance.guests),
        items=[
            {
                "number": entry.number,
                "text": entry.item.text,
                "carried": _carried_label(lang, chat, entry),
                "notes": [note.text for note in entry.notes],
                "decisions": [{"number": d.number, "text": d.text} for d in entry.decisions],
                "actions": actions(entry.actions),
            }
            for entry in report.items
        ],
        rondvraag=[note.text for note in report.rondvraag],
        before=standards(report.before),
        after=standards(report.after),
        loose=[{"number": d.number, "text": d.text} for d in report.loose],
        new_actions=actions(report.new_actions),
        actions_on_items=report.actions_on_items,
        open_before=actions(report.open_before),
        labels={name: t(lang, key) for name, key in DOC_LABELS.items()},
        footer=t(lang, "report.doc.footer", moment=format_moment(now, lang, tz, now=now)),
    )
