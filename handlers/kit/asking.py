"""Asking back about a date: one mechanism for every command that takes one (docs/dates.md 20, 28).

A handler reads its date with ``turn.split_when(text)`` (or ``turn.read_when(text)``). When the
text cannot be settled without the writer ("om 3 uur", "binnenkort"), that call raises
:class:`AskBack`. The update wrapper (``handlers/kit/turn.py``) then rolls the turn back, so
nothing is stored, and calls :func:`ask_back`, which stores the pending command in the
``prompts`` table (what to run again, the full original text, where the date is in it, the
readings, the person) and asks:

- two readings: one message with two buttons ("03:00 · vrijdag 27 november", "15:00 ·
  donderdag 26 november"), callback data ``when:<n>``;
- no day yet: a "Wanneer precies?" reply prompt (kind ``when``);
- date words the reader left in the text ("donderdg", "elke", "van de maand": raised by
  ``turn.no_date_words``): "Wanneer precies?" naming them; the answer replaces every date
  word of the command, so the text keeps none and the answer is its one date. When only an
  hour was left beside a day ("vrijdag om 10 koffie"), that day at 10:00 and at 22:00 are
  offered as buttons (a reply with a day and time still works).

The choice or the answer completes the command exactly as if it had been typed: the original
text with the date rewritten to the chosen moment (``schedules.when.canonical``, which the
reader reads back exactly) goes through the same command handler (or the same prompt step)
again. An answer that is still vague is asked again with an example; an answer with two
readings gets the buttons. Only the person who typed the command may answer; the prompt row is
marked answered in the same transaction as whatever the command then stores, so a double tap
runs the command once. Other commands meanwhile are independent: each pending question is its
own row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from babel.dates import format_datetime

from domain.errors import DomainError
from handlers.i18n import format_moment
from handlers.kit.callbacks import CallbackData
from handlers.kit.feature import Feature
from handlers.kit.resume import AskBack, Resume
from handlers.kit.turn import Button, Turn
from schedules.when import (
    Series,
    Unsettled,
    When,
    canonical,
    read_clock_on,
    read_recurrence,
    read_when,
    weekday_or_date,
)
from storage.db import from_iso

KIND = "when"  # the prompt kind and the callback prefix


@dataclass(frozen=True)
class ReadingPick(CallbackData, prefix=KIND):
    """when:<n>: the writer chose reading n of those offered."""

    n: int


def _span_in(full: str, text: str, reading: Unsettled) -> tuple[int, int]:
    """Where the unsettled words are in the full text the command got (the handler may have
    read its date from a part of it)."""
    offset = full.find(text)
    if offset >= 0:
        return offset + reading.start, offset + reading.end
    words = text[reading.start : reading.end]
    at = full.find(words)
    if at >= 0:
        return at, at + len(words)
    return 0, len(full)


async def ask_back(turn: Turn, exc: AskBack) -> None:
    """Ask the writer to settle the date, storing the command to run again with the answer."""
    resume = turn.resume
    if resume is None:  # a step that cannot be run again: say what would be precise
        raise DomainError("when.be_precise")
    if exc.rewrite is not None:  # "donderdg": the answer becomes the command's one date
        text, at = exc.rewrite
        pending = {"resume": replace(resume, text=text).to_json(), "span": [at, at], "as_typed": 1}
        if exc.reading.readings:  # "vrijdag om 10": that day at 10:00 or 22:00
            hour = turn.t("when.ask.hour", words=exc.words)
            await _offer(turn, pending, list(exc.reading.readings), quote=True, question=hour)
        else:
            await turn.ask(turn.t("when.ask.words", words=exc.words), KIND, pending)
        return
    start, end = _span_in(resume.text, exc.text, exc.reading)
    pending = {"resume": resume.to_json(), "span": [start, end]}
    if exc.reading.readings:
        readings = list(exc.reading.readings)
        question = _weekday_question(turn, exc.mismatch) if exc.mismatch else None
        await _offer(
            turn, pending, readings, quote=True, rewrites=exc.reading.rewrites, question=question
        )
    else:
        await turn.ask(turn.t("when.ask.day"), KIND, pending)


async def _offer(
    turn: Turn,
    pending: dict[str, Any],
    readings: list[When],
    quote: bool,
    rewrites: tuple[str, ...] = (),
    question: str | None = None,
) -> None:
    """The readings as buttons on one message; the message id keys the pending command."""
    assert turn.user is not None
    shown = [
        {
            "text": rewrites[n] if rewrites else canonical(w),
            "at": w.moment.isoformat(),
            "timed": w.has_time,
        }
        for n, w in enumerate(readings)
    ]
    buttons: list[list[Button]] = [[(_label(turn, r), ReadingPick(n))] for n, r in enumerate(shown)]
    sent = await turn.reply(question or turn.t("when.ask.which"), buttons, quote=quote)
    await (await turn.prompts()).add(
        turn.chat.id,
        sent.message_id,
        turn.user.id,
        KIND,
        {**pending, "readings": shown},
        turn.now(),
    )
    await turn.unit.commit()


def _label(turn: Turn, reading: dict[str, Any]) -> str:
    moment = from_iso(str(reading["at"]))
    day = format_moment(moment, turn.lang, turn.tz, with_time=False, now=turn.now())
    if not reading.get("timed", True):
        return day
    return turn.label("when.button", time=moment.astimezone(turn.tz).strftime("%H:%M"), day=day)


def _weekday_question(turn: Turn, reading: When) -> str:
    """ "📅 18 december is een vrijdag, geen donderdag. Welke dag bedoel je?" """
    assert reading.typed_weekday is not None
    local = reading.moment.astimezone(turn.tz)
    typed = local + timedelta(days=reading.typed_weekday - local.weekday())

    def written(moment: datetime, pattern: str) -> str:
        return format_datetime(moment, pattern, tzinfo=turn.tz, locale=turn.lang)

    return turn.t(
        "when.ask.weekday",
        date=written(local, "d MMMM"),
        actual=written(local, "EEEE"),
        typed=written(typed, "EEEE"),
    )


async def on_callback(turn: Turn) -> None:
    """``when:<n>``: the writer chose reading n; run the command with it (once)."""
    query, message = turn.query, turn.message
    assert query is not None
    assert query.data is not None
    assert message is not None
    assert turn.user is not None
    prompts = await turn.prompts()
    prompt = await prompts.get(turn.chat.id, message.message_id)
    choice = turn.button(ReadingPick).n
    if prompt is None or prompt.kind != KIND:
        raise DomainError("error.stale_button")
    readings = prompt.payload.get("readings") or []
    if choice >= len(readings):
        raise DomainError("error.stale_button")
    if prompt.user_id != turn.user.id:
        asked = await (await turn.people()).get(prompt.user_id)
        await turn.notice(turn.t("error.not_your_prompt", name=asked.first_name if asked else "?"))
        return
    if prompt.answered:  # a double tap, or the other button after choosing
        await turn.notice(turn.t("prompt.already_answered"))
        return
    reading = readings[choice]
    await prompts.answered(prompt.chat_id, prompt.message_id, turn.now())
    at, timed = from_iso(str(reading["at"])), bool(reading.get("timed", True))
    shown = format_moment(at, turn.lang, turn.tz, with_time=timed, now=turn.now())
    await _resume(turn, prompt.payload, str(reading["text"]))
    await turn.edit(turn.t("when.chosen", moment=shown))


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """An answer to "Wanneer precies?": settled -> run the command; two readings -> buttons;
    still vague or no date -> ask again, with an example. A time alone ("10:00") answering
    buttons that all offer one day is that day's, and so is a bare hour one of them shows ("10"
    under "10:00 · vrijdag" / "22:00 · vrijdag")."""
    chosen = _offered_hour(turn, payload, answer)
    if chosen is not None:
        await _resume(turn, payload, chosen)
        return
    day = _offered_day(turn, payload)
    on_day = read_clock_on(answer, day, turn.tz) if day is not None else None
    reading = on_day or read_when(answer, turn.now(), turn.tz)
    if payload.get("as_typed") and isinstance(read_recurrence(answer, turn.now(), turn.tz), Series):
        await _resume(turn, payload, answer.strip())  # "elke donderdag 10:00" stays a series
    elif isinstance(reading, When) and reading.weekday_mismatch:
        both = weekday_or_date(reading)
        question = _weekday_question(turn, reading)
        await _offer(turn, payload, list(both.readings), quote=True, question=question)
    elif isinstance(reading, When):
        await _resume(turn, payload, canonical(reading))
    elif isinstance(reading, Unsettled) and reading.readings:
        await _offer(turn, payload, list(reading.readings), quote=True)
    else:
        await turn.ask(turn.t("when.ask.again", answer=answer[:60] or "…"), KIND, payload)


def _offered_hour(turn: Turn, payload: dict[str, Any], answer: str) -> str | None:
    """The offered reading a bare hour names: "10" -> the "10:00 · vrijdag" button's text."""
    typed = answer.strip().rstrip(".")
    if not typed.isdigit():
        return None
    for offered in payload.get("readings") or []:
        local = from_iso(str(offered["at"])).astimezone(turn.tz)
        if offered.get("timed", True) and (local.hour, local.minute) == (int(typed), 0):
            return str(offered["text"])
    return None


