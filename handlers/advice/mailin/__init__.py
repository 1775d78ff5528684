"""Replies by e-mail (issue 20): what the mailbox reader hands over is read, matched and shown in
the group it belongs to; the board says what it is; unmatched mail from a group's gemeente
address waits in that group's postvak (/post).

- Matching (`domain/mail_route.py`): the signed reply address, then the thread headers, then a
  gemeente address with the advice number in the subject. Anything else shows in no group and
  is counted in one log line (at most every 10 minutes); it stays in the mailbox.
- A matched mail is posted with its sender, date, new text and attachments (documents, each at
  most `ATTACHMENT_CAP`; a bigger one is named with a note), with the board's buttons "Dit is de
  ontvangstbevestiging", "Dit is de reactie" (then the outcome) and "Geen van beide". Marking it
  is the same step as the gemeente's own buttons, so the chase for that deadline is cancelled.
- An automatic reply never changes a state: an out-of-office, bounce or other machine mail is
  shown without buttons; an automatic acknowledgement is offered to the board as one.
- The post goes out first and is stored after (with the mailbox UID and the Message-ID, so the
  same mail is never shown twice in a group); Telegram away is `TryLater` for the reader.
"""
