"""A real IMAP server on 127.0.0.1 for the tests: pymap's in-memory backend, in its own process.

Mail arrives the way a mail server would put it there: APPEND over IMAP (`deliver`). `stop()`
and `start()` take the server away and bring it back on the same port; the in-memory backend
starts empty again then, with a new UIDVALIDITY, as a rebuilt mailbox would.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aioimaplib import aioimaplib

USER, PASSWORD = "wijkbot", "geheim wachtwoord"
_START = "from pymap.main import main; main()"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ImapTestServer:
    """pymap on 127.0.0.1:`port` with one user; `url` is what IMAP_URL would say."""

    def __init__(self, port: int, log: Path) -> None:
        self.port = port
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"imap://{USER}:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{self.port}/INBOX"

    def start(self, timeout: float = 20.0) -> None:
        assert self.process is None, "already running"
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _START,
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--no-tls",
                    "dict",
                    "--demo-user",
                    USER,
                    "--demo-password",
                    PASSWORD,
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"pymap exited: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("pymap did not start listening") from None
                time.sleep(0.05)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    async def deliver(self, *messages: bytes) -> list[int]:
        """Put messages in the INBOX (APPEND, as a delivery agent would); their UIDs."""
        client = aioimaplib.IMAP4(host="127.0.0.1", port=self.port, timeout=30)
        await client.wait_hello_from_server()
        await client.login(USER, PASSWORD)
        uids = []
        for raw in messages:
            response = await client.append(raw, mailbox="INBOX")
            assert response.result == "OK", response
            found = [line for line in response.lines if b"APPENDUID" in line]
            uids.append(int(found[0].split()[2].rstrip(b"]")) if found else 0)
        await client.logout()
        return uids

    async def flags(self) -> dict[int, str]:
        """UID -> the flags the server holds (the bot must change none of them)."""
        client = aioimaplib.IMAP4(host="127.0.0.1", port=self.port, timeout=30)
        await client.wait_hello_from_server()
        await client.login(USER, PASSWORD)
        await client.select("INBOX")
        response = await client.uid("fetch", "1:*", "(UID FLAGS)")
        await client.logout()
        out = {}
        for line in response.lines[:-1]:
            text = bytes(line).decode()
            if "UID" in text and "FLAGS" in text:
                uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                out[uid] = text.split("FLAGS (")[1].split(")")[0]
        return out


@contextmanager
def local_imap() -> Iterator[ImapTestServer]:
    """A running pymap for the length of the block."""
    with tempfile.TemporaryDirectory(prefix="wijkbot-imap-") as folder:
        server = ImapTestServer(free_port(), Path(folder) / "pymap.log")
        server.start()
        try:
            yield server
        finally:
            server.stop()


def message(
    number: int = 1,
    *,
    sender: str = "Marieke Bakker <marieke.bakker@denhaag.nl>",
    to: str = "wijkbot@loosduinen.nl",
    subject: str = "Re: Advies 4",
    body: str = "Ontvangen, dank u.",
    headers: str = "",
) -> bytes:
    """A small plain-text mail, numbered in its Message-ID."""
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: Tue, 03 Dec 2024 10:15:00 +0100\r\nMessage-ID: <m{number}@denhaag.nl>\r\n"
        f"{headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()
