"""Shared fixtures: the real knowledge base, a service over it, and a copy of knowledge/ to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.faq import FaqService
from bot.knowledge import KnowledgeBase, knowledge_dir, load_knowledge
from bot.rules import Rules, load_rules


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def faq(kb: KnowledgeBase) -> FaqService:
    return FaqService(kb)


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A writable copy of knowledge/ for provoking validation errors."""
    target = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir(), target)
    return target


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()
