"""Marsad's exceptions: each says what happened and, where it can, how to fix it."""


class MarsadError(Exception):
    """Base of all Marsad errors."""


class InputError(MarsadError):
    """An input (file, record, page) could not be read or understood."""


class UsageError(InputError):
    """A command was given a value it cannot use (a malformed date, an unknown type): exit code 2."""


class NotFoundError(UsageError):
    """A name or id given by the user (a story, an entity, an article) is not in the store."""


class ExtractionError(InputError):
    """A document was read but holds no article we can extract."""


class PipelineError(MarsadError):
    """The pipeline is misconfigured (unknown stage, missing requirement)."""


class StoreError(MarsadError):
    """The store could not be opened or written."""


class FetchError(InputError):
    """A URL could not be fetched (refused address, timeout, too large, HTTP error)."""
