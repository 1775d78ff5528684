"""/overleg in words: "verplaatsen 8 dec naar 10 dec 19:30", "verplaatst van 8 december naar 10
december", "woensdag i.p.v. dinsdag", "afzeggen 22 december", "22 december gaat niet door",
"reeks stoppen" (series.py).

The meeting named is THE planned meeting of that day, never a second one planned beside it;
when that day has none (or two), the board picks one with a button, and nothing changes until
then. A later date of a series, one the bot has not planned yet, is called off or moved as
such (ahead.py). What moves or cancels it is the same as for the listing's buttons
(`changes.py`).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from domain.errors import DomainError
from domain.meetings import Meeting
from domain.roles import Role
from handlers.kit.turn import Turn
from handlers.meetings.ahead import ask_cancel_ahead, move_ahead_from
from handlers.meetings.changes import ask_cancel, ask_move, move_to, planned_for_board
from handlers.meetings.keyboards import PickPress, pick_buttons
from handlers.meetings.reading import clock_only
from handlers.meetings.series import series_text
from handlers.meetings.text import day_text, usage_error, when_text
from storage.meetings import MeetingRepo

MOVE_WORDS = frozenset(
    "verplaatsen verplaats verplaatst verzetten verzet verschuiven verschuif verschoven"
    " move moved reschedule postpone".split()
)
CANCEL_WORDS = frozenset(
    "afzeggen afgezegd afgelast afgelasten aflassen annuleren annuleer geannuleerd schrappen"
    " cancel cancelled canceled".split()
)
_CANCEL_TAIL = re.compile(
    r"\s*(?:gaat\s+niet\s+door|vervalt|is\s+afgelast|afgelast|is\s+afgezegd|afgezegd"
    r"|is\s+cancelled|is\s+off)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_INSTEAD = re.compile(r"\s+(?:i\.?\s?p\.?\s?v\.?|in\s+plaats\s+van|instead\s+of)\s+", re.IGNORECASE)
_FROM = re.compile(r"^(?:het\s+|the\s+)?(?:overleg\s+|meeting\s+)?(?:van|from|op|on)\s+", re.I)
_TO = re.compile(r"\s+(?:naar|to)\s+", re.IGNORECASE)
_BARE_DAY = re.compile(r"\d{1,2}")
_DAY_MONTH = re.compile(r"\b\d{1,2}\s+([^\W\d_]+)")
SERIES_WORDS = frozenset({"reeks", "series"})
PICK = "meeting_pick"  # the question "Welk overleg bedoel je?" (buttons, keyed by the message)
LISTED = 5  # meetings offered as buttons


async def by_text(turn: Turn, text: str) -> bool:
    """Handle a move or a cancellation typed after /overleg; False when the text is neither.
    The word may come first ("verplaatsen 8 dec naar ...") or later ("8 dec verplaatsen naar
    ...", "22 december afzeggen"): the rest, without it, names the meeting."""
    word, _, rest = text.partition(" ")
    if word.lower().strip(".,:;!") in SERIES_WORDS:
        await series_text(turn, rest)
        return True
    words = text.split()
    for index, token in enumerate(words):
        key = token.lower().strip(".,:;!")
        if key in MOVE_WORDS or key in CANCEL_WORDS:
            await turn.require(Role.BOARD)
            rest = " ".join(words[:index] + words[index + 1 :])
            await (_move(turn, rest) if key in MOVE_WORDS else _cancel(turn, rest))
            return True
    tail = _CANCEL_TAIL.search(text)
    if tail is not None and tail.start() > 0:
        await turn.require(Role.BOARD)
        await _cancel(turn, text[: tail.start()])
        return True
    instead = _INSTEAD.search(text)
    if instead is not None:
        await turn.require(Role.BOARD)
        await _move_pair(turn, text[instead.end() :], text[: instead.start()])
        return True
    return False


async def _move(turn: Turn, rest: str) -> None:
    """ "[van] 8 dec [naar 10 dec 19:30]"."""
    rest = _FROM.sub("", rest.strip())
    parts = _TO.split(rest, maxsplit=1)
    old, new = (parts[0], parts[1]) if len(parts) == 2 else (rest, "")
    if old.lower().startswith(("naar ", "to ")):  # "verplaatsen naar 10 december"
        old, new = "", old.split(" ", 1)[1]
    if _BARE_DAY.fullmatch(old.strip()):  # "van 3 naar 10 december": the month comes once
        month = _DAY_MONTH.search(new)
        if month is not None:
            old = f"{old.strip()} {month.group(1)}"
    await _move_pair(turn, old, new)


async def _move_pair(turn: Turn, old: str, new: str) -> None:
    if new.strip():
        # read first: "half 8" is asked back before anything else, with this command to resume
        _rest, when = turn.split_when(new, evening_hours=True)
        if when is None:
            raise usage_error("overleg", "meeting.move_no_new", turn.lang, words=new[:60])
    meeting = await _find(turn, old, "move", new)
    if meeting is None:
        return
    if new.strip():
        await move_to(turn, meeting, new)
    else:
        await ask_move(turn, meeting)


async def _cancel(turn: Turn, rest: str) -> None:
    meeting = await _find(turn, _FROM.sub("", rest.strip()), "cancel", "")
    if meeting is not None:
        await ask_cancel(turn, meeting)


async def _find(turn: Turn, old: str, op: str, new: str) -> Meeting | None:
    """THE planned meeting `old` names (a day, perhaps with its time); else the board is asked
    which one, with a button per coming meeting, and None is returned."""
    now, tz = turn.now(), turn.tz
    repo = MeetingRepo(await turn.conn())
    upcoming = await repo.upcoming(turn.chat.id, now, limit=LISTED)
    if not old.strip():
        if len(upcoming) == 1:
            return upcoming[0]
        await _pick(turn, upcoming, turn.t("meeting.pick"), op, new)
        return None
    _rest, when = turn.split_when(old)
    if when is None:
        await _pick(turn, upcoming, turn.t("meeting.pick_no_day", words=old[:60]), op, new)
        return None
    local = when.moment.astimezone(tz)
    start = datetime.combine(local.date(), time(0), tzinfo=tz)
    found = await repo.planned_on(turn.chat.id, start, start + timedelta(days=1))
    if when.has_time and len(found) > 1 and not clock_only(old[when.start : when.end]):
        found = [m for m in found if m.starts_at == when.moment] or found
    if len(found) == 1:
        return found[0]
    if found:
        await _pick(turn, found, turn.t("meeting.pick"), op, new)
    elif op == "cancel" and await ask_cancel_ahead(turn, local.date()):
        pass  # a later date of a series: asked about (ahead.py)
    elif op == "move" and await move_ahead_from(turn, local.date(), new):
        pass  # a later date of a series: moved, or asked where to (ahead.py)
    else:
        day = day_text(when.moment, turn.lang, tz, now)
        await _pick(turn, upcoming, turn.t("meeting.none_on", day=day), op, new)
    return None


async def _pick(turn: Turn, meetings: list[Meeting], question: str, op: str, new: str) -> None:
    """ "Welk overleg bedoel je?" with a button per meeting; the choice is kept with the
    message, for the person who asked. Without any meeting planned, that is said."""
    if not meetings:
        raise DomainError("meeting.none_planned")
    assert turn.user is not None
    shown = [
        (m.id, " · ".join(filter(None, (when_text(m, turn.lang, turn.tz, turn.now()), m.place))))
        for m in meetings
    ]
    sent = await turn.reply(question, pick_buttons(shown), quote=True)
    await (await turn.prompts()).add(
        turn.chat.id, sent.message_id, turn.user.id, PICK, {"op": op, "to": new}, turn.now()
    )


async def on_pick(turn: Turn, press: PickPress) -> None:
    """A meeting chosen: move it (or ask where to), or ask whether to cancel it."""
    assert turn.user is not None
    assert turn.message is not None
    prompts = await turn.prompts()
    prompt = await prompts.get(turn.chat.id, turn.message.message_id)
    if prompt is None or prompt.kind != PICK:
        raise DomainError("error.stale_button")
    if prompt.user_id != turn.user.id:
        asked = await (await turn.people()).get(prompt.user_id)
        raise DomainError("error.not_your_prompt", name=asked.first_name if asked else "?")
    if prompt.answered:
        raise DomainError("prompt.already_answered")
    meeting = await planned_for_board(turn, press.meeting_id)
    await prompts.answered(prompt.chat_id, prompt.message_id, turn.now())
    chosen = turn.t("meeting.picked", when=when_text(meeting, turn.lang, turn.tz, turn.now()))
    new = str(prompt.payload.get("to", ""))
    # what the choice does is stored with the choice (one transaction); the question follows
    if prompt.payload.get("op") == "cancel":
        await ask_cancel(turn, meeting)
    elif new.strip():
        await move_to(turn, meeting, new)
    else:
        await ask_move(turn, meeting)
    await turn.edit(chosen)
