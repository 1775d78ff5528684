"""A mail as the group sees it: its text and the board's buttons under it (their typed data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from domain.advice.model import Advice, AdviceState
from domain.mail_in import ATTACHMENT_CAP, Automatic, IncomingMail
from handlers.advice.text import stamp
from handlers.i18n import label, t
from handlers.kit.callbacks import CallbackData
from handlers.kit.text import short
from handlers.kit.turn import Button
from storage.mailin import MailIn

TEXT_SHOWN = 3000  # characters of a mail's new text in the group (a Telegram message is 4096)


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


def sender_of(mail: IncomingMail) -> str:
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
        sender, sent, subject = sender_of(mail), mail.date, mail.subject
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
