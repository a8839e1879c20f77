"""Knowledge base of canonical actors (people, places, organisations) with Arabic and English names.

``load_kb()`` returns the shipped, indexed KB; ``kb_entities()`` its entities
(for seeding the store); ``marsad.nlp.kb.build.build_kb`` rebuilds it.
"""

from marsad.nlp.kb.kb import KB_PATH, KnowledgeBase, entity_from_dict, kb_entities, load_kb

__all__ = ["KB_PATH", "KnowledgeBase", "entity_from_dict", "kb_entities", "load_kb"]
