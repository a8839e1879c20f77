"""Syndication: link copies of the same article across outlets (a wire story republished by many sites).

Each article gets a MinHash signature of its word 3-shingles (datasketch).  The
signature is cut into LSH bands; each band hashes to a bucket kept in the store
(``syndication_buckets``), so a new article finds its near-duplicates by looking
up its own buckets — the cost of adding one does not grow with the archive, and
the index survives between runs.  Candidates whose estimated Jaccard similarity
reaches the threshold join one *syndication group*.  The group's source is the
copy the others credit (their ``source_credit``/``original_outlet``/``translated_from``
names its outlet), else the earliest published, and every member's provenance
records ``syndication_group`` and ``syndicated_from``.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from functools import cmp_to_key
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

import numpy as np
from datasketch import MinHash

from marsad.arabic.normalize import fold_for_search
from marsad.models import Article, short_id
from marsad.store import Store

WORD_RE = re.compile(r"\w+")


@dataclass(slots=True)
class SyndicationOptions:
    """How near-duplicates are found."""

    num_perm: int = 64  # MinHash permutations
    bands: int = 16  # LSH bands of 4 rows: a pair is a candidate with p=0.64 at J=0.5, 0.89 at 0.6, 0.98 at 0.7
    shingle: int = 3  # words per shingle
    threshold: float = 0.5  # estimated Jaccard to call two articles copies
    min_shingles: int = 25  # shorter texts are not fingerprinted: too few words to tell a copy
    max_words: int = 400  # fingerprint the first N words: copies share their opening, and long texts cost less
    rebuild: bool = False
    batch_size: int = 500


@dataclass(slots=True)
class SyndicationReport:
    articles: int = 0
    linked: int = 0  # articles that joined a group
    groups: int = 0  # groups touched

    def summary(self) -> str:
        return f"syndication: {self.articles} articles fingerprinted, {self.linked} copies linked in {self.groups} groups"


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)


@lru_cache(maxsize=4)
def _template(num_perm: int) -> MinHash:
    """One MinHash whose permutations every signature reuses (same seed → comparable signatures)."""
    return MinHash(num_perm=num_perm, seed=1, hashfunc=_crc32)


def shingles(text: str, k: int = 3, max_words: int | None = None) -> set[bytes]:
    """Word k-shingles of the folded text (diacritics, hamza forms, digits unified), of its first ``max_words``."""
    words = WORD_RE.findall(fold_for_search(text))[:max_words]
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    if k == 3:  # (the same shingles, without a slice each: every word encoded once, three joined in C)
        enc = list(map(str.encode, words))  # (UTF-8)
        return set(map(b" ".join, zip(enc, enc[1:], enc[2:])))
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str, options: SyndicationOptions | None = None) -> np.ndarray | None:
    """MinHash signature of a text, or None when it is too short to fingerprint."""
    opts = options or SyndicationOptions()
    sh = shingles(text, opts.shingle, opts.max_words)
    if len(sh) < opts.min_shingles:
        return None
    tpl = _template(opts.num_perm)
    # (zlib.crc32 itself, what _crc32 calls: one Python call less per shingle)
    m = MinHash(num_perm=opts.num_perm, seed=1, hashfunc=zlib.crc32, permutations=tpl.permutations, scheme=tpl.scheme)
    m.update_batch(sh)
    return np.asarray(m.hashvalues)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_buckets(sig: np.ndarray, bands: int) -> list[int]:
    """One signed 64-bit bucket key per LSH band (band number included, so bands never collide)."""
    rows = len(sig) // bands
    out = []
    for i in range(bands):
        h = hashlib.blake2b(sig[i * rows:(i + 1) * rows].tobytes(), digest_size=8, salt=i.to_bytes(2, "little"))
        out.append(int.from_bytes(h.digest(), "little", signed=True))
    return out


def _sig_from_blob(blob: bytes, dtype: Any) -> np.ndarray:
    return np.frombuffer(blob, dtype=dtype)


def _same_outlet(name: str | None, outlet: str | None) -> bool:
    """Does a credit line name this outlet? (folded containment either way: 'وكالة النهار' ~ 'وكالة النهار للأنباء')"""
    if not name or not outlet:
        return False
    a, b = fold_for_search(name).strip(), fold_for_search(outlet).strip()
    return len(a) >= 3 and len(b) >= 3 and (a in b or b in a)


def _names(article: Article, credit: str | None) -> bool:
    """Is ``article`` the one a credit line names?  Its outlet, or its dateline ("(وكالة ...)") says so."""
    if not credit:
        return False
    if _same_outlet(credit, article.outlet):
        return True
    folded = fold_for_search(credit).strip()
    return len(folded) >= 6 and folded in fold_for_search(article.text[:300])


def _instant(a: Article) -> tuple[str, str | None]:
    """(day, UTC time when the article has one) of its publication; undated sorts last."""
    if not a.published_at:
        return "9999-99-99", None
    day = a.published_at[:10]
    if len(a.published_at) <= 10:
        return day, None
    try:
        dt = datetime.fromisoformat(a.published_at.replace("Z", "+00:00"))
    except ValueError:
        return day, None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc)
    return day, dt.strftime("%Y-%m-%dT%H:%M:%S")


def _earlier(a: Article, b: Article, seqs: dict[str, int]) -> int:
    (da, ta), (db, tb) = _instant(a), _instant(b)
    if da != db:
        return -1 if da < db else 1
    if ta and tb and ta != tb:
        return -1 if ta < tb else 1
    return seqs.get(a.id, 0) - seqs.get(b.id, 0)


def choose_source(members: list[Article], seqs: dict[str, int]) -> Article:
    """The copy a group descends from: the one the others credit, else the earliest published, else the first stored.

    Dates of mixed precision are compared by day, then by UTC time when both have one.
    """
    order = sorted(members, key=cmp_to_key(lambda a, b: _earlier(a, b, seqs)))
    for m in order:
        prov = m.provenance
        for credited in (prov.source_credit, prov.original_outlet, prov.translated_from):
            hits = [o for o in order if o.id != m.id and _names(o, credited)]
            if hits:
                return hits[0]
    return order[0]


def reset(store: Store) -> None:
    """Forget every signature and group (``--rebuild``); provenance fields are cleared as groups are redone."""
    store.reset_syndication()


def _link(store: Store, article_id: str, seq: int, sig: np.ndarray, opts: SyndicationOptions) -> str | None:
    """Index one article's signature; return the group it joined (None when it has no copy)."""
    buckets = band_buckets(sig, opts.bands)
    cands = store.syndication_candidates(buckets)
    store.add_signature(article_id, seq, sig.tobytes(), buckets)
    cands = [c for c in cands if c != article_id]
    if not cands:
        return None
    matches = []
    for other, other_seq, blob in store.signatures(cands):
        sim = similarity(sig, _sig_from_blob(blob, sig.dtype))
        if sim >= opts.threshold:
            matches.append((other_seq, other, sim))
    if not matches:
        return None
    matches.sort()
    groups = store.syndication_groups([m[1] for m in matches])
    # The group of the earliest matching copy survives; other groups it touches are folded in.
    first_seq, first_id, _ = matches[0]
    group = groups.get(first_id) or "syn-" + short_id("syndication", first_id, length=12)
    for old in sorted(set(groups.values()) - {group}):
        store.rename_syndication_group(old, group)
    for _, other, sim in matches:
        if other not in groups:
            store.set_syndication_group(other, group, 1.0, replace=False)
    best = max(m[2] for m in matches)
    store.set_syndication_group(article_id, group, best)
    return group


