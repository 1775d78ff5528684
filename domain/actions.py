"""Action items: owners, states, who may create and change them, and when owners are reminded.

Pure rules: the handlers read the message, the storage keeps the rows, this module decides.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from difflib import SequenceMatcher
from enum import StrEnum
from zoneinfo import ZoneInfo

from domain.errors import DomainError, PermissionDenied
from domain.models import Person
from domain.roles import Standing
from domain.settings import SettingKind, SettingSpec
from domain.workdays import working_days_before

MAX_TEXT = 300
MAX_OWNERS = 5

# Settings of the "actions" area in /instellingen.
DIGEST = SettingSpec(
    "actions.digest",
    SettingKind.WEEKLY,
    "0 09:00",
    "actions",
    words=("weekoverzicht", "overzicht", "digest"),
    label="setting.actions.digest.label",
    help="setting.actions.digest.help",
)
OWNER_REMINDERS = SettingSpec(
    "actions.reminders",
    SettingKind.FLAG,
    "on",
    "actions",
    words=("actieherinneringen", "herinneringen", "reminders"),
    label="setting.actions.reminders.label",
    help="setting.actions.reminders.help",
)
LIST_AFTER_MEETING = SettingSpec(
    "actions.after_meeting",
    SettingKind.DURATION,
    "3h",
    "actions",
    words=("actielijst", "actielijstje", "nazending", "actionlist"),
    label="setting.actions.after_meeting.label",
    help="setting.actions.after_meeting.help",
)

# What people type after /acties for only their own actions, in either language.
MINE = ("mijn", "mine", "me", "ik")

# Outside parties people name in words; the key is stored, the catalog shows it.
PARTIES: Mapping[str, str] = {
    "gemeente": "gemeente",
    "de gemeente": "gemeente",
    "stadsdeel": "stadsdeel",
    "het stadsdeel": "stadsdeel",
    "stadsdeelkantoor": "stadsdeel",
    "pep": "pep",
    "wijkagent": "wijkagent",
    "de wijkagent": "wijkagent",
    "politie": "politie",
    "woningcorporatie": "woningcorporatie",
    # the same parties as an English group names them
    "municipality": "gemeente",
    "the municipality": "gemeente",
    "district": "stadsdeel",
    "the district": "stadsdeel",
    "district office": "stadsdeel",
    "community officer": "wijkagent",
    "the community officer": "wijkagent",
    "police": "politie",
    "the police": "politie",
    "housing association": "woningcorporatie",
}
# Actions of these parties are reminded to the group's gemeente contacts; others only appear
# in the weekly digest.
GEMEENTE_PARTIES = frozenset({"gemeente", "stadsdeel"})

# A name after one of these words is what the action is about ("bellen met Jan", "melden bij
# de gemeente"), not who does it.
_NOT_OWNER_BEFORE = frozenset(
    "aan bij de den het met naar om op over van voor een die dat in to with at the".split()
)
# "... door Bram", "... by Bram": who does it. Not a trailing word to drop on its own: it ends
# a separable verb as often ("stuurt de offerte door").
BY = frozenset({"door", "by"})
_JOINERS = frozenset({"en", "&", "+", "and", ","})
_TRAILING = frozenset({"en", "&", "+", "eigenaar", "wie", "wie:", "-", ":", "and"})
# Short words ending in -t that are no verb after a name at the start ("Bram met ...").
_NOT_A_VERB = frozenset("het met niet dat wat tot uit dit iets echt nogal at but".split())
# Capitalised first words that are no one's name ("Subsidie moet ...", "Iedereen brengt ..."):
# an unknown name first is asked about (`unknown_subject`), these never are.
NOT_NAMES = frozenset(
    """subsidie iedereen niemand iemand bestuur wie wat dit dat het er hij zij ze men wij we
    jij je u ik alles niets elk elke ieder iedere ook dan nu graag daarna eerst voorzitter
    secretaris penningmeester commissie werkgroep wijkraad buurt offerte brief budget geld
    aanvraag website nieuwsbrief vergadering overleg agenda flyer flyers this that it he she
    someone everyone nobody board""".split()
)


class ActionState(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"  # "niet doen", with a reason


class Change(StrEnum):
    """What the timeline records."""

    CREATED = "created"
    DONE = "done"
    DROPPED = "dropped"
    POSTPONED = "postponed"
    TAKEN_OVER = "taken_over"
    REMINDED = "reminded"
    TEXT = "text"  # corrected: the old text in `detail`
    OWNERS = "owners"  # corrected: the old owners in `detail`
    DUE = "due"  # corrected: "<old>><new>" ISO days, either may be empty
    LINKED = "linked"  # a name typed as text turned out to be a member: the name in `detail`


# Why a closed action cannot change any more.
ALREADY_KEY = {
    ActionState.DONE: "action.already_done",
    ActionState.DROPPED: "action.already_dropped",
}


@dataclass(frozen=True)
class Owner:
    """A group member (`user_id`), an outside party (`party`), or a name typed as text."""

    name: str
    user_id: int | None = None
    party: str | None = None

    @property
    def key(self) -> tuple[int | None, str | None, str]:
        return (self.user_id, self.party, "" if self.user_id or self.party else self.name.lower())


@dataclass(frozen=True)
class Action:
    id: int
    chat_id: int
    number: int
    text: str
    owners: tuple[Owner, ...]
    due_date: date | None
    due_time: time | None
    state: ActionState
    created_by: int
    created_at: datetime
    closed_at: datetime | None = None
    reason: str | None = None
    meeting_id: int | None = None

    @property
    def member_ids(self) -> frozenset[int]:
        return frozenset(o.user_id for o in self.owners if o.user_id is not None)

    def is_overdue(self, today: date) -> bool:
        return (
            self.state is ActionState.OPEN and self.due_date is not None and self.due_date < today
        )

    def require_change_right(self, user_id: int, standing: Standing) -> None:
        """An owner or a board member may close, drop, postpone or take over an action."""
        if user_id not in self.member_ids and not standing.is_board:
            raise PermissionDenied(role="action_owner")

    def require_owner_change(
        self, user_id: int, owners: Sequence[Owner], standing: Standing
    ) -> None:
        """The board may give an action to anyone; an owner may add themselves or take others
        off, as a member may only log actions for themselves."""
        if standing.is_board:
            return
        allowed = {o.key for o in self.owners} | {(user_id, None, "")}
        if any(o.key not in allowed for o in owners):
            raise DomainError("action.owners_only_self")

    def require_open(self) -> None:
        if self.state is not ActionState.OPEN:
            raise DomainError(ALREADY_KEY[self.state], number=self.number)


@dataclass(frozen=True)
class Named:
    """What the text of /actie says: the action's text, its owners, @names nobody here has."""

    text: str
    owners: tuple[Owner, ...] = ()
    unknown: tuple[str, ...] = field(default_factory=tuple)


