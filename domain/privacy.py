"""Privacy (AVG): how long a group's data is kept after the group removed the bot.

A group that removes Wijkbot keeps its data for a while (people re-add a bot they removed by
mistake, and its reminders wait for it); after `RETENTION` months it is deleted for good. The
group sets the period in /instellingen (privacy); /privacy tells it.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta

from domain.settings import SettingKind, SettingSpec

RETENTION = SettingSpec(
    "privacy.retention",
    SettingKind.NUMBER,
    "12",
    "privacy",
    words=("bewaartermijn", "bewaren", "retention"),
    minimum=1,
    maximum=120,
    unit="setting.unit.months",
    label="setting.privacy.retention.label",
    help="setting.privacy.retention.help",
)
# A confirmation button for wiping a group's data works only this long after it was shown.
WIPE_CONFIRM_WINDOW = timedelta(minutes=10)


def add_months(moment: datetime, months: int) -> datetime:
    """The same day and time `months` later (the 31st becomes the month's last day)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def retention_over(removed_at: datetime, months: int, now: datetime) -> bool:
    """Whether a group removed at `removed_at` has been gone longer than its retention."""
    return now >= add_months(removed_at, months)
