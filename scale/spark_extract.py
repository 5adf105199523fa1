#!/usr/bin/env python3
"""geokg on Spark: one shard graph per partition of a JSON Lines corpus, merged into one.

Input: a JSON Lines corpus (one document per line, as `geokg extract` reads it;
every record should have an `id`, since a record without one is named after its
line number, which a partition counts from its own start). Output: the graph
`geokg extract CORPUS` would write, byte for byte (node-link JSON).

Each partition is piped through `geokg extract - --input-format jsonl --partial`
on an executor (people are not folded yet: that needs the whole corpus); the
driver fetches the partial graphs one partition at a time, in corpus order, and
`geokg merge` appends them and folds people once.

Locally (pip install pyspark; a Java runtime):

    python3 scale/spark_extract.py --master 'local[2]' --geokg target/release/geokg \
        corpus.jsonl -o graph.json

On a cluster, ship the binary (built for the executors' platform) with the job:

    spark-submit --master yarn --deploy-mode client --files target/release/geokg \
        scale/spark_extract.py --geokg geokg hdfs:///news/corpus.jsonl -o graph.json

(`k8s://https://HOST:PORT` works the same way, with an image that has Python.)
Arguments after `--` go to every `geokg extract`, e.g. `-- --skip-bad --date 2024-01-01`.
"""

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="JSON Lines corpus (a path or URL Spark reads)")
    parser.add_argument("-o", "--output", required=True, help="graph JSON to write (on the driver)")
    parser.add_argument(
        "--geokg",
        default="geokg",
        help="the geokg binary: a path on every machine, or the name of a file shipped with --files",
    )
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    parser.add_argument("--partitions", type=int, default=0, help="minimum number of partitions")
    parser.add_argument("--keep-shards", metavar="DIR", help="also keep each partition's graph here")
    parser.epilog = "Arguments after -- go to every geokg extract."
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    args = parser.parse_args(argv)
    args.extra = extra
    return args


def executable(name):
    """The binary on this machine: an existing path, else the file Spark shipped."""
    if os.path.isfile(name):
        return os.path.abspath(name)
    from pyspark import SparkFiles

    path = SparkFiles.get(os.path.basename(name))
    if os.path.isfile(path):
        mode = os.stat(path).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return path
    found = shutil.which(name)
    if found:
        return found
    raise FileNotFoundError(f"geokg binary {name!r} is neither a file here nor shipped with --files")


def extract_partition(geokg, extra):
    """A function for mapPartitionsWithIndex: its lines in, one (index, partial graph) out."""

    def run(index, lines):
        command = [executable(geokg), "extract", "-", "--input-format", "jsonl", "--partial", "--quiet"]
        command += extra
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=err)
            for line in lines:
                process.stdin.write(line.encode("utf-8"))
                process.stdin.write(b"\n")
            process.stdin.close()
            if process.wait() != 0:
                err.seek(0)
                message = err.read().decode("utf-8", "replace")
                raise RuntimeError(f"partition {index}: geokg failed: {message}")
            out.seek(0)
            yield index, out.read()

    return run


def main(argv):
    args = parse_args(argv)
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("geokg extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        lines = spark.sparkContext.textFile(args.corpus, minPartitions=args.partitions or None)
        graphs = lines.mapPartitionsWithIndex(extract_partition(args.geokg, args.extra))
        # Every partition extracted at once (toLocalIterator alone would run
        # them one after another), kept on the executors' disks until fetched.
        graphs.persist(StorageLevel.DISK_ONLY)
        graphs.count()
        if args.keep_shards:
            os.makedirs(args.keep_shards, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="geokg-shards-") as work:
            shards = []
            # One partition's graph at a time on the driver, in corpus order.
            for index, graph in graphs.toLocalIterator():
                path = os.path.join(args.keep_shards or work, f"part-{index:05d}.json")
                with open(path, "wb") as f:
                    f.write(graph)
                shards.append((index, path))
            shards.sort()
            if [i for i, _ in shards] != list(range(len(shards))):
                raise RuntimeError("partitions came back incomplete")
            merge = [executable(args.geokg), "merge", "-o", args.output]
            subprocess.run(merge + [p for _, p in shards], check=True)
        print(f"geokg: {len(shards)} partitions merged into {args.output}", file=sys.stderr)
    finally:
        spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
