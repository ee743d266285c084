"""Reading what users share: links and pasted texts in, digests out, with their buttons, the read-later
list, the per-chat link limits, the page cache and the engine's process pool."""
