"""Talking to Telegram: HTML rendering, sending, keyboards, button payloads, the error handler, resources."""
