"""Errors that tell the user which file, where in it, what is wrong and what to do.

Every failure of the pipeline on bad input is one of these, so the CLI can print it and exit 1
without a traceback, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input: where it is and how to fix it."""

    file: str
    where: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        location = f"{self.file}: {self.where}" if self.where else self.file
        text = f"{location}: {self.message}"
        return f"{text}\n    -> {self.hint}" if self.hint else text


class PipelineError(Exception):
    """Bad input found by the pipeline; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class RawError(PipelineError):
    """A raw dispatch or the raw manifest is unusable."""


class CurationError(PipelineError):
    """A curation file cannot be grounded in its dispatch."""
