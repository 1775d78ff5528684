"""Where an incoming e-mail belongs: which advice it answers, a group's postvak, or nowhere.

Three ways to know, tried in this order:

1. **The reply address.** Mail about an advice goes out with a per-advice reply address,
   the bot's own address plus a signed tag: `wijkbot+advies-12-k3f9x2ab@bo.nl`. The tag is the
   advice's id and the first 8 base32 characters of an HMAC over it, so a guessed, changed or
   copied-to-another-advice tag matches nothing.
2. **The thread.** `In-Reply-To`/`References` name a Message-ID of a mail the bot sent.
3. **The subject.** The sender is a gemeente address of a group and the subject names one
   advice number ("Re: Advies 4: ..."); when the address serves several groups that have an
   advice with that number, the group's name in the subject decides.

Mail from a group's gemeente address that matches no advice goes to that group's postvak,
but only when exactly one group is meant (by the address, or the group's name in the subject or
text): one bot serves many groups, and nothing may leak between them. Anything else stays in
no group.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from domain.mail_in import IncomingMail

T = TypeVar("T")
TAG_LENGTH = 8  # base32 characters of the signature: 40 bits
_TAG = re.compile(rf"advies-(\d{{1,12}})-([a-z2-7]{{{TAG_LENGTH}}})")
_SUBJECT_NUMBER = re.compile(
    r"\b(?:advies|advice|adv\.)\s*(?:nr\.?|nummer|no\.?|number|#)?\s*(\d{1,6})\b", re.IGNORECASE
)


def reply_secret(seed: str) -> bytes:
    """The key of the reply-address signatures, derived from a secret only the bot knows."""
    return hashlib.sha256(b"wijkbot reply address\x00" + seed.encode()).digest()


def advice_tag(advice_id: int, secret: bytes) -> str:
    """`advies-<id>-<signature>`: what goes after the + of the reply address."""
    mac = hmac.new(secret, f"advice:{advice_id}".encode(), hashlib.sha256).digest()
    signature = base64.b32encode(mac).decode("ascii").lower()[:TAG_LENGTH]
    return f"advies-{advice_id}-{signature}"


def reply_address(base: str, advice_id: int, secret: bytes) -> str:
    """The bot's address with the advice's signed tag: wijkbot+advies-12-k3f9x2ab@bo.nl."""
    local, at, domain = base.strip().rpartition("@")
    if not at or not local:
        raise ValueError(f"not an e-mail address: {base!r}")
    return f"{local.split('+', 1)[0]}+{advice_tag(advice_id, secret)}@{domain}"


def advice_of_address(address: str, secret: bytes) -> int | None:
    """The advice an address's tag names, if the signature is right; else None."""
    local = address.strip().lower().rpartition("@")[0]
    tag = local.partition("+")[2]
    found = _TAG.fullmatch(tag)
    if found is None:
        return None
    advice_id = int(found.group(1))
    if not hmac.compare_digest(advice_tag(advice_id, secret), tag):
        return None
    return advice_id


def advice_of_recipients(recipients: Iterable[str], secret: bytes) -> int | None:
    """The first recipient with a valid tag decides."""
    for address in recipients:
        found = advice_of_address(address, secret)
        if found is not None:
            return found
    return None


def advice_number_in_subject(subject: str) -> int | None:
    """The one advice number a subject names ("Re: Advies 4: Bomen"); None for none or two."""
    numbers = {int(found) for found in _SUBJECT_NUMBER.findall(subject)}
    return numbers.pop() if len(numbers) == 1 else None


class How(StrEnum):
    TOKEN = "token"
    THREAD = "thread"
    SUBJECT = "subject"
    POSTVAK = "postvak"
    NOBODY = "nobody"


@dataclass(frozen=True)
class Candidate:
    """An advice a mail may answer, with its group."""

    advice_id: int
    chat_id: int
    group: str  # the group's name as the bot writes it in mail subjects


@dataclass(frozen=True)
class Group:
    """A group that lists the sender as one of its gemeente addresses."""

    chat_id: int
    name: str


@dataclass(frozen=True)
class Route:
    how: How
    advice: Candidate | None = None
    chat_id: int | None = None  # the group it goes to (the advice's, or the postvak's)


def route(
    mail: IncomingMail,
    *,
    by_token: Candidate | None,
    by_thread: Candidate | None,
    by_subject: Sequence[Candidate],
    sender_groups: Sequence[Group],
) -> Route:
    """Decide, from what storage found for each way, where the mail goes.

    `by_subject` are the advices with the subject's number in `sender_groups` (the groups
    listing the sender as a gemeente address)."""
    if by_token is not None:
        return Route(How.TOKEN, by_token, by_token.chat_id)
    if by_thread is not None:
        return Route(How.THREAD, by_thread, by_thread.chat_id)
    subject_hits = _named(mail.subject, by_subject, lambda c: c.group) or list(by_subject)
    if len(subject_hits) == 1:
        return Route(How.SUBJECT, subject_hits[0], subject_hits[0].chat_id)
    if len(sender_groups) == 1:
        return Route(How.POSTVAK, None, sender_groups[0].chat_id)
    named = _named(f"{mail.subject}\n{mail.new_text}", sender_groups, lambda g: g.name)
    if len(named) == 1:
        return Route(How.POSTVAK, None, named[0].chat_id)
    return Route(How.NOBODY)


def _named(text: str, items: Sequence[T], name: Callable[[T], str]) -> list[T]:
    """The items whose name appears in the text (case and spacing ignored)."""
    folded = " ".join(text.lower().split())
    out = []
    for item in items:
        label = " ".join(name(item).lower().split())
        if label and label in folded:
            out.append(item)
    return out
