#!/usr/bin/env python3
"""Build the b10pii set: run gen.py, then write stats.json and README.md from the data."""
import collections, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py")], check=True)
    recs = [json.loads(l) for l in open(os.path.join(HERE, "all.jsonl"), encoding="utf-8")]
    ent = collections.Counter(s["entity_type"] for r in recs for s in r["spans"])
    sub = collections.Counter("%s:%s" % (s["entity_type"], s["subtype"]) for r in recs for s in r["spans"] if "subtype" in s)
    look = collections.Counter(l["kind"] for r in recs for l in r["lookalikes"])
    lang = collections.Counter(r["lang"] for r in recs)
    style = collections.Counter(r["style"] for r in recs)
    nopii = sum(1 for r in recs if not r["spans"])
    spoken_styles = {"voice", "call_centre", "sms", "whatsapp"}
    stats = {
        "records": len(recs),
        "records_without_pii": nopii,
        "records_not_english": sum(1 for r in recs if r["lang"] != "en"),
        "records_voice_call_sms_whatsapp": sum(1 for r in recs if r["style"] in spoken_styles),
        "spans": sum(ent.values()),
        "lookalikes": sum(look.values()),
        "entity_types": dict(ent.most_common()),
        "subtypes": dict(sorted(sub.items())),
        "lookalike_kinds": dict(look.most_common()),
        "languages": dict(lang.most_common()),
        "styles": dict(style.most_common()),
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
        f.write("\n")

    def table(counter, head):
        rows = ["| %s | count |" % head, "|---|---|"]
        rows += ["| %s | %d |" % (k, v) for k, v in counter.most_common()]
        return "\n".join(rows)

    readme = README % {
        "n": len(recs), "nopii": nopii, "nonen": stats["records_not_english"],
        "spoken": stats["records_voice_call_sms_whatsapp"], "spans": stats["spans"],
        "looks": stats["lookalikes"], "nlang": len(lang),
        "ent": table(ent, "entity_type"), "sub": table(collections.Counter(sub), "type:subtype"),
        "look": table(look, "lookalike kind"), "lang": table(lang, "lang"), "style": table(style, "style"),
    }
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)
    print("build.py: %d records, %d spans, %d look-alikes; wrote stats.json and README.md" % (len(recs), stats["spans"], stats["looks"] if "looks" in stats else stats["lookalikes"]))


