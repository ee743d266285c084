"""Groups, channels and forum topics: membership, admins, who may change what, /channel, threads."""
