"""The records the library produces: issues, stories and claims, as pydantic models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .enums import Bound, Kind, Section

__all__ = ["Bound", "Claim", "Issue", "IssueMeta", "Kind", "Section", "Story", "StoryRef"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Story(_Record):
    """One story of an issue; offsets index the input file's text."""

    index: int = Field(ge=0, description="0-based position of the story in its issue")
    title: str
    subtitle: str | None = None
    section: Section = Section.news
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class IssueMeta(_Record):
    """What identifies an issue: taken from its title line, front matter or HTML head."""

    number: int | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None


class Issue(_Record):
    """An issue and its stories; `start`/`end` index the input file's text."""

    number: int | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    stories: list[Story] = []


class StoryRef(_Record):
    """The story a claim was found in."""

    index: int = Field(ge=0)
    title: str


class Claim(_Record):
    """One quantitative claim, with its evidence and context (see CLAIMS-SPEC.md)."""

    id: str = Field(description="stable id derived from issue, kind, value, evidence text and occurrence")
    issue: int | None = Field(description="issue number")
    issue_title: str | None = None
    issue_date: str | None = None
    issue_url: str | None = None
    story: StoryRef | None = Field(description="the story; null for the issue's title line")
    kind: Kind
    value: float = Field(allow_inf_nan=False)
    value_max: float | None = Field(default=None, allow_inf_nan=False)
    unit: str
    bound: Bound = Bound.exact
    per: str | None = None
    text: str = Field(description="the exact evidence: source[start:end]")
    start: int = Field(ge=0, description="code-point offset into the input text")
    end: int = Field(ge=0)
    sentence: str
    subject: str | None = None
    benchmark: str | None = None
    metric: str | None = None
    baseline: str | None = None
    quoted: bool = False
    rule: str = Field(description="name of the rule that produced the claim")
