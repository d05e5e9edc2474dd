"""The headless core of Blueprint Studio: document, file format, conditions, compiler, validation.

Nothing in this package imports Qt; the command line and the tests use it without a display.
"""

__version__ = "0.1.0"
