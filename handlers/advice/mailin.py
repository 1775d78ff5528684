"""Replies by e-mail (issue 20): what the mailbox reader hands over is read, matched and shown in
the group it belongs to; the board says what it is; unmatched mail from a group's gemeente
address waits in that group's postvak (/post).

- Matching (`domain/mail_route.py`): the signed reply address, then the thread headers, then a
  gemeente address with the advice number in the subject. Anything else shows in no group and
  is counted in one log line (at most every 10 minutes); it stays in the mailbox.
- A matched mail is posted with its sender, date, new text and attachments (documents, each at
  most `ATTACHMENT_CAP`; a bigger one is named with a note), with the board's buttons "Dit is de
  ontvangstbevestiging", "Dit is de reactie" (then the outcome) and "Geen van beide". Marking it
  is the same step as the gemeente's own buttons, so the chase for that deadline is cancelled.
- An automatic reply never changes a state: an out-of-office, bounce or other machine mail is
  shown without buttons; an automatic acknowledgement is offered to the board as one.
- The post goes out first and is stored after (with the mailbox UID and the Message-ID, so the
  same mail is never shown twice in a group); Telegram away is `TryLater` for the reader.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from telegram import InputFile, ReplyParameters

from domain.advice.model import OUTCOME_CODES, Advice, AdviceState, Outcome, Step
from domain.advice.settings import GEMEENTE_MAIL
from domain.mail_in import ATTACHMENT_CAP, Automatic, IncomingMail, parse_mail
from domain.mail_route import (
    Candidate,
    Group,
    How,
    Route,
    advice_number_in_subject,
    advice_of_recipients,
    reply_secret,
    route,
)
from domain.models import Chat
from domain.roles import Role
from handlers.advice.access import access_advice
from handlers.advice.parse import today_of
from handlers.advice.steps import acknowledge, answer
from handlers.advice.text import OUTCOME_KEY, stamp
from handlers.i18n import label, t
from handlers.kit.callbacks import CallbackData, StaleButton
from handlers.kit.mailbox import Fetched, MailboxReader, TryLater, parse_imap_url
from handlers.kit.outbox import Outbox, translated
from handlers.kit.text import short
from handlers.kit.turn import Button, Turn
from schedules.engine import ApiAway, ChatGone, ChatMoved, SendLater, TransientError
from storage.advice import AdviceRepo
from storage.chats import ChatRepo
from storage.mailin import MailIn, MailInRepo

log = logging.getLogger("wijkbot.mailin")

TEXT_SHOWN = 3000  # characters of a mail's new text in the group (a Telegram message is 4096)
IGNORED_LOG_EVERY = timedelta(minutes=10)
POSTVAK_SHOWN = 10


class MailOp(StrEnum):
    ACK = "ack"  # "Dit is de ontvangstbevestiging"
    REPLY = "ans"  # "Dit is de reactie", then the outcome
    NEITHER = "none"  # "Geen van beide"
    ASSIGN = "to"  # postvak: "Koppel aan een advies"
    DISMISS = "drop"  # postvak: "Weggooien"


@dataclass(frozen=True)
class MailPress(CallbackData, prefix="mail"):
    """mail:ack|ans|none|to|drop:<mail>; mail 0 is the mail the pressed message shows (the
    post goes out before its row is stored, so it cannot carry the row's id)."""

    op: MailOp
    mail_id: int


@dataclass(frozen=True)
class MailOutcome(CallbackData, prefix="mail:out"):
    """mail:out:<mail>:<o|d|n|a>: the outcome of the reply the board marked."""

    mail_id: int
    code: str


@dataclass(frozen=True)
class MailAssign(CallbackData, prefix="mail:adv"):
    """mail:adv:<mail>:<advice>: a postvak mail put with an advice."""

    mail_id: int
    advice_id: int


# --- the reader's handler -------------------------------------------------------------------


def mail_service(outbox: Outbox) -> MailboxReader | None:
    """The mailbox reader when IMAP_URL is set (a `Feature.services` factory)."""
    config = outbox.svc.settings
    if config.imap_url is None or config.bot_token is None:
        return None
    server = parse_imap_url(config.imap_url.get_secret_value())
    return MailboxReader(server, outbox.svc.db, outbox.svc.clock, MailHandler(outbox))


class MailHandler:
    """Reads, matches and shows one message (see the module docstring)."""

    def __init__(self, outbox: Outbox) -> None:
        self.outbox = outbox
        token = outbox.svc.settings.bot_token
        self.secret = reply_secret(token.get_secret_value() if token else "")
        self.ignored = 0
        self._ignored_logged: datetime | None = None

    async def __call__(self, fetched: Fetched) -> None:
        mail = parse_mail(fetched.raw)
        key = f"{fetched.mailbox}/{fetched.uidvalidity}/{fetched.uid}"
        async with self.outbox.svc.db.transaction() as conn:
            decided = await self._route(conn, mail)
            if decided.chat_id is None:
                chat, advice, known, empty = None, None, False, False
            else:
                repo = MailInRepo(conn)
                chat = await ChatRepo(conn).get(decided.chat_id)
                known = await repo.seen(decided.chat_id, key, mail.message_id)
                advice = (
                    await AdviceRepo(conn).get(decided.advice.advice_id) if decided.advice else None
                )
                empty = not await repo.postvak(decided.chat_id)
        if chat is None or decided.how is How.NOBODY:
            self._ignore(mail)
            return
        if known or not chat.active:
            return
        try:
            message_id = await self._show(chat, mail, advice, fetched, announce=empty)
        except (SendLater, ApiAway, TransientError) as exc:
            raise TryLater(str(exc)) from exc
        except (ChatGone, ChatMoved) as exc:
            log.info("mail for group %s not shown: %s", chat.id, exc)
            return
        now = self.outbox.svc.clock.now()
        async with self.outbox.svc.db.transaction() as conn:
            await MailInRepo(conn).add(
                MailIn(
                    id=0,
                    chat_id=chat.id,
                    advice_id=advice.id if advice else None,
                    mail_key=key,
                    message_id_header=mail.message_id,
                    sender=mail.sender,
                    sender_name=mail.sender_name,
                    sent_at=mail.date,
                    subject=mail.subject,
                    text=mail.new_text or mail.text,
                    attachments=[
                        {
                            "name": a.name,
                            "type": a.content_type,
                            "size": a.size,
                            "refused": a.refused,
                        }
                        for a in mail.attachments
                    ],
                    how=decided.how.value,
                    automatic=mail.automatic.value if mail.automatic else None,
                    state="new" if advice else "postvak",
                    message_id=message_id,
                    received_at=now,
                )
            )
            if advice is not None:
                await AdviceRepo(conn).log(
                    advice, "mail_in", now, None, None, sender=_sender(mail), subject=mail.subject
                )

    async def _route(self, conn: object, mail: IncomingMail) -> Route:
        repo = MailInRepo(conn)  # type: ignore[arg-type]
        advices = AdviceRepo(conn)  # type: ignore[arg-type]
        names: dict[int, str] = {}

        async def candidate(advice_id: int | None) -> Candidate | None:
            found = await advices.get(advice_id) if advice_id is not None else None
            if found is None:
                return None
            if found.chat_id not in names:
                chat = await ChatRepo(conn).get(found.chat_id)  # type: ignore[arg-type]
                names[found.chat_id] = chat.name if chat else ""
            return Candidate(found.id, found.chat_id, names[found.chat_id])

        by_token = await candidate(advice_of_recipients(mail.recipients, self.secret))
        by_thread = await candidate(await repo.advice_of_sent(mail.thread))
        groups = await repo.groups_knowing(mail.sender, GEMEENTE_MAIL.key)
        number = advice_number_in_subject(mail.subject)
        by_subject: list[Candidate] = []
        if number is not None:
            for advice_id, _chat in await repo.advices_numbered([g for g, _ in groups], number):
                found = await candidate(advice_id)
                if found is not None:
                    by_subject.append(found)
        return route(
            mail,
            by_token=by_token,
            by_thread=by_thread,
            by_subject=by_subject,
            sender_groups=[Group(chat_id, name) for chat_id, name in groups],
        )

    def _ignore(self, mail: IncomingMail) -> None:
        self.ignored += 1
        now = self.outbox.svc.clock.now()
        if self._ignored_logged is None or now - self._ignored_logged >= IGNORED_LOG_EVERY:
            self._ignored_logged = now
            log.info(
                "mailbox: %d message(s) so far from addresses no group knows; left in the mailbox",
                self.ignored,
            )

    async def _show(
        self,
        chat: Chat,
        mail: IncomingMail,
        advice: Advice | None,
        fetched: Fetched,
        *,
        announce: bool,
    ) -> int | None:
        """Post the mail (and its attachments) in the group; the message id of the post."""
        lang, bot, health = chat.language, self.outbox.bot, self.outbox.svc.health
        if advice is None:
            if announce:  # the postvak had nothing in it: one line, however many follow
                await self.outbox.send(chat.id, t(lang, "advice.mailin.postvak.notice"))
            return None
        text = mail_text(lang, ZoneInfo(chat.timezone), advice, mail, complete=fetched.complete)
        message = await self.outbox.send(chat.id, text, mail_buttons(lang, advice, mail, 0))
        for attachment in mail.attachments:
            if attachment.data is None:
                continue
            await translated(
                bot.send_document(
                    chat.id,
                    InputFile(attachment.data, filename=attachment.name or "bijlage"),
                    reply_parameters=ReplyParameters(
                        message.message_id, allow_sending_without_reply=True
                    ),
                ),
                health,
            )
        return int(message.message_id)


def _sender(mail: IncomingMail) -> str:
    if mail.sender_name:
        return f"{mail.sender_name} <{mail.sender}>"
    return mail.sender or "?"


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} kB"


