"""The gemeente official's view across all their groups (issue 20).

A gemeente contact (anyone listed with /gemeente in one or more groups) types /overzicht in
their private chat with the bot: every open advice and every open gemeente/stadsdeel action of
all those groups, overdue first, with the organisation, the deadline and how long it waits,
and buttons that do what the gemeente's buttons in the group do (acknowledge, answer), reported
in that group. Below it, per organisation, the response figures of its last 20 advices, in
alphabetical order: never a ranking. Nothing of a group where they are not a gemeente contact
shows, even when they are a member there.

`/overzicht wekelijks maandag 9:00` sets a weekly digest of the same list (one message for all
groups), `/overzicht mail naam@gemeente.nl` sends it by e-mail as well (with SMTP_URL),
`/overzicht prive uit` only by e-mail, `/overzicht wekelijks uit` stops it. One pending engine
event per person (kind `official_digest`, in their private chat) is kept at the chosen moment.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import get_day_names

from domain.advice import words
from domain.advice.figures import YearFigures, share
from domain.advice.model import OUTCOME_CODES, Advice, Step
from domain.advice.official import Owed, ordered, owed_of_action, owed_of_advice, recent_figures
from domain.errors import DomainError, UsageError
from domain.models import Chat
from domain.roles import Role
from domain.settings import (
    SettingKind,
    SettingSpec,
    is_email,
    next_weekly,
    parse_value,
    weekly_of,
)
from handlers.advice.keyboards import card_buttons
from handlers.advice.plan import local_today, schedule_chases
from handlers.advice.text import OUTCOME_KEY, card, day, short_day
from handlers.i18n import Raw, label, t
from handlers.kit import mail
from handlers.kit.answering import plain
from handlers.kit.callbacks import CallbackData, StaleButton
from handlers.kit.outbox import Outbox
from handlers.kit.text import short
from handlers.kit.turn import Button, Turn
from schedules.engine import Firing
from storage.actions import ActionRepo
from storage.advice import AdviceRepo
from storage.chats import ChatRepo
from storage.due import DueRepo
from storage.official import Digest, OfficialRepo

log = logging.getLogger(__name__)

DIGEST_KIND = "official_digest"
DIGEST = SettingSpec(
    "official.digest",
    SettingKind.WEEKLY,
    "off",
    "advice",
    label="official.digest.label",
    help="official.digest.help",
)
SHOWN = 25  # items in one overview message
BUTTONS = 8  # advices with buttons in one overview


class Op(StrEnum):
    ACK = "ack"
    ANSWER = "ans"


@dataclass(frozen=True)
class OfficialPress(CallbackData, prefix="ovz"):
    """ovz:ack|ans:<advice>: the official's button in /overzicht."""

    op: Op
    advice_id: int


@dataclass(frozen=True)
class OfficialOutcome(CallbackData, prefix="ovz:out"):
    """ovz:out:<advice>:<o|d|n|a>: the outcome the official picked."""

    advice_id: int
    code: str


# --- gathering --------------------------------------------------------------------------------


async def gather(
    conn: Any, user_id: int, now: datetime
) -> tuple[list[tuple[Chat, date]], list[Owed], dict[str, YearFigures | None]]:
    """The person's groups as gemeente contact (with today there), what is owed, the figures."""
    groups: list[tuple[Chat, date]] = []
    owed: list[Owed] = []
    figures: dict[str, YearFigures | None] = {}
    for chat_id, name in await OfficialRepo(conn).groups_of(user_id):
        chat = await ChatRepo(conn).get(chat_id)
        if chat is None:
            continue
        today = local_today(now, ZoneInfo(chat.timezone))
        groups.append((chat, today))
        advices = await AdviceRepo(conn).of_chat(chat_id)
        owed += [o for a in advices if (o := owed_of_advice(a, name, today)) is not None]
        actions = await ActionRepo(conn).open_in(chat_id)
        owed += [o for a in actions if (o := owed_of_action(a, name, today)) is not None]
        figures[name] = recent_figures(advices, today)
    return groups, ordered(owed), figures


