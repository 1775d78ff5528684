"""What the tests share; no test file imports another (tests/test_architecture.py checks it).

- `harness`: `Harness`, `START`, `TOKEN`: the real Application in-process against the fake Bot
  API and a fake clock (the `bot` fixture in tests/conftest.py builds one).
- `steps`: little steps many in-process tests start with (`board`, `setup_group`, `texts`).
- `arena`: one bot on its own event loop for hypothesis and the permissions table.
- `fakes`: a `telegram.Bot` against the fake, in-process or over HTTP.
- `process`: `python -m bot` as a process against fakegram's HTTP server (`launch`,
  `running_bot`, `said`, `until`, ...).
- `faketime`: the same with its system clock moved by libfaketime (`bot_at`, `needs_faketime`).
- `acceptance`: the `Scene` of the acceptance scenarios (a process per act, days apart).
- `mailserver`: a real SMTP server on 127.0.0.1 (aiosmtpd).
- `imapserver`: a real IMAP server on 127.0.0.1 (pymap, in-memory, in its own process); mail
  arrives by APPEND (`deliver`), `stop()`/`start()` take it away and bring it back.

Tests that use `process`, `faketime` or `acceptance` start a process: they are marked
`process`, and the everyday run `python -m pytest -m "not process"` leaves them out.
"""
