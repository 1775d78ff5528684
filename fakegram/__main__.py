"""``python -m fakegram --port 9000``: serve the fake Telegram Bot API until Ctrl-C."""

from fakegram.server import main

raise SystemExit(main())
