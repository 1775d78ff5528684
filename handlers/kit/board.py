"""Who is on a group's board: its Telegram admins and the members added with /bestuur."""

from __future__ import annotations

from typing import Any

from domain.models import Person
from domain.roles import Role
from handlers.kit.services import Services
from storage.people import PeopleRepo
from storage.roles import RoleRepo


async def board_of(svc: Services, bot: Any, conn: Any, chat_id: int) -> list[Person]:
    """The board now, in name order: admins (getChatAdministrators, cached) and the stored
    board role. Inside a handler pass the turn's connection (its unit of work holds the
    database); a sender opens its own transaction."""
    named = await svc.admins.named(bot, chat_id)
    people = PeopleRepo(conn)
    found: dict[int, Person] = {}
    for user_id, name in named.items():
        found[user_id] = await people.get(user_id) or Person(user_id, name)
    for person in await RoleRepo(conn).members(chat_id, Role.BOARD):
        found.setdefault(person.id, person)
    return sorted(found.values(), key=lambda p: (p.full_name.casefold(), p.id))
