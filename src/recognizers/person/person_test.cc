#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "convoguard/analyzer.h"
#include "recognizers/spans_for_tests.h"

namespace convoguard {
namespace {

// The PERSON spans reported in `text`, as substrings.
std::vector<std::string> Persons(const std::string& text) { return testing::SpansOf("PERSON", text); }

using Names = std::vector<std::string>;

TEST(Person, GivenNameAndSurname) {
  EXPECT_EQ(Persons("Please forward this to Maria Gonzalez today."), Names{"Maria Gonzalez"});
  EXPECT_EQ(Persons("the report from John O'Neil was late"), Names{"John O'Neil"});
  EXPECT_EQ(Persons("ask Mary-Jane Smith about it"), Names{"Mary-Jane Smith"});
  EXPECT_EQ(Persons("a speech by John F. Kennedy in 1962"), Names{"John F. Kennedy"});
}

TEST(Person, SentenceInitialWordIsNotPartOfTheName) {
  EXPECT_EQ(Persons("Yesterday Maria Gonzalez called."), Names{"Maria Gonzalez"});
}

TEST(Person, SentenceInitialCommonWordsAreNotNames) {
  EXPECT_TRUE(Persons("Will you help me with this?").empty());
  EXPECT_TRUE(Persons("Grant access to the admin group.").empty());
  EXPECT_TRUE(Persons("Rose early and went for a run.").empty());
  EXPECT_TRUE(Persons("May I ask a question?").empty());
  EXPECT_TRUE(Persons("Mark the ticket as done. Bill the customer.").empty());
}

TEST(Person, CommonWordNamesNeedPairingOrContext) {
  EXPECT_TRUE(Persons("we hope the price is right and the long queue is white noise").empty());
  EXPECT_TRUE(Persons("the meeting is in May and the Rose Garden is closed").empty());
  EXPECT_EQ(Persons("I watched a film with Will Smith last night"), Names{"Will Smith"});
  EXPECT_EQ(Persons("Hi Will, can you check?"), Names{"Will"});
}

TEST(Person, CapitalizedPhrasesThatAreNotPeople) {
  for (const char* t : {"I moved to New York and then San Francisco.", "We use Google Drive and Visual Studio.",
                        "Happy Birthday and Merry Christmas!", "She works at the White House on Wall Street.",
                        "The United States and Hong Kong signed it.", "Best Regards from the Machine Learning team"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << (Persons(t).empty() ? "" : Persons(t)[0]);
  }
}

TEST(Person, LowercaseNameIntroducedByStrongCue) {
  EXPECT_EQ(Persons("hello, my name is john smith and I need help"), Names{"john smith"});
  EXPECT_EQ(Persons("you can call me maria"), Names{"maria"});
  EXPECT_TRUE(Persons("my name is not important").empty());
  EXPECT_TRUE(Persons("the file name is config").empty());
}

TEST(Person, SelfIntroductionWithCapitalizedName) {
  EXPECT_EQ(Persons("Hey there, I'm Maria and I run the lab."), Names{"Maria"});
  EXPECT_EQ(Persons("this is Jennifer from accounting"), Names{"Jennifer"});
  EXPECT_TRUE(Persons("I'm Sorry about that").empty());
}

TEST(Person, TitlesIntroduceSurnames) {
  EXPECT_EQ(Persons("I have an appointment with Dr. Okonkwo tomorrow"), Names{"Okonkwo"});
  EXPECT_EQ(Persons("Mrs Smith will call back"), Names{"Smith"});
}

TEST(Person, GreetingsAndSignatures) {
  EXPECT_EQ(Persons("Dear Jennifer,\nthe invoice is attached."), Names{"Jennifer"});
  EXPECT_EQ(Persons("Thanks for the update.\n\nRegards,\nMaria Gonzalez"), Names{"Maria Gonzalez"});
  EXPECT_EQ(Persons("Cheers,\nKevin"), Names{"Kevin"});
  EXPECT_EQ(Persons("hey kevin, you there?"), Names{"kevin"});
  EXPECT_TRUE(Persons("hi team, thanks for the help. Hello World!").empty());
  EXPECT_TRUE(Persons("Thanks again, best practices apply").empty());
}

TEST(Person, GivenNameInsideASentence) {
  EXPECT_EQ(Persons("I talked to Jennifer yesterday about it"), Names{"Jennifer"});
  EXPECT_TRUE(Persons("we flew to Paris and then to Jordan").empty());
  EXPECT_TRUE(Persons("the Jennifer account is closed").empty());
}

TEST(Person, NameSplitAcrossStreamChunksIsFound) {
  std::string text = "Please forward this to Maria Gonzalez today, and my name is john smith.";
  for (size_t chunk : {1, 2, 3, 5, 7, 16, 1000}) {
    EXPECT_EQ(testing::StreamedSpansOf("PERSON", text, chunk), (Names{"Maria Gonzalez", "john smith"}))
        << "chunk " << chunk;
  }
}

// A full name starts with a capital, as its cue finder assumes: a span
// starting at a lowercase word was found only when a later capital's cue
// made the engine search the region, so a stream had already released it
// (fuzz_scan, regression input fuzz/corpus/scan/regression_lowercase_full_name).
TEST(Person, FullNameStartsWithACapital) {
  EXPECT_TRUE(Persons("Mci al Ml  ").empty());
  EXPECT_TRUE(Persons("Mci al Ml  M").empty());
  EXPECT_EQ(Persons("Mci Al Ml  M"), Persons("Mci Al Ml  "));
  EXPECT_EQ(Persons("ask Pieter van Dam about it"), Names{"Pieter van Dam"});
}

// The sentence-start cue looks back only as far as its validator does, so a
// name after a long run of spaces is found (or not) the same whether or not
// a later name's cue brings the engine near it, whole or streamed.
TEST(Person, SentenceStartAfterLongWhitespaceDoesNotDependOnLaterText) {
  const std::string pad = "ok" + std::string(70, ' ');
  const Names alone = Persons(pad + "Kevin said.");
  const Names with_later = Persons(pad + "Kevin said. Sarah to send it");
  EXPECT_EQ(alone, Names{"Kevin"});
  EXPECT_EQ(with_later.empty() ? Names{} : Names{with_later.front()}, alone);
  for (size_t chunk : {1, 7, 13, 64}) {
    EXPECT_EQ(testing::StreamedSpansOf("PERSON", pad + "Kevin said. Sarah to send it", chunk), with_later)
        << "chunk " << chunk;
  }
}

TEST(Person, RoleAndRelationNounsBeforeAName) {
  EXPECT_EQ(Persons("my colleague Deepak will send it"), Names{"Deepak"});
  EXPECT_EQ(Persons("support agent Priya Patel noted the issue"), Names{"Priya Patel"});
  EXPECT_EQ(Persons("my wife Aiko is flying in"), Names{"Aiko"});
  EXPECT_EQ(Persons("submitted by Chinedu Okafor yesterday"), Names{"Chinedu Okafor"});
  // Names the gazetteer does not know, when no dictionary word.
  EXPECT_EQ(Persons("Patient: Oluwaseun Adeyemi, DOB 1990"), Names{"Oluwaseun Adeyemi"});
  EXPECT_EQ(Persons("my neighbour Oluwaseun is away"), Names{"Oluwaseun"});
  // Email headers and form labels.
  EXPECT_EQ(Persons("From: Tomasz Kowalski <tomasz@example.pl>"), Names{"Tomasz Kowalski"});
  EXPECT_EQ(Persons("Cc: Ngozi Eze"), Names{"Ngozi Eze"});
}

TEST(Person, RoleNounsBeforeOrganisationsAndWords) {
  for (const char* t : {"To: Support Team", "Customer: Acme Corp", "our client Initech wants it", "From: Zendesk",
                        "the customer Service desk", "sent by Amazon Web Services", "the manager App crashed",
                        "the user Settings page", "From: Acme Support", "partner Salesforce renewed",
                        "my friend Chrome crashed", "to: All Staff", "assistant: My Docker setup works"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

TEST(Person, VerbsAddressedToAPerson) {
  EXPECT_EQ(Persons("please ask Ngozi about it"), Names{"Ngozi"});
  EXPECT_EQ(Persons("cc Mehmet Yilmaz on this"), Names{"Mehmet Yilmaz"});
  EXPECT_EQ(Persons("email Anil when done"), Names{"Anil"});
  // Only known given names: the rest are products and companies.
  for (const char* t : {"talk to Jira about it", "call Verizon tomorrow", "ask Siri", "email Support now",
                        "text Uber for a ride", "ping Slack"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

TEST(Person, ThatIsAConjunctionBeforeAName) {
  EXPECT_EQ(Persons("the agent noted that Vinod Reddy called"), Names{"Vinod Reddy"});
  EXPECT_TRUE(Persons("we walked through the Rose Garden").empty());
}

TEST(Person, LatinLettersInNames) {
  EXPECT_EQ(Persons("mon collègue Piotr Zieliński me demande"), Names{"Piotr Zieliński"});
  EXPECT_EQ(Persons("Release manager is Ines Kovač."), Names{"Ines Kovač"});  // no \b after "č"
  EXPECT_EQ(Persons("Name: Helga Sørensen"), Names{"Helga Sørensen"});
  EXPECT_EQ(Persons("I'm Lucía Herrera from Spain"), Names{"Lucía Herrera"});
  EXPECT_EQ(Persons("ask José. then"), Names{"José"});
}

TEST(Person, CuesInOtherLanguages) {
  EXPECT_EQ(Persons("je m'appelle Thibault Garnier"), Names{"Thibault Garnier"});
  EXPECT_EQ(Persons("Sou João Pereira, encomenda PT-88412"), Names{"João Pereira"});
  EXPECT_EQ(Persons("ciao Paolo, ti giro il mio CF"), Names{"Paolo"});
  EXPECT_EQ(Persons("Caro Sr. Tavares, a reunião"), Names{"Tavares"});
  EXPECT_EQ(Persons("Naam Daan Visser, klantnummer NL-331209"), Names{"Daan Visser"});
  EXPECT_EQ(Persons("hi its Becky from accounts"), Names{"Becky"});
  // "Sr." before a job title is "senior".
  EXPECT_TRUE(Persons("the Sr. Engineer role is open").empty());
}

TEST(Person, SurnameParticles) {
  EXPECT_EQ(Persons("Passenger Pieter van Dam, p.vandam@example.nl"), Names{"Pieter van Dam"});
  EXPECT_EQ(Persons("met Ana de la Cruz today"), Names{"Ana de la Cruz"});
  EXPECT_TRUE(Persons("Maria de la").empty());
}

TEST(Person, NamesInAddressesAreNotPeople) {
  for (const char* t : {"I'm moving from 22 Hawthorn Ave, Toronto", "5 avenue Jean Jaurès, 75019 Paris",
                        "immobile in Corso Vittorio Emanuele II 56", "1843 Maple Ridge Dr, Columbus, OH 43215",
                        "Suite 400, Irving, TX 75038", "start date Jan 6. Please draft",
                        "she lives on Ellis Street now"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
  EXPECT_EQ(Persons("My neighbor Mrs. Alvarez signed"), Names{"Alvarez"});  // the title, not "Mrs"
  EXPECT_EQ(Persons("call Kevin, he knows"), Names{"Kevin"});                 // ", he" is no state code
}

// Name words before a head noun of a place or a business name the place or
// business; a most common surname after a clear given name stays a person.
TEST(Person, PlacesAndBusinessesNamedAfterPeople) {
  for (const char* t : {"we walked through Lincoln Park after lunch", "a flat near Hyde Park Corner",
                        "the caterer Bella Cucina (714) 555-0129", "tickets for the Zac Brown Band tour",
                        "a house in Beverly Hills", "invoices from Kumar Trading last week",
                        "she teaches at Dillon High School"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
  EXPECT_EQ(Persons("I had lunch with Trevor Hall today"), Names{"Trevor Hall"});
  EXPECT_EQ(Persons("my friend Grace Park called"), Names{"Grace Park"});
  EXPECT_EQ(Persons("a note from Maria Gonzalez about the bank"), Names{"Maria Gonzalez"});
}

// Well-known businesses and brands named after people are no person; the
// same given names with another surname, or alone, still are.
TEST(Person, BrandsNamedAfterPeople) {
  for (const char* t : {"is Charles Schwab a good place for a Roth IRA", "a jacket from Tommy Hilfiger",
                        "do you know if Ben & Jerry's ships abroad", "my Dr. Martens boots broke",
                        "I ordered from Hugo Boss last week", "Ernst & Young is hiring"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
  EXPECT_EQ(Persons("I met Charles Smith at the bank"), Names{"Charles Smith"});
  EXPECT_EQ(Persons("Hi Ben, the invoice is attached"), Names{"Ben"});
  EXPECT_EQ(Persons("ask Tommy Hill about it"), Names{"Tommy Hill"});
  // A brand's plural is one; a longer name that starts with a brand is not.
  EXPECT_TRUE(Persons("two Tommy Hilfigers on sale").empty());
  EXPECT_EQ(Persons("I spoke with Paul Smithson yesterday"), Names{"Paul Smithson"});
  // An introduction names a person, whatever brand shares the name.
  EXPECT_EQ(Persons("my name is Paul Smith and I need help"), Names{"Paul Smith"});
  EXPECT_EQ(Persons("Hello, I'm Tommy Hilfiger, the new tenant"), Names{"Tommy Hilfiger"});
}

// In capitals only the gazetteer tells a name: a given name and a surname,
// neither an English word.
TEST(Person, AllCapsNames) {
  EXPECT_EQ(Persons("SOMEONE IS USING MY CARD. I AM LINDA HARPER CALL ME"), Names{"LINDA HARPER"});
  EXPECT_EQ(Persons("NAME: JOHN MICHAEL SMITH\nDOB: 01/02/1980"), Names{"JOHN MICHAEL SMITH"});
  for (const char* t : {"PLEASE MARK DOWN THE PRICE", "BILL PAID IN FULL", "AWS SDK ERROR", "HAPPY NEW YEAR",
                        "CALL ME TOMORROW", "VISA DEBIT CARD", "MY SON TYLER GOT A TEXT"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

TEST(Person, LowercaseTitleAndSurname) {
  EXPECT_EQ(Persons("hi ms. rodriguez, i really need this job"), Names{"rodriguez"});
  EXPECT_EQ(Persons("ask dr. kowalski about it"), Names{"kowalski"});
  for (const char* t : {"latency went up to 200 ms during the deploy", "the 10 ms delay", "is dr. who on tonight",
                        "mr. right is out there"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

TEST(Person, QuotedNicknameInsideAName) {
  EXPECT_EQ(Persons("CRM says contact Bartholomew \"Bart\" Simmons bounced"), Names{"Bartholomew \"Bart\" Simmons"});
  EXPECT_EQ(Persons("DJ Marcus “MJ” Jordan (714) 555-0167"), Names{"Marcus “MJ” Jordan"});
  // A quoted phrase between a name and a word, a quote that is no nickname.
  for (const std::string& name : Persons("Lena \"too expensive\" Omar")) EXPECT_EQ(name.find('"'), std::string::npos);
  EXPECT_TRUE(Persons("the Rose \"Garden\" Party").empty());
}

TEST(Person, UnknownGivenNameBeforeASurnameAfterSelfIntroduction) {
  EXPECT_EQ(Persons("I'm Ffion Griffiths, DOB 17/03/2001."), Names{"Ffion Griffiths"});
  EXPECT_TRUE(Persons("I'm Xylophone Sounds today").empty());
  EXPECT_TRUE(Persons("It's Monday Morning again").empty());
}

TEST(Person, HeaderNameBeforeTheNextLabel) {
  EXPECT_EQ(Persons("\"From: Benedikt Maier Sent: Tuesday, 5 November 2024\""), Names{"Benedikt Maier"});
  EXPECT_TRUE(Persons("From: Initech Support Sent: Monday").empty());
}

// A common given name that is no word can start a sentence, before a comma
// or a lowercase word; places, ordinary words and greetings do not.
TEST(Person, GivenNameStartingASentence) {
  EXPECT_EQ(Persons("Kevin said no. Then we left."), Names{"Kevin"});
  EXPECT_EQ(Persons("notes: \"Sarah to send budget\""), Names{"Sarah"});
  EXPECT_EQ(Persons("Thanks for that.\nJennifer, can you check?"), Names{"Jennifer"});
  for (const char* t : {"Paris is nice in May.", "Georgia is a state.", "Will you help me?", "Olá, tudo bem?",
                        "Maria de la", "The report is late.", "Sydney was hot."}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

// Nationalities and cities that are rare given names are words in the
// gazetteer (common_words_extra.txt): alone they are no name, with a
// surname they still are.
TEST(Person, NationalitiesAndCitiesAreNoNamesAlone) {
  for (const char* t : {"My wife is American, does she need a visa?", "the Irish team won",
                        "we flew to Verona, then Venice"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
  EXPECT_EQ(Persons("my colleague Milan Novak"), Names{"Milan Novak"});  // Milan stays a name
  EXPECT_EQ(Persons("ask German Garcia about it"), Names{"German Garcia"});  // Germán, not a word
}

// Structure that says a name stands there (person_speaker, person_bracketed,
// person_keyed, person_relation, person_initial), with its look-alikes.
TEST(Person, SpeakerLabelsAtALineStart) {
  EXPECT_EQ(Persons("[21:14] Ngozi: who took my spot"), Names{"Ngozi"});
  EXPECT_EQ(Persons("notes:\n- Antoine : maquettes v2\n- Kike Soto: reservo yo"), (Names{"Antoine", "Kike Soto"}));
  EXPECT_EQ(Persons("Medewerker Lotte: Goedemiddag"), Names{"Lotte"});
  EXPECT_EQ(Persons("Jess: r u coming?\n-Imogen: yes"), (Names{"Jess", "Imogen"}));
  // The speaker rule's cue finder walks the colons: split at every byte, the
  // same names.
  const std::string chat = "what happened\n[21:14] Ngozi: who took it\n- Kike Soto: yo\nKenji : ok";
  for (size_t chunk : {1, 2, 3, 5, 7, 16, 1000}) {
    EXPECT_EQ(testing::StreamedSpansOf("PERSON", chat, chunk), (Names{"Ngozi", "Kike Soto", "Kenji"})) << chunk;
  }
  // Blanks without a newline for longer than a validator sees: no line start
  // known, streamed or whole (from a review).
  const std::string far = "x" + std::string(1100, ' ') + "Ngozi: hello";
  EXPECT_TRUE(Persons(far).empty());
  for (size_t chunk : {7, 64, 1000}) EXPECT_TRUE(testing::StreamedSpansOf("PERSON", far, chunk).empty()) << chunk;
  // Look-alikes: labels that are words or header words, a name not at a line start.
  for (const char* t : {"Status: done\nTotal: 4", "Tel: 020 7946 0381", "Para: Andrés", "De: mi jefe",
                        "Betreff: Rechnung", "the reason Priya: she left", "Note: Kubernetes restarts",
                        // Headings of unknown capitalized words (German nouns; from a review).
                        "Offene Fragen: keine", "Nächste Schritte: Termin", "Gesamtkosten Projekt: 500",
                        "- Kubernetes Cluster: up", "Prochaines Étapes: rien"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

TEST(Person, GivenNameInBrackets) {
  EXPECT_EQ(Persons("Agent (Jordan): Thanks for contacting us"), Names{"Jordan"});
  EXPECT_EQ(Persons("call Rick or me (Kenji) at 720-555-0143"), (Names{"Rick", "Kenji"}));
  for (const char* t : {"the river (Jordan) is long", "see the notes (Summary) below", "(Optional): a comment"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

TEST(Person, ValuesOfNameKeys) {
  EXPECT_EQ(Persons(R"({"contact":{"first":"Nandini","last":"Krishnamurthy"}})"),
            (Names{"Nandini", "Krishnamurthy"}));
  EXPECT_EQ(Persons(R"(pan=JUDPR7324O name="Ritika Raghunathan")"), Names{"Ritika Raghunathan"});
  EXPECT_EQ(Persons(R"({"cliente": "Begoña Arrieta", "nif": "1"})"), Names{"Begoña Arrieta"});
  for (const char* t : {R"({"name": "Production", "owner": "Platform Team"})", R"(name="Acme Corp")",
                        R"({"name": "Kubernetes"})", R"({"last": "Updated"})", R"({"name": "Nginx Ingress"})",
                        R"({"owner": "Plattform Betrieb"})"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

TEST(Person, PossessiveAndRelationNoun) {
  EXPECT_EQ(Persons("lol my bf tomasz keeps calling me"), Names{"tomasz"});
  EXPECT_EQ(Persons("hey, mein kumpel jonas hat geburtstag"), Names{"jonas"});
  EXPECT_EQ(Persons("ok so my sister Hope just got engaged"), Names{"Hope"});
  EXPECT_EQ(Persons("my grandma Rose Bill wants to learn WhatsApp"), Names{"Rose Bill"});
  EXPECT_EQ(Persons("pour visiter la Bretagne avec mon mari Loïc ?"), Names{"Loïc"});
  for (const char* t : {"my sister said no", "my friend just texted", "my boss Apple Support", "my MOM SAID NO",
                        "my dad lives at 22 Hawthorn Ave"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

TEST(Person, InitialAndSurname) {
  EXPECT_EQ(Persons("Present: J. Abernathy (chair), R. Ferreira, L. Opoku"),
            (Names{"J. Abernathy", "R. Ferreira", "L. Opoku"}));
  EXPECT_EQ(Persons("t.n.v. R. van der Meulen?"), Names{"R. van der Meulen"});
  EXPECT_EQ(Persons("pour le compte de M. Rachid Haddadi, vous"), Names{"Rachid Haddadi"});
  EXPECT_EQ(Persons("a speech by John F. Kennedy in 1962"), Names{"John F. Kennedy"});
  for (const char* t : {"the U.S. Army base", "plan B. Then we go", "vitamin D. Levels rose", "E. coli found",
                        "A. Street Name"}) {
    EXPECT_TRUE(Persons(t).empty()) << t << " -> " << Persons(t).front();
  }
}

TEST(Person, FormsOfAddressInOtherLanguages) {
  EXPECT_EQ(Persons("Gracias, señor Quintero. ¿En qué"), Names{"Quintero"});
  EXPECT_EQ(Persons("das Fahrzeug von Herrn Rüdiger Kampmann."), Names{"Rüdiger Kampmann"});
  EXPECT_EQ(Persons("Bonjour Madame Lefebvre,"), Names{"Lefebvre"});
  EXPECT_EQ(Persons("did u ring Auntie Grace"), Names{"Grace"});
  EXPECT_TRUE(Persons("the Madame Tussauds").size() <= 1);
  EXPECT_TRUE(Persons("Uncle Support team").empty());
}

TEST(Person, FirmsAsPartnersAndLetteredOptionsAreNoPeople) {
  // Review leftovers: a firm after "partner" or "client", a multiple-choice
  // option after an initial.
  EXPECT_TRUE(Persons("our partner Accenture will join the call").empty());
  EXPECT_TRUE(Persons("my client Deloitte wants the report").empty());
  EXPECT_EQ(Persons("my partner Tomasz will join"), Names{"Tomasz"});
  EXPECT_EQ(Persons("mon partenaire Loïc arrive"), Names{});  // no French relation noun: no cue
  EXPECT_TRUE(Persons("Which one scales? A. Kubernetes B. Docker C. Nomad").empty());
  EXPECT_TRUE(Persons("Answer: C. Nomad").empty());
  EXPECT_TRUE(Persons("1) B. Docker 2) C. Nomad").empty());
  EXPECT_EQ(Persons("payment to D. Reyes"), Names{"D. Reyes"});
  EXPECT_EQ(Persons("R. Ferreira, M. Sato, L. Opoku"), (Names{"R. Ferreira", "M. Sato", "L. Opoku"}));
}

TEST(Person, GivenNamesThatArePlacesAfterAPlaceCue) {
  // "Milan", "Florida", "Austin" are given names too; after "in" or a word
  // of travel they are places (location_place reports them).
  EXPECT_TRUE(Persons("she met him at a party in Milan").empty());
  EXPECT_TRUE(Persons("we are moving to Austin in May").empty());
  EXPECT_EQ(Persons("I had lunch with Milan yesterday"), Names{"Milan"});
  EXPECT_TRUE(Persons("Pieter will dial in from Rotterdam and Chiara from Milan.").empty());
}

}  // namespace
}  // namespace convoguard
