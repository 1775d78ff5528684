"""Logging for `python -m bot`: one line per record, and the bot token never in any of them.

Python-telegram-bot logs its Bot API URLs at DEBUG, and those contain the token; an error page
or an exception text could too. Every handler of the root logger gets a filter that replaces
the token (and its secret half on its own) before anything is written, tracebacks included.
"""

from __future__ import annotations

import logging

from handlers.kit.config import Settings

REDACTED = "<BOT_TOKEN>"


class RedactSecrets(logging.Filter):
    """Replace secrets in a record's message and traceback text (it never drops a record)."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        # the whole token first, then its secret half, which is as good as the whole
        self.secrets = sorted({s for s in secrets if len(s) >= 8}, key=len, reverse=True)

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
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


def configure_logging(settings: Settings) -> None:
    """Root logging at LOG_LEVEL, quiet chatty libraries, and redact the token everywhere."""
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per timer re-arm
    redact = RedactSecrets(token_secrets(settings))
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
