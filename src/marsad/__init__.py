"""Marsad (مرصد): a sourced, queryable picture of Arabic news."""

__version__ = "0.1.0"
