"""Political events (who did what to whom) in the PLOVER ontology, and agreements/treaties.

Stages: :data:`EVENTS` (``event`` layer) and :data:`CLAUSES` (``clause`` layer).
"""
