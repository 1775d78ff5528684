"""Reading a mail the mailbox reader hands over: matched to an advice (or a group's postvak) and
posted in its group, stored after (see the package's docstring)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import InputFile, ReplyParameters

from domain.advice.model import Advice
from domain.advice.settings import GEMEENTE_MAIL
from domain.mail_in import IncomingMail, parse_mail
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
from handlers.advice.mailin.card import mail_buttons, mail_text, sender_of
from handlers.i18n import t
from handlers.kit.imap import parse_imap_url
from handlers.kit.mailbox import Fetched, MailboxReader, TryLater
from handlers.kit.outbox import Outbox, translated
from schedules.engine import ApiAway, ChatGone, ChatMoved, SendLater, TransientError
from storage.advice import AdviceRepo
from storage.chats import ChatRepo
from storage.mailin import MailIn, MailInRepo

log = logging.getLogger("wijkbot.mailin")

IGNORED_LOG_EVERY = timedelta(minutes=10)


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
                    advice, "mail_in", now, None, None, sender=sender_of(mail), subject=mail.subject
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
