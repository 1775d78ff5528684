"""Logging for `python -m bot`: one line per record, and the bot token and the mail servers'
passwords never in any of them.

Python-telegram-bot logs its Bot API URLs at DEBUG, and those contain the token; an error page
or an exception text could too. Every handler of the root logger gets a filter that replaces
the token (and its secret half on its own) and the passwords in SMTP_URL and IMAP_URL (as typed
and decoded) before anything is written, tracebacks included. Our own code never logs them;
the filter is the net under it (for secrets of 8 characters or more: a shorter one would blank
out ordinary words).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from urllib.parse import unquote, urlparse

from handlers.kit.config import Settings

REDACTED = "<BOT_TOKEN>"
PASSWORD = "<PASSWORD>"


class RedactSecrets(logging.Filter):
    """Replace secrets in a record's message and traceback text (it never drops a record)."""

    def __init__(self, secrets: list[str] | Mapping[str, str]) -> None:
        super().__init__()
        shown = secrets if isinstance(secrets, Mapping) else dict.fromkeys(secrets, REDACTED)
        # the longest first: the whole token, then its secret half, which is as good as the whole
        self.secrets = sorted(
            ((s, label) for s, label in shown.items() if len(s) >= 8),
            key=lambda pair: len(pair[0]),
            reverse=True,
        )

    def _clean(self, text: str) -> str:
        for secret, label in self.secrets:
            text = text.replace(secret, label)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        cleaned = self._clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self._clean(record.stack_info)
        return True


def token_secrets(settings: Settings) -> list[str]:
    if settings.bot_token is None:
        return []
    token = settings.bot_token.get_secret_value()
    return [token, token.split(":", 1)[-1]]


def password_secrets(settings: Settings) -> dict[str, str]:
    """The mail servers' passwords, as typed in the URL and decoded."""
    found: dict[str, str] = {}
    for url in (settings.smtp_url, settings.imap_url):
        password = urlparse(url.get_secret_value()).password if url is not None else None
        if password:
            found[password] = found[unquote(password)] = PASSWORD
    return found


def configure_logging(settings: Settings) -> None:
    """Root logging at LOG_LEVEL, quiet chatty libraries, and redact the token everywhere."""
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per timer re-arm
    logging.getLogger("aioimaplib").setLevel(logging.WARNING)  # at DEBUG it logs whole mails
    redact = RedactSecrets(
        dict.fromkeys(token_secrets(settings), REDACTED) | password_secrets(settings)
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
