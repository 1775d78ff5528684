"""The gemeente official's view across all their groups (issue 20).

A gemeente contact (anyone listed with /gemeente in one or more groups) types /overzicht in
their private chat with the bot: every open advice and every open gemeente/stadsdeel action of
all those groups, overdue first, with the organisation, the deadline and how long it waits,
and buttons that do what the gemeente's buttons in the group do (acknowledge, answer), reported
in that group. Below it, per organisation, the response figures of its last 20 advices, in
alphabetical order: never a ranking. Nothing of a group where they are not a gemeente contact
shows, even when they are a member there.

`/overzicht wekelijks maandag 9:00` sets a weekly digest of what became due or overdue since
the previous one (one message for all groups, then how many are still open),
`/overzicht mail naam@gemeente.nl` sends it by e-mail as well (with SMTP_URL), `/overzicht prive
uit` only by e-mail, `/overzicht wekelijks uit` stops it. One pending engine event per person
(kind `official_digest`, in their private chat) is kept at the chosen moment.
"""
