"""Everything the running Application calls: update handlers, jobs and Telegram rendering."""
