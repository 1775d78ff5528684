"""The version the bot reports (start-up log line, calendar files); kept with pyproject's."""

__version__ = "0.1.0"
