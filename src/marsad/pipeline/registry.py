"""The one place built-in stages and corpus steps are registered, and the pipeline is checked."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from marsad.errors import PipelineError
from marsad.pipeline.stage import Stage

# Per-article stages in the order they run: "module:attribute".
BUILTIN_STAGES: tuple[str, ...] = (
    "marsad.arabic.stages:SENTENCES",
    "marsad.nlp.timex:TIMEX",
    "marsad.nlp.ner.tagger:NER",
    "marsad.nlp.linking:LINK",
    "marsad.nlp.quotes:QUOTES",
    "marsad.nlp.events.coder:EVENTS",
    "marsad.nlp.events.treaties:CLAUSES",
    "marsad.nlp.events.treaty_steps:TREATY_STEPS",
    # Last, so that a database analysed before it existed only runs it (a new stage re-runs the ones after it).
    "marsad.nlp.office_changes:OFFICES",
)

# Corpus-level steps that run after the per-article stages (they see the whole store):
# "module:function" taking (store, options) and returning a short summary string.
CORPUS_STEPS: tuple[str, ...] = (
    "marsad.nlp.entity_queries:kb_step",
    "marsad.nlp.entity_merge:merge_step",
    "marsad.nlp.learned_roles:roles_step",
    "marsad.nlp.quote_records:quote_groups_step",
    "marsad.stories.syndication:syndication_step",
    "marsad.stories.cluster:cluster_step",
    "marsad.stories.view:materialize_step",
)


def _load(ref: str):
    module, _, attr = ref.partition(":")
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise PipelineError(f"cannot load {ref}: {exc}") from exc


def builtin_stages() -> list[Stage]:
    return [_load(ref) for ref in BUILTIN_STAGES]


def corpus_steps() -> list[Callable]:
    return [_load(ref) for ref in CORPUS_STEPS]


# What each corpus step is doing, as the progress line on a terminal says it.
STEP_LABELS = {"kb_step": "knowledge base", "merge_step": "merging people across articles",
               "roles_step": "office changes", "quote_groups_step": "grouping quotes across outlets",
               "syndication_step": "finding copies", "cluster_step": "stories", "materialize_step": "story pages"}


def step_label(step: Callable) -> str:
    return STEP_LABELS.get(step.__name__, step.__name__.removesuffix("_step").replace("_", " "))


@dataclass(frozen=True)
class Pipeline:
    """An ordered, validated list of stages."""

    stages: tuple[Stage, ...]

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    @property
    def versions(self) -> dict[str, str]:
        return {s.name: s.version for s in self.stages}

    def index(self, name: str) -> int:
        return self.names.index(name)

    def owner(self, kind: str) -> str | None:
        """The stage whose output of a layer is kept: the last one that assigns it."""
        owner = None
        for s in self.stages:
            if kind in s.assigns:
                owner = s.name
        return owner

    def restart_index(self, name: str) -> int:
        """Where to start to re-run ``name``: the first stage assigning any layer it assigns."""
        stage = self.stages[self.index(name)]
        first = self.index(name)
        for i, s in enumerate(self.stages):
            if set(s.assigns) & set(stage.assigns):
                first = min(first, i)
        return first


def build_pipeline(stages: list[Stage] | None = None, only: list[str] | None = None) -> Pipeline:
    """Build and validate a pipeline: unique names, and every ``requires`` assigned by an earlier stage."""
    stages = builtin_stages() if stages is None else stages
    if only:
        unknown = set(only) - {s.name for s in stages}
        if unknown:
            raise PipelineError(f"unknown stage(s): {', '.join(sorted(unknown))}; known: {', '.join(s.name for s in stages)}")
        # Keep what the chosen stages need, transitively, in pipeline order.
        wanted = set(only)
        for s in reversed(stages):
            if s.name in wanted:
                for req in s.requires:
                    wanted |= {t.name for t in stages if req in t.assigns and stages.index(t) < stages.index(s)}
        stages = [s for s in stages if s.name in wanted]
    seen_names: set[str] = set()
    assigned: set[str] = set()
    for s in stages:
        if s.name in seen_names:
            raise PipelineError(f"stage {s.name!r} appears twice")
        missing = [r for r in s.requires if r not in assigned]
        if missing:
            raise PipelineError(f"stage {s.name!r} requires {', '.join(missing)}, which no earlier stage assigns")
        seen_names.add(s.name)
        assigned.update(s.assigns)
    return Pipeline(tuple(stages))