def overview_text(
    lang: str, owed: list[Owed], figures: dict[str, YearFigures | None], today: date, title: str
) -> str:
    lines = [title, ""]
    if not owed:
        lines.append(t(lang, "official.nothing"))
    for item in owed[:SHOWN]:
        late = t(lang, "official.late", count=item.late_days) if item.late_days else ""
        deadline = short_day(item.deadline, lang) if item.deadline else t(lang, "official.no_date")
        lines.append(
            t(
                lang,
                _ITEM_KEY[item.kind],
                mark="🔴" if item.late_days else "⚪️",
                group=item.group,
                number=item.number,
                title=short(item.title, 80),
                deadline=deadline,
                late=late,
                waited=t(lang, "official.waited", count=item.waited(today)),
            )
        )
    if len(owed) > SHOWN:
        lines.append(t(lang, "official.more", count=len(owed) - SHOWN))
    lines += ["", t(lang, "official.figures.title")]
    for group, found in figures.items():  # in the groups' alphabetical order: no ranking
        lines.append(_figures_line(lang, group, found))
    return "\n".join(lines)


_ITEM_KEY = {
    "ack": "official.item.ack",
    "reply": "official.item.reply",
    "action": "official.item.action",
}


def _figures_line(lang: str, group: str, found: YearFigures | None) -> str:
    if found is None:
        return t(lang, "official.figures.none", group=group)
    none = t(lang, "official.figures.unknown")

    def days(value: float | None) -> str:
        return none if value is None else t(lang, "official.figures.days", count=round(value))

    def pct(part: int, whole: int) -> str:
        value = share(part, whole)
        return none if value is None else f"{value}%"

    return t(
        lang,
        "official.figures.line",
        group=group,
        advices=t(lang, "official.figures.advices", count=found.count),
        ack=days(found.median_ack_days),
        ack_share=pct(found.ack_on_time, found.ack_judged),
        reply=days(found.median_reply_days),
        reply_share=pct(found.reply_on_time, found.reply_judged),
    )


def overview_buttons(lang: str, owed: list[Owed]) -> list[list[Button]]:
    rows: list[list[Button]] = []
    for item in [o for o in owed if o.kind != "action"][:BUTTONS]:
        key, op = (
            ("official.button.ack", Op.ACK)
            if item.kind == "ack"
            else ("official.button.answer", Op.ANSWER)
        )
        shown = label(lang, key, number=item.number, group=short(item.group, 30))
        rows.append([(shown, OfficialPress(op, item.record_id))])
    return rows


# --- /overzicht -------------------------------------------------------------------------------


async def overzicht(turn: Turn) -> None:
    """/overzicht (private): everything owed in all your groups; /overzicht wekelijks|mail|prive."""
    if not turn.chat.is_private:
        await turn.reply(turn.t("official.private_only"))
        return
    args = turn.text_after_command.strip()
    if args:
        await _digest_setting(turn, args)
        return
    assert turn.user is not None
    groups, owed, figures = await gather(await turn.conn(), turn.user.id, turn.now())
    if not groups:
        await turn.reply(turn.t("official.none"))
        return
    today = max(today for _chat, today in groups)
    title = turn.t("official.title", count=len(groups))
    await turn.reply(
        overview_text(turn.lang, owed, figures, today, title), overview_buttons(turn.lang, owed)
    )


async def _refresh(turn: Turn) -> None:
    assert turn.user is not None
    groups, owed, figures = await gather(await turn.conn(), turn.user.id, turn.now())
    today = max((today for _chat, today in groups), default=local_today(turn.now(), turn.tz))
    title = turn.t("official.title", count=len(groups))
    await turn.edit(
        overview_text(turn.lang, owed, figures, today, title), overview_buttons(turn.lang, owed)
    )


# --- the buttons: the gemeente's steps, from the private chat --------------------------------


async def _access(turn: Turn, advice_id: int) -> tuple[Advice, Chat]:
    """An advice of a group where you are a gemeente contact now; else the stale alert."""
    conn = await turn.conn()
    advice = await turn.own(await AdviceRepo(conn).get(advice_id), private=True)
    (await turn.standing_in(advice.chat_id)).require(Role.GEMEENTE)
    group = await ChatRepo(conn).get(advice.chat_id)
    if group is None or not group.active:
        raise StaleButton()
    return advice, group


