"""The Stage contract: a named, versioned step that reads and writes annotation layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from marsad.models import Doc


@dataclass
class Resources:
    """Shared, lazily loaded resources for stages (models, knowledge base, settings).

    One instance per worker process.  ``get(name, loader)`` loads a resource
    once and caches it, so a stage can say ``res.get("ner", load_model)``.
    """

    settings: dict[str, Any] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str, loader: Callable[[], Any]) -> Any:
        if name not in self._cache:
            self._cache[name] = loader()
        return self._cache[name]


@dataclass(frozen=True)
class Stage:
    """A pipeline stage.

    ``func(doc, resources)`` adds spans to the layers named in ``assigns``,
    reading the layers named in ``requires``.  ``version`` is stored with
    what the stage produced so ``marsad process --redo NAME`` can re-run it.

    ``batch(docs, resources)``, when given, does what ``func`` does to each of
    several documents at once (a model that is faster on a batch); it leaves
    the documents unchanged when it raises, so they can be run one by one.
    """

    name: str
    version: str
    func: Callable[[Doc, Resources], None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""
    batch: Callable[[list[Doc], Resources], None] | None = None
