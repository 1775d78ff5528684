"""What a group may change about its advices (area "advice", shown in /instellingen)."""

from __future__ import annotations

from domain.settings import SettingKind, SettingSpec

ACK_DAYS = SettingSpec(
    "advice.ack_days",
    SettingKind.NUMBER,
    "10",
    "advice",
    words=("ontvangsttermijn", "ontvangst"),
    minimum=1,
    maximum=120,
    unit="workdays",
)
REPLY_PERIOD = SettingSpec(
    "advice.reply_period",
    SettingKind.DURATION,
    "6w",
    "advice",
    words=("reactietermijn", "reactie"),
    can_be_off=False,
)
VERY_LATE = SettingSpec(
    "advice.very_late",
    SettingKind.PERCENT,
    "200",
    "advice",
    words=("langtelaat",),
    minimum=101,
    maximum=1000,
)
OVERVIEW = SettingSpec(
    "advice.overview", SettingKind.WEEKLY, "0 09:00", "advice", words=("adviesoverzicht",)
)
ESCALATION = SettingSpec(
    "advice.escalation", SettingKind.TEXT, "", "advice", words=("escalatie", "escalatiecontact")
)
GEMEENTE_MAIL = SettingSpec(
    "advice.gemeente_mail",
    SettingKind.EMAILS,
    "",
    "advice",
    words=("gemeentemail", "gemeenteadres"),
)
REPLY_TO = SettingSpec(
    "advice.reply_to", SettingKind.EMAIL, "", "advice", words=("antwoordadres", "secretaris")
)
SETTINGS = (ACK_DAYS, REPLY_PERIOD, VERY_LATE, OVERVIEW, ESCALATION, GEMEENTE_MAIL, REPLY_TO)
