"""Validate support-messages.jsonl and print counts (writer's own check; prints no message text)."""
import json, re, sys, collections, pathlib
p = pathlib.Path(__file__).with_name("support-messages.jsonl")
CH = {"tweet", "chat", "email", "call"}
errs, rows = [], []
for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad JSON {e}"); continue
    if set(o) != {"id", "text", "channel", "industry", "lang"}: errs.append(f"line {n}: keys {sorted(o)}")
    if o.get("id") != f"s2-s-{n:03d}": errs.append(f"line {n}: id {o.get('id')}")
    if o.get("channel") not in CH: errs.append(f"line {n}: channel {o.get('channel')}")
    if not re.fullmatch(r"[a-z]{2}", o.get("lang", "")): errs.append(f"line {n}: lang")
    if not re.fullmatch(r"[a-z][a-z-]+", o.get("industry", "")): errs.append(f"line {n}: industry")
    t = o.get("text", "")
    if not t.strip() or t != t.strip(): errs.append(f"line {n}: empty/unstripped text")
    # phone numbers: only 07700 900xxx, 020 7946 0xxx, 555-01xx
    for m in re.finditer(r"(?<![\w-])0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b|\b\d{3}-\d{4}\b", t):
        s = m.group()
        if not (re.fullmatch(r"07700 900\d{3}", s) or re.fullmatch(r"020 7946 0\d{3}", s) or re.fullmatch(r"555-01\d\d", s)):
            errs.append(f"line {n}: phone-like {s!r}")
    rows.append(o)
ids = [o["id"] for o in rows]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
norm = collections.Counter(re.sub(r"\s+", " ", o["text"].lower()).strip() for o in rows)
d = [k for k, v in norm.items() if v > 1]
if d: errs.append(f"{len(d)} duplicate texts")
if len(rows) != 400: errs.append(f"{len(rows)} rows, want 400")
def table(key):
    c = collections.Counter(o[key] for o in rows)
    return "\n".join(f"| {k} | {v} |" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
print(f"rows: {len(rows)}")
en = sum(o["lang"] == "en" for o in rows)
print(f"English: {en} ({100*en/len(rows):.1f} %); other languages: {len(rows)-en} over {len({o['lang'] for o in rows})-1} languages")
print(f"industries: {len({o['industry'] for o in rows})}")
for k in ("channel", "lang", "industry"):
    print(f"\n### {k}\n| {k} | n |\n|---|---|\n" + table(k))
SHAPES = {
    "@handle": r"@[A-Za-z_][\w]+",
    "URL (t.co / .example)": r"https?://|\.example\b",
    "#hashtag": r"(?<![&\w])#[A-Za-z]\w+",
    "HTML entity": r"&(?:amp|gt|lt|quot|#39|pound);",
    "emoji": r"[\U0001F300-\U0001FAFF\u2600-\u27BF]",
    "multi-line": r"\n",
    "quoted earlier reply (>)": r"(?m)^> ",
    "order/booking/claim reference": r"\b[A-Z]{1,4}-\d[\w-]{3,}|\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6}\b|#\d{4,}|\b\d{2,}-\d{4,}\b",
    "call marks [..] / (..)": r"\[(?:inaudible)\]|\((?:laughs|sighs|pause|long pause)\)",
    "repetition (\"I, I\")": r"\b(\w+), \1\b",
    "ALL-CAPS word run (3+ words)": r"\b[A-Z]{2,}[!?.]*(?: [A-Z]{2,}[!?.]*){2,}",
    "profanity / name-calling": r"(?i)\bfuck|\bwtf\b|\bffs\b|\bshit|bastard|idiots|clowns",
    "<= 3 words": None,
}
print("\n### shape markers (regex counts, overlapping)\n| marker | n |\n|---|---|")
for k, rx in SHAPES.items():
    n = sum(len(o["text"].split()) <= 3 for o in rows) if rx is None else sum(bool(re.search(rx, o["text"])) for o in rows)
    print(f"| {k} | {n} |")
if errs:
    print("\nERRORS:\n" + "\n".join(errs)); sys.exit(1)
print("\nOK")
