"""The kinds of meeting every group has (their words and standard agendas come from the
catalogs, in the group's language), and a group's formats: the built-ins as it changed them,
and the kinds it added (storage/formats.py)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from domain.formats import DEFAULT_KIND, Format, Invited
from domain.models import Chat
from domain.settings import GroupSettings
from handlers.i18n import label
from storage.formats import FormatRepo


@dataclass(frozen=True)
class BuiltIn:
    name: str  # catalog key
    words: tuple[str, ...]  # what people type, in either language; the last one is English
    before: tuple[str, ...]  # catalog keys of the standard items before the members' items
    after: tuple[str, ...]
    invited: Invited
    call: str | None = None  # lead times of its own ("4w"); None: the group's settings
    close: str | None = None


BUILTIN: dict[str, BuiltIn] = {
    DEFAULT_KIND: BuiltIn(
        "format.bestuur.name",
        ("bestuursvergadering", "bestuur", "bv", "board"),
        ("format.item.opening_agenda", "format.item.minutes_previous", "format.item.news"),
        ("format.item.rondvraag", "format.item.closing"),
        Invited.BOARD,
    ),
    "alv": BuiltIn(
        "format.alv.name",
        ("ledenvergadering", "alv", "jaarvergadering", "members"),
        (
            "format.item.opening_agenda",
            "format.item.minutes_alv",
            "format.item.news",
            "format.item.annual",
        ),
        ("format.item.rondvraag", "format.item.closing"),
        Invited.MEMBERS,
        call="4w",
        close="1w",
    ),
    "stadsdeel": BuiltIn(
        "format.stadsdeel.name",
        ("stadsdeeloverleg", "stadsdeel", "wijkoverleg", "district"),
        (
            "format.item.opening_intro",
            "format.item.minutes_actions",
            "format.item.news_stadsdeel",
            "format.item.news_residents",
        ),
        ("format.item.rondvraag", "format.item.closing"),
        Invited.BOARD_GEMEENTE,
    ),
    "thermometer": BuiltIn(
        "format.thermometer.name",
        ("thermometergesprek", "thermometer"),
        ("format.item.opening", "format.item.minutes_previous"),
        ("format.item.agreements", "format.item.closing"),
        Invited.BOARD_GEMEENTE,
    ),
    "evaluatie": BuiltIn(
        "format.evaluatie.name",
        ("evaluatie", "evaluatiegesprek", "evaluatiemoment", "evaluation"),
        ("format.item.opening", "format.item.look_back"),
        ("format.item.agreements", "format.item.rondvraag", "format.item.closing"),
        Invited.BOARD_GEMEENTE,
    ),
}


@functools.cache
def shipped(key: str, lang: str) -> Format:
    """A built-in kind as it ships, in a language (a frozen value: made once)."""
    built = BUILTIN[key]
    return Format(
        key=key,
        name=label(lang, built.name),
        # the word a group is shown first ("/overleg stadsdeel …", "/meeting district …")
        words=(built.words[-1], *built.words[:-1]) if lang == "en" else built.words,
        before=tuple(label(lang, item) for item in built.before),
        after=tuple(label(lang, item) for item in built.after),
        invited=built.invited,
        call=built.call,
        close=built.close,
    )


async def formats_of(conn: Any, chat: Chat) -> list[Format]:
    """The group's kinds: the built-ins (as it changed them), then the ones it added."""
    stored = {fmt.key: fmt for fmt in await FormatRepo(conn).of(chat.id)}
    found = [stored.get(key) or shipped(key, chat.language) for key in BUILTIN]
    found += [fmt for key, fmt in stored.items() if key not in BUILTIN]
    return found


async def format_of(conn: Any, chat: Chat, key: str) -> Format:
    """A meeting's format by its kind (a kind removed since: the bestuursvergadering)."""
    for fmt in await formats_of(conn, chat):
        if fmt.key == key:
            return fmt
    return (
        await format_of(conn, chat, DEFAULT_KIND)
        if key != DEFAULT_KIND
        else shipped(DEFAULT_KIND, chat.language)
    )


async def lead_settings(
    conn: Any, chat_id: int, kind: str, settings: GroupSettings
) -> GroupSettings:
    """A group's settings with the lead times of a kind of meeting in place (its own, as the
    group changed them, or as the built-in ships)."""
    for fmt in await FormatRepo(conn).of(chat_id):
        if fmt.key == kind:
            return fmt.settings(settings)
    built = BUILTIN.get(kind)
    if built is None:
        return settings
    return Format(kind, "", (), (), (), built.invited, built.call, built.close).settings(settings)
