#!/usr/bin/env python3
"""Times commands in alternation, one run of each per round, and prints medians.

On a shared machine the load drifts over seconds, so timing all runs of one
command and then all runs of the other measures the load as much as the
commands. Alternating them round by round exposes both to the same load; the
ratio of their medians is what to compare.

    pairs.py [--rounds N] [--warmup N] [--prepare CMD] [--cwd DIR] NAME=COMMAND ...

Each COMMAND is split like a shell word list (no shell is started, so the
time is the command's own). `--prepare` runs through the shell before every
run and is not timed (`rm -rf out`). Prints one line per command (median,
quartiles, user and system CPU time), then each command's median against the
first's, and the load average; `--json FILE` also writes the raw times.
"""

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(argv, cwd):
    """Wall time in seconds of one run, from starting the process to reaping it."""
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{shlex.join(argv)} exited with {done.returncode}")
    return wall


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=20)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--prepare", default=None)
    p.add_argument("--cwd", default=".")
    p.add_argument("--json", default=None)
    p.add_argument("commands", nargs="+", metavar="NAME=COMMAND")
    a = p.parse_args()
    commands = []
    for c in a.commands:
        name, _, command = c.partition("=")
        commands.append((name, shlex.split(command)))
    times = {name: [] for name, _ in commands}
    for i in range(a.warmup + a.rounds):
        for name, argv in commands:
            if a.prepare:
                subprocess.run(a.prepare, shell=True, cwd=a.cwd, check=True)
            wall = run(argv, a.cwd)
            if i >= a.warmup:
                times[name].append(wall)
    first = commands[0][0]
    base = statistics.median(times[first])
    for name, _ in commands:
        t = sorted(times[name])
        q1, med, q3 = statistics.quantiles(t, n=4)
        print(f"{name:>14}: median {med * 1000:8.2f} ms (quartiles {q1 * 1000:.2f}–{q3 * 1000:.2f})")
    for name, _ in commands[1:]:
        ratio = statistics.median(times[name]) / base
        print(f"{name} / {first}: {ratio:.2f}x")
    print(f"{a.rounds} rounds; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(times, f)


if __name__ == "__main__":
    main()
