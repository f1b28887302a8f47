#!/usr/bin/env python3
"""Turns a Gatling report (index.html) and the RSS samples of bench/load.sh into the Markdown table
of docs/performance.md: per request type p50, p95, p99 and errors, p95 against the floor, and the
goal (p95 of every page <= 2 x the floor's p95, p99 < 250 ms, no errors)."""
import argparse
import html
import re

FLOOR = "floor: /konto"

parser = argparse.ArgumentParser()
parser.add_argument("report")
parser.add_argument("rss")
parser.add_argument("load_start", type=int)
parser.add_argument("load_end", type=int)
parser.add_argument("--machine", default="")
parser.add_argument("--run", default="")
parser.add_argument("--first-ready", default="")
parser.add_argument("--generated", default="")
parser.add_argument("--ready", default="")
parser.add_argument("--idle-jvm", type=int, default=0)
parser.add_argument("--idle-pg", type=int, default=0)
args = parser.parse_args()

text = open(args.report, encoding="utf-8").read()
rows = {}
for block in re.findall(r'<tr id="[^"]+"[^>]*>(.*?)</tr>', text, re.S):
    name = re.search(r'class="ellipsed-name">(.*?)</span>', block, re.S)
    cells = dict(re.findall(r'col-(\d+)">([^<]*)<', block))
    if name and cells:
        rows[html.unescape(name.group(1).strip())] = {
            "total": int(cells["2"]), "ko": int(cells["4"]), "p50": int(cells["8"]), "p75": int(cells["9"]),
            "p95": int(cells["10"]), "p99": int(cells["11"]), "max": int(cells["12"]), "mean": int(cells["13"])}

warm_up = [name for name in rows if name.startswith("warm-up")]
for name in warm_up + (["All Requests"] if warm_up else []):
    rows.pop(name, None)  # the warm-up is not measured; "All Requests" would include it
floor = rows.get(FLOOR)
print(f"Run: {args.run}  ")
print(f"Machine: {args.machine}  ")
print(f"Warm-up left out: {len(warm_up)} request types\n" if warm_up else "No warm-up\n")
print("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | p95 / floor p95 | goal met |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for name, r in rows.items():
    ratio = "" if not floor or name in ("All Requests", FLOOR) else f"{r['p95'] / max(floor['p95'], 1):.1f} ×"
    if name == "All Requests":
        goal = ""
    elif name == FLOOR:
        goal = "(the floor)" + ("" if r["ko"] == 0 else "; errors")
    else:
        ok = r["ko"] == 0 and r["p99"] < 250 and (floor is None or r["p95"] <= 2 * floor["p95"])
        goal = "yes" if ok else "no"
    label = f"**{name}**" if name == "All Requests" else name
    print(f"| {label} | {r['total']} | {r['ko']} | {r['p50']} | {r['p95']} | {r['p99']} | {r['max']} | {ratio} | {goal} |")

jvm, pg = [], []
for line in open(args.rss, encoding="utf-8"):
    parts = line.split()
    if len(parts) == 3 and parts[1].isdigit() and args.load_start <= int(parts[0]) <= args.load_end:
        jvm.append(int(parts[1]))
        pg.append(int(parts[2]) if parts[2].isdigit() else 0)

mib = lambda kb: f"{kb / 1024:.0f} MiB"
print()
print(f"- start to ready, first start (empty database, generating the unit): {float(args.first_ready):.1f} s ({args.generated})")
print(f"- start to ready, second start (unit already there; the instance under load): {float(args.ready):.1f} s")
print(f"- RSS idle (15 s after ready): JVM {mib(args.idle_jvm)}, embedded PostgreSQL processes {mib(args.idle_pg)}")
if jvm:
    print(f"- RSS under load: JVM peak {mib(max(jvm))} (mean {mib(sum(jvm) / len(jvm))}), "
          f"PostgreSQL processes peak {mib(max(pg))} ({len(jvm)} samples every 2 s)")