def require_create_right(creator_id: int, owners: Sequence[Owner], standing: Standing) -> None:
    """Any member may log an action for themselves; the board may give one to anyone."""
    if standing.is_board:
        return
    if any(o.user_id != creator_id for o in owners):
        raise DomainError("action.only_self")


def check_owners(owners: Sequence[Owner]) -> tuple[Owner, ...]:
    """Owners without repeats, at most `MAX_OWNERS`."""
    unique: dict[tuple[int | None, str | None, str], Owner] = {}
    for owner in owners:
        unique.setdefault(owner.key, owner)
    if len(unique) > MAX_OWNERS:
        raise DomainError("action.too_many_owners", limit=MAX_OWNERS)
    return tuple(unique.values())


def check_text(text: str) -> str:
    text = tidy(text)
    if len(text) > MAX_TEXT:
        raise DomainError("action.too_long", limit=MAX_TEXT)
    return text


def tidy(text: str) -> str:
    """Spaces and the little words left where owners and the date were taken out."""
    words = text.split()
    while words and words[-1].lower().strip(",;") in _TRAILING | {""}:
        words.pop()
    return " ".join(words).strip(" ,.;:-")


def take_owners_at_end(text: str, names: Mapping[str, Owner]) -> tuple[str, list[Owner]]:
    """Owners named in words at the end of the text: "... Jan en Piet", "... gemeente".

    `names` maps lower-case names (a member's first or full name) to owners; outside parties
    are known here. A name after "met", "bij de", ... is what the action is about, not its
    owner, so then nothing is taken.
    """
    words = text.split()
    taken: list[Owner] = []
    end = len(words)
    while end > 0:
        found = None
        for width in (3, 2, 1):
            if end - width < 0:
                continue
            phrase = " ".join(words[end - width : end]).lower().strip(",;.")
            owner = _owner_for(phrase, names)
            if owner is not None:
                found = (width, owner)
                break
        if found is None:
            break
        width, owner = found
        taken.insert(0, owner)
        end -= width
        if end > 0 and words[end - 1].lower() in _JOINERS:
            end -= 1
        elif end > 0 and words[end - 1].endswith(","):
            words[end - 1] = words[end - 1].rstrip(",")
    if not taken:
        return text, []
    if end > 0 and words[end - 1].lower() in BY:
        end -= 1
    elif end > 0 and words[end - 1].lower() in _NOT_OWNER_BEFORE:
        return text, []
    return " ".join(words[:end]), taken


