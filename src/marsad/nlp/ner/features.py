"""Feature templates of the NER model.

Every emission feature of token ``i`` describes ONE word of the window
``i-2 .. i+2`` (plus two word-pair features).  That decomposition is what
makes tagging fast: the summed weights a word type contributes at each
relative position (a 5 x n_tags matrix) are computed once per word type and
cached; scoring a sentence is then a few numpy additions (see ``tagger.py``).

Feature strings start with their position (``0``, ``-1``, ``+1``, ``-2``,
``+2``) so the same word-level template can be reused at every position.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.nlp.ner.lexicon import norm_word, word_forms

# Padding words; control characters so no real token can collide with them.
BOS = "\x02S"
EOS = "\x03E"
POSITIONS = ("0", "-1", "+1", "-2", "+2")  # order of the rows of a word's cached score matrix
# Keys of the word-cluster features by level (a word's clusters, coarse to fine: c0=..., c1=...).
_CL = tuple(f"c{i}=" for i in range(8))
_CS = tuple(f"cs{i}=" for i in range(8))


@dataclass(slots=True)
class FeatureExtractor:
    """Turns word types into feature strings, given the gazetteer and word-cluster maps.

    ``gazetteer``: normalised token -> space-separated flags (PERS, LOC_part, ...).
    ``clusters``: normalised word -> cluster ids, coarse to fine.
    """

    gazetteer: dict[str, str] = field(default_factory=dict)
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def _lex(self, word: str) -> tuple[str, str, str, list[str], tuple[str, ...], tuple[str, ...], str]:
        n, clitic, stem, shp = word_forms(word)
        flags = self.gazetteer.get(n, "").split()
        if stem != n:
            flags += ["s" + f for f in self.gazetteer.get(stem, "").split()]
            # "ال" + stem is the usual gazetteer form of a clitic-stripped word (وبالرياض -> الرياض).
            if clitic.endswith("ال") and "ال" + stem in self.gazetteer:
                flags += ["a" + f for f in self.gazetteer["ال" + stem].split()]
        cl = self.clusters.get(n, ())
        cs = self.clusters.get(stem, ()) if stem != n else cl
        if not cs and clitic.endswith("ال"):
            cs = self.clusters.get("ال" + stem, ())
        return n, clitic, stem, flags, cl, cs, shp

    def word_features(self, word: str) -> tuple[list[str], ...]:
        """Feature strings of ``word`` at each position of ``POSITIONS`` (five lists)."""
        core, near, far = self.word_groups(word)
        return (
            ["0" + f for f in core],
            ["-1" + f for f in near],
            ["+1" + f for f in near],
            ["-2" + f for f in far],
            ["+2" + f for f in far],
        )

    def word_groups(self, word: str) -> tuple[list[str], list[str], list[str]]:
        """``word_features`` without the positions: (the word's own features, to be read at 0; those seen
        from a neighbour, at -1 and +1; those seen from two words away, at -2 and +2).  The tagger looks
        these up per position, without building the prefixed strings (``Tagger._add``)."""
        if word in (BOS, EOS):
            return ["b"], [word], [word]
        n, clitic, stem, flags, cl, cs, shp = self._lex(word)
        core = [
            "b",
            "w=" + word,
            "n=" + n,
            "s=" + stem,
            "p=" + clitic,
            "sh=" + shp,
            "l=" + str(min(len(stem), 9)),
            "p2=" + n[:2],
            "p3=" + n[:3],
            "x1=" + n[-1:],
            "x2=" + n[-2:],
            "x3=" + n[-3:],
            "sp2=" + stem[:2],
            "sx2=" + stem[-2:],
            "sx3=" + stem[-3:],
            "sh|p=" + shp + clitic,
        ]
        gs = ["g=" + f for f in flags] if flags else []
        core += gs
        if len(cl) <= len(_CL) and len(cs) <= len(_CS):  # (the shipped clusters: 3 levels)
            ck, csk = list(map(str.__add__, _CL, cl)), list(map(str.__add__, _CS, cs))
        else:
            ck, csk = [f"c{i}=" + c for i, c in enumerate(cl)], [f"cs{i}=" + c for i, c in enumerate(cs)]
        core += ck
        core += csk
        if not cl:
            core.append("nocl")
        near = ["n=" + n, "s=" + stem, "p=" + clitic, "sh=" + shp, "x2=" + n[-2:], *gs, *ck[1:], *csk[1:]]
        far = [near[0], near[1]]
        if flags:
            far += [g for g in gs if not g.startswith(("g=s", "g=a"))]
        far += ck[1:2]
        return core, near, far


def pair_features(left: str, right: str) -> tuple[str, str]:
    """Word-pair features: (the pair seen from its right word, the pair seen from its left word)."""
    a, b = norm_word(left), norm_word(right)
    return "bl=" + a + "|" + b, "br=" + a + "|" + b


def sentence_features(fx: FeatureExtractor, words: list[str], cache: dict) -> list[list[str]]:
    """All feature strings of each token of a sentence (training path; tagging uses cached scores)."""
    padded = [BOS, BOS] + words + [EOS, EOS]
    wf = []
    for w in padded:
        f = cache.get(w)
        if f is None:
            f = cache[w] = fx.word_features(w)
        wf.append(f)
    out = []
    for i in range(len(words)):
        j = i + 2
        feats = wf[j][0] + wf[j - 1][1] + wf[j + 1][2] + wf[j - 2][3] + wf[j + 2][4]
        feats.append(pair_features(padded[j - 1], padded[j])[0])
        feats.append(pair_features(padded[j], padded[j + 1])[1])
        out.append(feats)
    return out
