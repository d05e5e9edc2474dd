"""The training walkthrough: a ticket card stepped through a compiled flow model, its views, words
and handout."""
