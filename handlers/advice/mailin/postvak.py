"""/post: the group's postvak, mail from its gemeente address that matched no advice."""

from __future__ import annotations

from domain.roles import Role
from handlers.advice.mailin.card import MailOp, MailPress, mail_text
from handlers.i18n import label
from handlers.kit.turn import Turn
from storage.mailin import MailInRepo

POSTVAK_SHOWN = 10


async def post(turn: Turn) -> None:
    """/post: the board sees the group's postvak, each mail with "Koppel aan een advies" and
    "Weggooien"."""
    turn.require_group()
    await turn.require(Role.BOARD)
    waiting = await MailInRepo(await turn.conn()).postvak(turn.chat.id)
    if not waiting:
        await turn.reply(turn.t("advice.mailin.postvak.empty"))
        return
    await turn.reply(turn.t("advice.mailin.postvak.title", count=len(waiting)))
    for mail in waiting[:POSTVAK_SHOWN]:
        await turn.reply(
            mail_text(turn.lang, turn.tz, None, mail),
            [
                [
                    (
                        label(turn.lang, "advice.mailin.button.assign"),
                        MailPress(MailOp.ASSIGN, mail.id),
                    ),
                    (
                        label(turn.lang, "advice.mailin.button.dismiss"),
                        MailPress(MailOp.DISMISS, mail.id),
                    ),
                ]
            ],
        )
