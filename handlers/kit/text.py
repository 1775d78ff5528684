"""Text more than one feature needs: cutting to fit, a repeating moment in words, and the link
that opens the private chat with the bot."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, get_day_names

from handlers.i18n import t
from schedules.when import Recurrence

# The "nth weekday of the month" of a rule ("elke eerste dinsdag"), -1 being the last.
NTH = {
    1: "rec.nth.1",
    2: "rec.nth.2",
    3: "rec.nth.3",
    4: "rec.nth.4",
    5: "rec.nth.5",
    -1: "rec.nth.-1",
}


# A typed answer to a yes/no question ("Zal ik dit op de agenda zetten?", "Bedoel je Bram?").
YES = frozenset({"ja", "j", "yes", "y", "jawel", "klopt", "ok", "oké", "okay", "goed", "graag"})
NO = frozenset({"nee", "n", "no", "neen", "niet", "laat maar", "liever niet"})
# Typed under any question: drop it, nothing is stored ("laat maar" is also a no to a yes/no).
CANCEL = frozenset(
    {"stop", "stoppen", "annuleer", "annuleren", "afbreken", "laat maar", "cancel", "never mind"}
)


def is_yes(answer: str) -> bool:
    return answer.strip().lower().strip("!. ") in YES


def is_no(answer: str) -> bool:
    return answer.strip().lower().strip("!. ") in NO


def is_cancel(answer: str) -> bool:
    return answer.strip().lower().strip("!. ") in CANCEL


def short(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, "…" marking the cut (a label shows 64 at most)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def full_day(moment: datetime, lang: str, tz: ZoneInfo) -> str:
    """ "dinsdag 8 december 2026": what is filed (an agenda, a report) carries its year."""
    return str(format_date(moment.astimezone(tz).date(), "EEEE d MMMM y", locale=lang))


def full_moment(moment: datetime, lang: str, tz: ZoneInfo) -> str:
    """ "dinsdag 8 december 2026 om 19:30", with its year wherever it is read."""
    pattern = f"EEEE d MMMM y {t(lang, 'date.at')} HH:mm"
    return str(format_datetime(moment.astimezone(tz), pattern, tzinfo=tz, locale=lang))


def start_link(bot_username: str | None, prefix: str, argument: int | str) -> str:
    """`https://t.me/<bot>?start=<prefix>_<argument>`: opens the private chat, and pressing
    Start sends "/start <prefix>_<argument>" (a feature's `deep_links` handler takes it on)."""
    return f"https://t.me/{bot_username or ''}?start={prefix}_{argument}"


def describe_rule(rule: Recurrence, lang: str) -> str:
    """A rule as people say it: "elke maandag om 09:00", "elke eerste en derde dinsdag van de
    maand" (reminders and meeting series)."""
    weekday = (
        str(get_day_names("wide", locale=lang)[rule.weekday]) if rule.weekday is not None else ""
    )
    n = rule.interval
    if rule.kind == "daily":
        text = t(lang, "rec.daily", count=n)
    elif rule.kind == "weekly":
        text = t(lang, "rec.weekly", count=n, weekday=weekday)
    elif rule.kind == "monthly_day":
        text = t(lang, "rec.monthly_day", count=n, day=rule.day)
    else:
        names = [t(lang, NTH[nth]) for nth in rule.ordinals]  # "eerste en derde"
        nth = names[-1]
        if len(names) > 1:
            nth = t(lang, "rec.nth.and", first=", ".join(names[:-1]), last=nth)
        text = t(lang, "rec.monthly_nth", nth=nth, weekday=weekday)
    if rule.hour is None:
        return text
    return text + t(lang, "rec.at", time=f"{rule.hour:02d}:{rule.minute or 0:02d}")