def mail_text(
    lang: str,
    tz: ZoneInfo,
    advice: Advice | None,
    mail: IncomingMail | MailIn,
    *,
    complete: bool = True,
) -> str:
    """The mail as the group sees it: about which advice, from whom, when, and the new text."""
    sent: datetime | None
    if isinstance(mail, MailIn):
        sender = f"{mail.sender_name} <{mail.sender}>" if mail.sender_name else mail.sender
        sent, subject, text = mail.sent_at or mail.received_at, mail.subject, mail.text
        automatic = Automatic(mail.automatic) if mail.automatic else None
        refused = [(str(a["name"]), int(str(a["size"]))) for a in mail.attachments if a["refused"]]
        names = [str(a["name"]) for a in mail.attachments if not a["refused"]]
    else:
        sender, sent, subject = _sender(mail), mail.date, mail.subject
        text, automatic = mail.new_text or mail.text, mail.automatic
        refused = [(a.name, a.size) for a in mail.attachments if a.refused]
        names = [a.name for a in mail.attachments if not a.refused]
    lines = [
        t(lang, "advice.mailin.title", number=advice.number, subject=advice.subject)
        if advice
        else t(lang, "advice.mailin.postvak.title_one"),
        t(
            lang,
            "advice.mailin.from",
            sender=sender,
            date=stamp(sent, lang, tz) if sent else "?",
            subject=subject or "-",
        ),
        "",
        t(lang, "advice.mailin.text", text=short(text, TEXT_SHOWN))
        if text.strip()
        else t(lang, "advice.mailin.empty"),
    ]
    if not complete:
        lines.append(t(lang, "advice.mailin.too_big"))
    if names:
        lines.append(
            t(lang, "advice.mailin.attachments", names=", ".join(n or "bijlage" for n in names))
        )
    for name, size in refused:
        lines.append(
            t(
                lang,
                "advice.mailin.refused",
                name=name or "bijlage",
                size=_size(size),
                cap=_size(ATTACHMENT_CAP),
            )
        )
    if automatic is not None:
        lines.append(t(lang, _AUTOMATIC_KEY[automatic]))
    return "\n".join(lines)


