"""Arabic named-entity recognition: Marsad's own model, trained on ANERcorp.

Library API::

    from marsad.nlp.ner import load_tagger
    tagger = load_tagger()
    tagger.tag(["زار", "ماكرون", "القاهرة"])  # -> ["O", "B-PERS", "B-LOC"]
    tagger.tag_text(text)                      # -> [Span(kind="mention", label="PER", ...)]

``NER`` is the pipeline stage (requires ``sentence``, assigns ``mention``);
``train_ner`` rebuilds the shipped model (``marsad train ner``).
"""

from marsad.nlp.ner.tagger import NER, Tagger, TaggerOptions, load_tagger
from marsad.nlp.ner.train import TrainOptions, TrainReport, train_ner

__all__ = ["NER", "Tagger", "TaggerOptions", "TrainOptions", "TrainReport", "load_tagger", "train_ner"]
