"""Sources: parsing RSS/Atom/RDF feeds, finding a site's feed, OPML and the built-in catalogue."""