def _offered_day(turn: Turn, payload: dict[str, Any]) -> date | None:
    """The one day the offered buttons share ("10:00 · vrijdag", "22:00 · vrijdag"), if any."""
    offered = payload.get("readings") or []
    days = {from_iso(str(r["at"])).astimezone(turn.tz).date() for r in offered}
    return days.pop() if len(days) == 1 else None


async def _resume(turn: Turn, pending: dict[str, Any], moment: str) -> None:
    """Run the stored command again with its date rewritten to `moment`, as if typed so."""
    resume = Resume.from_json(pending["resume"])
    start, end = (int(x) for x in pending["span"])
    text = resume.text[:start] + moment + resume.text[end:]
    turn.resume = Resume(resume.kind, resume.name, text, resume.payload)
    bot_data = turn.context.application.bot_data
    if resume.kind == "command":
        command = next((c for c in bot_data["commands"] if c.name == resume.name), None)
        if command is None:
            raise DomainError("error.stale_button")
        turn.text_override = text
        turn.args = text.split()
        await command.handler(turn)
    else:
        step = bot_data["prompts"].get(resume.name)
        if step is None:
            raise DomainError("error.stale_button")
        await step(turn, text, resume.payload)


FEATURE = Feature("asking", callbacks={KIND: on_callback}, prompts={KIND: on_prompt})