def named_by(text: str, rest: str) -> bool:
    """Whether the owners `take_owners_at_end` took from `text`, leaving `rest`, were named
    after "door" or "by" ("... door Carla")."""
    left = text.split()[len(rest.split()) :]
    return bool(left) and left[0].lower() in BY


def subject_owner(text: str, names: Mapping[str, Owner]) -> Owner | None:
    """Who does it, named at the start as the one who acts: "Bram belt de gemeente",
    "gemeente repareert de lantaarnpaal". Only a member or an outside party, and only before
    a verb in the -t form: "gemeente bellen" and "Bram mailen" name what the action is about.
    (A name nobody here has is not guessed: a phone capitalises "Subsidie moet ..." too.)"""
    words = text.split()
    for width in (3, 2, 1):
        if len(words) <= width + 1 or not _acts(words[width]):
            continue
        owner = _owner_for(" ".join(words[:width]).lower(), names)
        if owner is not None:
            return owner
    return None


def unknown_subject(text: str, names: Mapping[str, Owner]) -> str | None:
    """A capitalised word nobody here is called, first before a verb in the -t form: "Jan belt
    de gemeente". It may be the owner or just a capital a phone made ("Subsidie moet ..."), so
    the writer is asked; words in `NOT_NAMES` and known names and parties are not."""
    words = text.split()
    if len(words) < 3 or not _acts(words[1]):
        return None
    first = words[0]
    if not (first.isalpha() and first[0].isupper() and first[1:].islower()):
        return None
    if first.lower() in NOT_NAMES or _owner_for(first.lower(), names) is not None:
        return None
    return first


def _acts(verb: str) -> bool:
    """A verb in the -t form after a subject ("belt", "regelt"), not "met" or "niet"."""
    return (
        verb.isalpha()
        and verb.islower()
        and verb.endswith("t")
        and len(verb) > 2
        and verb not in _NOT_A_VERB
    )


def name_at_end(text: str, names: set[str]) -> str | None:
    """The last word of the text when it is one of `names` (a first name two members share)
    standing where an owner would ("... flyers ophalen Bram"), not what the action is about
    ("bellen met Bram")."""
    words = text.split()
    if not words or words[-1].lower().strip(",;.") not in names:
        return None
    if len(words) > 1 and words[-2].lower() in _NOT_OWNER_BEFORE:
        return None
    return words[-1].strip(",;.")


