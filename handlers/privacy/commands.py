"""/privacy explains; /vergeet and /vergeetgroep ask to confirm before anything is erased."""

from __future__ import annotations

from domain.errors import DomainError
from domain.privacy import RETENTION
from domain.roles import Role
from handlers.kit.turn import Turn
from handlers.privacy.keyboards import ForgetPress, KeepPress, WipePress
from storage.privacy import GroupData


async def privacy_command(turn: Turn) -> None:
    """/privacy: what is stored, why, for how long, and what you can do about it."""
    if turn.chat.is_private:
        months = int(RETENTION.default)
        where = turn.t("privacy.retention.default", count=months)
    else:
        months = (await turn.group_settings()).number(RETENTION)
        where = turn.t("privacy.retention.group", count=months, group=turn.chat.name)
    await turn.reply(turn.t("privacy.explain", retention=where))


async def forget_command(turn: Turn) -> None:
    """/vergeet, in a private chat: after a confirmation, forget this person."""
    if not turn.chat.is_private:
        raise DomainError("forget.private_only")
    await turn.reply(
        turn.t("forget.confirm"),
        [
            [
                (turn.label("forget.button.yes"), ForgetPress()),
                (turn.label("privacy.button.no"), KeepPress()),
            ]
        ],
    )


async def wipe_command(turn: Turn) -> None:
    """/vergeetgroep (admin): after a confirmation, delete all of this group's data for good."""
    turn.require_group()
    await turn.require(Role.ADMIN)
    counts = await GroupData(await turn.conn()).counts(turn.chat.id)
    await turn.reply(
        turn.t("wipe.confirm", group=turn.chat.name, count=sum(counts.values())),
        [
            [
                (turn.label("wipe.button.yes"), WipePress(turn.chat.id)),
                (turn.label("privacy.button.no"), KeepPress()),
            ]
        ],
    )
