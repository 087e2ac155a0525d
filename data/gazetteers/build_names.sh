#!/bin/sh
# Derives names.tsv, the PERSON gazetteer compiled into convoguard, from
# public-domain US name statistics. Run it by hand when the sources change;
# the build only reads the committed names.tsv.
#
#   data/gazetteers/build_names.sh [NAME_GAZETTEERS_DIR] [WORD_LIST]
#
# NAME_GAZETTEERS_DIR (default ../shared/data/pii/name-gazetteers) holds
#   census1990/dist.all.last, dist.female.first, dist.male.first (US Census
#   1990 name frequencies) and ssa/maxoccurbysex.txt (SSA baby names,
#   "name,sex,max_count,year_of_max").
# WORD_LIST (default /usr/share/dict/american-english-small, Debian package
#   wamerican-small: SCOWL size 35, common words only) marks
#   names that are also lowercase English words ("will", "rose", "grant"),
#   and is itself listed (words that are no names, with classes 0 0), so that
#   rules can tell an unknown capitalized word ("Okonkwo") from an ordinary
#   one ("Service"). Debian's wamerican-small is needed only to run this
#   script (apt-get install wamerican-small), not to build.
#   common_words_extra.txt beside this script adds words the list spells with
#   a capital (months, days) and places that are also given names;
#   names_not_words.txt clears the mark for names whose word sense is rare.
#
# Output, sorted, one line per lowercase name:
#   name <TAB> given_class <TAB> surname_class <TAB> is_word
# given_class 0-4: 0 not a given name; 1 SSA peak >= 10 births/year; 2 >= 300
#   or any Census first name; 3 >= 2000 or Census >= 0.01%; 4 >= 10000 or
#   Census >= 0.1%. SSA names whose peak year had fewer than 10 births are
#   left out (they are mostly rare spellings and everyday words); 10-49 keeps
#   names common elsewhere but rare in the US (Deepak, Tomasz, Ngozi).
# surname_class 0-4: 0 not a surname; Census rank 1-1000: 4; -5000: 3;
#   -20000: 2; the rest of the 88,799 Census surnames: 1.
# is_word: 1 if the name is in WORD_LIST in lowercase or in
#   common_words_extra.txt, and not in names_not_words.txt.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=${1:-$here/../../../shared/data/pii/name-gazetteers}
words=${2:-/usr/share/dict/american-english-small}
LC_ALL=C
export LC_ALL

{
  awk -F, '$3 >= 10 { n = tolower($1); c = $3 >= 10000 ? 4 : $3 >= 2000 ? 3 : $3 >= 300 ? 2 : 1;
                      print n "\tG\t" c }' "$src/ssa/maxoccurbysex.txt"
  cat "$src/census1990/dist.female.first" "$src/census1990/dist.male.first" |
    awk '{ n = tolower($1); c = $2 >= 0.1 ? 4 : $2 >= 0.01 ? 3 : 2; print n "\tG\t" c }'
  awk '{ n = tolower($1); r = $4 + 0; c = r <= 1000 ? 4 : r <= 5000 ? 3 : r <= 20000 ? 2 : 1;
         print n "\tS\t" c }' "$src/census1990/dist.all.last"
  grep -E '^[a-z]+$' "$words" | awk '{ print $1 "\tW\t1" }'
  grep -vE '^(#|$)' "$here/common_words_extra.txt" | awk '{ print tolower($1) "\tW\t1" }'
  grep -vE '^(#|$)' "$here/names_not_words.txt" | awk '{ print tolower($1) "\tN\t1" }'
} | awk -F'\t' '
  $1 !~ /^[a-z][a-z'\''-]*$/ { next }
  { seen[$1] = 1 }
  $2 == "G" && $3 > g[$1] { g[$1] = $3 }
  $2 == "S" && $3 > s[$1] { s[$1] = $3 }
  $2 == "W" { w[$1] = 1 }
  $2 == "N" { notword[$1] = 1 }
  END { for (n in seen) if (g[n] + s[n] > 0 || (n in w && !(n in notword))) printf "%s\t%d\t%d\t%d\n", n, g[n], s[n], (n in notword) ? 0 : w[n] + 0 }
' | sort > "$here/names.tsv"
wc -l "$here/names.tsv" >&2
