"""Arabic named-entity recognition: Marsad's own models, trained on ANERcorp.

Profiles: ``accurate`` (default; a BiLSTM-CRF over SaudiNewsNet word vectors, a
character CNN and gazetteer/KB features, run in numpy and onnxruntime — ``neural.py``) and
``fast`` (an averaged perceptron — ``perceptron.py``).  Quality is measured on
held-out blocks of whole stories (``conll.split_blocks``, ``eval/eval_ner.py``).
Mentions that a news index does not show as entities (religious formulas,
currencies, units, function words) are dropped at linking (``non_entities.py``).

Library API::

    from marsad.nlp.ner import load_tagger
    tagger = load_tagger()                     # or load_tagger(profile="fast")
    tagger.tag(["زار", "ماكرون", "القاهرة"])  # -> ["O", "B-PERS", "B-LOC"]
    tagger.tag_text(text)                      # -> [Span(kind="mention", label="PER", ...)]

``NER`` is the pipeline stage (requires ``sentence``, assigns ``mention``);
``train_ner`` rebuilds the shipped model (``marsad train ner``).
"""

from marsad.nlp.ner.tagger import NER, Tagger, TaggerOptions, load_tagger
from marsad.nlp.ner.train import TrainOptions, TrainReport, train_ner

__all__ = ["NER", "Tagger", "TaggerOptions", "TrainOptions", "TrainReport", "load_tagger", "train_ner"]
