"""The weekly digest of /overzicht: how it is set (/overzicht wekelijks|mail|prive), the one pending
event per person, and sending it privately and/or by e-mail."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import get_day_names

from domain.advice import words
from domain.errors import DomainError, UsageError
from domain.settings import SettingKind, SettingSpec, is_email, next_weekly, parse_value, weekly_of
from handlers.advice.official.news import digest_text, news_of
from handlers.advice.official.overview import groups_of, owed_in
from handlers.advice.text import short_day
from handlers.i18n import Raw, t
from handlers.kit import mail
from handlers.kit.answering import plain
from handlers.kit.outbox import Outbox
from handlers.kit.turn import Turn
from schedules.engine import Firing
from storage.chats import ChatRepo
from storage.due import DueRepo
from storage.official import Digest, OfficialRepo

log = logging.getLogger("handlers.advice.official")

DIGEST_KIND = "official_digest"
DIGEST = SettingSpec(
    "official.digest",
    SettingKind.WEEKLY,
    "off",
    "advice",
    label="official.digest.label",
    help="official.digest.help",
)


async def digest_setting(turn: Turn, args: str) -> None:
    word, _, rest = args.partition(" ")
    word = word.lower()
    conn = await turn.conn()
    repo = OfficialRepo(conn)
    current = await repo.digest(turn.chat.id) or Digest(
        turn.chat.id, "off", True, "", turn.chat.timezone
    )
    if word in words.DIGEST_WEEKLY:
        changed = replace(current, weekly=parse_value(DIGEST, rest))
    elif word in words.DIGEST_MAIL:
        address = rest.strip()
        if address.lower() in words.OFF:
            address = ""
        elif not is_email(address):
            raise DomainError("official.digest.bad_mail", value=address[:80])
        changed = replace(current, email=address)
    elif word in words.DIGEST_PRIVATE:
        flag = rest.strip().lower() not in words.OFF
        changed = replace(current, private=flag)
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
    """Exactly one pending digest at the chosen weekly moment (none when it is off), never a
    second on the day one went out."""
    due = DueRepo(conn)
    pending = await due.pending_of_chat(DIGEST_KIND, digest.chat_id)
    weekly = weekly_of(digest.weekly)
    last = await due.last_taken(DIGEST_KIND, digest.chat_id)
    wanted = (
        next_weekly(weekly, ZoneInfo(digest.timezone), now, last=last)
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
    """The weekly digest, one message for all groups, privately and/or by e-mail: what became
    due or overdue since the previous one; nothing at all when nothing is open. Then the next."""
    async with out.svc.db.transaction() as conn:
        digest = await OfficialRepo(conn).digest(firing.chat_id)
        chat = await ChatRepo(conn).get(firing.chat_id)
        if digest is None or chat is None:
            return
        groups = await groups_of(conn, firing.chat_id, firing.now)
        # the first digest looks back a week; later ones to the previous, however long ago
        since = digest.last_sent or firing.now - timedelta(days=7)
        news = news_of(groups, since)
        open_count = len(owed_in(groups))
        await ensure_digest(out.svc.engine, conn, digest, firing.now)
    if open_count:
        lang = chat.language
        day = short_day(since.astimezone(ZoneInfo(digest.timezone)).date(), lang)
        if digest.private:
            text = digest_text(lang, len(groups), news, open_count, day, mail=False)
            await out.send(firing.chat_id, text)
        if digest.email:
            text = digest_text(lang, len(groups), news, open_count, day, mail=True)
            await _mail(out, digest.email, text, lang, firing.now)
    async with out.svc.db.transaction() as conn:  # after sending: a retry covers the same period
        await OfficialRepo(conn).digest_sent(firing.chat_id, firing.now)


async def _mail(out: Outbox, address: str, text: str, lang: str, now: datetime) -> None:
    config = out.svc.settings
    if config.smtp_url is None or not config.mail_from:
        return
    email = EmailMessage()
    email["From"] = config.mail_from
    email["To"] = address
    email["Subject"] = plain(t(lang, "official.digest.subject")).strip()
    email["Date"] = format_datetime(now)
    email["Message-ID"] = mail.new_message_id(config.mail_from)
    email.set_content(plain(text))
    try:
        await mail.send(mail.parse_smtp_url(config.smtp_url.get_secret_value()), email)
    except mail.MailError as exc:
        log.warning("weekly digest to %s not mailed: %s", address, exc.kind)
