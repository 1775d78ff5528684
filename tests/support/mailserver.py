"""A real SMTP server on 127.0.0.1 (aiosmtpd) for the tests: what arrives, as it arrived."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.policy import default
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword

USER, PASSWORD = "bo-duindorp", "geheim wachtwoord"


@dataclass
class Inbox:
    """What the local mail server received."""

    envelopes: list[Envelope] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:  # noqa: N802
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self) -> list[Message]:
        return [message_from_bytes(bytes(e.content or b""), policy=default) for e in self.envelopes]


SENDER = "Wijkbot BO Duindorp <wijkbot@bo-duindorp.nl>"


def mail_settings(port: int) -> dict[str, str]:
    """The bot's settings for the local server on `port`: SMTP_URL (with the login) and
    MAIL_FROM."""
    return {
        "smtp_url": f"smtp://{USER}:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{port}",
        "mail_from": SENDER,
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


@contextmanager
def local_smtp() -> Iterator[tuple[Inbox, int]]:
    """A server that accepts USER/PASSWORD (plain AUTH on loopback) and keeps every message."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticator,
        auth_require_tls=False,
        auth_required=False,  # plain AUTH is offered on loopback; required would warn
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()
