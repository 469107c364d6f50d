"""Search backends: `get_backend()` returns the one settings.SEARCH_BACKEND names."""

from .base import SearchBackend, get_backend, reset_backend

__all__ = ["SearchBackend", "get_backend", "reset_backend"]
