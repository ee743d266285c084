"""The daily digest: the rounds that send it, choosing its stories, its layout, and /digest previews."""
