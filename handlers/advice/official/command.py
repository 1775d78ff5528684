"""/overzicht in the official's private chat: the overview, or a change of its weekly digest."""

from __future__ import annotations

from handlers.advice.official.digest import digest_setting
from handlers.advice.official.keyboards import overview_buttons
from handlers.advice.official.overview import gather, overview_text
from handlers.kit.turn import Turn


async def overzicht(turn: Turn) -> None:
    """/overzicht (private): everything owed in all your groups; /overzicht wekelijks|mail|prive."""
    if not turn.chat.is_private:
        await turn.reply(turn.t("official.private_only"))
        return
    args = turn.text_after_command.strip()
    if args:
        await digest_setting(turn, args)
        return
    assert turn.user is not None
    groups, owed, figures = await gather(await turn.conn(), turn.user.id, turn.now())
    if not groups:
        await turn.reply(turn.t("official.none"))
        return
    today = max(today for _chat, today in groups)
    title = turn.t("official.title", count=len(groups))
    await turn.reply(
        overview_text(turn.lang, owed, figures, today, title), overview_buttons(turn.lang, owed)
    )
