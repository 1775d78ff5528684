"""Message catalogs (nl default, en) and Babel date formatting in the group's language."""

from __future__ import annotations

import functools
import html
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_datetime

from handlers.i18n import en, nl
from handlers.i18n.catalog import Catalog, Plural

CATALOGS: dict[str, Catalog] = {"nl": nl.MESSAGES, "en": en.MESSAGES}
DEFAULT_LANGUAGE = "nl"


class Raw(str):
    """A value that is already safe HTML (built from catalog texts), so it is not escaped."""

    __slots__ = ()


def has(key: str, lang: str = DEFAULT_LANGUAGE) -> bool:
    return key in CATALOGS.get(lang, {}) or key in CATALOGS[DEFAULT_LANGUAGE]


# The longest text a feature keeps (an agenda item, an advice summary). A longer value is input
# quoted back as typed, and would push the message past Telegram's 4096 characters.
MAX_PARAM = 1000


def _capped(text: str) -> str:
    return text if len(text) <= MAX_PARAM else text[: MAX_PARAM - 1] + "…"


def _template(lang: str, key: str, params: dict[str, Any]) -> str:
    """The text of `key` in `lang` (falling back to Dutch); a plural entry gives the form that
    `count` needs in that language (Babel's plural rules: "1 werkdag", "2 werkdagen")."""
    catalog = CATALOGS.get(lang, CATALOGS[DEFAULT_LANGUAGE])
    entry = catalog.get(key) or CATALOGS[DEFAULT_LANGUAGE][key]
    if isinstance(entry, str):
        return entry
    return plural_form(entry, lang, params["count"])


def plural_form(forms: Plural, lang: str, count: Any) -> str:
    category = _locale(lang).plural_form(abs(count) if isinstance(count, int) else count)
    return forms.get(category) or forms["other"]


@functools.cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def t(lang: str, key: str, **params: Any) -> str:
    """The message `key` in `lang` (falling back to Dutch), with params HTML-escaped."""
    template = _template(lang, key, params)
    safe = {
        name: value if isinstance(value, Raw) else html.escape(_capped(str(value)), quote=False)
        for name, value in params.items()
    }
    return template.format(**safe)


def label(lang: str, key: str, **params: Any) -> str:
    """A button label: plain text, so nothing is escaped (Telegram shows labels as typed)."""
    return _template(lang, key, params).format(**params)


def format_moment(
    moment: datetime,
    lang: str,
    tz: ZoneInfo | str,
    *,
    with_time: bool = True,
    now: datetime | None = None,
) -> str:
    """A moment as people say it: "dinsdag 1 december om 19:30" (year added when not this year)."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    local = moment.astimezone(zone)
    pattern = "EEEE d MMMM"
    if now is not None and now.astimezone(zone).year != local.year:
        pattern += " y"
    if with_time:
        pattern += f" {t(lang, 'date.at')} HH:mm"
    return format_datetime(local, pattern, tzinfo=zone, locale=lang)