async def on_callback(turn: Turn) -> None:
    data = turn.query.data if turn.query else None
    if OfficialOutcome.matches(data):
        await _on_outcome(turn, turn.button(OfficialOutcome))
        return
    press = turn.button(OfficialPress)
    advice, group = await _access(turn, press.advice_id)
    today = local_today(turn.now(), ZoneInfo(group.timezone))
    if press.op is Op.ACK:
        changed = advice.acknowledge(today)
        await _store(turn, group, changed, "acknowledged", on=today.isoformat())
        text = t(
            group.language,
            "advice.acknowledged",
            number=advice.number,
            date=day(today, group.language),
        )
        await _report(turn, group, changed, text)
        await _refresh(turn)
        await turn.notice(turn.t("official.done.ack", number=advice.number, group=group.name))
        return
    advice.require(Step.ANSWER)
    await turn.reply(
        turn.t("official.ask_outcome", number=advice.number, group=group.name),
        [
            [(label(turn.lang, OUTCOME_KEY[outcome]), OfficialOutcome(advice.id, code))]
            for code, outcome in OUTCOME_CODES.items()
        ],
    )


async def _on_outcome(turn: Turn, press: OfficialOutcome) -> None:
    advice, group = await _access(turn, press.advice_id)
    if press.code not in OUTCOME_CODES:
        raise StaleButton()
    advice.require(Step.ANSWER)
    shown = turn.t(OUTCOME_KEY[OUTCOME_CODES[press.code]])
    await turn.edit(turn.t("advice.outcome_chosen", number=advice.number, outcome=shown))
    await turn.ask(
        turn.t("advice.ask_summary", number=advice.number, outcome=shown),
        "official_answer",
        {"advice": advice.id, "outcome": press.code},
    )


async def on_answer_prompt(turn: Turn, summary: str, payload: dict[str, Any]) -> None:
    """The official's short summary of the reply, typed in the private chat."""
    advice, group = await _access(turn, int(payload["advice"]))
    code = str(payload["outcome"])
    if code not in OUTCOME_CODES:
        raise StaleButton()
    outcome = OUTCOME_CODES[code]
    shown = t(group.language, OUTCOME_KEY[outcome])
    if not summary.strip():
        await turn.ask(
            turn.t(
                "advice.ask_summary", number=advice.number, outcome=turn.t(OUTCOME_KEY[outcome])
            ),
            "official_answer",
            payload,
        )
        return
    today = local_today(turn.now(), ZoneInfo(group.timezone))
    changed = advice.answer(today, outcome, summary)
    await _store(
        turn,
        group,
        changed,
        "answered",
        on=today.isoformat(),
        outcome=shown,
        summary=changed.summary,
    )
    text = t(
        group.language,
        "advice.answered",
        number=advice.number,
        date=day(today, group.language),
        outcome=shown,
    )
    await _report(turn, group, changed, text)
    await turn.reply(turn.t("official.done.answer", number=advice.number, group=group.name))


async def _store(turn: Turn, group: Chat, advice: Advice, kind: str, **data: Any) -> None:
    """The step, its timeline entry and the re-planned chases: one transaction."""
    assert turn.user is not None
    conn = await turn.conn()
    repo = AdviceRepo(conn)
    await repo.save(advice)
    await repo.log(advice, kind, turn.now(), turn.user.id, turn.user.full_name, **data)
    await schedule_chases(conn, turn.svc.engine, advice, group)


async def _report(turn: Turn, group: Chat, advice: Advice, text: str) -> None:
    """Tell the group, as if the button had been pressed there, and redraw the advice's card."""
    assert turn.user is not None
    via = t(group.language, "official.via", name=turn.user.full_name)
    await turn.post_in(group.id, f"{text}\n{via}")
    if advice.message_id is not None:
        today = local_today(turn.now(), ZoneInfo(group.timezone))
        await turn.edit_message(
            advice.message_id,
            card(group.language, advice, today),
            card_buttons(group.language, advice),
            chat_id=group.id,
        )
    await turn.svc.engine.changed()


# --- the weekly digest ----------------------------------------------------------------------


