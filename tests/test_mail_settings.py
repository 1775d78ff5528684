"""The mail settings: IMAP_URL (imaps://, plain imap:// only on this machine), REPLY_ADDRESS,
errors that name the setting and never the password, and the log filter for the passwords."""

from __future__ import annotations

import logging

import pytest

from bot.logs import RedactSecrets, password_secrets
from handlers.kit.config import SettingsError, load_settings
from handlers.kit.imap import parse_imap_url

# --- IMAP_URL -------------------------------------------------------------------------------


def test_imaps_url() -> None:
    server = parse_imap_url("imaps://bo%40x.nl:ge%20heim@imap.x.nl/Antwoorden")
    assert (server.host, server.port, server.use_tls) == ("imap.x.nl", 993, True)
    assert (server.username, server.password, server.folder) == ("bo@x.nl", "ge heim", "Antwoorden")
    assert server.name == "bo@x.nl@imap.x.nl:993/Antwoorden"
    assert "ge heim" not in repr(server)


def test_plain_imap_only_on_this_machine() -> None:
    assert parse_imap_url("imap://u:p@127.0.0.1:1143").folder == "INBOX"
    assert parse_imap_url("imap://u:p@localhost").port == 143
    with pytest.raises(ValueError, match="only for a server on this machine"):
        parse_imap_url("imap://u:p@imap.example.nl/INBOX")


@pytest.mark.parametrize(
    "url", ["https://u:p@x.nl", "imaps://imap.x.nl/INBOX", "imaps://u@x.nl", "imaps://u:p@x.nl:x"]
)
def test_bad_imap_urls_never_show_the_password(url: str) -> None:
    with pytest.raises(ValueError, match="imaps://user:password@host/INBOX") as caught:
        parse_imap_url(url)
    assert ":p@" not in str(caught.value)


# --- settings and the log -------------------------------------------------------------------


def test_imap_url_and_reply_address_settings() -> None:
    settings = load_settings(
        imap_url="imaps://bot%40bo.nl:s3cret-pass@imap.bo.nl/INBOX",
        mail_from="Wijkbot <wijkbot@bo.nl>",
        _env_file=None,
    )
    assert settings.imap_url is not None
    assert "s3cret" not in repr(settings)
    assert settings.reply_base == "wijkbot@bo.nl"
    other = load_settings(
        mail_from="Wijkbot <wijkbot@bo.nl>", reply_address="antwoord@bo.nl", _env_file=None
    )
    assert other.reply_base == "antwoord@bo.nl"


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"imap_url": "imap://u:s3cret-pass@mail.bo.nl/INBOX"}, "IMAP_URL: use imaps://"),
        ({"reply_address": "geen adres"}, "REPLY_ADDRESS: 'geen adres' is not an e-mail"),
    ],
)
def test_bad_mail_settings_name_the_setting(overrides: dict[str, str], expected: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(**overrides, _env_file=None)
    assert str(caught.value).startswith(expected)
    assert "s3cret" not in str(caught.value)


def test_the_log_never_shows_the_mail_passwords() -> None:
    settings = load_settings(
        imap_url="imaps://bot:p%40ss-word-1@imap.bo.nl/INBOX",
        smtp_url="smtps://bot:smtp-secret-2@smtp.bo.nl:465",
        _env_file=None,
    )
    redact = RedactSecrets(password_secrets(settings))
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "login %s / %s / %s", None, None)
    record.args = ("p@ss-word-1", "p%40ss-word-1", "smtp-secret-2")
    redact.filter(record)
    assert record.getMessage() == "login <PASSWORD> / <PASSWORD> / <PASSWORD>"
