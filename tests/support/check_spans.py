"""Reads an export the way most consumers will, in Python, and checks that text[start:end] == quote for every span.

Usage: check_spans.py NATIVE_JSON FORMAT FILE. The native export gives each article's text by id; FORMAT is one of
native, w3c, jsonl, csv, claimreview. Prints the number of spans checked, or the mismatches and exits 1.
"""
import csv
import json
import sys

ARTICLE_URN = "urn:newsroom-annotator:article:"


def main(native_path: str, export_format: str, path: str) -> int:
    with open(native_path, encoding="utf-8") as native_file:
        native = json.load(native_file)
    texts = {article["id"]: article["text"] for article in native["articles"]}
    quotes = {article["id"]: [a["quote"] for a in article["annotations"]] for article in native["articles"]}
    checked, problems = 0, []

    def check(text: str, start: int, end: int, quote: str, where: str) -> None:
        nonlocal checked
        checked += 1
        if text[start:end] != quote:
            problems.append(f"{where}: {text[start:end]!r} != {quote!r}")

    if export_format == "native":
        for article in native["articles"]:
            for a in article["annotations"]:
                check(article["text"], a["start"], a["end"], a["quote"], a["id"])
    elif export_format == "w3c":
        with open(path, encoding="utf-8") as file:
            collection = json.load(file)
        for item in collection["first"]["items"]:
            text = texts[item["target"]["source"][len(ARTICLE_URN):]]
            selectors = {s["type"]: s for s in item["target"]["selector"]}
            position, quote = selectors["TextPositionSelector"], selectors["TextQuoteSelector"]
            check(text, position["start"], position["end"], quote["exact"], item["id"])
    elif export_format == "jsonl":
        with open(path, encoding="utf-8") as file:
            for number, line in enumerate(file, 1):
                record = json.loads(line)
                for index, (start, end, _label) in enumerate(record["label"]):
                    check(record["text"], start, end, quotes[record["meta"]["id"]][index], f"line {number}")
                if record["entities"] != record["label"]:
                    problems.append(f"line {number}: entities and label differ")
    elif export_format == "csv":
        with open(path, encoding="utf-8-sig", newline="") as file:
            for row in csv.DictReader(file):
                quote = row["quote"]
                # Cells that would read as formulas carry a leading apostrophe, as spreadsheets expect.
                if quote[:1] == "'" and quote[1:2] in ("=", "+", "-", "@", "\t", "\r"):
                    quote = quote[1:]
                check(texts[row["article_id"]], int(row["start"]), int(row["end"]), quote, quote)
    elif export_format == "claimreview":
        with open(path, encoding="utf-8") as file:
            reviews = json.load(file)
        claims = {q for article_quotes in quotes.values() for q in article_quotes}
        for review in reviews:
            checked += 1
            if review["claimReviewed"] not in claims:
                problems.append(f"unknown claim {review['claimReviewed']!r}")
    else:
        problems.append(f"unknown format {export_format}")

    if problems:
        print("\n".join(problems))
        return 1
    print(f"ok {checked}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
