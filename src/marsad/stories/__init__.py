"""Stories: articles about one event grouped across outlets, and how each outlet tells it.

- ``syndication``: near-duplicate copies (MinHash + LSH buckets kept in the store).
- ``features`` / ``cluster``: incremental clustering — each new article joins the best
  candidate story (from an inverted index, inside a time window) or starts one.
- ``facts`` / ``compare``: agreements, disagreements, single-outlet claims, distinctive wording.
- ``digest`` / ``view``: timeline, quotes by speaker, extractive summary; ``story_view`` and
  ``list_stories`` are the data functions of the CLI and web views; ``summary.demo_section``
  is the ``marsad demo`` section.

Corpus steps (``pipeline.registry.CORPUS_STEPS``): ``syndication:syndication_step`` then
``cluster:cluster_step``.
"""
