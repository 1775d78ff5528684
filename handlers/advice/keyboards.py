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
from handlers.kit.undo import undo_button

UNDO_NEW = "adv"  # the undo kind of an advice just registered (handlers/advice/undo.py)


class Op(StrEnum):
    SHOW = "show"  # the timeline, from /adviezen
    ACK = "ack"  # the gemeente: "Ontvangst bevestigen"
    ANSWER = "ans"  # the gemeente: "Reactie geven", then the outcome
    MAIL = "mail"  # the board: "Mail de gemeente" under a chase
    MAILED = "mailed"  # the same button once mailed: "Gemaild op ..."
    MAIL_ADVICE = "mailadv"  # the board: "Mail het advies" on the card of an advice with an address
    EDIT = "edit"  # "Wijzigen": what can be corrected (subject, sending date, addressee)
    CARD = "card"  # back to the card with its usual buttons


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


class Fix(StrEnum):
    SUBJECT = "subject"
    SENT = "sent"
    TO = "to"


@dataclass(frozen=True)
class FixPress(CallbackData, prefix="adv:fix"):
    """adv:fix:<advice>:<subject|sent|to>: asks for the corrected value."""

    advice_id: int
    what: Fix


def card_buttons(lang: str, advice: Advice) -> list[list[Button]]:
    """The gemeente's one button: first "Ontvangst bevestigen", then "Reactie geven"; for an
    advice registered with an e-mail address, the board's "Mail het advies"; and "✏️ Wijzigen"
    (who registered it, or the board)."""
    rows: list[list[Button]] = []
    if advice.state is AdviceState.SENT:
        rows.append([(label(lang, "advice.button.ack"), AdvicePress(Op.ACK, advice.id))])
    if advice.state is AdviceState.ACKNOWLEDGED:
        rows.append([(label(lang, "advice.button.answer"), AdvicePress(Op.ANSWER, advice.id))])
    if advice.email and advice.is_open:
        shown = label(lang, "advice.button.mail_advice")
        rows.append([(shown, AdvicePress(Op.MAIL_ADVICE, advice.id))])
    rows.append([(label(lang, "advice.button.edit"), AdvicePress(Op.EDIT, advice.id))])
    return rows


def registered_buttons(lang: str, advice: Advice) -> list[list[Button]]:
    """Under an advice just registered: its card's buttons and, for who registered it for 10
    minutes, "↩️ Ongedaan maken" (handlers/kit/undoing.py checks who and when)."""
    rows = card_buttons(lang, advice)
    if advice.created_at is not None:
        rows.append([undo_button(lang, UNDO_NEW, advice.id, advice.created_at)])
    return rows


def fix_buttons(lang: str, advice: Advice) -> list[list[Button]]:
    """What can be corrected: the subject, the sending date, the addressee; back to the card."""
    return [
        [
            (label(lang, "advice.button.fix_subject"), FixPress(advice.id, Fix.SUBJECT)),
            (label(lang, "advice.button.fix_sent"), FixPress(advice.id, Fix.SENT)),
            (label(lang, "advice.button.fix_to"), FixPress(advice.id, Fix.TO)),
        ],
        [(label(lang, "advice.button.to_card"), AdvicePress(Op.CARD, advice.id))],
    ]


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
