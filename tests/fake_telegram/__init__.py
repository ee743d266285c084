"""A strict fake Telegram Bot API server for tests; the real python-telegram-bot talks to it over HTTP."""
