"""Attendance as a secretary keeps it: present, absent with an apology (and its reason),
absent without one, and guests who are not on Telegram. Pure rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from domain.errors import DomainError
from domain.meetings import Answer, Rsvp

MAX_GUEST = 80
MAX_REASON = 200


@dataclass(frozen=True)
class Guest:
    id: int
    name: str


@dataclass(frozen=True)
class Attendance:
    present: list[str] = field(default_factory=list)
    excused: list[tuple[str, str | None]] = field(default_factory=list)  # (name, reason)
    absent: list[str] = field(default_factory=list)  # invited, no word
    guests: list[str] = field(default_factory=list)


def attendance(
    invited: Mapping[int, str],
    rsvps: Sequence[Rsvp],
    corrections: Mapping[int, bool],
    guests: Sequence[Guest],
    names: Mapping[int, str] | None = None,
) -> Attendance:
    """Who came: the RSVPs ("ik kom") as the board corrected them. Who sent word: "ik kom
    niet" (with its reason). Everyone invited (`invited`: id -> name, the board for a
    bestuursvergadering) who neither came nor sent word is absent without a message;
    `names` names people the board marked present without their answering."""
    answered = {r.user_id: r for r in rsvps}
    out = Attendance(guests=[g.name for g in guests])
    for rsvp in rsvps:
        came = corrections.get(rsvp.user_id, rsvp.answer is Answer.YES)
        if came:
            out.present.append(rsvp.name)
        elif rsvp.answer is Answer.NO:
            out.excused.append((rsvp.name, rsvp.reason))
    known = {**(names or {}), **invited}
    for user_id, came in corrections.items():
        if came and user_id not in answered and user_id in known:
            out.present.append(known[user_id])
    for user_id, name in invited.items():
        said = answered.get(user_id)
        came = corrections.get(user_id, said is not None and said.answer is Answer.YES)
        excused = said is not None and said.answer is Answer.NO
        if not came and not excused:
            out.absent.append(name)
    return out


def clean_guest(name: str) -> str:
    """A guest as the board types them: "Carla (stadsdeel)"."""
    cleaned = " ".join(name.split()).strip(" ,;")
    if not any(ch.isalpha() for ch in cleaned):
        raise DomainError("report.guest.empty")
    if len(cleaned) > MAX_GUEST:
        raise DomainError("report.guest.too_long", limit=MAX_GUEST)
    return cleaned


def clean_reason(text: str) -> str:
    cleaned = " ".join(text.split()).strip()
    if not cleaned:
        raise DomainError("meeting.reason.empty")
    if len(cleaned) > MAX_REASON:
        raise DomainError("meeting.reason.too_long", limit=MAX_REASON)
    return cleaned
