"""Minutes per agenda item (/notulen): what was said about an item, or in the rondvraag, at one
meeting; and the report as the archive keeps it (concept until the next meeting of its kind
approves it, mailed once per version). Pure rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.decisions import split_item_number
from domain.errors import DomainError
from domain.settings import SettingKind, SettingSpec

MAX_NOTE = 2000
ITEM = "item"  # a note on an agenda item (`item_id`)
RONDVRAAG = "rondvraag"  # a note in the rondvraag, which no member put on the agenda

_RONDVRAAG = re.compile(
    r"^(?:rondvraag|wvttk|any other business|aob)\s*[:.)-]?\s*(.*)$", re.I | re.S
)


@dataclass(frozen=True)
class Note:
    id: int
    meeting_id: int
    part: str  # ITEM, RONDVRAAG (or a standard item's key)
    text: str
    item_id: int | None = None
    author_id: int | None = None
    created_at: datetime | None = None


def split_note(text: str) -> tuple[int | str | None, str]:
    """ "3: tekst" -> (3, "tekst"); "rondvraag: tekst" -> ("rondvraag", "tekst"); a text
    without either -> (None, text)."""
    found = _RONDVRAAG.match(text.strip())
    if found is not None:
        return RONDVRAAG, found.group(1).strip()
    return split_item_number(text)


def clean_note(text: str) -> str:
    cleaned = "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()
    if not any(ch.isalnum() for ch in cleaned):
        raise DomainError("minutes.empty")
    if len(cleaned) > MAX_NOTE:
        raise DomainError("minutes.too_long", limit=MAX_NOTE)
    return cleaned


# --- the report as an archive keeps it ----------------------------------------------------------
# Setting, area "meetings": where "Mail het verslag" sends the report (members without Telegram).
REPORT_MAIL = SettingSpec(
    "report.mail",
    SettingKind.EMAILS,
    "",
    "meetings",
    words=("verslagmail", "verslagadressen", "ledenmail", "reportmail"),
    label="setting.report.mail.label",
    help="setting.report.mail.help",
)
CONCEPT = "concept"
APPROVED = "vastgesteld"
MAIL_CLAIM = timedelta(minutes=5)  # a mail being sent this long ago is taken to have failed


@dataclass(frozen=True)
class Approval:
    """A report marked "vastgesteld": when, by whom, at which meeting."""

    meeting_id: int
    approved_at: datetime
    approved_by: int | None
    at_meeting_id: int | None


def version(approval: Approval | None) -> str:
    """Which version of a report a file or a mail is: concept, or vastgesteld."""
    return APPROVED if approval is not None else CONCEPT
