"""Outgoing e-mail over SMTP (aiosmtplib): where the server is, and one way to send.

`SMTP_URL` names the server: `smtp://user:password@mail.example.nl:587` uses STARTTLS (port
587, the default; other ports upgrade when the server offers it), `smtps://...:465` TLS from
the start. A server on this machine (127.0.0.1, localhost, ::1) may be a plain one, such as a
relay or a test server without TLS: there STARTTLS and the login are used when it offers them,
since nothing leaves the machine. Anything that goes wrong becomes a `MailError` whose `kind`
says what to tell people: the server is down or unreachable, the login was refused, or the
message was refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr
from urllib.parse import unquote, urlparse

import aiosmtplib

TIMEOUT = 20.0  # seconds; a board member is waiting for the answer to a button


class ServerError(Exception):
    """A mail server (SMTP or IMAP) said no: `kind` is what the group is told ("down",
    "login", "refused"), `reason` the server's own words for the log."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(f"{kind}: {reason}")
        self.kind = kind
        self.reason = reason


class MailError(ServerError):
    """Sending failed; `kind` is "down", "login" or "refused"."""


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    username: str | None
    password: str | None
    use_tls: bool
    start_tls: bool | None  # None: upgrade when the server offers it
    loopback: bool = False  # on this machine: TLS and login only when offered


LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def parse_smtp_url(url: str) -> SmtpServer:
    """`smtp://user:pass@host:587` -> the server; ValueError names what is wrong."""
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("smtp", "smtps") or not parsed.hostname:
        raise ValueError("use smtp://user:password@host:587 or smtps://user:password@host:465")
    tls = parsed.scheme == "smtps"
    port = parsed.port or (465 if tls else 587)
    loopback = parsed.hostname.lower() in LOOPBACK
    return SmtpServer(
        host=parsed.hostname,
        port=port,
        username=unquote(parsed.username) if parsed.username else None,
        password=unquote(parsed.password) if parsed.password else None,
        use_tls=tls,
        start_tls=None if tls or loopback else (True if port == 587 else None),
        loopback=loopback,
    )


def address_domain(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2] or "wijkbot.local"


def new_message_id(sender: str) -> str:
    """A globally unique Message-ID in the sender's domain, so replies thread."""
    return make_msgid(domain=address_domain(sender))


async def send(server: SmtpServer, message: EmailMessage) -> None:
    """Send one message; raises MailError, never anything else of aiosmtplib."""
    client = aiosmtplib.SMTP(
        hostname=server.host,
        port=server.port,
        use_tls=server.use_tls,
        start_tls=server.start_tls,
        timeout=TIMEOUT,
    )
    try:
        async with client:
            if server.username is not None:
                await client.ehlo()
                if client.supports_extension("auth") or not server.loopback:
                    await client.login(server.username, server.password or "")
            await client.send_message(message)
    except aiosmtplib.SMTPAuthenticationError as exc:
        raise MailError("login", exc.message or str(exc)) from exc
    except (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPTimeoutError) as exc:
        raise MailError("down", str(exc)) from exc
    except aiosmtplib.SMTPRecipientsRefused as exc:
        raise MailError("refused", "; ".join(str(r) for r in exc.recipients)) from exc
    except aiosmtplib.SMTPResponseException as exc:
        raise MailError("refused", f"{exc.code} {exc.message}") from exc
    except aiosmtplib.SMTPException as exc:
        raise MailError("down", str(exc)) from exc
    except OSError as exc:
        raise MailError("down", exc.strerror or str(exc)) from exc
