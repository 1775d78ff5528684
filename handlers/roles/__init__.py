"""/bestuur and /gemeente: who is on the board, who speaks for the gemeente."""

from handlers.kit.feature import GROUP, Command, Feature, Topic
from handlers.roles.buttons import on_press
from handlers.roles.manage import board, gemeente, on_prompt

FEATURE = Feature(
    "roles",
    commands=(
        Command("bestuur", board, scopes=frozenset({GROUP}), topic=Topic.GROUP, english="board"),
        Command(
            "gemeente",
            gemeente,
            scopes=frozenset({GROUP}),
            topic=Topic.GROUP,
            english="municipality",
        ),
    ),
    callbacks={"role": on_press},
    prompts={"role": on_prompt},
)
