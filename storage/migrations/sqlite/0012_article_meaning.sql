-- The meaning vector of an article's title and lead (`digest.stories.embed.pack`: the model's tag, then
-- float32 figures), computed once when the article is stored so a story round reads it instead of
-- embedding the article again. NULL for rows stored before: the round embeds those and writes the
-- vector back.
ALTER TABLE articles ADD COLUMN meaning BLOB;
