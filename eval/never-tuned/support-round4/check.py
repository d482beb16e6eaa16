#!/usr/bin/env python3
"""Validate support-messages.jsonl in this folder.

Checks: every line is a JSON object with exactly the keys id, channel, industry, lang, text (non-empty strings);
ids are unique and shaped s4-s-NNN; channel is tweet|chat|email|call; lang is a two-letter ISO 639-1 code;
no phone number outside the fiction ranges (07700 900xxx, 020 7946 0xxx, 555-01xx, also with +44 / +1 / area code);
no duplicate text after case-folding and whitespace collapsing; length 3-250 words (CJK text: at least 3 characters).
Prints counts only (no message text). Exit status 1 on any error.
Usage: python3 check.py [path-to-jsonl]
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

PATH = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("support-messages.jsonl")
KEYS = {"id", "channel", "industry", "lang", "text"}
CHANNELS = {"tweet", "chat", "email", "call"}
ID_RE = re.compile(r"^s4-s-\d{3}$")
LANG_RE = re.compile(r"^[a-z]{2}$")
# A phone-like run: optional +, then digits with spaces, dots, hyphens or brackets between them, 7+ digits in all.
# Runs glued to a letter, '#', '-' or '/' on the left are codes (order numbers, refs, dates), not phone numbers.
PHONE_RE = re.compile(r"(?<![\w#/\-])\+?\(?\d[\d \-.()]{5,}\d(?![\w/])")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def allowed_phone(digits: str) -> bool:
    if re.fullmatch(r"(?:0|44)7700900\d{3}", digits):
        return True
    if re.fullmatch(r"(?:0|44)2079460\d{3}", digits):
        return True
    if re.fullmatch(r"(?:1?\d{3})?55501\d{2}", digits):
        return True
    return False


def main() -> int:
    errors = []
    warnings = []
    rows = []
    raw = PATH.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(raw, 1):
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e.msg})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"line {n}: not an object")
            continue
        if set(obj) != KEYS:
            errors.append(f"line {n}: keys {sorted(obj)} != {sorted(KEYS)}")
        for k in KEYS:
            if not isinstance(obj.get(k), str) or not obj.get(k, "").strip():
                errors.append(f"line {n}: {k} missing or empty")
        rows.append((n, obj))

    ids = Counter(o.get("id") for _, o in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i} x{c}")
    seen = {}
    for n, o in rows:
        i, ch, lang, text = o.get("id", ""), o.get("channel", ""), o.get("lang", ""), o.get("text", "")
        if not ID_RE.match(str(i)):
            errors.append(f"line {n}: bad id {i!r}")
        if ch not in CHANNELS:
            errors.append(f"line {n} ({i}): bad channel {ch!r}")
        if not LANG_RE.match(str(lang)):
            errors.append(f"line {n} ({i}): bad lang {lang!r}")
        text = str(text)
        for m in PHONE_RE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) >= 7 and not allowed_phone(digits):
                errors.append(f"line {n} ({i}): phone-like number outside fiction ranges ({len(digits)} digits)")
        key = " ".join(text.casefold().split())
        if key in seen:
            errors.append(f"line {n} ({i}): duplicate text of {seen[key]}")
        seen.setdefault(key, i)
        if CJK_RE.search(text):
            if len(CJK_RE.findall(text)) < 3:
                errors.append(f"line {n} ({i}): too short")
        else:
            w = len(text.split())
            if w < 3 or w > 250:
                errors.append(f"line {n} ({i}): {w} words, outside 3-250")
        if ch == "tweet" and len(html.unescape(text)) > 280:
            warnings.append(f"line {n} ({i}): tweet longer than 280 characters")

    print(f"file: {PATH}")
    print(f"rows: {len(rows)}")
    print("channel:", dict(sorted(Counter(o.get('channel') for _, o in rows).items())))
    print("lang:", dict(Counter(o.get('lang') for _, o in rows).most_common()))
    print("non-English rows:", sum(o.get("lang") != "en" for _, o in rows),
          "in", len({o.get("lang") for _, o in rows} - {"en"}), "languages")
    print("industries:", len({o.get("industry") for _, o in rows}))
    words = [len(str(o.get("text", "")).split()) for _, o in rows if not CJK_RE.search(str(o.get("text", "")))]
    if words:
        print(f"words (non-CJK): min {min(words)}, max {max(words)}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
