"""Every address a URL conf serves, as a concrete path a request can be sent to.

Route patterns get a sample value per converter; regex patterns get the shortest text their
expression matches. Each path is checked to resolve back to its own view, so a pattern the walk
cannot fill is reported rather than silently skipped.
"""

import re
import uuid
from dataclasses import dataclass

from django.urls import URLResolver, get_resolver
from django.urls.exceptions import Resolver404
from django.urls.resolvers import RegexPattern, RoutePattern

_re_parser = re._parser  # the regex parser Python itself uses (3.11+)
_CONVERTER_SAMPLES = {
    "int": "1",
    "slug": "x",
    "str": "x",
    "path": "x",
    "uuid": str(uuid.UUID(int=1)),
}


@dataclass(frozen=True)
class Address:
    path: str
    pattern: str  # the patterns joined, for messages
    view: object


@dataclass
class Walk:
    addresses: list[Address]
    shadowed: list[Address]  # reached first by an earlier pattern (`pattern` names that one)
    unfilled: list[str]  # patterns the walk could not turn into a path that reaches them


def walk(urlconf=None) -> Walk:
    resolver = get_resolver(urlconf)
    result = Walk([], [], [])
    for chain, pattern in _patterns(resolver.url_patterns):
        label = "".join(str(part) for part in chain)
        path = "/" + "".join(_sample(part) for part in chain)
        # A catch-all ("" or ".*") also matches a longer path the patterns before it do not.
        matches = [_resolve(resolver, candidate) for candidate in (path, path + "x-walk/")]
        reached = [
            (candidate, match)
            for candidate, match in zip((path, path + "x-walk/"), matches, strict=True)
            if match is not None and match.func is pattern.callback
        ]
        if reached:
            result.addresses.append(Address(reached[0][0], label, pattern.callback))
        elif matches[0] is not None:
            result.shadowed.append(Address(path, matches[0].route, matches[0].func))
        else:
            result.unfilled.append(label)
    return result


def _resolve(resolver, path):
    try:
        return resolver.resolve(path)
    except Resolver404:
        return None


def _patterns(patterns, prefix=()):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry.url_patterns, (*prefix, entry.pattern))
        else:
            yield (*prefix, entry.pattern), entry


def _sample(pattern) -> str:
    if isinstance(pattern, RoutePattern):
        return re.sub(
            r"<(?:(\w+):)?\w+>",
            lambda m: _CONVERTER_SAMPLES.get(m.group(1) or "str", "x"),
            str(pattern),
        )
    assert isinstance(pattern, RegexPattern)
    return _shortest(_re_parser.parse(pattern.regex.pattern))


def _shortest(parsed) -> str:
    """The shortest text (with at least one of anything repeated) a parsed regex matches."""
    constants = _re_parser
    out = []
    for op, arg in parsed:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name in {"NOT_LITERAL", "ANY"}:
            out.append("a" if name == "ANY" or chr(arg) != "a" else "b")
        elif name == "IN":
            out.append(_one_of(arg, constants))
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            low, _high, inner = arg
            out.append(_shortest(inner) * max(low, 1))
        elif name == "SUBPATTERN":
            out.append(_shortest(arg[-1]))
        elif name == "BRANCH":
            out.append(_shortest(arg[1][-1]))  # the last alternative is often the plain digits
        elif name in {"AT", "ASSERT", "ASSERT_NOT"}:
            continue
        else:
            raise ValueError(f"cannot fill {name}")
    return "".join(out)


def _one_of(items, constants) -> str:
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            return "1" if "DIGIT" in str(arg) else "a"
    return "a"
