"""Reading what follows /advies: the advice's number and step, dates said of the past, and the
document or link of the message it answers."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from domain.advice import words
from domain.errors import DomainError
from domain.settings import is_email
from handlers.advice.plan import local_today
from handlers.advice.text import day
from handlers.kit.text import short
from handlers.kit.turn import Turn

NUMBER = re.compile(r"^#?(\d{1,6})(?:\s+(.*))?$", re.DOTALL)
_YEAR = re.compile(r"\b\d{4}\b")
NEAR_FUTURE = timedelta(days=28)  # a day and month this close ahead is not read as last year's
_MONTHISH = re.compile(
    r"\d{1,2}\s*[-/.]\s*\d{1,2}|\b(jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"^(op\s+)?(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$", re.IGNORECASE
)
_BECAUSE = re.compile(rf"^({words.alternation(words.BECAUSE)})\s+", re.IGNORECASE)


def today_of(turn: Turn) -> date:
    """Today in the group's zone: deadlines are days, not moments."""
    return local_today(turn.now(), turn.tz)


def read_day(turn: Turn, text: str, *, past: bool = True) -> tuple[date | None, str]:
    """A date said of the past ("3 november", "maandag", "gisteren") and the rest of the text.

    The date reader looks ahead; a day and month without a year, or a bare weekday, that lands
    in the future is taken as the last one before today, since things are registered after the
    fact. Explicit future dates ("morgen", "1 december 2027") stay in the future, and so does a
    day and month in the coming four weeks: "verzonden 1 december" on 25 November is a slip or
    a plan, not last year's December (which would start a year of overdue chasing).
    """
    # "om 3 uur" or "binnenkort": the wrapper asks back; a weekday is checked on the past day
    rest, when = turn.split_when(text, weekday=False)
    tz = turn.tz
    if when is None:
        return None, text.strip()
    found = when.moment.astimezone(tz).date()
    today = today_of(turn)
    phrase = text[when.start : when.end].strip()
    if past and found > today and not _YEAR.search(phrase):
        if _WEEKDAY.match(phrase):
            found -= timedelta(days=7)
        elif _MONTHISH.search(phrase) and found - today > NEAR_FUTURE:
            try:
                found = found.replace(year=found.year - 1)
            except ValueError:  # 29 February
                found = found.replace(year=found.year - 1, day=28)
    if when.typed_weekday is not None and when.typed_weekday != found.weekday():
        moment = datetime.combine(found, when.moment.astimezone(tz).timetz())
        turn.ask_weekday(text, replace(when, moment=moment))
    return found, rest


def past_day(turn: Turn, text: str) -> tuple[date, str]:
    """An optional date at the start of `text` (default today); a future one is refused."""
    today = today_of(turn)
    if not text.strip():
        return today, ""
    found, rest = read_day(turn, text)
    if found is None:
        return today, text.strip()
    if found > today:
        raise DomainError(
            "advice.bad.future",
            date=day(found, turn.lang),
            usage=turn.t("cmd.advies.usage"),
        )
    return found, rest


def reason_of(text: str) -> str:
    """ "wegens de raadsbehandeling" -> "de raadsbehandeling": the card says "verdaagd: ..."
    ("because of the council debate" likewise)."""
    return _BECAUSE.sub("", text)


def attachment(turn: Turn) -> dict[str, Any]:
    """The document or link in the message /advies replied to, if any."""
    message = turn.message
    replied = message.reply_to_message if message is not None else None
    if replied is None:
        return {}
    if replied.document is not None:
        return {
            "document_id": replied.document.file_id,
            "document_name": replied.document.file_name or "document",
        }
    for entity in (*(replied.entities or ()), *(replied.caption_entities or ())):
        if entity.type == "text_link" and entity.url:
            return {"link": entity.url}
    body = replied.text or replied.caption or ""
    found = re.search(r"https?://\S+", body)
    return {"link": found.group(0)} if found else {}


def recipient_of(turn: Turn, text: str) -> tuple[str, str]:
    """ "stadsdeel Centrum centrum@denhaag.nl" -> ("stadsdeel Centrum", "centrum@denhaag.nl"):
    who it went to and their addresses (comma-separated); a bad address is refused."""
    words = text.split()
    addresses = [w.strip("<>(),;") for w in words if "@" in w]
    for address in addresses:
        if not is_email(address):
            raise DomainError("advice.bad.email", value=address, usage=turn.t("cmd.advies.usage"))
    return short(" ".join(w for w in words if "@" not in w), 200), ",".join(addresses)