def _owner_for(phrase: str, names: Mapping[str, Owner]) -> Owner | None:
    if phrase in PARTIES:
        return Owner(name=PARTIES[phrase], party=PARTIES[phrase])
    return names.get(phrase)


# --- who is meant ------------------------------------------------------------------------------
CLOSE = 0.8  # "brm", "brahm" and "bram" are alike; "anne" and "anna" (0.75) are two people
MAX_CANDIDATES = 4


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def similar_people(typed: str, people: Sequence[Person]) -> list[Person]:
    """The people someone may have meant by an unknown @name or a name typed as text: "@bram"
    for Bram (whose username is another), "@bramdewit" for Bram de Wit, "brm" for Bram. The
    closest first; none when nobody is close (then it is a plain name)."""
    wanted = _fold(typed)
    if len(wanted) < 2:
        return []
    scored: list[tuple[float, Person]] = []
    for person in people:
        names = {_fold(person.first_name), _fold(person.full_name)}
        if person.username:
            names.add(_fold(person.username))
        names.discard("")
        best = 0.0
        for name in names:
            if name == wanted:
                score = 1.0
            elif len(wanted) >= 3 and (name.startswith(wanted) or wanted.startswith(name)):
                score = 0.9
            else:
                score = SequenceMatcher(None, wanted, name).ratio()
            best = max(best, score)
        if best >= CLOSE:
            scored.append((best, person))
    scored.sort(key=lambda pair: (-pair[0], pair[1].full_name.casefold(), pair[1].id))
    return [person for _score, person in scored[:MAX_CANDIDATES]]


_NUMBER = re.compile(r"^#?(\d{1,6})$")


def number_alone(text: str) -> int | None:
    """`/actie 12` and `/actie #12` show action 12."""
    match = _NUMBER.match(text.strip())
    return int(match.group(1)) if match else None


# --- reminders ---------------------------------------------------------------------------------
BEFORE_WORKING_DAYS = 2
OVERDUE_EVERY = timedelta(weeks=1)
OVERDUE_TIMES = 3


def reminder_moments(
    due: date,
    at: time,
    tz: ZoneInfo,
    now: datetime,
    weekly: tuple[int, time] | None = None,
) -> list[tuple[str, datetime]]:
    """When owners hear about an action: 2 working days before, on the day, then weekly, 3
    times. (A moment on a day off waits for the next working day: domain/calm.py.)

    With a weekly overview (`weekly`: its weekday and time) the overdue ones come on its day,
    at its moment, so they are part of that one message (`with_overview`).
    """
    moments = [
        ("before", datetime.combine(working_days_before(due, BEFORE_WORKING_DAYS), at, tz)),
        ("due", datetime.combine(due, at, tzinfo=tz)),
    ]
    first, when = due + OVERDUE_EVERY, at
    if weekly is not None:
        weekday, when = weekly
        first = due + timedelta(days=(weekday - due.weekday() - 1) % 7 + 1)
    moments += [
        (f"overdue{n}", datetime.combine(first + (n - 1) * OVERDUE_EVERY, when, tzinfo=tz))
        for n in range(1, OVERDUE_TIMES + 1)
    ]
    return [(step, moment) for step, moment in moments if moment > now]


def with_overview(
    step: str, planned: datetime, tz: ZoneInfo, weekly: tuple[int, time] | None
) -> bool:
    """Whether a reminder comes in the weekly overview's own message: an overdue one planned
    at the overview's moment. Then it is said there to every owner, mentioned, also to one who
    hears privately otherwise: the overview lists the action already, and a second message the
    same morning would only repeat it. (The handler keeps it private when an earlier step of
    the action was held or missed and comes along: the owner has not heard of it yet.)"""
    if weekly is None or not step.startswith("overdue"):
        return False
    local = planned.astimezone(tz)
    return (local.weekday(), local.time()) == weekly
