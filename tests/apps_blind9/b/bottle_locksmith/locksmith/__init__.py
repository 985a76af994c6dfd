"""KeyFast Locksmiths — call-out booking and van payments backend."""

__version__ = "3.8.1"
