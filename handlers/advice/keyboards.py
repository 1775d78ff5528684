"""The advice's buttons: their typed data, and the rows they sit in on its card, under a chase,
in the list and to pick an outcome.

The packed data is the same as before the buttons were typed ("adv:ack:4", "adv:out:4:d"), so
buttons already sent in groups keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.advice.model import OUTCOME_CODES, Advice, AdviceState, Outcome
from handlers.advice.text import OUTCOME_KEY
from handlers.i18n import label
from handlers.kit.callbacks import CallbackData, StaleButton
from handlers.kit.turn import Button


class Op(StrEnum):
    SHOW = "show"  # the timeline, from /adviezen
    ACK = "ack"  # the gemeente: "Ontvangst bevestigen"
    ANSWER = "ans"  # the gemeente: "Reactie geven", then the outcome
    MAIL = "mail"  # the board: "Mail de gemeente" under a chase
    MAILED = "mailed"  # the same button once mailed: "Gemaild op ..."
    MAIL_ADVICE = "mailadv"  # the board: "Mail het advies" on the card of an advice with an address


@dataclass(frozen=True)
class AdvicePress(CallbackData, prefix="adv"):
    """adv:show|ack|ans|mail|mailed:<advice>."""

    op: Op
    advice_id: int


@dataclass(frozen=True)
class OutcomePress(CallbackData, prefix="adv:out"):
    """adv:out:<advice>:<o|d|n|a>: the outcome the gemeente contact picked."""

    advice_id: int
    code: str

    @property
    def outcome(self) -> Outcome:
        if self.code not in OUTCOME_CODES:
            raise StaleButton()
        return OUTCOME_CODES[self.code]


def card_buttons(lang: str, advice: Advice) -> list[list[Button]]:
    """The gemeente's one button: first "Ontvangst bevestigen", then "Reactie geven"; and for an
    advice registered with an e-mail address, the board's "Mail het advies"."""
    rows: list[list[Button]] = []
    if advice.state is AdviceState.SENT:
        rows.append([(label(lang, "advice.button.ack"), AdvicePress(Op.ACK, advice.id))])
    if advice.state is AdviceState.ACKNOWLEDGED:
        rows.append([(label(lang, "advice.button.answer"), AdvicePress(Op.ANSWER, advice.id))])
    if advice.email and advice.is_open:
        shown = label(lang, "advice.button.mail_advice")
        rows.append([(shown, AdvicePress(Op.MAIL_ADVICE, advice.id))])
    return rows


def chase_buttons(
    lang: str, advice: Advice, chase: str, mailed_on: str | None = None
) -> list[list[Button]]:
    """The gemeente's button for what is owed, and the board's "Mail de gemeente"."""
    rows: list[list[Button]] = []
    if chase == "ack" and advice.state is AdviceState.SENT:
        rows.append([(label(lang, "advice.button.ack"), AdvicePress(Op.ACK, advice.id))])
    if chase == "reply" and advice.is_open:
        rows.append([(label(lang, "advice.button.answer"), AdvicePress(Op.ANSWER, advice.id))])
    if mailed_on is not None:
        shown = label(lang, "advice.button.mailed", date=mailed_on)
        rows.append([(shown, AdvicePress(Op.MAILED, advice.id))])
    else:
        rows.append([(label(lang, "advice.button.mail"), AdvicePress(Op.MAIL, advice.id))])
    return rows


def outcome_buttons(lang: str, advice: Advice) -> list[list[Button]]:
    """One button per outcome, for the gemeente contact who pressed "Reactie geven"."""
    return [
        [(label(lang, OUTCOME_KEY[outcome]), OutcomePress(advice.id, code))]
        for code, outcome in OUTCOME_CODES.items()
    ]


def list_buttons(lang: str, advices: list[Advice]) -> list[list[Button]]:
    """ "📄 4" for each advice in /adviezen, five to a row: the timeline in one tap."""
    buttons: list[Button] = [
        (label(lang, "advice.list.button", number=a.number), AdvicePress(Op.SHOW, a.id))
        for a in advices
    ]
    return [buttons[i : i + 5] for i in range(0, len(buttons), 5)]
