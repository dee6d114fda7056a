#!/usr/bin/env python3
"""The standards document's content as Markdown, for pandoc to convert: the same
headings, criteria tables, examples and references carecert writes to DOCX.
Reads `carecert show --format json` on stdin."""
import json
import sys

d = json.load(sys.stdin)
out = [f"% {d['framework']['title']}", ""]
for s in d["standards"]:
    out += [f"# Standard {s['code']}: {s['title']}", ""]
    if s["references"]:
        out += ["### Laws, codes and bodies to know", ""]
        out += [f"- **{r['term']}** — {r['note']}" for r in s["references"]] + [""]
    for o in s["outcomes"]:
        out += [f"## {o['code']} {o['title']}", "", "| Code | Assessment criterion | Kind |", "|---|---|---|"]
        for c in o["criteria"]:
            text = c["text"].replace("|", "\\|")
            if c["examples"]:
                text += " This could include: " + "; ".join(c["examples"])
            out.append(f"| {c['code']} | {text} | {c['kind'].capitalize()} |")
        out.append("")
print("\n".join(out))
