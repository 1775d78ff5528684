"""The advice buttons pressed: the gemeente's "Ontvangst bevestigen" and "Reactie geven" (with
the outcome and a summary), the board's "Mail de gemeente", and a timeline from /adviezen."""

from __future__ import annotations

from typing import Any

from domain.advice.model import OUTCOME_CODES, Advice, Step
from domain.errors import DomainError
from domain.roles import Role
from handlers.advice import steps
from handlers.advice.keyboards import card_buttons, outcome_buttons
from handlers.advice.mail import on_mail_button, refresh_chase_buttons
from handlers.advice.parse import attachment, today_of
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo


async def on_callback(turn: Turn) -> None:
    """adv:show|ack|ans|out|mail|mailed:<id>[:<code>] — every press re-checks chat and role."""
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")
    action = parts[1] if len(parts) > 1 else ""
    advice = await _of_this_chat(turn, parts)
    if action == "show":
        await steps.show(turn, advice)
        return
    if action in ("mail", "mailed"):
        await on_mail_button(turn, advice, again=action == "mailed")
        return
    await turn.require(Role.GEMEENTE)
    if action == "ack":
        await steps.acknowledge(turn, advice, today_of(turn))
        await _refresh_pressed(turn, advice)
    elif action == "ans":
        advice.require(Step.ANSWER)
        await turn.reply(
            turn.t("advice.ask_outcome", number=advice.number), outcome_buttons(turn.lang, advice)
        )
    elif action == "out" and len(parts) == 4 and parts[3] in OUTCOME_CODES:
        advice.require(Step.ANSWER)
        outcome = OUTCOME_CODES[parts[3]]
        shown = turn.t(f"advice.outcome.{outcome.name.lower()}")
        await turn.edit(turn.t("advice.outcome_chosen", number=advice.number, outcome=shown))
        await turn.ask(
            turn.t("advice.ask_summary", number=advice.number, outcome=shown),
            "advice_answer",
            {"advice": advice.id, "outcome": parts[3]},
        )
    else:
        raise DomainError("error.stale_button")


async def _of_this_chat(turn: Turn, parts: list[str]) -> Advice:
    try:
        advice_id = int(parts[2])
    except (IndexError, ValueError):
        raise DomainError("error.stale_button") from None
    advice = await AdviceRepo(await turn.conn()).get(advice_id)
    if advice is None or advice.chat_id != turn.chat.id:
        raise DomainError("error.stale_button")
    return advice


async def _refresh_pressed(turn: Turn, advice: Advice) -> None:
    """A gemeente button pressed outside the card (a chase, a timeline): redraw its buttons."""
    message = turn.message
    if message is None or message.message_id == advice.message_id:
        return
    repo = AdviceRepo(await turn.conn())
    if await repo.chase_in_message(turn.chat.id, message.message_id) is not None:
        await refresh_chase_buttons(turn, message.message_id)
        return
    current = await repo.get(advice.id)
    if current is not None:
        await turn.edit_message(message.message_id, None, card_buttons(turn.lang, current))


async def on_answer_prompt(turn: Turn, summary: str, payload: dict[str, Any]) -> None:
    """The gemeente contact's short summary of the reply."""
    await turn.require(Role.GEMEENTE)
    advice = await AdviceRepo(await turn.conn()).get(int(payload["advice"]))
    if advice is None or advice.chat_id != turn.chat.id:
        raise DomainError("error.stale_button")
    outcome = OUTCOME_CODES[str(payload["outcome"])]
    if not summary.strip():
        shown = turn.t(f"advice.outcome.{outcome.name.lower()}")
        await turn.ask(
            turn.t("advice.ask_summary", number=advice.number, outcome=shown),
            "advice_answer",
            payload,
        )
        return
    await steps.answer(turn, advice, today_of(turn), outcome, summary, attachment(turn))
