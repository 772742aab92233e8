"""The certification rules of both schemes, loaded from knowledge/rules.yaml and validated."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.knowledge import KnowledgeError, knowledge_dir, read_yaml

RULES_FILE = "rules.yaml"


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    short: str
    min: int | None
    max: int | None
    examples: str


@dataclass(frozen=True)
class NolocRules:
    validity_years: int
    submission_window_months: int
    comfortable_start_months: int
    feasible_start_months: int
    result_weeks: tuple[int, int]
    deferred_months: int
    negative_months: int
    pe_total: int
    points_per_hour: int
    points_per_ects: int
    reflection_meetings: dict[int, int]
    costs: dict[str, int]
    costs_as_of: str
    categories: tuple[Category, ...]

    def meetings_required(self, year: int) -> int:
        """Reflection meetings required in a calendar year: none before the first listed year."""
        known = [y for y in self.reflection_meetings if y <= year]
        return self.reflection_meetings[max(known)] if known else 0

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)


@dataclass(frozen=True)
class NrtoRules:
    validity_years: int
    bow_audit_every_years: int
    combined_audit_every_years: int
    self_evaluation_deadline: tuple[int, int]  # (month, day)
    improvement_months: int


@dataclass(frozen=True)
class Rules:
    noloc: NolocRules
    nrto: NrtoRules


def _values(raw: Any, scheme: str, pages: set[str]) -> dict[str, Any]:
    """The `value` of every rule of a scheme, after checking each names its source passage."""
    if not isinstance(raw, dict) or not isinstance(raw.get(scheme), dict):
        raise KnowledgeError(f"{RULES_FILE}: {scheme}: ontbreekt")
    values: dict[str, Any] = {}
    for name, rule in raw[scheme].items():
        where = f"{RULES_FILE}: {scheme}.{name}"
        if not isinstance(rule, dict) or "value" not in rule:
            raise KnowledgeError(f"{where}: 'value' ontbreekt")
        source = rule.get("source")
        passage = str(source.get("passage", "")).strip() if isinstance(source, dict) else ""
        if not isinstance(source, dict) or source.get("page") not in pages or not passage:
            raise KnowledgeError(f"{where}: 'source' moet een bekende page en een passage hebben")
        values[name] = rule["value"]
        if "as_of" in rule:  # the year a figure is from, shown wherever the figure is
            values[f"{name}_as_of"] = str(rule["as_of"])
    return values


def _positive_int(values: dict[str, Any], scheme: str, name: str) -> int:
    value = values.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise KnowledgeError(f"{RULES_FILE}: {scheme}.{name}: moet een positief geheel getal zijn")
    return value


def _optional_int(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise KnowledgeError(f"{RULES_FILE}: {where}: moet leeg of een geheel getal ≥ 0 zijn")
    return value


def _categories(raw: Any) -> tuple[Category, ...]:
    if not isinstance(raw, list) or not raw:
        raise KnowledgeError(f"{RULES_FILE}: noloc.categories: moet een lijst zijn")
    result = []
    for item in raw:
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k]
                                                for k in ("id", "name", "short")):
            raise KnowledgeError(f"{RULES_FILE}: noloc.categories: elke categorie heeft id, name en short")
        where = f"noloc.categories.{item['id']}"
        result.append(Category(item["id"], item["name"], item["short"], _optional_int(item.get("min"), where),
                               _optional_int(item.get("max"), where), str(item.get("examples", ""))))
    if len({c.id for c in result}) != len(result):
        raise KnowledgeError(f"{RULES_FILE}: noloc.categories: dubbele id")
    return tuple(result)


def _noloc(values: dict[str, Any]) -> NolocRules:
    ints = {name: _positive_int(values, "noloc", name) for name in (
        "validity_years", "submission_window_months", "comfortable_start_months", "feasible_start_months",
        "deferred_months", "negative_months", "pe_total", "points_per_hour", "points_per_ects")}
    weeks = values.get("result_weeks")
    if not (isinstance(weeks, list) and len(weeks) == 2 and all(isinstance(w, int) for w in weeks)
            and 0 < weeks[0] <= weeks[1]):
        raise KnowledgeError(f"{RULES_FILE}: noloc.result_weeks: moet [van, tot] in weken zijn")
    meetings = values.get("reflection_meetings")
    if not (isinstance(meetings, dict) and meetings
            and all(isinstance(y, int) and isinstance(n, int) and n >= 0 for y, n in meetings.items())):
        raise KnowledgeError(f"{RULES_FILE}: noloc.reflection_meetings: moet jaar: aantal zijn")
    costs = values.get("costs")
    if not (isinstance(costs, dict) and all(isinstance(v, int) for v in costs.values())):
        raise KnowledgeError(f"{RULES_FILE}: noloc.costs: moet naam: bedrag zijn")
    if not values.get("costs_as_of"):
        raise KnowledgeError(f"{RULES_FILE}: noloc.costs: 'as_of' ontbreekt (het jaar van de bedragen)")
    return NolocRules(result_weeks=(weeks[0], weeks[1]), reflection_meetings=dict(meetings), costs=dict(costs),
                      costs_as_of=str(values.get("costs_as_of", "")),
                      categories=_categories(values.get("categories")), **ints)


def _nrto(values: dict[str, Any]) -> NrtoRules:
    ints = {name: _positive_int(values, "nrto", name) for name in (
        "validity_years", "bow_audit_every_years", "combined_audit_every_years", "improvement_months")}
    deadline = str(values.get("self_evaluation_deadline", ""))
    try:
        month, day = (int(part) for part in deadline.split("-"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise ValueError
    except ValueError:
        raise KnowledgeError(f"{RULES_FILE}: nrto.self_evaluation_deadline: moet MM-DD zijn") from None
    return NrtoRules(self_evaluation_deadline=(month, day), **ints)


def load_rules(folder: Path | None = None) -> Rules:
    """Read and validate rules.yaml; raises KnowledgeError naming the rule and the problem."""
    folder = folder or knowledge_dir()
    raw = read_yaml(folder / RULES_FILE)
    pages = set(read_yaml(folder / "sources.yaml") or {})
    return Rules(noloc=_noloc(_values(raw, "noloc", pages)), nrto=_nrto(_values(raw, "nrto", pages)))
