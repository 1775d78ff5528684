"""/overleg soorten (and /instellingen → Overleg en agenda → Soorten overleg): the kinds of
meeting, and the board's changes to them: standard items before and after the members' items,
who is invited, lead times; a kind of its own, or a built-in back as it ships."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from domain.errors import DomainError
from domain.formats import (
    DEFAULT_KIND,
    MAX_KINDS,
    Format,
    Invited,
    clean_items,
    clean_name,
    fold,
    new_key,
    next_invited,
    words_of,
)
from domain.meetings import AGENDA_CALL, AGENDA_CLOSE
from domain.roles import Role
from domain.settings import OFF_WORDS, parse_value
from handlers.formats.builtin import BUILTIN, formats_of, shipped
from handlers.formats.keyboards import FormatPress, Op, card_buttons, list_buttons
from handlers.formats.text import card_text, list_text
from handlers.kit.callbacks import STALE
from handlers.kit.paging import require_text_message
from handlers.kit.turn import Turn
from storage.formats import FormatRepo

PROMPT = "format"
# What the reply prompt asks, by what the pressed button changes.
ASK_KEY = {
    Op.BEFORE: "format.ask.before",
    Op.AFTER: "format.ask.after",
    Op.LEADS: "format.ask.leads",
    Op.ADD: "format.ask.name",
}
DEFAULT_WORDS = {"standaard", "default", "groep", "group"}


async def show_formats(turn: Turn) -> None:
    """The list of kinds, with a button each for the board."""
    turn.require_group()
    formats = await formats_of(await turn.conn(), turn.chat)
    board = (await turn.standing()).is_board
    await turn.reply(
        list_text(turn.lang, formats), list_buttons(turn.lang, formats) if board else None
    )


async def _format(turn: Turn, key: str) -> Format:
    for fmt in await formats_of(await turn.conn(), turn.chat):
        if fmt.key == key:
            return fmt
    raise DomainError(STALE)


async def _card(turn: Turn, fmt: Format) -> tuple[str, Any]:
    return card_text(turn.lang, fmt, await turn.group_settings()), card_buttons(turn.lang, fmt)


async def on_press(turn: Turn) -> None:
    """fmt: presses; the board only, in the group."""
    require_text_message(turn)
    press = turn.button(FormatPress)
    turn.require_group()
    await turn.require(Role.BOARD)
    conn = await turn.conn()
    repo = FormatRepo(conn)
    if press.op is Op.LIST:
        formats = await formats_of(conn, turn.chat)
        await turn.edit(list_text(turn.lang, formats), list_buttons(turn.lang, formats))
        return
    if press.op is Op.ADD:
        if len(await formats_of(conn, turn.chat)) >= MAX_KINDS:
            raise DomainError("format.too_many_kinds", maximum=MAX_KINDS)
        await turn.ask(turn.t("format.ask.name"), PROMPT, {"op": Op.ADD.value})
        return
    fmt = await _format(turn, press.key)
    if press.op in (Op.BEFORE, Op.AFTER, Op.LEADS):
        await turn.ask(
            turn.t(ASK_KEY[press.op], name=fmt.name),
            PROMPT,
            {"op": press.op.value, "key": fmt.key},
        )
        return
    if press.op is Op.INVITED:
        fmt = replace(fmt, invited=next_invited(fmt.invited))
        await repo.save(turn.chat.id, fmt)
    elif press.op is Op.RESET and fmt.builtin:
        await repo.forget(turn.chat.id, fmt.key)
        fmt = shipped(fmt.key, turn.lang)
    elif press.op is Op.REMOVE and not fmt.builtin:
        await repo.forget(turn.chat.id, fmt.key)
        formats = await formats_of(conn, turn.chat)
        text = turn.t("format.removed", name=fmt.name) + "\n\n" + list_text(turn.lang, formats)
        await turn.edit(text, list_buttons(turn.lang, formats))
        return
    text, buttons = await _card(turn, fmt)
    await turn.edit(text, buttons)


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to one of the questions: standard items, lead times, a new kind's name."""
    turn.require_group()
    await turn.require(Role.BOARD)
    repo = FormatRepo(await turn.conn())
    op = Op(str(payload.get("op")))
    if op is Op.ADD:
        fmt = await _new_kind(turn, answer)
    else:
        fmt = await _format(turn, str(payload.get("key", "")))
        if op is Op.BEFORE:
            fmt = replace(fmt, before=clean_items(answer))
        elif op is Op.AFTER:
            fmt = replace(fmt, after=clean_items(answer))
        else:
            call, close = read_leads(answer)
            fmt = replace(fmt, call=call, close=close)
    await repo.save(turn.chat.id, fmt)
    text, buttons = await _card(turn, fmt)
    await turn.reply(turn.t("format.saved") + "\n\n" + text, buttons)


async def _new_kind(turn: Turn, answer: str) -> Format:
    """A kind of the group's own: the bestuursvergadering's standard agenda to start from."""
    name = clean_name(answer)
    formats = await formats_of(await turn.conn(), turn.chat)
    if len(formats) >= MAX_KINDS:
        raise DomainError("format.too_many_kinds", maximum=MAX_KINDS)
    words = words_of(name)
    taken = {word for fmt in formats for word in fmt.words}
    if fold(name) in {fold(fmt.name) for fmt in formats} or set(words) & taken:
        raise DomainError("format.name.taken", name=name)
    base = next(fmt for fmt in formats if fmt.key == DEFAULT_KIND)
    key = new_key(name, [fmt.key for fmt in formats] + list(BUILTIN))
    return Format(
        key=key,
        name=name,
        words=words,
        before=base.before,
        after=base.after,
        invited=Invited.BOARD,
        builtin=False,
    )


def read_leads(answer: str) -> tuple[str | None, str | None]:
    """ "3 weken, 1 week" -> ("3w", "1w"); "standaard" -> the group's settings (None, None)."""
    text = fold(answer.strip())
    if text in DEFAULT_WORDS:
        return None, None
    parts = [p.strip() for p in re.split(r",|;|\ben\b|\band\b", text) if p.strip()]
    if len(parts) != 2:
        raise DomainError("format.bad_leads")
    try:
        call = parse_value(AGENDA_CALL, parts[0]) if parts[0] not in OFF_WORDS else "off"
        close = parse_value(AGENDA_CLOSE, parts[1]) if parts[1] not in OFF_WORDS else "off"
    except DomainError:
        raise DomainError("format.bad_leads") from None
    return call, close
