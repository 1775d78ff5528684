"""The board's "Mail de gemeente" button on a chase message: the chase as one e-mail, once.

All e-mails about one advice form one thread: the same subject with the advice number, and
each new one carries `In-Reply-To` (the previous Message-ID) and `References` (all of them).
A chase is mailed at most once: the Message-ID is stored per chase, so a second press or a
restart finds it and only shows "Gemaild op <datum>". With IMAP_URL set, replies are asked to
come back to the bot (Reply-To: the advice's signed address, handlers/advice/mailin/) and the
group's secretary (setting `antwoordadres`) is in Cc; without it the secretary is the Reply-To.
Without `SMTP_URL` and `MAIL_FROM` the button gives the address, subject and text to copy; a
failure marks nothing.
"""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.utils import format_datetime

from domain.advice.model import Advice
from domain.advice.settings import GEMEENTE_MAIL, REPLY_TO
from domain.mail_route import reply_address, reply_secret
from domain.roles import Role
from domain.workdays import working_days_between
from handlers.advice.access import access_chase
from handlers.advice.keyboards import chase_buttons
from handlers.advice.plan import local_today
from handlers.advice.text import day, short_day, waited
from handlers.i18n import Raw, t
from handlers.kit import mail
from handlers.kit.callbacks import StaleButton
from handlers.kit.text import short
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo, Chase

_BODY_KEY = {
    "ack": "advice.mail.body.ack",
    "reply": "advice.mail.body.reply",
    "very_late": "advice.mail.body.very_late",
}
_WHAT_KEY = {
    "ack": "advice.chase.what.ack",
    "reply": "advice.chase.what.reply",
    "very_late": "advice.chase.what.very_late",
}
_FAILED_KEY = {
    "down": "advice.mail.failed.down",
    "login": "advice.mail.failed.login",
    "refused": "advice.mail.failed.refused",
}


ADVICE_KEY = "advice"  # the advice itself, mailed from its card ("Mail het advies")


def _key(chase: Chase) -> str:
    return f"{chase.kind}:{chase.deadline.isoformat()}"


async def refresh_chase_buttons(turn: Turn, message_id: int) -> None:
    """Redraw a chase message's buttons after the advice or its mail changed."""
    repo = AdviceRepo(await turn.conn())
    chase = await repo.chase_in_message(turn.chat.id, message_id)
    if chase is None:
        return
    advice = await repo.get(chase.advice_id)
    if advice is None:
        return
    mailed = await repo.mail_for(advice.id, _key(chase))
    shown = short_day(mailed[1].astimezone(turn.tz).date(), turn.lang) if mailed else None
    await turn.edit_message(message_id, None, chase_buttons(turn.lang, advice, chase.kind, shown))


def subject_of(lang: str, advice: Advice, group: str) -> str:
    """One subject for the whole thread about an advice."""
    return html.unescape(
        t(lang, "advice.mail.subject", number=advice.number, subject=advice.subject, group=group)
    )


def body_of(lang: str, advice: Advice, chase: Chase, group: str, today_workdays: int) -> str:
    return html.unescape(
        t(
            lang,
            _BODY_KEY[chase.kind],
            number=advice.number,
            subject=advice.subject,
            group=group,
            sent=day(advice.sent_on, lang),
            to=advice.recipient or t(lang, "advice.mail.you"),
            deadline=day(chase.deadline, lang),
            workdays=waited(lang, today_workdays),
        )
    )


async def on_mail_button(turn: Turn, advice: Advice) -> None:
    """Board only: send (or show) the e-mail for the chase this button sits under."""
    await turn.require(Role.BOARD)
    message = turn.message
    if message is None:
        raise StaleButton()
    chase = await access_chase(turn, message.message_id)
    if chase.advice_id != advice.id:
        raise StaleButton()
    repo = AdviceRepo(await turn.conn())
    assert turn.user is not None
    done = await repo.mail_for(advice.id, _key(chase))
    if done is not None:
        when = short_day(done[1].astimezone(turn.tz).date(), turn.lang)
        await refresh_chase_buttons(turn, message.message_id)
        await turn.notice(turn.t("advice.mail.already", date=when))
        return
    today = local_today(turn.now(), turn.tz)
    subject = subject_of(turn.lang, advice, turn.chat.name)
    body = body_of(
        turn.lang, advice, chase, turn.chat.name, working_days_between(advice.sent_on, today)
    )
    sent_to = await _mail(turn, advice, _key(chase), subject, body, turn.t(_WHAT_KEY[chase.kind]))
    if sent_to is not None:
        await refresh_chase_buttons(turn, message.message_id)
        await turn.notice(turn.t("advice.mail.sent", to=Raw(html.escape(sent_to))))


