"""Meetings and the agenda: /overleg and /agenda, their buttons and prompts, and the engine
events of each meeting's rhythm (ARCHITECTURE.md, "Meetings and the agenda")."""

from __future__ import annotations

from domain import meetings as rules
from handlers.kit.feature import GROUP, Command, Feature
from handlers.meetings import agenda_buttons, buttons, events
from handlers.meetings.agenda import agenda_command
from handlers.meetings.create import meeting_command, on_time_prompt

FEATURE = Feature(
    "meetings",
    commands=(
        Command(
            "overleg", meeting_command, aliases=("meeting",), scopes=frozenset({GROUP}), dates=True
        ),
        Command("agenda", agenda_command, scopes=frozenset({GROUP})),
    ),
    callbacks={"mtg": buttons.on_callback, "agd": agenda_buttons.on_callback},
    prompts={"meeting_time": on_time_prompt, "meeting_move": buttons.on_move_prompt},
    events={
        rules.CALL: events.fire_call,
        rules.CLOSE: events.fire_close,
        rules.REMIND_BEFORE_DAY: events.fire_day_before,
        rules.REMIND_BEFORE_HOUR: events.fire_hour_before,
        rules.END: events.fire_end,
        rules.HALF_YEAR: events.fire_half_year,
    },
    settings=tuple(rules.SETTINGS),
)
