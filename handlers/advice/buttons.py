"""The advice buttons pressed: the gemeente's "Ontvangst bevestigen" and "Reactie geven" (with
the outcome and a summary), the board's "Mail de gemeente", and a timeline from /adviezen.
Every press re-checks the group (`access_advice`) and the role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.advice.model import OUTCOME_CODES, Advice, Outcome, Step
from domain.advice.parse import read_outcome
from domain.roles import Role
from handlers.advice.access import access_advice
from handlers.advice.keyboards import (
    AdvicePress,
    Fix,
    FixPress,
    Op,
    OutcomePress,
    card_buttons,
    fix_buttons,
    outcome_buttons,
)
from handlers.advice.mail import on_mail_advice, on_mail_button, refresh_chase_buttons
from handlers.advice.parse import attachment, today_of
from handlers.advice.steps import FIXES, acknowledge, answer, correctable, fix, show
from handlers.advice.text import OUTCOME_KEY, addressee, card, day, timeline
from handlers.kit.callbacks import StaleButton
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo

FIX_PROMPT = "advice_fix"  # the reply with a corrected subject, sending date or addressee
FIX_ASK_KEY = {
    Fix.SUBJECT: "advice.fix.ask_subject",
    Fix.SENT: "advice.fix.ask_sent",
    Fix.TO: "advice.fix.ask_to",
}


async def on_callback(turn: Turn) -> None:
    """adv:show|ack|ans|mail|mailed:<advice> and adv:out:<advice>:<outcome>."""
    if OutcomePress.matches(turn.query.data if turn.query else None):
        await _on_outcome(turn, turn.button(OutcomePress))
        return
    if FixPress.matches(turn.query.data if turn.query else None):
        await _ask_fix(turn, turn.button(FixPress))
        return
    press = turn.button(AdvicePress)
    advice = await access_advice(turn, press.advice_id)
    if press.op is Op.SHOW:
        await show(turn, advice)
        return
    if press.op is Op.EDIT:
        await correctable(turn, advice)
        text = card(turn.lang, advice, today_of(turn))
        which = turn.t("advice.fix.which")
        await turn.edit(text + "\n\n" + which, fix_buttons(turn.lang, advice))
        return
    if press.op is Op.CARD:
        await turn.edit(card(turn.lang, advice, today_of(turn)), card_buttons(turn.lang, advice))
        return
    if press.op in (Op.MAIL, Op.MAILED):
        await on_mail_button(turn, advice)
        return
    if press.op is Op.MAIL_ADVICE:
        await on_mail_advice(turn, advice)
        return
    await turn.require(Role.GEMEENTE)
    if press.op is Op.ACK:
        await acknowledge(turn, advice, today_of(turn))
        await _refresh_pressed(turn, advice)
    else:
        advice.require(Step.ANSWER)
        await turn.reply(
            turn.t("advice.ask_outcome", number=advice.number), outcome_buttons(turn.lang, advice)
        )


async def _ask_fix(turn: Turn, press: FixPress) -> None:
    """ "Wat is het nieuwe onderwerp van advies 4?" and the like, as a reply prompt."""
    advice = await access_advice(turn, press.advice_id)
    await correctable(turn, advice)
    now = _now(turn, advice, press.what)
    question = turn.t(FIX_ASK_KEY[press.what], number=advice.number, now=now)
    await turn.ask(question, FIX_PROMPT, {"advice": advice.id, "what": press.what.value})


def _now(turn: Turn, advice: Advice, what: Fix) -> str:
    """What it says now, to correct from."""
    if what is Fix.SUBJECT:
        return advice.subject
    if what is Fix.SENT:
        return day(advice.sent_on, turn.lang)
    return addressee(advice) or turn.t("advice.fix.nobody")


async def on_fix_prompt(turn: Turn, text: str, payload: dict[str, Any]) -> None:
    """The corrected subject, sending date or addressee, as "/advies 4 <word> ..." takes it."""
    advice = await access_advice(turn, int(payload["advice"]))
    await correctable(turn, advice)
    what = str(payload.get("what"))
    if what not in FIXES:
        raise StaleButton()
    await fix(turn, advice, what, text)


async def _on_outcome(turn: Turn, press: OutcomePress) -> None:
    """The outcome picked: ask for a short summary of the reply."""
    advice = await access_advice(turn, press.advice_id)
    await turn.require(Role.GEMEENTE)
    outcome = press.outcome
    advice.require(Step.ANSWER)
    shown = turn.t(OUTCOME_KEY[outcome])
    await turn.edit(turn.t("advice.outcome_chosen", number=advice.number, outcome=shown))
    await turn.ask(
        turn.t("advice.ask_summary", number=advice.number, outcome=shown),
        "advice_answer",
        {"advice": advice.id, "outcome": press.code},
    )


async def on_typed_outcome(turn: Turn, text: str, data: Sequence[str]) -> None:
    """The gemeente contact typed the answer to "Wat is de uitkomst?" instead of tapping: the
    outcome words are read ("deels overgenomen: de bomen blijven staan", "not adopted"); the
    rest is the summary, else it is asked for as after a tap; no outcome: asked again."""
    press = next((OutcomePress.unpack(d) for d in data if OutcomePress.matches(d)), None)
    if press is None:
        raise StaleButton()
    advice = await access_advice(turn, press.advice_id)
    await turn.require(Role.GEMEENTE)
    advice.require(Step.ANSWER)
    read = read_outcome(text)
    if read is None:
        await turn.reply(
            turn.t("advice.outcome_typed.again", number=advice.number),
            outcome_buttons(turn.lang, advice),
            quote=True,
        )
        return
    outcome, summary = read
    message = turn.message
    if message is not None and message.reply_to_message is not None:
        chosen = turn.t(
            "advice.outcome_chosen", number=advice.number, outcome=_shown(turn, outcome)
        )
        await turn.edit_message(message.reply_to_message.message_id, chosen)
    if summary:
        await answer(turn, advice, today_of(turn), outcome, summary, {})
        return
    await turn.ask(
        turn.t("advice.ask_summary", number=advice.number, outcome=_shown(turn, outcome)),
        "advice_answer",
        {"advice": advice.id, "outcome": _code(outcome)},
    )


def _shown(turn: Turn, outcome: Outcome) -> str:
    return turn.t(OUTCOME_KEY[outcome])


def _code(outcome: Outcome) -> str:
    return next(code for code, known in OUTCOME_CODES.items() if known is outcome)


async def _refresh_pressed(turn: Turn, advice: Advice) -> None:
    """A gemeente button pressed outside the card (a chase: its buttons; /advies 4's view:
    all of it, so it never shows the old state above the new buttons)."""
    message = turn.message
    if message is None or message.message_id == advice.message_id:
        return
    repo = AdviceRepo(await turn.conn())
    if await repo.chase_in_message(turn.chat.id, message.message_id) is not None:
        await refresh_chase_buttons(turn, message.message_id)
        return
    current = await repo.get(advice.id)
    if current is not None:  # /advies 4's view: its state and timeline as they are now
        entries = await repo.timeline(current.id)
        text = timeline(turn.lang, current, entries, turn.tz, today_of(turn))
        await turn.edit_message(message.message_id, text, card_buttons(turn.lang, current))


async def on_answer_prompt(turn: Turn, summary: str, payload: dict[str, Any]) -> None:
    """The gemeente contact's short summary of the reply."""
    await turn.require(Role.GEMEENTE)
    advice = await access_advice(turn, int(payload["advice"]))
    code = str(payload["outcome"])
    if code not in OUTCOME_CODES:
        raise StaleButton()
    outcome = OUTCOME_CODES[code]
    if not summary.strip():
        shown = turn.t(OUTCOME_KEY[outcome])
        await turn.ask(
            turn.t("advice.ask_summary", number=advice.number, outcome=shown),
            "advice_answer",
            payload,
        )
        return
    await answer(turn, advice, today_of(turn), outcome, summary, attachment(turn))
