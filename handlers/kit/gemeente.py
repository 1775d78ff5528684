"""What the gemeente owes, as one part of the group's weekly overview (a `Section` with the key
`GEMEENTE`): the actions of the gemeente or stadsdeel and the advices waiting for its answer,
with the gemeente contacts mentioned once a week instead of at every step of every action.

The actions and the advice overview each bring their lines; in one message they are one part.
"""

from __future__ import annotations

from collections.abc import Sequence

import aiosqlite
from babel.lists import format_list

from domain.calm import GEMEENTE_WEEK
from domain.models import Chat
from domain.roles import Role
from handlers.i18n import Raw, t
from handlers.kit.outbox import mention
from handlers.kit.paging import Line
from handlers.kit.sections import GEMEENTE_PART, Section
from storage.roles import RoleRepo
from storage.settings import SettingsRepo

GEMEENTE = "gemeente"
ACTIONS = "calm.gemeente.actions"  # the heading of the actions in the part
ADVICE = "calm.gemeente.advice"  # the heading of the advices


async def gemeente_part(
    conn: aiosqlite.Connection, chat: Chat, heading: str, lines: Sequence[str]
) -> Section | None:
    """The part for the gemeente contacts with these lines under `heading` (a catalog key,
    `ACTIONS` or `ADVICE`); None when there is nothing, nobody, or the group switched it off."""
    if not lines or not (await SettingsRepo(conn).of(chat.id)).flag(GEMEENTE_WEEK):
        return None
    contacts = await RoleRepo(conn).members(chat.id, Role.GEMEENTE)
    if not contacts:
        return None
    lang = chat.language
    names = format_list([mention(p.id, p.first_name) for p in contacts], locale=lang)
    title = t(lang, "calm.gemeente.title", names=Raw(names))
    under = t(lang, heading)
    return Section(
        title=title, lines=[Line(under, text) for text in lines], key=GEMEENTE, rank=GEMEENTE_PART
    )
