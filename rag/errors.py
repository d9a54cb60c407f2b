"""The aicredit error tree.

``AicreditError`` is the root. ``UserError`` covers mistakes the user can fix (bad input, bad configuration);
``RuntimeFailure`` covers things that went wrong while running (a backend that does not answer, a corrupted
model file, a broken index). Every message says what happened and what to do next.
"""

from __future__ import annotations


class AicreditError(Exception):
    """Root of every error aicredit raises on purpose."""


class UserError(AicreditError):
    """The user can fix this: the input or the configuration is wrong."""


class InputError(UserError):
    """Text, a query or a batch row that cannot be processed as given."""


class ConfigError(UserError):
    """A setting points at something missing or invalid."""


class RuntimeFailure(AicreditError):
    """Something failed while running; carries context for the bug report."""


class ModelFileError(RuntimeFailure):
    """The model file is missing, truncated or does not match its checksum."""


class BackendError(RuntimeFailure):
    """The LLM backend (local llama.cpp or an HTTP endpoint) failed to answer."""


class IndexUnavailableError(RuntimeFailure):
    """The search index is missing or unreadable."""
