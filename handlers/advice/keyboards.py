"""The advice's buttons as shown: on its card, under a chase, in the list, to pick an outcome."""

from __future__ import annotations

from domain.advice.model import OUTCOME_CODES, Advice, AdviceState
from handlers.i18n import label
from handlers.kit.turn import Button


def card_buttons(lang: str, advice: Advice) -> list[list[Button]]:
    """The gemeente's one button: first "Ontvangst bevestigen", then "Reactie geven"."""
    if advice.state is AdviceState.SENT:
        return [[(label(lang, "advice.button.ack"), f"adv:ack:{advice.id}")]]
    if advice.state is AdviceState.ACKNOWLEDGED:
        return [[(label(lang, "advice.button.answer"), f"adv:ans:{advice.id}")]]
    return []


def chase_buttons(
    lang: str, advice: Advice, chase: str, mailed_on: str | None = None
) -> list[list[Button]]:
    """The gemeente's button for what is owed, and the board's "Mail de gemeente"."""
    rows: list[list[Button]] = []
    if chase == "ack" and advice.state is AdviceState.SENT:
        rows.append([(label(lang, "advice.button.ack"), f"adv:ack:{advice.id}")])
    if chase == "reply" and advice.is_open:
        rows.append([(label(lang, "advice.button.answer"), f"adv:ans:{advice.id}")])
    if mailed_on is not None:
        rows.append(
            [(label(lang, "advice.button.mailed", date=mailed_on), f"adv:mailed:{advice.id}")]
        )
    else:
        rows.append([(label(lang, "advice.button.mail"), f"adv:mail:{advice.id}")])
    return rows


def outcome_buttons(lang: str, advice: Advice) -> list[list[Button]]:
    """One button per outcome, for the gemeente contact who pressed "Reactie geven"."""
    return [
        [(label(lang, f"advice.outcome.{outcome.name.lower()}"), f"adv:out:{advice.id}:{code}")]
        for code, outcome in OUTCOME_CODES.items()
    ]


def list_buttons(lang: str, advices: list[Advice]) -> list[list[Button]]:
    """ "📄 4" for each advice in /adviezen, five to a row: the timeline in one tap."""
    buttons: list[list[Button]] = []
    row: list[Button] = []
    for advice in advices:
        row.append(
            (label(lang, "advice.list.button", number=advice.number), f"adv:show:{advice.id}")
        )
        if len(row) == 5:
            buttons.append(row)
            row = []
    if row:
        buttons.append(row)
    return buttons
