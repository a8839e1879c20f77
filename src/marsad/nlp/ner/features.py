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
        from a neighbour, at -1 and +1; those seen from two words away, at -2 and +2)."""
        if word in (BOS, EOS):
            return ["b"], [word], [word]
        core, near_at, far_at = self.word_picks(word)
        return core, [core[i] for i in near_at], [core[i] for i in far_at]

    def word_picks(self, word: str) -> tuple[list[str], tuple[int, ...], list[int]]:
        """``word_groups`` of a word (not a padding word) as its own features and the places among them of
        those seen from a neighbour and from two words away: each of those is one of its own, so the tagger
        looks each string up once, and builds none twice (``Tagger._add``)."""
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
        # near: n= s= p= sh= x2=, the gazetteer flags, the clusters but the coarsest (of the word, of its stem);
        # far: n= s=, the word's own flags (not its stem's «s...» nor its «ال» + stem's «a...»), its second cluster
        near_at = _near_at(len(gs), len(ck), len(csk))
        far_at = [2, 3]
        if gs:
            far_at += [_CORE + i for i, g in enumerate(gs) if not g.startswith(("g=s", "g=a"))]
        if len(ck) > 1:
            far_at.append(_CORE + len(gs) + 1)
        return core, near_at, far_at


# The word's own features before its gazetteer flags (``word_picks``), and where the near ones are among them.
_CORE = 16
_NEAR_FIXED = (2, 3, 4, 5, 10)  # n= s= p= sh= x2=
_NEAR_AT: dict[tuple[int, int, int], tuple[int, ...]] = {}


def _near_at(flags: int, clusters: int, stem_clusters: int) -> tuple[int, ...]:
    """The places of a word's features seen from a neighbour among its own (``word_picks``), by how many
    gazetteer flags, clusters and stem clusters it has (a handful of combinations: kept)."""
    key = (flags, clusters, stem_clusters)
    got = _NEAR_AT.get(key)
    if got is None:
        c0 = _CORE + flags
        s0 = c0 + clusters
        got = _NEAR_AT[key] = (*_NEAR_FIXED, *range(_CORE, c0), *range(c0 + 1, s0), *range(s0 + 1, s0 + stem_clusters))
    return got


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
