"""The buttons under meeting and agenda messages: their typed data and the keyboards.

The packed data is what buttons already sent in groups carry ("mtg:rsvp:12:yes",
"agd:force:5:12"), so those keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.agenda import AgendaItem, ItemState
from domain.meetings import Answer, Meeting, MeetingSeries, MeetingState
from domain.models import Person
from handlers.i18n import label
from handlers.kit.callbacks import CallbackData
from handlers.kit.text import describe_rule, short
from handlers.kit.turn import Button
from handlers.kit.undo import undo_button, within
from schedules.when import from_rrule_text

WITH_BUTTONS = 15  # agenda items that get buttons (Telegram allows 100 buttons per message)
LABEL = 64  # characters a button label shows


UNDO_NEW = "mtg"  # the undo kind of a meeting just planned (handlers/meetings/undo.py)
UNDO_MOVE = "mtgmv"  # ... of a meeting just moved
UNDO_ITEM = "agd"  # ... of an agenda item just added


class Job(StrEnum):
    """A job at a meeting, as its button carries it."""

    CHAIR = "c"
    MINUTES = "m"


class SeriesOp(StrEnum):
    """What a series' button does."""

    SHOW = "s"
    CHANGE = "c"
    STOP = "x"  # asks first
    STOP_YES = "y"
    STOP_NO = "n"


class ItemOp(StrEnum):
    """What an agenda item's button does."""

    UP = "up"
    DOWN = "down"
    DEFER = "defer"
    DONE = "done"  # discussed, or open again
    REMOVE = "rm"
    EDIT = "txt"  # the text corrected (the board, or whoever proposed it)


# --- meetings -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RsvpPress(CallbackData, prefix="mtg:rsvp"):
    meeting_id: int
    answer: Answer


@dataclass(frozen=True)
class MovePress(CallbackData, prefix="mtg:move"):
    meeting_id: int


@dataclass(frozen=True)
class CancelPress(CallbackData, prefix="mtg:cancel"):
    meeting_id: int


@dataclass(frozen=True)
class CancelConfirm(CallbackData, prefix="mtg:cc"):
    """The answer to "Weet je het zeker?" about cancelling; `listing`: the /overleg list the
    question came from (shown anew after)."""

    meeting_id: int
    yes: bool
    listing: int | None = None


@dataclass(frozen=True)
class AheadConfirm(CallbackData, prefix="mtg:ca"):
    """The answer to "Weet je het zeker?" about calling off a later date of a series, one the
    bot has not planned yet: the series and that day (ISO), no meeting yet."""

    series_id: int
    day: str
    yes: bool


@dataclass(frozen=True)
class PickPress(CallbackData, prefix="mtg:pick"):
    """The meeting meant, chosen from "Welk overleg bedoel je?" (what it is for is stored with
    the question: handlers/meetings/by_text.py)."""

    meeting_id: int


@dataclass(frozen=True)
class SeriesPress(CallbackData, prefix="mtg:series"):
    series_id: int
    op: SeriesOp


@dataclass(frozen=True)
class JobPress(CallbackData, prefix="mtg:job"):
    """Choose who chairs (or takes the minutes): shows the board as buttons."""

    meeting_id: int
    job: Job


@dataclass(frozen=True)
class SetJobPress(CallbackData, prefix="mtg:set"):
    meeting_id: int
    job: Job
    member: int


@dataclass(frozen=True)
class ListPress(CallbackData, prefix="mtg:list"):
    """Back to the listing of coming meetings."""


@dataclass(frozen=True)
class NewPress(CallbackData, prefix="mtg:new"):
    """ "➕ Nieuw overleg" under the listing: asks when, step by step (the board)."""


# --- the agenda ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemPress(CallbackData, prefix="agd"):
    op: ItemOp
    item_id: int


@dataclass(frozen=True)
class AddPress(CallbackData, prefix="agd:add"):
    """ "➕ Punt toevoegen" under the agenda: asks for the item (anyone in the group)."""