async def on_mail_advice(turn: Turn, advice: Advice) -> None:
    """Board only: "Mail het advies" on the card of an advice registered with an address: the
    advice itself as the first mail of its thread, once."""
    await turn.require(Role.BOARD)
    done = await AdviceRepo(await turn.conn()).mail_for(advice.id, ADVICE_KEY)
    if done is not None:
        when = short_day(done[1].astimezone(turn.tz).date(), turn.lang)
        await turn.notice(turn.t("advice.mail.already", date=when))
        return
    due = advice.deadlines
    body = html.unescape(
        t(
            turn.lang,
            "advice.mail.body.advice",
            number=advice.number,
            subject=advice.subject,
            group=turn.chat.name,
            sent=day(advice.sent_on, turn.lang),
            to=advice.recipient or t(turn.lang, "advice.mail.you"),
            link=advice.link or advice.document_name or "-",
            ack=day(due.ack.end, turn.lang),
            reply=day(due.reply.end, turn.lang),
        )
    )
    subject = subject_of(turn.lang, advice, turn.chat.name)
    sent_to = await _mail(
        turn, advice, ADVICE_KEY, subject, body, turn.t("advice.mail.what.advice")
    )
    if sent_to is not None:
        await turn.notice(turn.t("advice.mail.sent", to=Raw(html.escape(sent_to))))


async def _mail(
    turn: Turn, advice: Advice, key: str, subject: str, body: str, what: str
) -> str | None:
    """Send one mail of the advice's thread and record it; the addressees when it went.

    With IMAP_URL set, replies are asked to come back to the bot (Reply-To: the advice's
    signed address) and the secretary is in Cc. Without a mail server: the text to copy."""
    assert turn.user is not None
    repo = AdviceRepo(await turn.conn())
    settings = await turn.group_settings()
    recipients = [a for a in advice.email.split(",") if a] or list(settings.emails(GEMEENTE_MAIL))
    config = turn.svc.settings
    if config.smtp_url is None or not config.mail_from:
        shown_to = ", ".join(recipients) or turn.t("advice.mail.no_address_yet")
        await turn.reply(
            turn.t(
                "advice.mail.copy",
                to=shown_to,
                subject=subject,
                body=body,
                reply_to=Raw(
                    turn.t("advice.mail.reply_to", address=settings.text(REPLY_TO))
                    if settings.text(REPLY_TO)
                    else ""
                ),
            )
        )
        return None
    if not recipients:
        await turn.reply(turn.t("advice.mail.no_address"))
        return None
    thread = await repo.thread(advice.id)
    email = EmailMessage()
    email["From"] = config.mail_from
    email["To"] = ", ".join(recipients)
    reply_to = settings.text(REPLY_TO)
    base = config.reply_base if config.imap_url is not None and config.bot_token else None
    if base is not None and config.bot_token is not None:
        # replies come back to the bot's mailbox, tagged with this advice; the secretary in copy
        secret = reply_secret(config.bot_token.get_secret_value())
        email["Reply-To"] = reply_address(base, advice.id, secret)
        if reply_to:
            email["Cc"] = reply_to
    elif reply_to:
        email["Reply-To"] = reply_to
    email["Subject"] = subject
    email["Date"] = format_datetime(turn.now())
    message_id = mail.new_message_id(config.mail_from)
    email["Message-ID"] = message_id
    if thread:
        email["In-Reply-To"] = thread[-1]
        email["References"] = " ".join(thread)
    email.set_content(body)
    # the database is not held while the mail server answers
    await turn.unit.commit()
    server = mail.parse_smtp_url(config.smtp_url.get_secret_value())
    try:
        await mail.send(server, email)
    except mail.MailError as exc:
        await turn.reply(turn.t(_FAILED_KEY[exc.kind], reason=short(exc.reason, 300)))
        return None
    repo = AdviceRepo(await turn.conn())
    sent_to = ", ".join(filter(None, (email["To"], email["Cc"])))
    await repo.record_mail(advice, key, message_id, sent_to, subject, turn.now())
    await repo.log(
        advice, "mailed", turn.now(), turn.user.id, turn.user.full_name, to=email["To"], what=what
    )
    return str(email["To"])
