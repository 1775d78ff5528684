"""Where incoming mail belongs (domain/mail_route.py): signed reply addresses, thread and subject
matching in that order, the postvak, and nothing across groups."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from domain.mail_in import IncomingMail, parse_mail
from domain.mail_route import (
    Candidate,
    Group,
    How,
    advice_number_in_subject,
    advice_of_address,
    advice_of_recipients,
    advice_tag,
    reply_address,
    reply_secret,
    route,
)

SECRET = reply_secret("123456:test-token")
OTHER = reply_secret("654321:another-bot")


def test_a_reply_address_carries_a_signed_tag() -> None:
    address = reply_address("Wijkbot@loosduinen.nl", 12, SECRET)
    local, domain = address.split("@")
    assert domain == "loosduinen.nl"
    assert local.startswith("Wijkbot+advies-12-")
    assert len(local.rpartition("-")[2]) == 8
    assert advice_of_address(address, SECRET) == 12
    assert advice_of_address(address.upper(), SECRET) == 12  # mail systems may change case


def test_a_plus_in_the_base_is_replaced() -> None:
    assert reply_address("bot+old@x.nl", 3, SECRET).startswith("bot+advies-3-")


def test_a_base_that_is_no_address_is_refused() -> None:
    with pytest.raises(ValueError, match="not an e-mail address"):
        reply_address("wijkbot", 1, SECRET)


@pytest.mark.parametrize(
    "address",
    [
        "wijkbot@loosduinen.nl",  # no tag
        "wijkbot+advies-12@loosduinen.nl",  # no signature
        "wijkbot+advies-12-aaaaaaaa@loosduinen.nl",  # guessed signature
        "wijkbot+advies-13-{sig12}@loosduinen.nl",  # advice 12's signature on 13
        "wijkbot+advies-12-{sig12}x@loosduinen.nl",  # one character more
        "wijkbot+advies-12-{other}@loosduinen.nl",  # another bot's signature
        "not an address",
    ],
)
def test_a_forged_or_unknown_tag_matches_nothing(address: str) -> None:
    sig12 = advice_tag(12, SECRET).rpartition("-")[2]
    other = advice_tag(12, OTHER).rpartition("-")[2]
    assert advice_of_address(address.format(sig12=sig12, other=other), SECRET) is None


def test_the_first_tagged_recipient_decides() -> None:
    recipients = ["secretaris@loosduinen.nl", reply_address("w@x.nl", 7, SECRET)]
    assert advice_of_recipients(recipients, SECRET) == 7
    assert advice_of_recipients(["secretaris@loosduinen.nl"], SECRET) is None


@pytest.mark.parametrize(
    ("subject", "number"),
    [
        ("Re: Advies 4: Herinrichting Haagse Beek (Commissie Loosduinen)", 4),
        ("RE: advies nr. 12 bomenkap", 12),
        ("Antw: Advies #7", 7),
        ("FW: Advice 3: Trees", 3),
        ("Re: Advies 4 en advies 4", 4),
        ("Re: Advies 4 en advies 5", None),
        ("Reactie op uw brief van 12 december", None),
        ("Adviesraad 2025", None),
    ],
)
def test_the_advice_number_in_a_subject(subject: str, number: int | None) -> None:
    assert advice_number_in_subject(subject) == number


def _mail(subject: str = "Re: Advies 4", text: str = "Ontvangen.") -> IncomingMail:
    message = EmailMessage()
    message["From"] = "official@denhaag.nl"
    message["Subject"] = subject
    message.set_content(text + "\n")
    return parse_mail(message.as_bytes())


A4 = Candidate(advice_id=40, chat_id=-100, group="Commissie Loosduinen")
B4 = Candidate(advice_id=41, chat_id=-200, group="BO Duindorp")
LOOSDUINEN = Group(-100, "Commissie Loosduinen")
DUINDORP = Group(-200, "BO Duindorp")


def test_the_token_wins_over_thread_and_subject() -> None:
    token = Candidate(1, -300, "Wijkraad Kijkduin")
    decided = route(_mail(), by_token=token, by_thread=A4, by_subject=[B4], sender_groups=[])
    assert (decided.how, decided.advice, decided.chat_id) == (How.TOKEN, token, -300)


def test_the_thread_wins_over_the_subject() -> None:
    decided = route(_mail(), by_token=None, by_thread=A4, by_subject=[B4], sender_groups=[])
    assert (decided.how, decided.advice) == (How.THREAD, A4)


def test_the_subject_matches_one_advice_of_the_senders_group() -> None:
    decided = route(
        _mail(), by_token=None, by_thread=None, by_subject=[A4], sender_groups=[LOOSDUINEN]
    )
    assert (decided.how, decided.advice, decided.chat_id) == (How.SUBJECT, A4, -100)


def test_two_groups_with_that_number_are_told_apart_by_the_group_name() -> None:
    mail = _mail("Re: Advies 4: Bomen (BO Duindorp)")
    decided = route(
        mail, by_token=None, by_thread=None, by_subject=[A4, B4], sender_groups=[LOOSDUINEN]
    )
    assert decided.advice == B4


def test_two_groups_with_that_number_and_no_name_go_nowhere() -> None:
    decided = route(_mail(), by_token=None, by_thread=None, by_subject=[A4, B4], sender_groups=[])
    assert decided.how is How.NOBODY


def test_unmatched_mail_of_one_groups_gemeente_address_goes_to_its_postvak() -> None:
    decided = route(
        _mail("Vraag"), by_token=None, by_thread=None, by_subject=[], sender_groups=[DUINDORP]
    )
    assert (decided.how, decided.chat_id, decided.advice) == (How.POSTVAK, -200, None)


def test_an_address_of_several_groups_needs_the_group_named() -> None:
    named = route(
        _mail("Vraag", "Een vraag aan de commissie loosduinen over de planning."),
        by_token=None,
        by_thread=None,
        by_subject=[],
        sender_groups=[LOOSDUINEN, DUINDORP],
    )
    assert (named.how, named.chat_id) == (How.POSTVAK, -100)
    unnamed = route(
        _mail("Vraag"),
        by_token=None,
        by_thread=None,
        by_subject=[],
        sender_groups=[LOOSDUINEN, DUINDORP],
    )
    assert unnamed.how is How.NOBODY


def test_mail_from_anyone_else_goes_nowhere() -> None:
    decided = route(_mail(), by_token=None, by_thread=None, by_subject=[], sender_groups=[])
    assert decided.how is How.NOBODY
    assert decided.chat_id is None
