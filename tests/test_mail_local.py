"""Mail to a plain SMTP server on this machine (no TLS, no AUTH offered), whatever form of
SMTP_URL points at it; a remote server on 587 still gets STARTTLS required."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from handlers.kit import mail


class Inbox:
    def __init__(self) -> None:
        self.recipients: list[list[str]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        self.recipients.append(list(envelope.rcpt_tos))  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture
def plain_server() -> Iterator[tuple[Inbox, int]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.mark.parametrize(
    "url",
    [
        "smtp://127.0.0.1:{port}",
        "smtp://wijkbot:geheim@127.0.0.1:{port}",
        "smtp://wijkbot:geheim@localhost:{port}",
    ],
)
async def test_a_plain_local_server_gets_the_mail(
    plain_server: tuple[Inbox, int], url: str
) -> None:
    inbox, port = plain_server
    server = mail.parse_smtp_url(url.format(port=port))
    message = EmailMessage()
    message["From"] = "wijkbot@duindorp.nl"
    message["To"] = "wijkzaken@denhaag.nl"
    message["Subject"] = "Advies 1: Duinplein"
    message.set_content("Beste gemeente, wij wachten nog op uw ontvangstbevestiging.")
    await mail.send(server, message)
    assert inbox.recipients == [["wijkzaken@denhaag.nl"]]


def test_a_remote_server_on_587_must_upgrade() -> None:
    server = mail.parse_smtp_url("smtp://wijkbot:geheim@mail.example.nl:587")
    assert (server.start_tls, server.loopback, server.username) == (True, False, "wijkbot")
    assert mail.parse_smtp_url("smtps://u:p@mail.example.nl").port == 465
