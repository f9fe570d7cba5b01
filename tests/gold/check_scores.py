#!/usr/bin/env python3
"""Regression guard: runs `vigie eval --json` on each gold file and split, and fails when an
overlapping-span F1 (per type), an entity F1 or a geoparsing score (accuracy within 161 km,
found-and-placed share, focus country of the first rank) or an events score (document event
types F1, main event type, categories F1, security vs non-security) drops below the floors in
thresholds.json.

  check_scores.py --vigie BIN --gold-dir DIR            check
  check_scores.py --vigie BIN --gold-dir DIR --update   write the current scores as floors
"""
import argparse
import json
import os
import subprocess
import sys

TYPES = ["PER", "ORG", "LOC", "DATE", "QUANTITY", "all"]
TOLERANCE = 0.01


def scores(vigie, path, split):
    out = subprocess.run([vigie, "eval", "--json", "--split", split, "--gold", path], capture_output=True, check=True)
    report = json.loads(out.stdout)
    result = {}
    for t in TYPES:
        if t in report["mentions_overlap"]:
            result["mentions/" + t] = report["mentions_overlap"][t]["f1"]
    for t in ["PER", "ORG", "LOC", "all"]:
        if t in report["entities"]:
            result["entities/" + t] = report["entities"][t]["f1"]
    geo = report.get("places", {}).get("all")
    if geo:
        for k in ["accuracy_161km", "found_and_placed", "focus_first_right"]:
            result["places/" + k] = geo[k]
    events = report.get("events", {}).get("all")
    if events:
        for k in ["types_f1", "main_type_accuracy", "categories_f1", "security_accuracy"]:
            result["events/" + k] = events[k]
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vigie", required=True)
    ap.add_argument("--gold-dir", required=True)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    gazetteer = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(args.gold_dir))), "data", "gazetteer",
                             "cities1000.txt")
    if not os.path.exists(gazetteer):
        print("SKIP: %s is absent (scripts/setup.sh fetches it); the floors assume the gazetteer" % gazetteer)
        return 77
    thresholds_path = os.path.join(args.gold_dir, "thresholds.json")
    with open(thresholds_path, encoding="utf-8") as f:
        thresholds = json.load(f)
    current = {}
    for name in sorted(os.listdir(args.gold_dir)):
        if not name.endswith(".jsonl"):
            continue
        lang = name[: -len(".jsonl")]
        for split in ["dev", "test"]:
            for key, value in scores(args.vigie, os.path.join(args.gold_dir, name), split).items():
                current["%s/%s/%s" % (lang, split, key)] = round(value, 3)
    if args.update:
        thresholds["floors"] = current
        with open(thresholds_path, "w", encoding="utf-8") as f:
            json.dump(thresholds, f, indent=2, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        print("wrote %d floors to %s" % (len(current), thresholds_path))
        return 0
    failures = []
    for key, floor in sorted(thresholds["floors"].items()):
        got = current.get(key)
        if got is None:
            failures.append("%s: no score (floor %.3f)" % (key, floor))
        elif got < floor - TOLERANCE:
            failures.append("%s: %.3f < floor %.3f" % (key, got, floor))
    for key in sorted(current):
        mark = ""
        if key in thresholds["floors"] and current[key] > thresholds["floors"][key] + TOLERANCE:
            mark = "  (above floor %.3f: raise it)" % thresholds["floors"][key]
        print("%-40s %.3f%s" % (key, current[key], mark))
    if failures:
        print("\nREGRESSIONS:\n  " + "\n  ".join(failures))
        return 1
    print("\nno regression against %d floors" % len(thresholds["floors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
