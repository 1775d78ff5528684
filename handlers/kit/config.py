"""Settings from the environment and `.env`, validated once at start-up; the token never shows."""

from __future__ import annotations

import logging
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from domain.settings import is_email
from handlers.kit.imap import parse_imap_url
from handlers.kit.mail import parse_smtp_url

LANGUAGES = ("nl", "en")


class SettingsError(Exception):
    """A setting has a bad value; the message is one line that names it."""


class Settings(BaseSettings):
    """Everything the bot reads from its environment (see .env.example)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = Field(default=None)
    database_path: Path = Path("wijkbot.sqlite3")
    timezone: str = "Europe/Amsterdam"
    language: str = "nl"
    log_level: str = "INFO"
    telegram_api_url: str = "https://api.telegram.org/bot"
    # Outgoing mail (advice chases): unset means the bot shows the text to copy instead.
    smtp_url: SecretStr | None = Field(default=None)
    mail_from: str | None = None
    # Incoming mail (the gemeente's replies): unset means the bot reads no mailbox.
    imap_url: SecretStr | None = Field(default=None)
    # The address that mailbox receives, if not MAIL_FROM's: replies come back on it with a tag
    # after a + (wijkbot+advies-12-k3f9x2ab@...).
    reply_address: str | None = None
    # Flood control: more commands than this from one user in 30 s earn a pause (0 = off).
    flood_limit: int = Field(default=10, ge=0)

    @field_validator("bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("smtp_url", mode="before")
    @classmethod
    def _smtp_url(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        text = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
        parse_smtp_url(text)  # ValueError names the expected form, never the password
        return text

    @field_validator("imap_url", mode="before")
    @classmethod
    def _imap_url(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        text = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
        parse_imap_url(text)  # ValueError names the expected form, never the password
        return text

    @field_validator("mail_from", "reply_address", mode="before")
    @classmethod
    def _mail_address(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        address = parseaddr(str(value))[1]
        if not is_email(address):
            raise ValueError(f"{value!r} is not an e-mail address (example: Wijkbot <bot@bo.nl>)")
        return str(value).strip()

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r} (example: Europe/Amsterdam)") from exc
        return value

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        value = value.strip().lower()
        if value not in LANGUAGES:
            raise ValueError(f"must be one of {', '.join(LANGUAGES)}, not {value!r}")
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.strip().upper()
        if value not in logging.getLevelNamesMapping():
            raise ValueError(f"unknown log level {value!r} (DEBUG, INFO, WARNING, ERROR)")
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _url(cls, value: str) -> str:
        value = value.strip()
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError(
                f"{value!r} is not an http(s) URL (example: https://api.telegram.org/bot)"
            )
        return value

    @property
    def reply_base(self) -> str | None:
        """The address replies come back on (before its +tag): REPLY_ADDRESS, else MAIL_FROM's."""
        found = parseaddr(self.reply_address or self.mail_from or "")[1]
        return found or None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_file_url(self) -> str:
        """The file download URL that belongs to `telegram_api_url`."""
        base = self.telegram_api_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"


def load_settings(**overrides: object) -> Settings:
    """Read and validate the settings, or raise SettingsError with one line naming the setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"{name}: {message}") from None