_AUTOMATIC_KEY = {
    Automatic.OUT_OF_OFFICE: "advice.mailin.auto.out_of_office",
    Automatic.ACKNOWLEDGEMENT: "advice.mailin.auto.acknowledgement",
    Automatic.BOUNCE: "advice.mailin.auto.bounce",
    Automatic.OTHER: "advice.mailin.auto.other",
}


def mail_buttons(
    lang: str, advice: Advice, mail: IncomingMail | MailIn, mail_id: int
) -> list[list[Button]]:
    """The board's buttons under a mail: what the mail is. None for machine mail other than an
    automatic acknowledgement, and none once the advice has nothing more to receive."""
    automatic = mail.automatic
    if automatic is not None and str(automatic) != Automatic.ACKNOWLEDGEMENT.value:
        return []
    rows: list[list[Button]] = []
    if advice.state is AdviceState.SENT:
        rows.append([(label(lang, "advice.mailin.button.ack"), MailPress(MailOp.ACK, mail_id))])
    if advice.is_open and automatic is None:
        rows.append([(label(lang, "advice.mailin.button.reply"), MailPress(MailOp.REPLY, mail_id))])
    if rows:
        rows.append(
            [(label(lang, "advice.mailin.button.neither"), MailPress(MailOp.NEITHER, mail_id))]
        )
    return rows


