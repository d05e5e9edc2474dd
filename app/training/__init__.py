"""The training workspace: the walkthrough dock, ticket cards and presenter mode."""
