"""The engine's advice senders: the chase the day after a deadline, the escalation when an
advice is very late (with a text to forward), and the board's weekly overview."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from domain.advice.model import Advice
from domain.advice.settings import ESCALATION, OVERVIEW
from domain.models import Chat, Person
from domain.roles import Role
from domain.workdays import working_days_between
from handlers.advice.keyboards import chase_buttons
from handlers.advice.plan import CHASE_KINDS, deadline_of, local_today, owed, plan_overview
from handlers.advice.text import day, list_line, mentions, owed_line, recipient_part, waited
from handlers.i18n import Raw, t
from handlers.kit.board import board_of
from handlers.kit.gemeente import ADVICE, gemeente_part
from handlers.kit.outbox import Outbox
from handlers.kit.sections import Section
from handlers.kit.turn import Button
from schedules.engine import Firing
from storage.advice import AdviceRepo
from storage.roles import RoleRepo
from storage.settings import SettingsRepo

LOGGED_AS = {"ack": "chased_ack", "reply": "chased_reply", "very_late": "escalated"}
_CHASE_KEY = {"ack": "advice.chase.ack", "reply": "advice.chase.reply"}


async def fire_chase(out: Outbox, firing: Firing) -> None:
    """The day after a deadline: one polite message per advice, only if still owed."""
    chase = CHASE_KINDS[firing.events[0].kind]
    chat, advices = await out.targets(firing, lambda conn, id_: AdviceRepo(conn).get(id_))
    if chat is None:
        return
    planned = {event.target_id: str(event.payload.get("deadline")) for event in firing.events}
    for advice in advices:
        deadline = deadline_of(advice, chase)
        if not owed(advice, chase) or planned.get(advice.id) != deadline.isoformat():
            continue  # answered meanwhile, or the deadline moved: its own event was planned then
        async with out.svc.db.transaction() as conn:
            if await AdviceRepo(conn).chase(advice.id, chase, deadline) is not None:
                continue
            settings = await SettingsRepo(conn).of(chat.id)
            contacts = await RoleRepo(conn).members(chat.id, Role.GEMEENTE)
            board = await board_of(out.svc, out.bot, conn, chat.id) if chase == "very_late" else []
        today = local_today(firing.now, ZoneInfo(chat.timezone))
        if chase == "very_late":
            text = escalation_text(chat, advice, today, board, settings.text(ESCALATION))
            buttons: list[list[Button]] = []
        else:
            text = chase_text(chat.language, advice, chase, today, contacts)
            buttons = chase_buttons(chat.language, advice, chase)
        sent = await out.send(chat.id, text, buttons)
        async with out.svc.db.transaction() as conn:
            repo = AdviceRepo(conn)
            await repo.record_chase(advice, chase, deadline, sent.message_id, firing.now)
            await repo.log(advice, LOGGED_AS[chase], firing.now, deadline=deadline.isoformat())


def chase_text(lang: str, advice: Advice, chase: str, today: date, contacts: list[Person]) -> str:
    greeting = (
        t(lang, "advice.chase.greeting", names=mentions(contacts))
        if contacts
        else t(lang, "advice.chase.greeting_nobody")
    )
    return t(
        lang,
        _CHASE_KEY[chase],
        greeting=Raw(greeting),
        number=advice.number,
        subject=advice.subject,
        sent=day(advice.sent_on, lang),
        to=Raw(recipient_part(lang, advice)),
        deadline=day(deadline_of(advice, chase), lang),
        workdays=waited(lang, working_days_between(advice.sent_on, today)),
        days=Raw(t(lang, "advice.period.days", count=(today - advice.sent_on).days)),
    )


def forward_text(lang: str, chat: Chat, advice: Advice, today: date, contact: str | None) -> str:
    """A ready-to-forward Dutch text: the advice and its history, for the escalation contact."""
    due = advice.deadlines
    facts = [
        t(
            lang,
            "advice.forward.sent",
            date=day(advice.sent_on, lang),
            to=Raw(recipient_part(lang, advice)),
        )
    ]
    if advice.acknowledged_on is not None:
        facts.append(t(lang, "advice.forward.acknowledged", date=day(advice.acknowledged_on, lang)))
    else:
        facts.append(t(lang, "advice.forward.no_ack", date=day(due.ack.end, lang)))
    if advice.postponed_to is not None:
        facts.append(
            t(
                lang,
                "advice.forward.postponed",
                date=day(advice.postponed_to, lang),
                reason=advice.postpone_reason or "",
            )
        )
    facts.append(t(lang, "advice.forward.no_reply", date=day(due.reply.end, lang)))
    return t(
        lang,
        "advice.forward.text",
        contact=contact or t(lang, "advice.forward.anyone"),
        group=chat.name,
        number=advice.number,
        subject=advice.subject,
        facts=Raw("\n".join(facts)),
        workdays=waited(lang, working_days_between(advice.sent_on, today)),
    )


def escalation_text(
    chat: Chat, advice: Advice, today: date, board: list[Person], contact: str | None
) -> str:
    lang = chat.language
    who = (
        t(lang, "advice.escalate.contact", contact=contact)
        if contact
        else t(lang, "advice.escalate.no_contact")
    )
    return t(
        lang,
        "advice.escalate",
        board=mentions(board) if board else t(lang, "advice.escalate.board"),
        number=advice.number,
        subject=advice.subject,
        sent=day(advice.sent_on, lang),
        very_late=day(advice.deadlines.very_late.end, lang),
        who=Raw(who),
        text=Raw(forward_text(lang, chat, advice, today, contact)),
    )


async def overview_section(out: Outbox, firing: Firing) -> list[Section]:
    """The weekly overview of open advices for the board, and for the gemeente contacts what
    waits for their answer; then plan next week's."""
    chat = await out.chat(firing.chat_id)
    if chat is None:
        return []
    tz = ZoneInfo(chat.timezone)
    today = local_today(firing.now, tz)
    lang = chat.language
    async with out.svc.db.transaction() as conn:
        settings = await SettingsRepo(conn).of(chat.id)
        weekly = settings.weekly(OVERVIEW)
        advices = await AdviceRepo(conn).of_chat(chat.id, open_only=True)
        part = await gemeente_part(
            conn, chat, ADVICE, [owed_line(lang, advice, today) for advice in advices]
        )
    local = firing.occurrence.astimezone(tz)
    # the setting may have changed since this event was planned: only its own day counts
    wanted = weekly is not None and local.weekday() == weekly[0] and local.time() == weekly[1]
    sections: list[Section] = []
    if wanted and advices:
        title = t(lang, "advice.overview.title", count=len(advices))
        text = "\n\n".join([title] + [list_line(lang, advice, today) for advice in advices])
        footer = t(lang, "advice.overview.footer", number=advices[0].number)
        sections.append(Section(text, footer=footer))
        if part is not None:
            sections.append(part)

    async def after(_message: object, _shared: bool) -> None:
        async with out.svc.db.transaction() as conn:
            # the event that fired is still claimed: plan the next one beside it
            await plan_overview(conn, out.svc.engine, chat, firing.now + timedelta(seconds=1))

    return [*sections, Section(after=after)]
