#!/usr/bin/env python3
"""Markdown -> plain text for floor.c when pandoc is not installed (same text volume, no markup)."""
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"<[^>]+>", "", text)                      # raw HTML tags
text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)    # images -> alt
text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)     # links -> text
text = re.sub(r"^```.*$", "", text, flags=re.M)
text = re.sub(r"[*_~`#>|]", "", text)
sys.stdout.write(text)