def _settle(store: Store, group: str) -> None:
    """Choose the group's source and write ``syndication_group``/``syndicated_from`` into members' provenance."""
    rows = store.syndication_members(group)
    seqs = dict(rows)
    members = [a for a in (store.get_article(aid) for aid, _ in rows) if a is not None]
    if not members:
        return
    source = choose_source(members, seqs)
    for m in members:
        prov = m.provenance
        want_from = None if m.id == source.id else source.id
        if prov.syndication_group != group or prov.syndicated_from != want_from:
            prov.syndication_group = group
            prov.syndicated_from = want_from
            store.update_provenance(m.id, prov)


def syndicate(store: Store, options: SyndicationOptions | None = None, executor: Any = None) -> SyndicationReport:
    """Fingerprint the articles not yet seen (all of them with ``rebuild``) and link their copies.

    With an ``executor`` of several workers the signatures (most of the work, a pure function of each text) are
    computed there, batch by batch; linking them stays here, in store order, so the groups are the same."""
    opts = options or SyndicationOptions()
    if opts.rebuild:
        reset(store)
    report = SyndicationReport()
    last = store.step_position("syndication_seq")
    touched: set[str] = set()
    for rows in _signed_batches(store, last, opts, executor):
        with store.transaction():
            for seq, article_id, sig in rows:
                report.articles += 1
                if sig is not None:
                    group = _link(store, article_id, seq, sig, opts)
                    if group:
                        report.linked += 1
                        touched.add(group)
                last = seq
            store.set_step_position("syndication_seq", last)
    if touched:
        live = store.syndication_group_ids()
        with store.transaction():
            for group in sorted(touched & live):
                _settle(store, group)
    report.groups = len(touched)
    return report


def _signed_batches(store: Store, last: int, opts: SyndicationOptions,
                    executor: Any) -> Iterator[list[tuple[int, str, np.ndarray | None]]]:
    """(seq, article id, signature) of the articles after ``last``, in store order, in batches."""
    if executor is not None and (executor.workers > 1 or executor.distributed):
        seqs = [seq for seq, _id in store.article_seqs(after_seq=last)]
        if len(seqs) > opts.batch_size:
            from marsad.stories.cluster import StoreReader

            tasks = [(seqs[i - 1] if i else last, len(seqs[i:i + opts.batch_size]), opts)
                     for i in range(0, len(seqs), opts.batch_size)]
            yield from executor.map(_signed, tasks, StoreReader(store.path))
            return
    while True:
        rows = store.article_texts(after_seq=last, limit=opts.batch_size)
        if not rows:
            return
        yield [(seq, article_id, signature(text, opts)) for seq, article_id, text in rows]
        last = rows[-1][0]


def _signed(store: Store, task: tuple[int, int, SyndicationOptions]) -> list[tuple[int, str, np.ndarray | None]]:
    """A worker's task: the signatures of ``limit`` articles after ``after_seq``."""
    after_seq, limit, opts = task
    return [(seq, article_id, signature(text, opts))
            for seq, article_id, text in store.article_texts(after_seq=after_seq, limit=limit)]


def syndication_groups(store: Store, article_ids: list[str]) -> dict[str, str]:
    """article id → syndication group, for the given articles that have one."""
    return store.syndication_groups(article_ids) if article_ids else {}


def syndication_step(store: Store, options: Any = None, executor: Any = None) -> str:
    """Corpus step (registered in ``pipeline.registry.CORPUS_STEPS``): link new copies."""
    return syndicate(store, executor=executor).summary()
