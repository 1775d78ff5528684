"""What a settled "Bedoel je Bram?" goes on with, tapped or typed: logging the new action, or
correcting who does one (handlers/actions/owners.py asks)."""

from __future__ import annotations

from typing import Any

from domain.errors import DomainError
from handlers.actions.create import CREATE, create_action
from handlers.actions.edits import OWNERS, set_owners
from handlers.actions.keyboards import WhoPick
from handlers.actions.owners import WHO_KIND, picked, settle, typed_pick
from handlers.actions.parse import Draft
from handlers.kit.callbacks import STALE
from handlers.kit.prompting import replied_prompt
from handlers.kit.turn import Turn
from storage.prompts import Prompt


async def on_pick(turn: Turn, press: WhoPick) -> None:
    """A button under the question."""
    turn.require_group()
    prompt, draft = await picked(turn, press)
    await _go_on(turn, prompt, draft)


async def on_typed(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer typed as a reply to the question (kind `action_who`)."""
    turn.require_group()
    prompt = await replied_prompt(turn, WHO_KIND)
    await _go_on(turn, prompt, await settle(turn, prompt, typed_pick(answer, payload)))


async def _go_on(turn: Turn, prompt: Prompt, draft: Draft | None) -> None:
    if draft is None:
        return
    flow = prompt.payload.get("flow")
    if flow == CREATE:
        await create_action(turn, draft)
    elif flow == OWNERS:
        await set_owners(turn, draft, prompt.payload)
    else:
        raise DomainError(STALE)
