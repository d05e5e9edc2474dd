"""The `blueprint-studio` command line: validate, simulate, export, templates, new; without a command
it opens the window."""
