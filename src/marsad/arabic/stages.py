"""Pipeline stages of the Arabic text layer."""

from __future__ import annotations

from marsad.arabic.sentences import split_sentences
from marsad.models import Doc, Span
from marsad.pipeline.stage import Resources, Stage

__all__ = ["SENTENCES", "sentences_stage"]


def sentences_stage(doc: Doc, res: Resources) -> None:
    """Fill ``doc.layer("sentence")`` with one span per sentence of the article text."""
    layer = doc.layer("sentence")
    for start, end in split_sentences(doc.text):
        layer.append(Span("sentence", start, end))


SENTENCES = Stage(
    name="sentences",
    version="2",  # 2: a bracket closed before the end mark no longer keeps the paragraph unsplit
    func=sentences_stage,
    requires=(),
    assigns=("sentence",),
    doc="Split the article text into sentences (Arabic end marks, quotes, abbreviations).",
)
