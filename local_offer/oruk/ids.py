"""Stable Open Referral UK ids for records that have integer primary keys.

Records an API client can ask for by id (services, organisations, taxonomies, taxonomy terms,
locations) get a reversible UUID: a fixed 48-bit prefix, version 8 (RFC 9562's "vendor
specific" layout), a 12-bit kind tag and the primary key. Decoding needs no extra column and no
table scan, and the id never changes while the row exists. Records only ever seen nested inside
another (phones, schedules, languages ...) get a uuid5 from their parent and position.

A record that arrived from another system with a UUID keeps it (its `external_id` or, for a
taxonomy term, its `code`), so a service imported from a provider's feed is republished under
the id other directories already know.

Each council should set settings.ORUK_ID_PREFIX (12 hex digits) so two councils' feeds never
share an id; the default is fine for a single deployment.
"""

import uuid

from django.conf import settings

DEFAULT_PREFIX = "5e0d1c0ffe00"  # "SEND local offer", loosely
_VERSION = 0x8
_VARIANT = 0b10
_MAX_PK = (1 << 62) - 1

KINDS = {
    "service": 1,
    "organization": 2,
    "taxonomy": 3,
    "taxonomy_term": 4,
    "location": 5,
    "service_at_location": 6,
    "need": 7,
}
NESTED_NAMESPACE = uuid.UUID("a3f6a3a4-6a53-4c1e-9a36-2f4e3c0b1d52")


def _prefix() -> int:
    value = getattr(settings, "ORUK_ID_PREFIX", DEFAULT_PREFIX) or DEFAULT_PREFIX
    return int(value, 16) & ((1 << 48) - 1)


def encode(kind: str, pk: int) -> str:
    """encode("service", 42) -> "5e0d1c0f-fe00-8001-8000-00000000002a"."""
    if not 0 <= int(pk) <= _MAX_PK:
        raise ValueError(f"primary key out of range: {pk}")
    value = (_prefix() << 80) | (_VERSION << 76) | (KINDS[kind] << 64) | (_VARIANT << 62) | int(pk)
    return str(uuid.UUID(int=value))


def decode(kind: str, value: str) -> int | None:
    """The primary key an id of this kind stands for, or None when it is not one of ours."""
    try:
        parsed = uuid.UUID(str(value))
    except (ValueError, AttributeError, TypeError):
        return None
    number = parsed.int
    if (
        number >> 80 != _prefix()
        or (number >> 76) & 0xF != _VERSION
        or (number >> 64) & 0xFFF != KINDS[kind]
        or (number >> 62) & 0b11 != _VARIANT
    ):
        return None
    return number & _MAX_PK


def nested(parent_id: str, *parts) -> str:
    """An id for something only shown inside its parent, e.g. nested(service_id, "phone", 0)."""
    return str(uuid.uuid5(NESTED_NAMESPACE, ":".join([str(parent_id), *map(str, parts)])))


def as_uuid(value: str | None) -> str | None:
    """The canonical form of value when it is a UUID, else None."""
    if not value:
        return None
    try:
        return str(uuid.UUID(str(value).strip()))
    except ValueError:
        return None


def public_id(kind: str, pk: int, external: str | None = None) -> str:
    """Keep an imported UUID; otherwise our own reversible one."""
    return as_uuid(external) or encode(kind, pk)
