"""Subscriptions: topics and sources (feeds, OPML), the feed poller and the instant alerts it raises."""
