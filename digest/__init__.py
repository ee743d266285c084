"""The Telegram-free engine: fetch, extract, clean, summarise, quote, feeds, topics and stories.

This package imports nothing of ours outside itself (a test enforces it), so it can be used
from the command line, from the bot and from a process pool alike.
"""
