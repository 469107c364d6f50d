"""Load a gazetteer of place names so searches understand "near Aylesbury" like a postcode.

Made for the ONS Index of Place Names in Great Britain (IPN) CSV: the name from its
place<yy>nm column (place23nm, place22nm ...), the point from lat and long. Any CSV with a name
column (name or placename) and lat / long (or latitude / longitude) columns works too. Rows
without a name or a usable point are left out. The gazetteer is replaced as a whole, in one
transaction, so it is safe to run again with a newer file.

Without a gazetteer, search still understands the towns in the listings' own addresses.
"""

import csv
import re
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search.models import Place
from search.places import LONGEST_NAME, key

BATCH = 5000
NAME_COLUMNS = ("placename", "place_name", "name")
LATITUDE_COLUMNS = ("lat", "latitude")
LONGITUDE_COLUMNS = ("long", "longitude", "lon")
IPN_NAME = re.compile(r"^place\d\dnm$")  # place23nm: the name, in the IPN of 2023


class Command(BaseCommand):
    help = "Load place names and their points from the ONS Index of Place Names (CSV)."

    def add_arguments(self, parser):
        parser.add_argument("csv_path", help="IPN CSV file (the whole file or an extract)")
        parser.add_argument("--batch-size", type=int, default=BATCH)

    def handle(self, csv_path, batch_size, **options):
        path = Path(csv_path)
        if not path.is_file():
            raise CommandError(f"There is no file at {path}")
        loaded = skipped = 0
        with path.open(newline="", encoding="utf-8-sig") as handle, transaction.atomic():
            reader = csv.DictReader(handle)
            name, latitude, longitude = _columns(path, reader.fieldnames or [])
            Place.objects.all().delete()
            batch: list[Place] = []
            for row in reader:
                place = _place(row[name], row[latitude], row[longitude])
                if place is None:
                    skipped += 1
                    continue
                batch.append(place)
                if len(batch) >= batch_size:
                    Place.objects.bulk_create(batch, batch_size=1000)
                    loaded += len(batch)
                    batch = []
                    self.stdout.write(f"Loaded {loaded:,} places")
            Place.objects.bulk_create(batch, batch_size=1000)
            loaded += len(batch)
        self.stdout.write(self.style.SUCCESS(
            f"Loaded {loaded:,} places; left out {skipped:,} without a name or a usable point."
        ))


def _columns(path: Path, fieldnames: list[str]) -> tuple[str, str, str]:
    columns = {field.strip().lower(): field for field in fieldnames}

    def first(options) -> str | None:
        return next((columns[option] for option in options if option in columns), None)

    name = next((columns[c] for c in sorted(columns) if IPN_NAME.match(c)), None)
    name = name or first(NAME_COLUMNS)
    latitude, longitude = first(LATITUDE_COLUMNS), first(LONGITUDE_COLUMNS)
    missing = [label for label, found in (("a place name (place23nm or name)", name),
                                          ("lat", latitude), ("long", longitude)) if not found]
    if missing:
        raise CommandError(
            f"{path.name} has no column for {', '.join(missing)}. "
            "Is it an ONS Index of Place Names CSV?"
        )
    return name, latitude, longitude


def _place(name: str, latitude: str, longitude: str) -> Place | None:
    name = " ".join((name or "").split())[:LONGEST_NAME]
    place_key = key(name)
    try:
        lat, lon = float(latitude), float(longitude)
    except (TypeError, ValueError):
        return None
    if not place_key or not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat, lon) == (0, 0):
        return None
    return Place(key=place_key, name=name, latitude=lat, longitude=lon)
