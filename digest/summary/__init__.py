"""Summarising: splitting text into sentences and choosing the key ones."""