async def _digest_setting(turn: Turn, args: str) -> None:
    word, _, rest = args.partition(" ")
    word = word.lower()
    conn = await turn.conn()
    repo = OfficialRepo(conn)
    current = await repo.digest(turn.chat.id) or Digest(
        turn.chat.id, "off", True, "", turn.chat.timezone
    )
    if word in words.DIGEST_WEEKLY:
        changed = Digest(
            current.chat_id,
            parse_value(DIGEST, rest),
            current.private,
            current.email,
            current.timezone,
        )
    elif word in words.DIGEST_MAIL:
        address = rest.strip()
        if address.lower() in words.OFF:
            address = ""
        elif not is_email(address):
            raise DomainError("official.digest.bad_mail", value=address[:80])
        changed = Digest(
            current.chat_id, current.weekly, current.private, address, current.timezone
        )
    elif word in words.DIGEST_PRIVATE:
        flag = rest.strip().lower() not in words.OFF
        changed = Digest(current.chat_id, current.weekly, flag, current.email, current.timezone)
    else:
        raise UsageError(command="overzicht")
    await repo.set_digest(changed, turn.now())
    await ensure_digest(turn.svc.engine, conn, changed, turn.now())
    await turn.reply(_digest_state(turn.lang, changed))
    await turn.svc.engine.changed()


def _digest_state(lang: str, digest: Digest) -> str:
    weekly = weekly_of(digest.weekly)
    if weekly is None or not (digest.private or digest.email):
        return t(lang, "official.digest.off")
    moment = f"{get_day_names('wide', locale=lang)[weekly[0]]} {weekly[1]:%H:%M}"
    ways = [t(lang, "official.digest.private")] if digest.private else []
    if digest.email:
        ways.append(t(lang, "official.digest.mail", address=digest.email))
    return t(lang, "official.digest.set", moment=moment, ways=Raw(" + ".join(ways)))


async def ensure_digest(engine: Any, conn: Any, digest: Digest, now: datetime) -> None:
    """Exactly one pending digest at the chosen weekly moment (none when it is off)."""
    due = DueRepo(conn)
    pending = await due.pending_of_chat(DIGEST_KIND, digest.chat_id)
    weekly = weekly_of(digest.weekly)
    wanted = (
        next_weekly(weekly, ZoneInfo(digest.timezone), now)
        if weekly is not None and (digest.private or digest.email)
        else None
    )
    if len(pending) == 1 and wanted is not None and pending[0].fire_at == wanted:
        return
    for event in pending:
        await due.cancel(event.id)
    if wanted is not None:
        await engine.schedule(
            conn,
            DIGEST_KIND,
            digest.chat_id,
            wanted,
            timezone=digest.timezone,
            target_id=digest.chat_id,
        )


async def fire_digest(out: Outbox, firing: Firing) -> None:
    """The weekly overview: one message for all groups, privately and/or by e-mail; then the
    next one."""
    async with out.svc.db.transaction() as conn:
        digest = await OfficialRepo(conn).digest(firing.chat_id)
        chat = await ChatRepo(conn).get(firing.chat_id)
        if digest is None or chat is None:
            return
        groups, owed, figures = await gather(conn, firing.chat_id, firing.now)
        await ensure_digest(out.svc.engine, conn, digest, firing.now)
    lang = chat.language
    if groups:
        today = max(today for _chat, today in groups)
        text = overview_text(
            lang, owed, figures, today, t(lang, "official.digest.title", count=len(groups))
        )
    else:
        text = t(lang, "official.none")
    if digest.private:
        await out.send(firing.chat_id, text)
    config = out.svc.settings
    if digest.email and config.smtp_url is not None and config.mail_from:
        email = EmailMessage()
        email["From"] = config.mail_from
        email["To"] = digest.email
        email["Subject"] = plain(t(lang, "official.digest.subject")).strip()
        email["Date"] = format_datetime(firing.now)
        email["Message-ID"] = mail.new_message_id(config.mail_from)
        email.set_content(plain(text))
        try:
            await mail.send(mail.parse_smtp_url(config.smtp_url.get_secret_value()), email)
        except mail.MailError as exc:
            log.warning("weekly overview to %s not mailed: %s", digest.email, exc.kind)
