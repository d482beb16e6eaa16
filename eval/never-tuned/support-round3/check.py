#!/usr/bin/env python3
"""Validate support-messages.jsonl (support-round3) and print counts, never message text.

Usage: python3 eval/never-tuned/support-round3/check.py [path]
Exit status 0 when every check passes, 1 otherwise.
"""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "support-messages.jsonl")
EXPECTED_ROWS = 400
KEYS = {"id", "text", "channel", "industry", "lang"}
CHANNELS = {"tweet", "chat", "email", "call"}
LANG_RE = re.compile(r"^[a-z]{2}$")
ID_FMT = "s3-s-{:03d}"
# Anything that looks like a UK phone number: 0 or +44, then 9-10 more digits with optional spaces or dashes.
PHONE_RE = re.compile(r"(?<![\w-])(?:\+44[\s-]?|0)\d(?:[\s-]?\d){8,9}(?!\d)")
RESERVED = (re.compile(r"^07700900\d{3}$"), re.compile(r"^02079460\d{3}$"))


def norm_phone(s):
    digits = re.sub(r"\D", "", s)
    return "0" + digits[2:] if s.startswith("+44") else digits


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {n}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: invalid JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict) or set(obj) != KEYS:
                errors.append(f"line {n}: keys must be exactly {sorted(KEYS)}")
                continue
            rows.append((n, obj))

    if len(rows) != EXPECTED_ROWS:
        errors.append(f"expected {EXPECTED_ROWS} rows, found {len(rows)}")

    seen_ids = set()
    seen_texts = {}
    for i, (n, obj) in enumerate(rows, 1):
        if obj["id"] != ID_FMT.format(i):
            errors.append(f"line {n}: id {obj['id']!r} out of order (expected {ID_FMT.format(i)})")
        if obj["id"] in seen_ids:
            errors.append(f"line {n}: duplicate id {obj['id']}")
        seen_ids.add(obj["id"])
        for key in ("text", "channel", "industry", "lang"):
            if not isinstance(obj[key], str) or not obj[key].strip():
                errors.append(f"line {n}: {key} must be a non-empty string")
        if obj["channel"] not in CHANNELS:
            errors.append(f"line {n}: channel {obj['channel']!r} not allowed")
        if not LANG_RE.match(str(obj["lang"])):
            errors.append(f"line {n}: lang {obj['lang']!r} is not an ISO 639-1 style code")
        text = str(obj["text"])
        key = " ".join(text.casefold().split())
        if key in seen_texts:
            errors.append(f"line {n}: duplicate text (same as line {seen_texts[key]})")
        else:
            seen_texts[key] = n
        for m in PHONE_RE.finditer(text):
            if not any(r.match(norm_phone(m.group(0))) for r in RESERVED):
                errors.append(f"line {n}: phone-like number outside 07700 900xxx / 020 7946 0xxx")

    by_channel = collections.Counter(o["channel"] for _, o in rows)
    by_lang = collections.Counter(o["lang"] for _, o in rows)
    by_industry = collections.Counter(o["industry"] for _, o in rows)

    def table(title, counter):
        print(f"\n{title} ({len(counter)} distinct)")
        for name, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {name:<24} {count}")

    print(f"rows: {len(rows)}")
    table("channel", by_channel)
    table("lang", by_lang)
    table("industry", by_industry)

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
