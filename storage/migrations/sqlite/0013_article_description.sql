-- An article's description (its page's summary, else its feed entry's), the lead a story round reads
-- before the text's opening (`digest.stories.cluster`), as the extraction or the feed gave it. NULL for
-- rows stored before: those cluster on their text's opening, as they did.
ALTER TABLE articles ADD COLUMN description TEXT;