@dataclass(frozen=True)
class OfferPress(CallbackData, prefix="agd:offer"):
    """ "➕ Op de agenda" / "Nee" under "Zal ik dit op de agenda zetten?" (a reply to the list);
    the text and its writer are the message that question answers, never the button data."""

    add: bool


@dataclass(frozen=True)
class ForcePress(CallbackData, prefix="agd:force"):
    """ "Toch op deze agenda": a late item onto the closed agenda of this meeting."""

    item_id: int
    meeting_id: int


BUTTON_KEY = {
    Answer.YES: "meeting.button.yes",
    Answer.MAYBE: "meeting.button.maybe",
    Answer.NO: "meeting.button.no",
}


def rsvp_buttons(meeting: Meeting, lang: str) -> list[list[Button]]:
    """Ik kom / Misschien / Ik kom niet."""
    return [[(label(lang, BUTTON_KEY[answer]), RsvpPress(meeting.id, answer)) for answer in Answer]]


def announce_buttons(meeting: Meeting, lang: str, now: datetime) -> list[list[Button]]:
    """Under an announcement: the RSVP row and, for 10 minutes after planning it by hand,
    "Ongedaan maken" (only its maker may press it: handlers/kit/undoing.py)."""
    rows = rsvp_buttons(meeting, lang)
    if (
        meeting.state is MeetingState.PLANNED
        and meeting.created_by is not None
        and within(meeting.created_at, now)
    ):
        assert meeting.created_at is not None
        rows.append([undo_button(lang, UNDO_NEW, meeting.id, meeting.created_at)])
    return rows


def manage_buttons(
    meeting: Meeting, lang: str, suffix: str, *, series: bool = False
) -> list[list[Button]]:
    """The board's buttons for one meeting of the listing (move, cancel, chair, minutes; and
    for a meeting of a running series, that series' change and stop)."""

    def text(key: str) -> str:
        return label(lang, key)[:LABEL] + suffix

    rows: list[list[Button]] = [
        [
            (text("meeting.button.move"), MovePress(meeting.id)),
            (text("meeting.button.cancel"), CancelPress(meeting.id)),
        ],
        [
            (text("meeting.button.chair"), JobPress(meeting.id, Job.CHAIR)),
            (text("meeting.button.minutes"), JobPress(meeting.id, Job.MINUTES)),
        ],
    ]
    if series and meeting.series_id is not None:
        rows.append(
            [
                (
                    text("meeting.button.series_change"),
                    SeriesPress(meeting.series_id, SeriesOp.CHANGE),
                ),
                (text("meeting.button.series_stop"), SeriesPress(meeting.series_id, SeriesOp.STOP)),
            ]
        )
    return rows


def series_choice_buttons(
    running: list[MeetingSeries], op: SeriesOp | None, lang: str
) -> list[list[Button]]:
    """One button per running series for `op`; or, for one series shown (`op` None), its
    change and stop buttons."""
    if op is None:
        return [
            [
                (label(lang, "meeting.button.series_change"), SeriesPress(s.id, SeriesOp.CHANGE)),
                (label(lang, "meeting.button.series_stop"), SeriesPress(s.id, SeriesOp.STOP)),
            ]
            for s in running
        ]
    return [
        [(short(describe_rule(from_rrule_text(s.recurrence), lang), LABEL), SeriesPress(s.id, op))]
        for s in running
    ]


def series_stop_buttons(series: MeetingSeries, lang: str) -> list[list[Button]]:
    """Ja, stoppen / Nee."""
    return [
        [
            (
                label(lang, "meeting.button.series_stop_yes"),
                SeriesPress(series.id, SeriesOp.STOP_YES),
            ),
            (
                label(lang, "meeting.button.series_stop_no"),
                SeriesPress(series.id, SeriesOp.STOP_NO),
            ),
        ]
    ]


def pick_buttons(shown: list[tuple[int, str]]) -> list[list[Button]]:
    """One button per meeting: (id, when it is)."""
    return [[(short(when, LABEL), PickPress(meeting_id))] for meeting_id, when in shown]


