#!/usr/bin/env python3
"""Validates real `vigie analyze` output against the output contract.

Runs the vigie binary over the project's samples (and the seed document in ../shared/seed when
that folder exists), validates every printed object against schema/analysis.schema.json with a
real JSON Schema validator (python3-jsonschema, draft 2020-12), and checks what the schema
states in prose: offsets are code points into the analysed text, analysed_text[start:end] ==
mention text, chars is the length of the analysed text.

Exit status: 0 passed, 1 failed, 77 skipped (jsonschema missing).
"""
import argparse
import json
import os
import subprocess
import sys


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def run_vigie(vigie, paths, extra=()):
    cmd = [vigie, "analyze", "--text", "--tokens", *extra, *paths]
    proc = subprocess.run(cmd, capture_output=True, check=False)
    if proc.returncode != 0:
        fail("%s exited %d: %s" % (" ".join(cmd), proc.returncode, proc.stderr.decode(errors="replace")))
    lines = proc.stdout.decode("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def check_offsets(obj):
    doc = obj["doc"]
    text = doc["text"]
    where = doc["id"]
    if doc["chars"] != len(text):
        fail("%s: chars %d != analysed text length %d" % (where, doc["chars"], len(text)))
    for m in obj["mentions"]:
        if text[m["start"]:m["end"]] != m["text"]:
            fail("%s: mention %r does not match text[%d:%d]" % (where, m["text"], m["start"], m["end"]))
    prev_end = 0
    for s in obj.get("sentences", []):
        if not (prev_end <= s["start"] < s["end"] <= len(text)):
            fail("%s: sentence span %r out of order or bounds" % (where, s))
        piece = text[s["start"]:s["end"]]
        if piece != piece.strip():
            fail("%s: sentence %r has surrounding white space" % (where, piece))
        prev_end = s["end"]
    for t in obj.get("tokens", []):
        if text[t["start"]:t["end"]] != t["text"]:
            fail("%s: token %r does not match text[%d:%d]" % (where, t["text"], t["start"], t["end"]))
    for e in obj.get("events", []):
        for side in ("source", "target"):
            actor = e.get(side)
            at = actor.get("mention") if actor else None
            if at is not None and text[at["start"]:at["end"]] != at["text"]:
                fail("%s: event %s %r does not match text[%d:%d]" % (where, side, at["text"], at["start"], at["end"]))
    if doc.get("dateline") is not None:
        span = doc["dateline_span"]
        if text[span["start"]:span["end"]] != doc["dateline"]:
            fail("%s: dateline %r does not match its span" % (where, doc["dateline"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vigie", required=True)
    ap.add_argument("--source", required=True, help="the project's source folder")
    args = ap.parse_args()
    try:
        import jsonschema
    except ImportError:
        print("SKIP: python3-jsonschema is not installed")
        return 77

    schema_path = os.path.join(args.source, "schema", "analysis.schema.json")
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    shared = os.path.join(os.path.dirname(os.path.abspath(args.source)), "shared")
    shared_schema_path = os.path.join(shared, "schema", "analysis.schema.json")
    if os.path.exists(shared_schema_path):
        with open(shared_schema_path, encoding="utf-8") as f:
            if json.load(f) != schema:
                fail("schema/analysis.schema.json differs from ../shared/schema/analysis.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    objects = run_vigie(args.vigie, [os.path.join(args.source, "samples")])
    if len(objects) < 10:
        fail("expected the samples to give at least 10 analyses, got %d" % len(objects))
    seed = os.path.join(shared, "seed", "000_b4507fa662c6e7de.txt")
    if os.path.exists(seed):
        seed_objects = run_vigie(args.vigie, [seed])
        if len(seed_objects) != 1:
            fail("the seed gave %d analyses" % len(seed_objects))
        doc = seed_objects[0]["doc"]
        if doc["published"] != "2024-09" or doc["lang"] != "fr":
            fail("seed read wrong: published %r lang %r" % (doc["published"], doc["lang"]))
        objects += seed_objects
    else:
        print("note: ../shared/seed absent, seed part skipped")

    for obj in objects:
        errors = sorted(validator.iter_errors(obj), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            fail("%s: %s at %s" % (obj["doc"].get("id"), e.message, "/".join(map(str, e.path))))
        check_offsets(obj)
    # Pretty output is the same objects.
    pretty = subprocess.run([args.vigie, "analyze", "--pretty", os.path.join(args.source, "samples", "news.jsonl")],
                            capture_output=True, check=True).stdout.decode("utf-8")
    decoder = json.JSONDecoder()
    pos, count = 0, 0
    while pos < len(pretty):
        while pos < len(pretty) and pretty[pos].isspace():
            pos += 1
        if pos >= len(pretty):
            break
        obj, pos = decoder.raw_decode(pretty, pos)
        errors = list(validator.iter_errors(obj))
        if errors:
            fail("--pretty output: %s" % errors[0].message)
        count += 1
    if count == 0:
        fail("--pretty printed nothing")
    print("OK: %d analyses valid against %s" % (len(objects), schema_path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
