"""The board's buttons under a mail (acknowledgement, reply and its outcome, neither) and in the
postvak (put with an advice, throw away)."""

from __future__ import annotations

from datetime import date

from domain.advice.model import OUTCOME_CODES, Advice, Outcome, Step
from domain.roles import Role
from handlers.advice.access import access_advice
from handlers.advice.mailin.card import (
    MailAssign,
    MailOp,
    MailOutcome,
    MailPress,
    mail_buttons,
    mail_text,
)
from handlers.advice.parse import today_of
from handlers.advice.steps import acknowledge, answer
from handlers.advice.text import OUTCOME_KEY
from handlers.i18n import label
from handlers.kit.callbacks import StaleButton
from handlers.kit.text import short
from handlers.kit.turn import Button, Turn
from storage.advice import AdviceRepo
from storage.mailin import MailIn, MailInRepo


async def _mail_of(turn: Turn, mail_id: int) -> MailIn:
    """The mail a button names (0: the one the pressed message shows), of this group only."""
    repo = MailInRepo(await turn.conn())
    if mail_id:
        found = await repo.get(mail_id)
    elif turn.message is not None:
        found = await repo.in_message(turn.chat.id, turn.message.message_id)
    else:
        found = None
    return await turn.own(found)


def _day_of(turn: Turn, mail: MailIn, advice: Advice) -> date:
    """The day the mail says it was written, in the group's zone, within the advice's life."""
    moment = (mail.sent_at or mail.received_at).astimezone(turn.tz).date()
    return min(max(moment, advice.sent_on), today_of(turn))


async def on_callback(turn: Turn) -> None:
    """The board's buttons under a mail and in the postvak."""
    data = turn.query.data if turn.query else None
    await turn.require(Role.BOARD)
    if MailOutcome.matches(data):
        await _on_outcome(turn, turn.button(MailOutcome))
        return
    if MailAssign.matches(data):
        await _on_assign(turn, turn.button(MailAssign))
        return
    press = turn.button(MailPress)
    mail = await _mail_of(turn, press.mail_id)
    if press.op is MailOp.DISMISS:
        await _decide(turn, mail, "dismissed")
        await turn.edit(turn.t("advice.mailin.dismissed"))
        return
    if press.op is MailOp.ASSIGN:
        await _offer_advices(turn, mail)
        return
    if mail.advice_id is None or mail.state != "new":
        await turn.notice(turn.t("advice.mailin.decided"))
        return
    advice = await access_advice(turn, mail.advice_id)
    if press.op is MailOp.NEITHER:
        await _decide(turn, mail, "neither")
        await _clear_buttons(turn, mail)
        await turn.notice(turn.t("advice.mailin.neither"))
    elif press.op is MailOp.ACK:
        await _decide(turn, mail, "acknowledgement")
        await acknowledge(turn, advice, _day_of(turn, mail, advice))
        await _clear_buttons(turn, mail)
    else:
        advice.require(Step.ANSWER)
        await turn.reply(
            turn.t("advice.mailin.ask_outcome", number=advice.number),
            [
                [(label(turn.lang, OUTCOME_KEY[outcome]), MailOutcome(mail.id, code))]
                for code, outcome in OUTCOME_CODES.items()
            ],
        )


async def _on_outcome(turn: Turn, press: MailOutcome) -> None:
    """The outcome of the reply the board marked: the advice is answered with the mail's text
    as its summary."""
    mail = await _mail_of(turn, press.mail_id)
    if mail.advice_id is None or mail.state != "new":
        await turn.notice(turn.t("advice.mailin.decided"))
        return
    if press.code not in OUTCOME_CODES:
        raise StaleButton()
    outcome: Outcome = OUTCOME_CODES[press.code]
    advice = await access_advice(turn, mail.advice_id)
    summary = short(" ".join(mail.text.split()), 300) or mail.subject or "-"
    await _decide(turn, mail, "reply")
    await turn.edit(
        turn.t("advice.outcome_chosen", number=advice.number, outcome=turn.t(OUTCOME_KEY[outcome]))
    )
    await answer(turn, advice, _day_of(turn, mail, advice), outcome, summary, {})
    await _clear_buttons(turn, mail)


async def _offer_advices(turn: Turn, mail: MailIn) -> None:
    if mail.state != "postvak":
        await turn.notice(turn.t("advice.mailin.decided"))
        return
    advices = await AdviceRepo(await turn.conn()).of_chat(turn.chat.id, open_only=True)
    if not advices:
        await turn.notice(turn.t("advice.mailin.postvak.none_open"))
        return
    rows: list[list[Button]] = [
        [
            (
                label(
                    turn.lang,
                    "advice.mailin.button.advice",
                    number=a.number,
                    subject=short(a.subject, 40),
                ),
                MailAssign(mail.id, a.id),
            )
        ]
        for a in advices[-8:]
    ]
    await turn.edit(
        mail_text(turn.lang, turn.tz, None, mail) + "\n\n" + turn.t("advice.mailin.postvak.pick"),
        rows,
    )


async def _on_assign(turn: Turn, press: MailAssign) -> None:
    """A postvak mail put with an advice: it becomes that advice's mail, with the buttons."""
    mail = await _mail_of(turn, press.mail_id)
    if mail.state != "postvak":
        await turn.notice(turn.t("advice.mailin.decided"))
        return
    advice = await access_advice(turn, press.advice_id)
    conn = await turn.conn()
    repo = MailInRepo(conn)
    assert turn.user is not None
    await repo.decide(mail.id, "new", turn.user.id, turn.now(), advice_id=advice.id)
    assert turn.message is not None
    await repo.show_in(mail.id, turn.message.message_id)
    await AdviceRepo(conn).log(
        advice,
        "mail_in",
        turn.now(),
        turn.user.id,
        turn.user.full_name,
        sender=mail.sender,
        subject=mail.subject,
    )
    moved = await repo.get(mail.id)
    assert moved is not None
    await turn.edit(
        mail_text(turn.lang, turn.tz, advice, moved),
        mail_buttons(turn.lang, advice, moved, mail.id),
    )


async def _decide(turn: Turn, mail: MailIn, state: str) -> None:
    assert turn.user is not None
    await MailInRepo(await turn.conn()).decide(mail.id, state, turn.user.id, turn.now())


async def _clear_buttons(turn: Turn, mail: MailIn) -> None:
    if mail.message_id is not None:
        await turn.edit_message(mail.message_id, None, [])
