"""Direct quotes: finding quoted passages, naming who said them, choosing those that carry the story."""
