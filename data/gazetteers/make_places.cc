// Prints the place names of the LOCATION gazetteer (build_places.sh), one
// "name <TAB> kind <TAB> size" line each, names as the sources write them:
//   country names in 18 display languages (ICU: Locale::getISOCountries,
//     getDisplayCountry), kind c, size 3;
//   exemplar cities of the time zones, localized (ICU TimeZoneNames::
//     getExemplarLocationName), kind t, size 3 (they name the zone);
//   GeoNames cities of 15,000+ people (libgeonames0), kind t, size 3 from a
//     million people, 2 from 100,000, else 1; their states and provinces,
//     kind r, size 2.
// And the month and weekday names of the same languages (kind x), which are
// no places. build_places.sh adds the localized GeoNames names, folds and
// merges.
#include <geonames/geonames.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <memory>
#include <string>

namespace {

void Put(const icu::UnicodeString& name, char kind, int size, bool english = true) {
  if (!english && name.length() < 4) return;
  std::string s;
  name.toUTF8String(s);
  if (!s.empty()) std::printf("%s\t%c\t%d\n", s.c_str(), kind, size);
}

}  // namespace

int main() {
  // Languages of the texts a gateway sees most: western and central Europe,
  // Turkey, South and Southeast Asia and Africa (Latin script only: the
  // recognizer folds Latin letters).
  // (Not more: each language's short names are words of the others, "Mon",
  // "Man", "Duc".) Names under four letters only from English ("Chad").
  const char* const kLocales[] = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da",
                                  "nb", "fi", "tr", "ro", "cs", "hu", "hr", "id"};
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
    const icu::Locale region("", *c);
    for (const char* loc : kLocales) {
      icu::UnicodeString name;
      region.getDisplayCountry(icu::Locale(loc), name);
      if (name != icu::UnicodeString(*c)) Put(name, 'c', 3, loc[0] == 'e' && loc[1] == 'n');
    }
  }
  for (const char* loc : kLocales) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(icu::Locale(loc), status));
    std::unique_ptr<icu::StringEnumeration> ids(icu::TimeZone::createEnumeration(status));
    if (U_FAILURE(status)) return 1;
    for (const icu::UnicodeString* id = ids->snext(status); id != nullptr && U_SUCCESS(status);
         id = ids->snext(status)) {
      if (id->startsWith("Etc/") || id->indexOf(u'/') < 0) continue;
      icu::UnicodeString city;
      names->getExemplarLocationName(*id, city);
      Put(city, 't', 3, loc[0] == 'e' && loc[1] == 'n');
    }
  }
  // Calendar words, kind x: build_places.sh drops places spelled like one
  // ("Mon" of "Mon 14 Oct" is a state of Myanmar, "Marzo" a town).
  for (const char* loc : kLocales) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(loc), status);
    if (U_FAILURE(status)) return 1;
    int32_t count = 0;
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
        const icu::UnicodeString* months = symbols.getMonths(count, context, width);
        for (int32_t i = 0; i < count; ++i) Put(months[i], 'x', 0);
        const icu::UnicodeString* days = symbols.getWeekdays(count, context, width);
        for (int32_t i = 0; i < count; ++i) Put(days[i], 'x', 0);
      }
    }
  }
  const int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    const unsigned pop = geonames_city_get_population(city);
    Put(icu::UnicodeString::fromUTF8(geonames_city_get_name(city)), 't', pop >= 1000000 ? 3 : pop >= 100000 ? 2 : 1);
    Put(icu::UnicodeString::fromUTF8(geonames_city_get_state(city)), 'r', 2);
    geonames_city_free(city);
  }
  return 0;
}
