"""Stories: articles about one event grouped across outlets, and how each outlet tells it.

- ``syndication``: near-duplicate copies (MinHash + LSH buckets kept in the store).
- ``features`` / ``pairs`` / ``grouping`` / ``cluster``: incremental clustering — each new
  article is scored against the placed articles sharing its identifying keys inside the
  time window with a learned pair model (``pairs``, weights in ``data/pair_model.json``,
  trained by ``train_pairs`` on the development stories of ``gold``), and joins the story
  of its best matches or starts one; days fed in order give the ``--rebuild`` partition.
- ``facts`` / ``compare``: agreements, disagreements, single-outlet claims, distinctive wording.
- ``digest`` / ``view``: timeline, quotes by speaker, extractive summary; ``story_view`` and
  ``list_stories`` are the data functions of the CLI and web views; ``summary.demo_section``
  is the ``marsad demo`` section.

Corpus steps (``pipeline.registry.CORPUS_STEPS``): ``syndication:syndication_step`` then
``cluster:cluster_step``.
"""
