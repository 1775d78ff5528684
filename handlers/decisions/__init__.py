"""Decisions (/besluit, /besluiten): logged by the board, linked to the meeting they were taken
in and its agenda items, found back by a word, corrected or removed."""

from handlers.decisions import buttons, changes, create, listing, numbered
from handlers.decisions.undo import UNDO
from handlers.kit.feature import GROUP, Command, Feature, Topic

FEATURE = Feature(
    "decisions",
    commands=(
        Command(
            "besluit",
            create.decide,
            english="decision",
            scopes=frozenset({GROUP}),
            topic=Topic.DECISIONS,
        ),
        Command(
            "besluiten",
            listing.list_decisions,
            english="decisions",
            scopes=frozenset({GROUP}),
            topic=Topic.DECISIONS,
        ),
    ),
    callbacks={"bsl": buttons.on_callback},
    prompts={
        create.PROMPT: create.on_text_prompt,
        changes.TEXT_PROMPT: changes.on_text_prompt,
        numbered.KIND: create.on_item_typed,
    },
    undo=UNDO,
)