# --- the board's buttons --------------------------------------------------------------------


async def _mail_of(turn: Turn, mail_id: int) -> MailIn:
    """The mail a button names (0: the one the pressed message shows), of this group only."""
    repo = MailInRepo(await turn.conn())
    if mail_id:
        found = await repo.get(mail_id)
    elif turn.message is not None:
        found = await repo.in_message(turn.chat.id, turn.message.message_id)
    else:
        found = None
    return await turn.own(found)


def _day_of(turn: Turn, mail: MailIn, advice: Advice) -> date:
    """The day the mail says it was written, in the group's zone, within the advice's life."""
    moment = (mail.sent_at or mail.received_at).astimezone(turn.tz).date()
    return min(max(moment, advice.sent_on), today_of(turn))


async def on_callback(turn: Turn) -> None:
    """The board's buttons under a mail and in the postvak."""
    data = turn.query.data if turn.query else None
    await turn.require(Role.BOARD)
    if MailOutcome.matches(data):
        await _on_outcome(turn, turn.button(MailOutcome))
        return
    if MailAssign.matches(data):
        await _on_assign(turn, turn.button(MailAssign))
        return
    press = turn.button(MailPress)
    mail = await _mail_of(turn, press.mail_id)
    if press.op is MailOp.DISMISS:
        await _decide(turn, mail, "dismissed")
        await turn.edit(turn.t("advice.mailin.dismissed"))
        return
    if press.op is MailOp.ASSIGN:
        await _offer_advices(turn, mail)
        return
    if mail.advice_id is None or mail.state != "new":
        await turn.notice(turn.t("advice.mailin.decided"))
        return
    advice = await access_advice(turn, mail.advice_id)
    if press.op is MailOp.NEITHER:
        await _decide(turn, mail, "neither")
        await _clear_buttons(turn, mail)
        await turn.notice(turn.t("advice.mailin.neither"))
    elif press.op is MailOp.ACK:
        await _decide(turn, mail, "acknowledgement")
        await acknowledge(turn, advice, _day_of(turn, mail, advice))
        await _clear_buttons(turn, mail)
    else:
        advice.require(Step.ANSWER)
        await turn.reply(
            turn.t("advice.mailin.ask_outcome", number=advice.number),
            [
                [(label(turn.lang, OUTCOME_KEY[outcome]), MailOutcome(mail.id, code))]
                for code, outcome in OUTCOME_CODES.items()
            ],
        )


