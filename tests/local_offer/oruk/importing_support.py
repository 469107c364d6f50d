"""Helpers for the importer tests: run a command and read its report, and build UK-shaped
ORUK records from the validator's own pass sample."""

import copy
import io
import json
from dataclasses import dataclass
from datetime import date

from django.core.management import call_command

from .conftest import load_mock

RIVERSIDE_HUB = {
    "id": "3a19ff88-4620-4d17-9830-ac1d859eb5d5",
    "location_type": "physical",
    "name": "Riverside Family Hub",
    "latitude": 52.9601,
    "longitude": -1.9802,
    "addresses": [
        {
            "id": "74706e55-df26-4b84-80fe-ecc30b5befb4",
            "address_1": "Market Place",
            "city": "Riverside",
            "state_province": "England",
            "postal_code": "RV1 2AB",
            "country": "GB",
            "address_type": "physical",
        }
    ],
}


@dataclass
class Run:
    out: str
    err: str

    @property
    def summary(self) -> str:
        return next(line for line in self.out.splitlines() if line.startswith("Created "))

    def lines_starting(self, prefix: str) -> list[str]:
        return [line for line in self.out.splitlines() if line.startswith(prefix)]


def run_command(name: str, *args) -> Run:
    out, err = io.StringIO(), io.StringIO()
    call_command(name, *map(str, args), stdout=out, stderr=err)
    return Run(out.getvalue(), err.getvalue())


def uk_service(**changes) -> dict:
    """The validator's Default (passing) service, moved to Riverside: its sample location is at
    latitude 100 (off the planet) with a US address, its maximum age is 100 and it was last
    checked in 2005, none of which a UK Local Offer can list."""
    service = copy.deepcopy(load_mock("V3.0-UK-Default", "service_full.json"))
    service["service_at_locations"][0]["location"] = copy.deepcopy(RIVERSIDE_HUB)
    service["maximum_age"] = 19
    service["assured_date"] = date.today().isoformat()
    service.update(changes)
    return service


def write_json(tmp_path, document, name="feed.json"):
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
