"""A client library for accessing gigstack API"""

from .client import AuthenticatedClient

__all__ = ("AuthenticatedClient",)
