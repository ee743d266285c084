"""Reading an article out of a page or a pasted text: extraction, cleaning, preview and paywall
detection, dates and the header lines of pasted news-app text."""
