"""The buttons under meeting and agenda messages."""

from __future__ import annotations

from domain.agenda import AgendaItem, ItemState
from domain.meetings import Answer, Meeting
from handlers.i18n import label
from handlers.kit.turn import Button

WITH_BUTTONS = 15  # agenda items that get buttons (Telegram allows 100 buttons per message)


def rsvp_buttons(meeting: Meeting, lang: str) -> list[list[Button]]:
    """Ik kom / Misschien / Ik kom niet."""
    return [
        [
            (label(lang, f"meeting.button.{answer.value}"), f"mtg:rsvp:{meeting.id}:{answer.value}")
            for answer in Answer
        ]
    ]


def manage_buttons(meeting: Meeting, lang: str, suffix: str) -> list[list[Button]]:
    """The board's buttons for one meeting of the listing (move, cancel, chair, minutes)."""
    return [
        [
            (label(lang, "meeting.button.move")[:64] + suffix, f"mtg:move:{meeting.id}"),
            (label(lang, "meeting.button.cancel")[:64] + suffix, f"mtg:cancel:{meeting.id}"),
        ],
        [
            (label(lang, "meeting.button.chair")[:64] + suffix, f"mtg:job:{meeting.id}:c"),
            (label(lang, "meeting.button.minutes")[:64] + suffix, f"mtg:job:{meeting.id}:m"),
        ],
    ]


def job_buttons(
    meeting: Meeting, job: str, board: list[tuple[int, str]], suggestion: int | None, lang: str
) -> list[list[Button]]:
    """One button per board member (the suggested one first, starred) and "back"."""
    ordered = sorted(board, key=lambda pair: pair[0] != suggestion)
    buttons: list[list[Button]] = [
        [
            (
                (("⭐ " if member == suggestion else "") + name)[:64],
                f"mtg:set:{meeting.id}:{job}:{member}",
            )
        ]
        for member, name in ordered
    ]
    buttons.append([(label(lang, "meeting.button.back")[:64], "mtg:list")])
    return buttons


def agenda_buttons(lang: str, items: list[AgendaItem]) -> list[list[Button]]:
    """The board's buttons per item: up, down, defer, discussed (or reopen), remove."""
    rows: list[list[Button]] = []
    for number, item in enumerate(items[:WITH_BUTTONS], start=1):
        done = "agenda.button.reopen" if item.state is ItemState.DISCUSSED else "agenda.button.done"
        rows.append(
            [
                (label(lang, "agenda.button.up", n=number), f"agd:up:{item.id}"),
                (label(lang, "agenda.button.down", n=number), f"agd:down:{item.id}"),
                (label(lang, "agenda.button.defer", n=number), f"agd:defer:{item.id}"),
                (label(lang, done, n=number), f"agd:done:{item.id}"),
                (label(lang, "agenda.button.remove", n=number), f"agd:rm:{item.id}"),
            ]
        )
    return rows


def force_button(lang: str, item_id: int, meeting_id: int) -> list[list[Button]]:
    """ "Toch op deze agenda", under the note that an item went to the meeting after."""
    return [[(label(lang, "agenda.button.force")[:64], f"agd:force:{item_id}:{meeting_id}")]]
