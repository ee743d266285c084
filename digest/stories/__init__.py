"""Articles by meaning: topic queries, story clustering and ranking, embeddings and stems."""
