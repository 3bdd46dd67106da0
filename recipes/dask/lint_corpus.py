"""Lint a corpus of JSON-lines records on a Dask cluster with translint.

Each record is {"id": ..., "text": "..."}. The records are cut into
partitions; every Dask worker process starts one long-lived
`translint --stdin-jsonl` and pipes each partition it is given through it, so
the linter's start-up (loading the lexicons, warming up the JIT) is paid once
per worker, not once per partition or record. The result is one line per
record, {"id": ..., "messages": [...]} (or {"id", "line", "error"} for a bad
record), written to --output.

    python3 recipes/dask/lint_corpus.py records.jsonl --workers 2 --partitions 8 \
        --output findings.jsonl [--translint "node bin/translint.js"] [-- more translint options]

Records/s is printed on standard error at the end.
"""
import argparse
import logging
import os
import shlex
import subprocess
import sys
import threading
import time

import dask.bag as db
from dask.distributed import Client, LocalCluster, get_worker

def _linter(command):
    """This worker process's translint, started on its first partition.

    Kept on the Worker object, not in a module global: a function defined in a
    script is shipped to the workers by value, with a fresh copy of its globals
    for every task, so a global would not outlive one partition.
    """
    worker = get_worker()
    process = getattr(worker, "translint_process", None)
    if process is None or process.poll() is not None:
        process = subprocess.Popen(command + ["--stdin-jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1 << 16)
        worker.translint_process = process
    return process


def lint_partition(lines, command):
    """Pipe one partition's records through this worker's translint: one answer line per record, in order."""
    records = [line.rstrip("\n") for line in lines if line.strip()]
    process = _linter(command)
    failure = []

    # A thread writes while this one reads: a partition larger than the pipe's buffers cannot deadlock.
    def feed():
        try:
            for record in records:
                process.stdin.write(record.encode("utf-8") + b"\n")
            process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            failure.append(error)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    answers = []
    for _ in records:
        line = process.stdout.readline()
        if not line:
            writer.join()
            raise RuntimeError(f"translint stopped (exit {process.wait()}) after {len(answers)} of {len(records)} records")
        answers.append(line.decode("utf-8").rstrip("\n"))
    writer.join()
    if failure:
        raise failure[0]
    return answers


def close_linter(dask_worker):
    """Run on every worker at the end: closing standard input lets translint finish and exit."""
    process = getattr(dask_worker, "translint_process", None)
    if process is None:
        return None
    process.stdin.close()
    dask_worker.translint_process = None
    return process.wait()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", help="a JSON-lines file of {id, text} records")
    parser.add_argument("--output", required=True, help="where to write the findings, one line per record")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="worker processes")
    parser.add_argument("--partitions", type=int, default=None, help="partitions (default: 4 per worker)")
    parser.add_argument("--translint", default="translint", help="the command that runs translint")
    argv = sys.argv[1:] if argv is None else argv
    # What follows `--` is passed to translint as it is (e.g. -- --rule tatweel:error).
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    command = shlex.split(args.translint) + extra

    with open(args.records, encoding="utf-8") as source:
        lines = [line for line in source if line.strip()]
    partitions = args.partitions or 4 * args.workers

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        # Every worker up before the first partition is handed out, so the partitions are spread over all of them.
        client.wait_for_workers(args.workers)
        start = time.perf_counter()
        bag = db.from_sequence(lines, npartitions=min(partitions, max(1, len(lines))))
        answers = bag.map_partitions(lint_partition, command).compute()
        seconds = time.perf_counter() - start
        codes = client.run(close_linter)

    with open(args.output, "w", encoding="utf-8") as out:
        for answer in answers:
            out.write(answer + "\n")
    stopped = {worker: code for worker, code in codes.items() if code not in (None, 0, 1)}
    linters = sum(1 for code in codes.values() if code is not None)
    print(
        f"{len(answers)} records on {args.workers} worker processes ({linters} translint processes) in {seconds:.2f} s: "
        f"{len(answers) / seconds:.1f} records/s",
        file=sys.stderr,
    )
    if stopped:
        print(f"translint exited with {stopped}", file=sys.stderr)
        return 2
    return 0 if len(answers) == len(lines) else 2


if __name__ == "__main__":
    sys.exit(main())
