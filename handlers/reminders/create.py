"""/herinner: reading when and what (or asking for them step by step) and setting it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain.errors import DomainError
from domain.reminders import MAX_TEXT
from handlers.i18n import format_moment
from handlers.kit.text import describe_rule
from handlers.kit.turn import Turn
from handlers.reminders.events import KIND
from handlers.reminders.keyboards import ReminderOp, ReminderPress
from schedules.when import (
    Recurrence,
    from_rrule_text,
    next_occurrence,
    resolve_default_time,
    to_rrule_text,
)
from storage.db import from_iso
from storage.reminders import ReminderRepo

# The confirmation, to a group ("jullie") or to one person ("je").
CONFIRM = {False: "remind.confirm.group", True: "remind.confirm.private"}
CONFIRM_RECURRING = {
    False: "remind.confirm_recurring.group",
    True: "remind.confirm_recurring.private",
}


async def remind(turn: Turn) -> None:
    """/herinner <wanneer> <wat>: store it, confirm the exact moment, offer to cancel."""
    text = turn.text_after_command
    if not text:
        await turn.ask(turn.t("remind.ask"), "remind")
        return
    await _set(turn, text, {})


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """An answer to "wanneer en wat?" (or, when the moment is known already, to "wat?")."""
    if not answer:
        await turn.ask(turn.t("remind.ask"), "remind", payload)
        return
    await _set(turn, answer, payload)


async def _set(turn: Turn, text: str, payload: dict[str, Any]) -> None:
    now = turn.now()
    tz = turn.tz
    rule: Recurrence | None = None
    notes: list[str] = []
    has_time = True
    if "fire_at" in payload:  # the moment came earlier; this answer is the "what"
        what = text.strip()
        moment = from_iso(str(payload["fire_at"]))
        rule = from_rrule_text(str(payload["rule"])) if payload.get("rule") else None
        if moment <= now:  # the question waited longer than the moment it was about
            if rule is None:
                shown = format_moment(moment, turn.lang, tz, now=now)
                await turn.ask(turn.t("remind.past", moment=shown), "remind")
                return
            while moment <= now:
                moment = next_occurrence(rule, moment, tz)
    else:
        what, rule, first = turn.split_recurrence(text)  # refuses "31 april", "25:00"
        if rule is not None and first is not None:
            turn.no_date_words(text, what)  # "elke maandag 10:00 koffie vd maand": asked
            moment = first
        else:
            rule = None
            what, when = turn.split_when(text)  # asks back about "om 3 uur", "binnenkort"
            turn.no_date_words(text, what, when)  # "donderdg 10:00 koffie": asked, not kept
            if when is None:
                await turn.ask(turn.t("remind.no_date"), "remind")
                return
            has_time = when.has_time
            moment = when.moment if has_time else resolve_default_time(when, turn.chat.default_time)
            if when.shifted:
                notes.append(turn.t("remind.shifted"))
        if moment <= now:
            shown = format_moment(moment, turn.lang, tz, now=now, with_time=has_time)
            await turn.ask(turn.t("remind.past", moment=shown), "remind")
            return
    what = what.strip(" ,.:;-")
    if len(what) > MAX_TEXT:
        raise DomainError("remind.too_long", limit=MAX_TEXT)
    if not what:
        carry = {"fire_at": moment.isoformat(), "rule": to_rrule_text(rule) if rule else None}
        await turn.ask(turn.t("remind.ask_what"), "remind", carry)
        return
    await _store(turn, what, moment, rule, notes)


async def _store(
    turn: Turn, what: str, moment: datetime, rule: Recurrence | None, notes: list[str]
) -> None:
    """Store the reminder and its first moment, confirm both, and offer to cancel."""
    assert turn.user is not None
    conn = await turn.conn()
    rule_text = to_rrule_text(rule) if rule else None
    reminder_id = await ReminderRepo(conn).add(
        turn.chat.id, turn.user.id, what, rule_text, turn.now()
    )
    await turn.svc.engine.schedule(
        conn,
        KIND,
        turn.chat.id,
        moment,
        timezone=turn.chat.timezone,
        target_id=reminder_id,
        recurrence=rule_text,
        payload={"thread": turn.thread_id} if turn.thread_id else None,
    )
    private = turn.chat.is_private
    shown = format_moment(moment, turn.lang, turn.tz, now=turn.now())
    if rule is not None:
        confirm = turn.t(
            CONFIRM_RECURRING[private],
            rule=describe_rule(rule, turn.lang),
            moment=shown,
            what=what,
        )
    else:
        confirm = turn.t(CONFIRM[private], moment=shown, what=what)
    await turn.reply(
        "\n".join([confirm, *notes]),
        [[(turn.label("remind.button.cancel"), ReminderPress(ReminderOp.CANCEL, reminder_id))]],
    )
    await turn.svc.engine.changed()
