"""Reading incoming mail (domain/mail_in.py): replies as Dutch officials send them, HTML-only and
broken mail, attachments over the cap, and automatic replies."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from bench.versus_mail_parser_reply import corpus
from domain.mail_in import (
    ATTACHMENT_CAP,
    Automatic,
    acknowledges,
    html_to_text,
    message_ids,
    parse_mail,
    reply_text,
)

CASES = corpus()


def test_the_corpus_is_there() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_new_text_of_a_reply(name: str, body: str, expected: str) -> None:
    assert reply_text(body) == expected


def _mail(**headers: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = headers.pop("From", "Marieke Bakker <Marieke.Bakker@denhaag.nl>")
    mail["To"] = headers.pop("To", "wijkbot+advies-12-k3f9x2ab@loosduinen.nl")
    mail["Subject"] = headers.pop("Subject", "RE: Advies 4: Herinrichting Haagse Beek")
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    return mail


def test_headers_are_read() -> None:
    mail = _mail(
        Cc="Secretariaat <secretaris@loosduinen.nl>",
        Date="Tue, 03 Dec 2024 10:15:00 +0100",
        Message_ID="<reply-1@denhaag.nl>",
        In_Reply_To="<chase-2@loosduinen.nl>",
        References="<chase-1@loosduinen.nl> <chase-2@loosduinen.nl>",
    )
    mail.set_content("Ontvangen, dank u.\n\nMet vriendelijke groet,\nMarieke\n")
    parsed = parse_mail(mail.as_bytes())
    assert parsed.sender == "marieke.bakker@denhaag.nl"
    assert parsed.sender_name == "Marieke Bakker"
    assert parsed.recipients == (
        "wijkbot+advies-12-k3f9x2ab@loosduinen.nl",
        "secretaris@loosduinen.nl",
    )
    assert parsed.date == datetime(2024, 12, 3, 9, 15, tzinfo=UTC)
    assert parsed.subject == "RE: Advies 4: Herinrichting Haagse Beek"
    assert parsed.message_id == "<reply-1@denhaag.nl>"
    assert parsed.thread == ("<chase-2@loosduinen.nl>", "<chase-1@loosduinen.nl>")
    assert parsed.new_text == "Ontvangen, dank u."
    assert parsed.automatic is None
    assert not parsed.html_only


def test_encoded_subject_and_name() -> None:
    raw = (
        b"From: =?utf-8?q?Ren=C3=A9e_de_Groot?= <renee@denhaag.nl>\r\n"
        b"To: wijkbot@loosduinen.nl\r\n"
        b"Subject: =?iso-8859-1?q?Re=3A_Advies_4=3A_caf=E9_op_het_plein?=\r\n"
        b"\r\n"
        b"Ontvangen.\r\n"
    )
    parsed = parse_mail(raw)
    assert parsed.sender_name == "Renée de Groot"
    assert parsed.subject == "Re: Advies 4: café op het plein"


def test_plain_text_wins_over_html_in_an_alternative() -> None:
    mail = _mail()
    mail.set_content("De platte tekst.\n")
    mail.add_alternative("<p>De <b>HTML</b> tekst.</p>", subtype="html")
    parsed = parse_mail(mail.as_bytes())
    assert parsed.text == "De platte tekst."
    assert not parsed.html_only


OUTLOOK_HTML = """<html><head><style>p.MsoNormal {margin:0}</style></head><body>
<div class="WordSection1">
<p class="MsoNormal">Geachte heer De Vries,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Het college neemt uw advies over. De brief volgt&nbsp;volgende week.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Met vriendelijke groet,</p>
<p class="MsoNormal"><b>Marieke Bakker</b><br>Gebiedsregisseur Loosduinen</p>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><font face="Calibri"><b>Van:</b> Wijkbot &lt;wijkbot@loosduinen.nl&gt;<br>
<b>Verzonden:</b> dinsdag 3 december 2024 10:15<br>
<b>Aan:</b> Bakker, Marieke &lt;marieke.bakker@denhaag.nl&gt;<br>
<b>Onderwerp:</b> Advies 4: Herinrichting Haagse Beek</font></div>
<p>Geachte heer, mevrouw, op 5 november stuurden wij u ons advies.</p>
</div></body></html>"""


def test_html_only_outlook_mail_becomes_text_without_the_history() -> None:
    mail = _mail()
    mail.set_content(OUTLOOK_HTML, subtype="html")
    parsed = parse_mail(mail.as_bytes())
    assert parsed.html_only
    assert "Het college neemt uw advies over. De brief volgt volgende week." in parsed.text
    assert "<" not in parsed.text.replace("<wijkbot@", "").replace("<marieke", "")
    assert parsed.new_text == (
        "Geachte heer De Vries,\n\nHet college neemt uw advies over. De brief volgt volgende week."
    )


GMAIL_HTML = """<div dir="ltr">Ontvangen, we komen erop terug.<div><br></div><div>Groet,</div>
<div>Sanne</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Op di 3 dec
2024 om 10:15 schreef Wijkbot &lt;<a href="mailto:wijkbot@loosduinen.nl">wijkbot@loosduinen.nl</a>
&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Geachte heer,
mevrouw,<br><br>Op 5 november stuurden wij u ons advies.</blockquote></div>"""


def test_html_only_gmail_mail_quotes_become_quoted_lines() -> None:
    text = html_to_text(GMAIL_HTML)
    assert "> Geachte heer, mevrouw," in text
    assert reply_text(text) == "Ontvangen, we komen erop terug."


def test_html_skips_scripts_styles_and_keeps_lists_and_preformatted_text() -> None:
    text = html_to_text(
        "<style>body{color:red}</style><script>alert(1)</script><ul><li>een</li><li>twee</li>"
        "</ul><pre>regel 1\n  regel 2</pre>"
    )
    assert text == "- een\n- twee\nregel 1\n  regel 2"


def test_an_unknown_charset_is_read_with_replacement_characters() -> None:
    raw = (
        b"From: a@denhaag.nl\r\nTo: wijkbot@loosduinen.nl\r\nSubject: Advies 4\r\n"
        b"Content-Type: text/plain; charset=x-klingon\r\n\r\n"
        b"Caf\xe9 \xff\xfe ontvangen\r\n"
    )
    parsed = parse_mail(raw)
    assert parsed.text.startswith("Café")
    assert parsed.text.endswith("ontvangen")


def test_utf8_without_a_charset_is_read_as_utf8() -> None:
    raw = "From: a@denhaag.nl\r\nSubject: x\r\n\r\nReactie op één punt\r\n".encode()
    assert parse_mail(raw).text == "Reactie op één punt"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe garbage without headers",
        b"From: <<<>>>\r\nDate: gisteren rond drieen\r\nMessage-ID: \r\n\r\nTekst",
        b"From: a@b.nl\r\nContent-Type: multipart/mixed; boundary=XYZ\r\n\r\n--XYZ\r\n"
        b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@not base64!!\r\n",
        b"From: a@b.nl\r\nContent-Type: multipart/alternative\r\n\r\nno boundary at all",
        b"Subject: =?utf-8?b?broken====?=\r\nFrom: =?x-none?q?x?= <a@b.nl>\r\n\r\nbody",
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<p><b>unclosed <div><blockquote>quote",
        b"From: a@b.nl\r\nContent-Type: message/rfc822\r\n\r\nnot a message",
    ],
)
def test_broken_mail_never_raises(raw: bytes) -> None:
    parsed = parse_mail(raw)
    assert isinstance(parsed.text, str)
    assert parsed.date is None or parsed.date.tzinfo is not None


def test_broken_headers_are_counted_as_defects() -> None:
    raw = (
        b"From: a@b.nl\r\nContent-Type: multipart/mixed; boundary=XYZ\r\n\r\n--XYZ\r\n"
        b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"QUJD=X\r\n--XYZ--\r\n"
    )
    assert parse_mail(raw).defects >= 1


def test_attachments_keep_name_type_size_and_a_big_one_is_refused() -> None:
    mail = _mail()
    mail.set_content("In de bijlage de reactie.\n")
    mail.add_attachment(
        b"%PDF-1.4 reactie", maintype="application", subtype="pdf", filename="reactie.pdf"
    )
    mail.add_attachment(
        b"x" * (ATTACHMENT_CAP + 1), maintype="application", subtype="zip", filename="groot.zip"
    )
    parsed = parse_mail(mail.as_bytes())
    small, big = parsed.attachments
    assert (small.name, small.content_type, small.size) == ("reactie.pdf", "application/pdf", 16)
    assert small.data == b"%PDF-1.4 reactie"
    assert not small.refused
    assert (big.name, big.size, big.data) == ("groot.zip", ATTACHMENT_CAP + 1, None)
    assert big.refused
    assert parsed.text == "In de bijlage de reactie."


def test_a_logo_in_the_signature_is_no_attachment() -> None:
    mail = _mail()
    mail.set_content("Tekst\n")
    mail.add_alternative('<p>Tekst</p><img src="cid:logo">', subtype="html")
    html = mail.get_payload()[1]
    html.add_related(b"\x89PNG logo", maintype="image", subtype="png", cid="<logo>")
    assert parse_mail(mail.as_bytes()).attachments == ()


def test_a_forwarded_message_is_one_attachment() -> None:
    inner = _mail(Subject="Reactie afdeling Verkeer")
    inner.set_content("De afdeling neemt het advies over.\n")
    mail = _mail()
    mail.set_content("Ter info.\n")
    mail.add_attachment(inner)
    (forwarded,) = parse_mail(mail.as_bytes()).attachments
    assert forwarded.name == "Reactie afdeling Verkeer.eml"
    assert forwarded.content_type == "message/rfc822"
    assert forwarded.data is not None
    assert b"De afdeling neemt" in forwarded.data


def test_message_ids() -> None:
    assert message_ids("<a@b> <c@d>\r\n <e@f>") == ("<a@b>", "<c@d>", "<e@f>")
    assert message_ids("bare@id") == ("<bare@id>",)
    assert message_ids("") == ()


@pytest.mark.parametrize(
    ("headers", "body", "kind"),
    [
        ({"Auto_Submitted": "auto-replied"}, "Ik ben tot 6 januari afwezig.", "out_of_office"),
        (
            {"X_Autoreply": "yes"},
            "Wij hebben uw bericht in goede orde ontvangen.",
            "acknowledgement",
        ),
        ({"X_Autorespond": "1"}, "Bedankt.", "other"),
        ({"Precedence": "auto_reply"}, "We have received your message.", "acknowledgement"),
        ({"Subject": "Automatisch antwoord: Advies 4"}, "Tot maandag.", "out_of_office"),
        ({"Subject": "Afwezigheidsmelding"}, "Niet op kantoor.", "out_of_office"),
        ({"Subject": "Out of Office: Advies 4"}, "Back on Monday.", "out_of_office"),
        ({"Subject": "Afwezig: Advies 4"}, "Ik ben tot 4 januari met vakantie.", "out_of_office"),
        ({"Subject": "Niet aanwezig: RE: Advies 4"}, "Tot maandag.", "out_of_office"),
        ({"Subject": "RE: Afwezig bij de wijkschouw"}, "Dan schuiven we het door.", None),
        (
            {"Auto_Submitted": "auto-generated"},
            "Uw e-mail is ontvangen onder nr 12.",
            "acknowledgement",
        ),
        ({"Auto_Submitted": "no"}, "Ontvangen, dank.", None),
        ({}, "Ik ben volgende week afwezig, maar hierbij alvast onze reactie.", None),
    ],
)
def test_automatic_replies(headers: dict[str, str], body: str, kind: str | None) -> None:
    mail = _mail(**headers)
    mail.set_content(body + "\n")
    parsed = parse_mail(mail.as_bytes())
    assert parsed.automatic == (Automatic(kind) if kind else None)


def test_a_delivery_failure_is_a_bounce() -> None:
    raw = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.denhaag.nl>\r\n"
        b"To: wijkbot@loosduinen.nl\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
        b"--B\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--B--\r\n"
    )
    parsed = parse_mail(raw)
    assert parsed.automatic is Automatic.BOUNCE
    assert parsed.attachments == ()


def test_a_person_confirming_receipt_is_no_machine_but_acknowledges() -> None:
    mail = _mail(Subject="Ontvangstbevestiging advies 4")
    mail.set_content("Uw advies is in goede orde ontvangen.\n\nGroet,\nMarieke\n")
    parsed = parse_mail(mail.as_bytes())
    assert parsed.automatic is None
    assert acknowledges(parsed)