def cancel_confirm_buttons(meeting: Meeting, lang: str, listing: int | None) -> list[list[Button]]:
    """Ja, afzeggen / Nee."""
    return [
        [
            (label(lang, "meeting.button.cancel_yes"), CancelConfirm(meeting.id, True, listing)),
            (label(lang, "meeting.button.cancel_no"), CancelConfirm(meeting.id, False, listing)),
        ]
    ]


def ahead_confirm_buttons(series_id: int, day: str, lang: str) -> list[list[Button]]:
    """Ja, afzeggen / Nee, for a later date of a series."""
    return [
        [
            (label(lang, "meeting.button.cancel_yes"), AheadConfirm(series_id, day, True)),
            (label(lang, "meeting.button.cancel_no"), AheadConfirm(series_id, day, False)),
        ]
    ]


def job_buttons(
    meeting: Meeting, job: Job, board: list[Person], suggestion: int | None, lang: str
) -> list[list[Button]]:
    """One button per board member (the suggested one first, starred) and "back"."""
    ordered = sorted(board, key=lambda person: person.id != suggestion)
    buttons: list[list[Button]] = [
        [
            (
                short(("⭐ " if person.id == suggestion else "") + person.full_name, LABEL),
                SetJobPress(meeting.id, job, person.id),
            )
        ]
        for person in ordered
    ]
    buttons.append([(label(lang, "meeting.button.back")[:LABEL], ListPress())])
    return buttons


def agenda_buttons(lang: str, items: list[AgendaItem]) -> list[list[Button]]:
    """The board's buttons per item: up, down, defer, discussed (or reopen), remove."""
    rows: list[list[Button]] = []
    for item in items[:WITH_BUTTONS]:
        number = item.number
        done = "agenda.button.reopen" if item.state is ItemState.DISCUSSED else "agenda.button.done"
        rows.append(
            [
                (label(lang, "agenda.button.up", n=number), ItemPress(ItemOp.UP, item.id)),
                (label(lang, "agenda.button.down", n=number), ItemPress(ItemOp.DOWN, item.id)),
                (label(lang, "agenda.button.defer", n=number), ItemPress(ItemOp.DEFER, item.id)),
                (label(lang, done, n=number), ItemPress(ItemOp.DONE, item.id)),
                (label(lang, "agenda.button.remove", n=number), ItemPress(ItemOp.REMOVE, item.id)),
                (label(lang, "agenda.button.edit", n=number), ItemPress(ItemOp.EDIT, item.id)),
            ]
        )
    return rows


def item_added_buttons(lang: str, item: AgendaItem, now: datetime) -> list[Button]:
    """Under "✅ Punt 3 op de agenda": its text corrected, and for 10 minutes taken back."""
    row: list[Button] = [(label(lang, "agenda.button.edit_text"), ItemPress(ItemOp.EDIT, item.id))]
    if item.created_at is not None and within(item.created_at, now):
        row.append(undo_button(lang, UNDO_ITEM, item.id, item.created_at))
    return row


def new_button(lang: str) -> list[Button]:
    return [(label(lang, "meeting.button.new"), NewPress())]


def add_button(lang: str) -> list[Button]:
    return [(label(lang, "agenda.button.add"), AddPress())]


def listing_buttons(lang: str, items: list[AgendaItem], board: bool) -> list[list[Button]]:
    """Under /agenda, also when redrawn after a press: the board's rows, and for everyone
    "➕ Punt toevoegen"."""
    return [*(agenda_buttons(lang, items) if board else []), add_button(lang)]


def offer_buttons(lang: str) -> list[list[Button]]:
    """ "➕ Op de agenda" / "Nee"."""
    return [
        [
            (label(lang, "agenda.button.offer_yes"), OfferPress(True)),
            (label(lang, "agenda.button.offer_no"), OfferPress(False)),
        ]
    ]


def force_button(lang: str, item_id: int, meeting_id: int) -> list[list[Button]]:
    """ "Toch op deze agenda", under the note that an item went to the meeting after."""
    return [[(label(lang, "agenda.button.force")[:LABEL], ForcePress(item_id, meeting_id))]]
