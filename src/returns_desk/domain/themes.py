"""What customers keep saying: recurring themes in free-text comments, without any hosted service or model.

A comment is lower-cased and split into words (any script: Korean too); stop words are dropped; the themes are the
word pairs (bigrams) and single words found in the most comments. A pair found in at least ``MIN_COMMENTS``
comments wins over its words alone, so "stopped charging" is one theme, not "stopped" and "charging".
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_COMMENTS = 2
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "it's",
        "just",
        "me",
        "more",
        "my",
        "no",
        "not",
        "of",
        "on",
        "one",
        "or",
        "our",
        "out",
        "over",
        "please",
        "so",
        "some",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "too",
        "two",
        "up",
        "us",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
        "i'm",
        "was",
        "is",
        "are",
        "very",
        "really",
        "much",
        "after",
        "first",
        "second",
        "like",
        "got",
        "get",
        "im",
        "dont",
        "don't",
        "didn't",
        "doesn't",
    ]
)


@dataclass(frozen=True, slots=True)
class Theme:
    words: str
    comments: int  # how many comments say it
    examples: tuple[str, ...]


def words_of(comment: str) -> list[str]:
    return [w for w in WORD.findall(comment.lower()) if w not in STOP_WORDS and len(w) > 1]


def themes(comments: Iterable[str], top: int = 10, examples: int = 2) -> list[Theme]:
    """The ``top`` themes of ``comments``, most said first (ties: alphabetical), each with a few examples."""
    texts = [c.strip() for c in comments if c and c.strip()]
    pairs: Counter[str] = Counter()
    singles: Counter[str] = Counter()
    said: dict[str, list[str]] = {}
    for text in texts:
        words = words_of(text)
        found = set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}
        for term in found:
            (pairs if " " in term else singles)[term] += 1
            said.setdefault(term, []).append(text)
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])) + sorted(
        singles.items(), key=lambda kv: (-kv[1], kv[0])
    )
    chosen: list[tuple[str, int]] = []
    taken: list[set[int]] = []
    covered: set[str] = set()
    for term, n in ranked:
        if n < MIN_COMMENTS or (" " not in term and term in covered):
            continue
        where = {id(t) for t in said[term]}
        # The same comments said again in other words ("fits half", "half size") are one theme.
        if any(len(where & other) * 5 >= len(where) * 4 for other in taken):
            continue
        chosen.append((term, n))
        taken.append(where)
        covered.update(term.split())
    chosen.sort(key=lambda kv: (-kv[1], kv[0]))
    out = []
    for term, n in chosen[:top]:
        seen: list[str] = []
        for text in said[term]:
            if text not in seen:
                seen.append(text)
            if len(seen) == examples:
                break
        out.append(Theme(term, n, tuple(seen)))
    return out
