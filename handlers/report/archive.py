"""The report as the archive keeps it: "concept" until the next meeting of its kind approves it
(one press of the board, or /verslag vaststellen), then "vastgesteld" in the file; and "Mail het
verslag" to the group's addresses, once per version, also when pressed twice or after a
restart (a claim is stored before the mail server is asked, the mail after it accepted)."""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from domain.errors import DomainError
from domain.meetings import Meeting
from domain.minutes import MAIL_CLAIM, REPORT_MAIL, version
from domain.roles import Role
from handlers.i18n import Raw, label
from handlers.kit import mail
from handlers.kit.answering import plain
from handlers.kit.text import full_day, short
from handlers.kit.turn import Turn
from handlers.meetings.access import access_meeting
from handlers.report.build import Report, build, invited_people
from handlers.report.keyboards import ApprovePress, MailPress
from handlers.report.text import pages, report_html
from storage.report import ReportRepo

VERSION_KEY = {
    "concept": "report.mail.version.concept",
    "vastgesteld": "report.mail.version.vastgesteld",
}
FAILED_KEY = {
    "down": "advice.mail.failed.down",
    "login": "advice.mail.failed.login",
    "refused": "advice.mail.failed.refused",
}


async def report_of(turn: Turn, meeting: Meeting) -> Report:
    board = await turn.board()
    conn = await turn.conn()
    return await build(
        conn, turn.chat, meeting, board, await invited_people(conn, turn.chat, meeting, board)
    )


def filename(turn: Turn, meeting: Meeting) -> str:
    return turn.t("report.doc.file", day=meeting.starts_at.astimezone(turn.tz).date().isoformat())


async def on_press(turn: Turn) -> None:
    """rpt:m (mail) and rpt:v (approve the earlier report): the board, in the group. Nothing
    is edited, so the buttons also work under a file (the approved report)."""
    press = turn.button(MailPress, ApprovePress)
    assert isinstance(press, MailPress | ApprovePress)
    turn.require_group()
    meeting = await access_meeting(turn, press.meeting_id)
    await turn.require(Role.BOARD)
    if isinstance(press, MailPress):
        await mail_report(turn, meeting)
        return
    earlier = await access_meeting(turn, press.previous_id)
    await approve(turn, meeting, earlier)


async def approve_command(turn: Turn, meeting: Meeting) -> None:
    """/verslag vaststellen: at this meeting, the earlier report of its kind is approved."""
    await turn.require(Role.BOARD)
    report = await report_of(turn, meeting)
    if report.previous is None:
        raise DomainError("report.approve.none")
    await approve(turn, meeting, report.previous)


async def approve(turn: Turn, meeting: Meeting, earlier: Meeting) -> None:
    """The earlier report is "vastgesteld" (once); the group gets the approved file, with
    "Mail het verslag" for the approved version."""
    assert turn.user is not None
    previous = await ReportRepo(await turn.conn()).previous_of_kind(meeting)
    if previous is None or previous.id != earlier.id:
        raise DomainError("report.approve.none")
    day = full_day(earlier.starts_at, turn.lang, turn.tz)
    repo = ReportRepo(await turn.conn())
    if not await repo.approve(earlier.id, turn.user.id, turn.now(), meeting.id):
        raise DomainError("report.approve.already", day=day)
    report = await report_of(turn, earlier)
    await turn.reply(turn.t("report.approved", day=day))
    await turn.reply_file(
        filename(turn, earlier),
        report_html(turn.lang, turn.chat, report, turn.now()),
        turn.t("report.doc.caption"),
        buttons=[[(turn.label("report.button.mail"), MailPress(earlier.id))]],
    )


async def mail_report(turn: Turn, meeting: Meeting) -> None:
    """✉️ Mail het verslag: this version of the report, to the group's addresses, once."""
    config = turn.svc.settings
    if config.smtp_url is None or not config.mail_from:
        await turn.reply(turn.t("report.mail.no_server"))
        return
    recipients = (await turn.group_settings()).emails(REPORT_MAIL)
    if not recipients:
        await turn.reply(turn.t("report.mail.no_address"))
        return
    report = await report_of(turn, meeting)
    which = version(report.approval)
    shown = turn.t(VERSION_KEY[which])
    repo = ReportRepo(await turn.conn())
    done = await repo.mailed(meeting.id, which)
    if done is not None and done[0] == "sent":
        day = full_day(done[1], turn.lang, turn.tz)
        await turn.notice(turn.t("report.mail.already", version=shown, day=day))
        return
    now = turn.now()
    if not await repo.claim_mail(meeting.id, which, ",".join(recipients), now, now - MAIL_CLAIM):
        await turn.notice(turn.t("report.mail.busy"))
        return
    email = _message(turn, report, recipients, config.mail_from, which)
    # the claim is stored first; the database is not held while the mail server answers
    await turn.unit.commit()
    server = mail.parse_smtp_url(config.smtp_url.get_secret_value())
    try:
        await mail.send(server, email)
    except mail.MailError as exc:
        await ReportRepo(await turn.conn()).release_mail(meeting.id, which)
        await turn.reply(turn.t(FAILED_KEY[exc.kind], reason=short(exc.reason, 300)))
        return
    await ReportRepo(await turn.conn()).mail_sent(meeting.id, which, email["Message-ID"], now)
    to = Raw(html.escape(", ".join(recipients)))
    await turn.notice(turn.t("report.mail.sent", version=shown, to=to))


def _message(
    turn: Turn, report: Report, recipients: tuple[str, ...], sender: str, which: str
) -> EmailMessage:
    """The report as the mail's text, its printable file attached."""
    lang = turn.lang
    meeting = report.meeting
    kind = report.kind.name if report.kind is not None else ""
    day = full_day(meeting.starts_at, lang, ZoneInfo(turn.chat.timezone))
    shown = label(lang, VERSION_KEY[which])
    email = EmailMessage()
    email["From"] = sender
    email["To"] = ", ".join(recipients)
    email["Subject"] = label(
        lang, "report.mail.subject", kind=kind, group=turn.chat.name, day=day, version=shown
    )
    email["Date"] = format_datetime(turn.now())
    email["Message-ID"] = mail.new_message_id(sender)
    intro = label(
        lang, "report.mail.intro", kind=kind.lower(), group=turn.chat.name, day=day, version=shown
    )
    text = "\n\n".join(plain(page) for page in pages(lang, turn.chat, report, turn.now()))
    email.set_content(intro + "\n\n" + text)
    email.add_attachment(
        report_html(lang, turn.chat, report, turn.now()),
        maintype="text",
        subtype="html",
        filename=filename(turn, meeting),
    )
    return email
