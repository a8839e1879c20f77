"""The trained NER model as data: feature names, weights, transitions, gazetteer and word clusters.

Saved as one self-contained file, so a model file is all the tagger needs: a deflated zip of
``.npy`` arrays (numpy's .npz layout, readable by ``np.load``), named ``*.zip`` so that the
package-data globs ship it.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from marsad.errors import InputError

MODEL_FILE = Path(__file__).resolve().parent / "data" / "ner_model.zip"
FORMAT = 1


def _text_array(lines: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(lines).encode("utf-8"), dtype=np.uint8)


def _array_text(arr: np.ndarray) -> list[str]:
    text = arr.tobytes().decode("utf-8")
    return text.split("\n") if text else []


@dataclass(slots=True)
class NerModel:
    """Everything the tagger needs; ``weights[i]`` are the per-tag weights of ``features[i]``."""

    tags: tuple[str, ...]
    features: list[str]
    weights: np.ndarray  # (n_features, n_tags) float32
    transitions: np.ndarray  # (n_tags + 1, n_tags), last row = sentence start
    gazetteer: dict[str, str] = field(default_factory=dict)
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> cluster ids, coarse to fine
    meta: dict[str, Any] = field(default_factory=dict)

    def digest(self) -> str:
        """Short content hash: the pipeline stage version."""
        h = hashlib.sha256()
        h.update(self.weights.tobytes())
        h.update(self.transitions.tobytes())
        h.update("\n".join(self.features).encode("utf-8"))
        return h.hexdigest()[:12]

    def save(self, path: Path) -> None:
        """Write the model file (byte-identical for identical models)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        gaz = [k + "\t" + v for k, v in sorted(self.gazetteer.items())]
        clusters = [k + "\t" + "\t".join(v) for k, v in sorted(self.clusters.items())]
        meta = dict(self.meta, format=FORMAT, tags=list(self.tags))
        arrays = {
            "weights": self.weights.astype(np.float16),
            "transitions": self.transitions.astype(np.float32),
            "features": _text_array(self.features),
            "gazetteer": _text_array(gaz),
            "clusters": _text_array(clusters),
            "meta": _text_array([json.dumps(meta, ensure_ascii=False, sort_keys=True)]),
        }
        # Written by hand instead of np.savez_compressed so the zip entries carry a fixed
        # timestamp: retraining on the same data gives the same bytes.
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for name, arr in arrays.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, np.ascontiguousarray(arr), allow_pickle=False)
                info = zipfile.ZipInfo(name + ".npy", date_time=(2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, buf.getvalue(), compresslevel=9)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "NerModel":
        """Read a model written by ``save``; InputError if missing or not a model."""
        if not path.exists():
            raise InputError(f"NER model not found: {path} (build it with `marsad train ner`)")
        try:
            with np.load(path) as z:
                meta = json.loads(z["meta"].tobytes().decode("utf-8"))
                if meta.get("format") != FORMAT:
                    raise InputError(f"{path}: unsupported NER model format {meta.get('format')!r}")
                gaz = dict(line.split("\t", 1) for line in _array_text(z["gazetteer"]))
                clusters = {}
                for line in _array_text(z["clusters"]):
                    parts = line.split("\t")
                    clusters[parts[0]] = tuple(parts[1:])
                return cls(
                    tags=tuple(meta["tags"]),
                    features=_array_text(z["features"]),
                    weights=z["weights"].astype(np.float32),
                    transitions=z["transitions"].astype(np.float32),
                    gazetteer=gaz,
                    clusters=clusters,
                    meta=meta,
                )
        except (OSError, ValueError, KeyError) as exc:
            raise InputError(f"{path} is not a readable NER model: {exc}") from exc