README = """# b10pii — blind PII evaluation set 10

Hand-written evaluation messages of the kind people paste into chat assistants, with personal
data labelled in Microsoft Presidio's entity types. Built for measuring detectors on text they
have never seen.

## Provenance

- Every message in `src/*.txt` was written by hand for this set, from general knowledge, in one
  authoring session. No published prompt, dataset, repository or web page was consulted or copied.
- All people, companies (except a few well-known brand names used as look-alikes), addresses,
  phone numbers, e-mails, hosts and accounts are invented. E-mail and URL domains are only
  example.com/.org/.net, `*.example` and `*.test`; IPs only come from 192.0.2.0/24,
  198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32. Phone numbers are made up (many use
  reserved fictional ranges such as UK 07700 900xxx and US 555-01xx) and must not be dialled.
- Checksummed identifiers are not hand-typed: the source says `@gen:<kind>` and `gen.py` fills
  it with a fixed seed (`SEED` in gen.py). Real-looking ones pass their checksum; the invalid
  look-alikes are broken on purpose. No real secret, key or credential is present.

## Files

| file | what it is |
|---|---|
| `src/*.txt` | hand-written marked-up messages (source of truth) |
| `gen.py` | parses `src/`, fills `@gen:` values, strips markup, computes offsets, writes `all.jsonl` |
| `build.py` | runs gen.py, then writes `stats.json` and this README (counts come from the data) |
| `validate.py` | independent checker (does not import gen.py); exit 0 = fine |
| `all.jsonl` | the dataset, one JSON record per line |
| `stats.json` | counts |

Rebuild and check: `python3 build.py && python3 validate.py`.

## Record format

```json
{"id": "b10pii-0001", "lang": "en", "style": "call_centre", "text": "...",
 "spans": [{"entity_type": "PERSON", "start": 37, "end": 53},
           {"entity_type": "DATE_TIME", "start": 3, "end": 9, "subtype": "relative"}],
 "lookalikes": [{"kind": "order_number", "start": 120, "end": 133}],
 "scope": ["PERSON", "..."]}
```

Offsets are Python code-point indices into `text`, `end` exclusive. `subtype` is present on every
LOCATION span (`address`, `city`, `region`, `country`) and every DATE_TIME span (`date`, `time`,
`datetime`, `dob`, `relative`, `timestamp`) and nowhere else. `scope` is the same 26 Presidio
types on every record: anything outside it is not labelled as PII.

## Counts (computed from all.jsonl)

- records: %(n)d; without any PII span: %(nopii)d; not in English: %(nonen)d (%(nlang)d languages)
- voice / call-centre / SMS / WhatsApp records: %(spoken)d
- PII spans: %(spans)d; look-alikes: %(looks)d

%(ent)s

%(sub)s

%(look)s

%(lang)s

%(style)s

## Labelling conventions

- PERSON: the name only; titles and honorifics (Mr, Dr, doctor, mister, Frau, Mme, dona, dhr.,
  Hanım, 様, さん, 经理, 老师, 님 ...) stay outside. First names, surnames, nicknames, lowercase
  ASR names and names that are ordinary words (Hope, Faith, Will, June, Summer, Rose, Guy) are
  PERSON. Every mention is labelled. Names spelled letter by letter in a transcript
  ("w o j c i k") are labelled as PERSON too. Kinship words ("mum", "oma", "grandma") are not.
  Celebrity names (a singer asked for in a voice command) are labelled PERSON.
- Brand, company and product names containing a person's name are look-alikes
  (`company_name`, `product_name`), as are usernames/handles, pet names and "hope" as an
  ordinary word (`common_word`, or simply left unlabelled in running text).
- LOCATION `address` is a whole street address as one span (street, number, unit, postcode,
  city, country when written together); a bare street name is also `address`. Leading
  prepositions/articles stay outside. `city`, `region`, `country` are places on their own
  (country codes like "VN" in JSON count as `country`).
- DATE_TIME without leading prepositions. `dob` birth dates, `timestamp` machine stamps (ISO
  8601, syslog, Apache/nginx), `relative` (tomorrow, next Friday, bare weekdays, "vorige week",
  "last night"), `datetime` date+time together, `time` clock times, `date` the rest (including
  card expiry dates and months/years in CVs). Durations, ages, epochs, scores, versions and media
  offsets are not DATE_TIME; durations, ages and epochs are look-alikes.
- PHONE_NUMBER includes country code and an adjacent extension. Spoken numbers in transcripts
  ("zero seven seven double oh ...") are labelled PHONE_NUMBER; spoken e-mail addresses
  ("rachel at example dot org") are labelled EMAIL_ADDRESS.
- Spelled-out SSNs and NHS numbers in transcripts are labelled as US_SSN / UK_NHS; the digits
  they spell pass the checksum (validate.py decodes the words, including "oh" and "double").
  The schema has no extra "spoken" field: spoken-ness is visible from the text and style.
- MEDICAL_LICENSE spans are US DEA registration numbers (checksummed). US_PASSPORT spans are
  9-character US passport numbers (no checksum exists).
- CRYPTO: Bitcoin P2PKH/P2SH (Base58Check) and Bech32 addresses, and Ethereum addresses
  (lower-case hex, so no EIP-55 checksum is implied).
- Hostnames without a scheme (`mx.example.org`) are look-alikes (`hostname`), not URL.
- Out-of-scope national identifiers (Brazilian CPF, Mexican RFC, vehicle plates, bank account
  numbers) appear only as look-alikes whose kind ends in `_out_of_scope`.
- Invalid checksums are look-alikes: invalid_card, invalid_iban, invalid_nhs, invalid_aadhaar,
  invalid_tfn, invalid_ssn, invalid_pesel, invalid_dni, invalid_aba, invalid_nric, invalid_crypto.

## Known judgement calls

- One-time codes (`otp_code`), CVVs, door codes and card last-4 digits are look-alikes, not PII.
- A birth date that is impossible (30 February) is still labelled `dob`, since the user wrote it
  as one.
- Nationality words used for a language preference ("i'm welsh") are NRP. Nationality
  adjectives on things rather than people ("Swiss account", "Spanish IBAN", "French IBAN") and
  language names ("translate into Korean") are not NRP and are left unlabelled.
- Names that are also calendar words are labelled by role: a driver called "Sunday", people
  called "June" and "August" are PERSON; "Sunday" as a day is DATE_TIME.
- Letter-by-letter spellings of a name in a transcript ("n g o z i") are a separate PERSON span
  next to the spoken name.
- Spoken digits in languages with non-Latin scripts (Japanese ゼロ, Hindi, Korean 공/오,
  Vietnamese words) are labelled PHONE_NUMBER the same way as English spoken numbers.
- Quarters ("Q1"), holidays ("Christmas Eve 2021", "Natale", "black friday") and seasons with a
  year are `date`; "after Easter", "the weekend", "any morning next week" are `relative`.
- The set is larger than the ~550 messages first planned (see counts above), because the span
  targets (PERSON ~600, DATE_TIME ~500, LOCATION ~300) were kept while most messages stay short.
"""

if __name__ == "__main__":
    main()
