#!/bin/sh
# Derives places.tsv, the LOCATION place gazetteer compiled into convoguard,
# from library data Debian ships. Run it by hand when the sources change; the
# build only reads the committed places.tsv.
#
#   data/gazetteers/build_places.sh
#
# Needs (to run this script only, not to build): libicu-dev, libgeonames-dev
# (libgeonames0: the GeoNames cities of 15,000+ people, CC-BY-4.0;
# libgeonames-common: their names in many languages, as gettext catalogs),
# gettext (msgunfmt), icu-devtools (uconv) and wamerican-small (the word
# list build_names.sh reads too).
#
# Sources (make_places.cc prints the first three):
#   ICU 72: country names in 18 display languages; the exemplar city of every
#     time zone, in the same languages (under four letters: English only);
#   libgeonames: 24,361 cities with population, and their states/provinces;
#   libgeonames-common: the cities' and states' names in LANGS below.
# Only names in Latin script are kept; each is folded to lowercase ASCII
# ("Kraków" -> "krakow", "Göteborg" -> "goteborg", as the recognizer folds
# text: Latin-1 and Latin Extended-A letters), 3 to 32 bytes, no digits;
# names spelled like a month or weekday name or abbreviation of those
# languages (ICU's calendar symbols: "mon", "marzo", "mai") are dropped, and
# so are towns of size 1 spelled like a lowercase word of WORD_LIST ("hope").
#
# Output, sorted, one line per folded name:
#   name <TAB> kind <TAB> size <TAB> prefix <TAB> word
# kind: c country, r state/province/region, t city or town (the first of
#   c, r, t any source gives the name);
# size 1-3: 3 a country or a city of a million people or a time zone's
#   city; 2 a region, a city of 100,000+, or a name some language
#   translates; 1 any other GeoNames city (15,000+ people); 0 on lines that
#   are only a prefix;
# prefix: 1 when the name is also the first word of a longer name ("new" of
#   "new york", "buenos" of "buenos aires"), else 0;
# word: 1 when the name is also a lowercase word of WORD_LIST ("nice",
#   "split", "mobile", "reading": not "Berlin", which the list capitalizes).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
LANGS="de fr es it pt pt_BR nl pl sv da nb fi tr ro cs hu hr id"
WORD_LIST=${WORD_LIST:-/usr/share/dict/american-english-small}

g++ -std=c++20 -O1 "$here/make_places.cc" $(pkg-config --cflags --libs geonames icu-i18n icu-uc) \
  -o "$tmp/make_places"
"$tmp/make_places" > "$tmp/raw.tsv"
for l in $LANGS; do
  mo=/usr/share/locale/$l/LC_MESSAGES/geonames.mo
  [ -f "$mo" ] || continue
  # msgid: a GeoNames id (a city) or an admin code with a dot (a state).
  msgunfmt --no-wrap "$mo" | awk '
    /^msgid "/ { id = substr($0, 8, length($0) - 8); next }
    /^msgstr "/ { s = substr($0, 9, length($0) - 9);
                  if (id != "" && s != "") print s "\t" (index(id, ".") ? "r" : "t") "\t2" }'
done >> "$tmp/raw.tsv"

# Latin script only, then fold.
grep -P '^[\p{Latin} .\x27\x{2019}-]+\t' "$tmp/raw.tsv" > "$tmp/latin.tsv" || true
cut -f1 "$tmp/latin.tsv" | uconv -x 'Latin-ASCII; Lower' > "$tmp/folded.txt"
cut -f2,3 "$tmp/latin.tsv" | paste "$tmp/folded.txt" - |
  awk -F '\t' -v words="$WORD_LIST" '
    BEGIN { while ((getline lw < words) > 0) if (lw ~ /^[a-z]+$/) word[lw] = 1 }
    function rank(k) { return k == "c" ? 3 : k == "r" ? 2 : 1 }
    { sub(/\.$/, "", $1) }
    $2 == "x" { calendar[$1] = 1; next }
    length($1) >= 3 && length($1) <= 32 && $1 !~ /[0-9]/ && $1 ~ /^[a-z]/ {
      if (!($1 in kind) || rank($2) > rank(kind[$1])) kind[$1] = $2;
      if (!($1 in size) || $3 > size[$1]) size[$1] = $3;
      n = split($1, w, " ");
      if (n > 1 && length(w[1]) >= 2) pre[w[1]] = 1;
    }
    END {
      for (k in calendar) { delete kind[k]; delete pre[k] }
      # A town of under 100,000 spelled like a common word ("Hope", "Can",
      # "Spanish", "Rose") is left out: a text means the word.
      for (k in kind) if (size[k] < 2 && (k in word) && index(k, " ") == 0) delete kind[k]
      for (k in kind) print k "\t" kind[k] "\t" size[k] "\t" ((k in pre) ? 1 : 0) "\t" ((k in word) ? 1 : 0);
      for (k in pre) if (!(k in kind)) print k "\tt\t0\t1\t" ((k in word) ? 1 : 0);
    }' | LC_ALL=C sort > "$here/places.tsv"
wc -l "$here/places.tsv" >&2
