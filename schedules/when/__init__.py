"""Dutch (and basic English) date reader for Wijkbot.

One reader backs every command that takes a date. It implements the conventions of
``docs/dates.md`` as plain rules on top of pre-compiled regular expressions (no dateparser at
run time: the rules cover the conventions, are deterministic and ~100x faster).

Public API: :func:`read_when` / :func:`split_reading` (the whole reader: a :class:`When`, an
:class:`Unsettled` text the bot must ask back about, or None), :func:`parse_when` /
:func:`split_when` (the same, settled moments only), :func:`canonical` (a moment written so the
reader reads it back exactly: how an answer to asking back rewrites the command),
:func:`resolve_default_time`, :func:`warm_up`, :func:`format_result`, plus recurrence helpers
:func:`split_recurrence`, :func:`next_occurrence`, :func:`to_rrule_text`, :func:`from_rrule_text`.

The package, in reading order: ``model`` (the results), ``words`` (vocabulary), ``days``
(calendar arithmetic, feasts, local time), ``parts`` (pieces and the rule registry),
``rules_dates`` / ``rules_days`` / ``rules_clock`` (the rules), ``scan`` (running them),
``resolve`` (pieces to a moment), ``reader`` (entry points), ``recurrence``, ``__main__`` (CLI).

Working days and the moveable feasts come from ``domain/workdays.py`` (one rule for the reader
and the advice deadlines; Easter from ``dateutil``).

CLI: ``python -m schedules.when --now 2026-11-25T15:00 [--tz Europe/Amsterdam]`` reads one text
per line on stdin and prints one result per line (``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM``, ``-`` for
no date, ``?`` for a text the bot asks back about).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from schedules.when.leftovers import at_hour, cut_date_words, leftover_date_words
from schedules.when.model import (
    DEFAULT_TZ,
    Impossible,
    Reading,
    Recurrence,
    Series,
    Unsettled,
    When,
)
from schedules.when.reader import (
    canonical,
    format_result,
    impossible,
    parse_when,
    read_clock_on,
    read_when,
    resolve_default_time,
    split_reading,
    split_when,
    weekday_or_date,
)
from schedules.when.recurrence import (
    from_rrule_text,
    next_occurrence,
    read_recurrence,
    recurrence_unsettled,
    split_recurrence,
    to_rrule_text,
)

__all__ = [
    "DEFAULT_TZ",
    "Impossible",
    "Reading",
    "Recurrence",
    "Series",
    "Unsettled",
    "When",
    "at_hour",
    "canonical",
    "cut_date_words",
    "format_result",
    "from_rrule_text",
    "impossible",
    "leftover_date_words",
    "next_occurrence",
    "parse_when",
    "read_clock_on",
    "read_recurrence",
    "read_when",
    "recurrence_unsettled",
    "resolve_default_time",
    "split_reading",
    "split_recurrence",
    "split_when",
    "to_rrule_text",
    "warm_up",
    "weekday_or_date",
]


def warm_up() -> None:
    """Compile and exercise every rule once so the first user does not wait."""
    now = datetime(2026, 11, 25, 15, 0, tzinfo=ZoneInfo(DEFAULT_TZ))
    for s in (
        "volgende week dinsdag om half acht 's avonds",
        "over twee weken",
        "eind januari",
        "3-12 19:30",
        "elke eerste dinsdag van de maand 19:30",
    ):
        parse_when(s, now)
        split_recurrence(s, now, DEFAULT_TZ)