async def _on_outcome(turn: Turn, press: MailOutcome) -> None:
    """The outcome of the reply the board marked: the advice is answered with the mail's text
    as its summary."""
    mail = await _mail_of(turn, press.mail_id)
    if mail.advice_id is None or mail.state != "new":
        await turn.notice(turn.t("advice.mailin.decided"))
        return
    if press.code not in OUTCOME_CODES:
        raise StaleButton()
    outcome: Outcome = OUTCOME_CODES[press.code]
    advice = await access_advice(turn, mail.advice_id)
    summary = short(" ".join(mail.text.split()), 300) or mail.subject or "-"
    await _decide(turn, mail, "reply")
    await turn.edit(
        turn.t("advice.outcome_chosen", number=advice.number, outcome=turn.t(OUTCOME_KEY[outcome]))
    )
    await answer(turn, advice, _day_of(turn, mail, advice), outcome, summary, {})
    await _clear_buttons(turn, mail)


async def _offer_advices(turn: Turn, mail: MailIn) -> None:
    if mail.state != "postvak":
        await turn.notice(turn.t("advice.mailin.decided"))
        return
    advices = await AdviceRepo(await turn.conn()).of_chat(turn.chat.id, open_only=True)
    if not advices:
        await turn.notice(turn.t("advice.mailin.postvak.none_open"))
        return
    rows: list[list[Button]] = [
        [
            (
                label(
                    turn.lang,
                    "advice.mailin.button.advice",
                    number=a.number,
                    subject=short(a.subject, 40),
                ),
                MailAssign(mail.id, a.id),
            )
        ]
        for a in advices[-8:]
    ]
    await turn.edit(
        mail_text(turn.lang, turn.tz, None, mail) + "\n\n" + turn.t("advice.mailin.postvak.pick"),
        rows,
    )


async def _on_assign(turn: Turn, press: MailAssign) -> None:
    """A postvak mail put with an advice: it becomes that advice's mail, with the buttons."""
    mail = await _mail_of(turn, press.mail_id)
    if mail.state != "postvak":
        await turn.notice(turn.t("advice.mailin.decided"))
        return
    advice = await access_advice(turn, press.advice_id)
    conn = await turn.conn()
    repo = MailInRepo(conn)
    assert turn.user is not None
    await repo.decide(mail.id, "new", turn.user.id, turn.now(), advice_id=advice.id)
    assert turn.message is not None
    await repo.show_in(mail.id, turn.message.message_id)
    await AdviceRepo(conn).log(
        advice,
        "mail_in",
        turn.now(),
        turn.user.id,
        turn.user.full_name,
        sender=mail.sender,
        subject=mail.subject,
    )
    moved = await repo.get(mail.id)
    assert moved is not None
    await turn.edit(
        mail_text(turn.lang, turn.tz, advice, moved),
        mail_buttons(turn.lang, advice, moved, mail.id),
    )


async def _decide(turn: Turn, mail: MailIn, state: str) -> None:
    assert turn.user is not None
    await MailInRepo(await turn.conn()).decide(mail.id, state, turn.user.id, turn.now())


async def _clear_buttons(turn: Turn, mail: MailIn) -> None:
    if mail.message_id is not None:
        await turn.edit_message(mail.message_id, None, [])


# --- /post ----------------------------------------------------------------------------------


async def post(turn: Turn) -> None:
    """/post: the board sees the group's postvak, each mail with "Koppel aan een advies" and
    "Weggooien"."""
    turn.require_group()
    await turn.require(Role.BOARD)
    waiting = await MailInRepo(await turn.conn()).postvak(turn.chat.id)
    if not waiting:
        await turn.reply(turn.t("advice.mailin.postvak.empty"))
        return
    await turn.reply(turn.t("advice.mailin.postvak.title", count=len(waiting)))
    for mail in waiting[:POSTVAK_SHOWN]:
        await turn.reply(
            mail_text(turn.lang, turn.tz, None, mail),
            [
                [
                    (
                        label(turn.lang, "advice.mailin.button.assign"),
                        MailPress(MailOp.ASSIGN, mail.id),
                    ),
                    (
                        label(turn.lang, "advice.mailin.button.dismiss"),
                        MailPress(MailOp.DISMISS, mail.id),
                    ),
                ]
            ],
        )
