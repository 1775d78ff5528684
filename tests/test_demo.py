"""`python -m bot demo --script docs/demo.txt` plays the first-meeting story, real bot."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from handlers import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "demo.txt"


def _has_command(name: str) -> bool:
    return any(name in command.names for command in COMMANDS)


def test_demo_script_plays_through() -> None:
    env = {**os.environ, "PTB_TIMEDELTA": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo", "--script", str(SCRIPT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, f"stdout:\n{out}\nstderr:\n{result.stderr}"
    assert "Traceback" not in result.stderr
    assert "😕 Sorry" not in out
    # The greeting when Anna added the bot, before the script starts.
    assert out.index("Wijkbot: 👋 Hallo Bewonersorganisatie Duindorp!") < out.index("Anna: /help")
    # Help, for Anna and for Bram.
    assert out.count("📋 Wat Wijkbot kan") >= 2
    assert "Bram: /help" in out
    # Roles: Bram by replying to his message, Carla by her username.
    assert "Anna: >Bram /bestuur toevoegen" in out
    assert "Wijkbot: ✅ Bram hoort nu bij het bestuur." in out
    assert "Carla is nu contactpersoon van de gemeente" in out
    board = out[out.index("Anna: /bestuur\n") :]
    assert "• Bram" in board.split("\n\n# ")[0]
    if _has_command("herinner"):
        fired = out[out.index("~ +1d") :]
        assert re.search(r"🕒 \w+ \d+ \w+ om 19:30\nWijkbot: ⏰ Herinnering", fired)
        assert "bestuursvergadering in het buurthuis" in fired
        assert re.search(r"\[1\] [^\[\n]*Later\s+\[2\] [^\[\n]*Klaar", fired)
        assert "(Bram drukt op “✅ Klaar”)" in fired
        assert re.search(r"Wijkbot \(bewerkt\): ⏰ Herinnering[^#]*Klaar \(Bram\)", fired)
        weekly = out[out.index("~ +7d") :]
        assert re.search(r"🕒 maandag \d+ \w+ om 09:00\nWijkbot: ⏰ Herinnering", weekly)
        assert "wijkkrant rondbrengen" in weekly
    if _has_command("peiling"):
        story = out[out.index("Anna: /peiling Zullen we") :]
        assert "Nog niet gestemd: Bram" in story
        assert "Niet meegeteld (geen bestuur):\n• Carla: Tegen" in story
        assert "Uitkomst: aangenomen" in story
