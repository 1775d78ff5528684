"""/bestuur and /gemeente: who is on the board, who speaks for the gemeente."""

from handlers.kit.feature import GROUP, Command, Feature
from handlers.roles.manage import board, gemeente, on_prompt
from handlers.roles.presses import on_press

FEATURE = Feature(
    "roles",
    commands=(
        Command("bestuur", board, scopes=frozenset({GROUP})),
        Command("gemeente", gemeente, scopes=frozenset({GROUP})),
    ),
    callbacks={"role": on_press},
    prompts={"role": on_prompt},
)
