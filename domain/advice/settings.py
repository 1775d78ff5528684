"""What a group may change about its advices (area "advice", shown in /instellingen)."""

from __future__ import annotations

from domain.settings import SettingKind, SettingSpec

ACK_DAYS = SettingSpec(
    "advice.ack_days",
    SettingKind.NUMBER,
    "10",
    "advice",
    words=("ontvangsttermijn", "ontvangst", "acknowledgement"),
    minimum=1,
    maximum=120,
    unit="setting.unit.workdays",
    label="setting.advice.ack_days.label",
    help="setting.advice.ack_days.help",
)
REPLY_PERIOD = SettingSpec(
    "advice.reply_period",
    SettingKind.DURATION,
    "6w",
    "advice",
    words=("reactietermijn", "reactie", "reply"),
    can_be_off=False,
    label="setting.advice.reply_period.label",
    help="setting.advice.reply_period.help",
)
VERY_LATE = SettingSpec(
    "advice.very_late",
    SettingKind.PERCENT,
    "200",
    "advice",
    words=("langtelaat", "verylate"),
    minimum=101,
    maximum=1000,
    label="setting.advice.very_late.label",
    help="setting.advice.very_late.help",
)
OVERVIEW = SettingSpec(
    "advice.overview",
    SettingKind.WEEKLY,
    "0 09:00",
    "advice",
    words=("adviesoverzicht", "adviceoverview"),
    label="setting.advice.overview.label",
    help="setting.advice.overview.help",
)
ESCALATION = SettingSpec(
    "advice.escalation",
    SettingKind.TEXT,
    "",
    "advice",
    words=("escalatie", "escalatiecontact", "escalation"),
    label="setting.advice.escalation.label",
    help="setting.advice.escalation.help",
)
GEMEENTE_MAIL = SettingSpec(
    "advice.gemeente_mail",
    SettingKind.EMAILS,
    "",
    "advice",
    words=("gemeentemail", "gemeenteadres", "municipalitymail"),
    label="setting.advice.gemeente_mail.label",
    help="setting.advice.gemeente_mail.help",
)
REPLY_TO = SettingSpec(
    "advice.reply_to",
    SettingKind.EMAIL,
    "",
    "advice",
    words=("antwoordadres", "secretaris", "replyto", "secretary"),
    label="setting.advice.reply_to.label",
    help="setting.advice.reply_to.help",
)
SETTINGS = (ACK_DAYS, REPLY_PERIOD, VERY_LATE, OVERVIEW, ESCALATION, GEMEENTE_MAIL, REPLY_TO)
