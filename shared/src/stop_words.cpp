// newsrail — stop-word tables: constant, sorted (checked at compile time), searched by bisection.
#include "newsrail/stop_words.h"

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace newsrail {
namespace {

// The lists hold the forms normalize_for_match() produces (lower case, accents folded, Arabic
// letters unified); a word that the normaliser would split in two (English "don't" -> "don t")
// is listed by its parts.

// English (216): function words and reporting verbs; "us", "who", "may", "new" are kept (US, WHO,
// the month, New York).
constexpr std::string_view kEnglish[] = {
    "a",          "about",    "above",     "according", "across",     "after",     "afterwards",
    "again",      "against",  "ago",       "ain",       "all",        "almost",    "along",
    "already",    "also",     "although",  "am",        "amid",       "among",     "an",
    "and",        "another",  "any",       "anyone",    "anything",   "are",       "aren",
    "around",     "as",       "at",        "be",        "because",    "been",      "before",
    "being",      "below",    "beside",    "besides",   "between",    "beyond",    "both",
    "but",        "by",       "can",       "cannot",    "could",      "couldn",    "did",
    "didn",       "do",       "does",      "doesn",     "doing",      "don",       "done",
    "down",       "during",   "each",      "either",    "else",       "enough",    "etc",
    "even",       "ever",     "every",     "few",       "for",        "from",      "further",
    "had",        "hadn",     "has",       "hasn",      "have",       "haven",     "having",
    "he",         "her",      "here",      "hers",      "herself",    "him",       "himself",
    "his",        "how",      "however",   "i",         "if",         "in",        "into",
    "is",         "isn",      "it",        "its",       "itself",     "just",      "last",
    "least",      "less",     "like",      "ll",        "many",       "me",        "meanwhile",
    "might",      "more",     "moreover",  "most",      "mostly",     "mr",        "mrs",
    "ms",         "much",     "must",      "my",        "myself",     "neither",   "no",
    "nor",        "not",      "now",       "of",        "off",        "often",     "on",
    "once",       "only",     "onto",      "or",        "other",      "others",    "otherwise",
    "our",        "ours",     "ourselves", "out",       "over",       "own",       "per",
    "perhaps",    "quite",    "rather",    "re",        "said",       "same",      "say",
    "says",       "she",      "should",    "shouldn",   "since",      "so",        "some",
    "such",       "than",     "that",      "the",       "their",      "theirs",    "them",
    "themselves", "then",     "there",     "thereby",   "therefore",  "these",     "they",
    "this",       "those",    "though",    "through",   "throughout", "thus",      "to",
    "told",       "too",      "toward",    "towards",   "under",      "unless",    "until",
    "up",         "upon",     "very",      "via",       "was",        "wasn",      "we",
    "were",       "weren",    "what",      "whatever",  "when",       "whenever",  "where",
    "whereas",    "wherever", "whether",   "which",     "while",      "whom",      "whose",
    "why",        "will",     "with",      "within",    "without",    "would",     "wouldn",
    "yet",        "you",      "your",      "yours",     "yourself",   "yourselves"};

// Spanish (252), accents folded ("mas" covers más and mas, "si" covers sí and si).
constexpr std::string_view kSpanish[] = {
    "a",        "acerca",   "actualmente", "adelante", "ademas",   "afirmo",   "agrego",
    "ahi",      "ahora",    "al",          "algo",     "alguien",  "algun",    "alguna",
    "algunas",  "alguno",   "algunos",     "alli",     "ambas",    "ambos",    "ante",
    "anterior", "antes",    "aquel",       "aquella",  "aquellas", "aquello",  "aquellos",
    "aqui",     "aseguro",  "asi",         "aun",      "aunque",   "bajo",     "bien",
    "cada",     "casi",     "cierta",      "ciertas",  "cierto",   "ciertos",  "como",
    "con",      "conmigo",  "contigo",     "contra",   "cual",     "cuales",   "cualquier",
    "cuando",   "cuanta",   "cuantas",     "cuanto",   "cuantos",  "cuya",     "cuyas",
    "cuyo",     "cuyos",    "de",          "debe",     "deben",    "debido",   "del",
    "demas",    "dentro",   "desde",       "despues",  "detras",   "dice",     "dicen",
    "dicho",    "dijo",     "donde",       "durante",  "e",        "el",       "ella",
    "ellas",    "ello",     "ellos",       "en",       "encima",   "entonces", "entre",
    "era",      "eran",     "eres",        "es",       "esa",      "esas",     "ese",
    "eso",      "esos",     "esta",        "estaba",   "estaban",  "estamos",  "estan",
    "estar",    "estas",    "este",        "esto",     "estos",    "estoy",    "estuvo",
    "explico",  "fue",      "fueron",      "fui",      "ha",       "haber",    "habia",
    "habian",   "habra",    "habria",      "hace",     "hacen",    "hacer",    "hacia",
    "han",      "has",      "hasta",       "hay",      "haya",     "he",       "hemos",
    "hizo",     "hubo",     "incluso",     "indico",   "la",       "las",      "le",
    "les",      "lo",       "los",         "luego",    "mas",      "me",       "mediante",
    "menos",    "mi",       "mientras",    "mis",      "misma",    "mismas",   "mismo",
    "mismos",   "mucha",    "muchas",      "mucho",    "muchos",   "muy",      "nada",
    "nadie",    "ni",       "ningun",      "ninguna",  "ninguno",  "no",       "nos",
    "nosotras", "nosotros", "nuestra",     "nuestras", "nuestro",  "nuestros", "nunca",
    "o",        "os",       "otra",        "otras",    "otro",     "otros",    "para",
    "pero",     "poco",     "pocos",       "podria",   "por",      "porque",   "pudo",
    "puede",    "pueden",   "pues",        "que",      "quien",    "quienes",  "se",
    "sea",      "sean",     "segun",       "senalo",   "ser",      "sera",     "seran",
    "seria",    "si",       "sido",        "siempre",  "siendo",   "sin",      "sino",
    "sobre",    "sola",     "solamente",   "solo",     "son",      "su",       "sus",
    "suya",     "suyas",    "suyo",        "suyos",    "tal",      "tambien",  "tampoco",
    "tan",      "tanto",    "te",          "tendra",   "tener",    "tenia",    "tiene",
    "tienen",   "toda",     "todas",       "todavia",  "todo",     "todos",    "tras",
    "tu",       "tus",      "u",           "un",       "una",      "unas",     "uno",
    "unos",     "usted",    "ustedes",     "varias",   "varios",   "vosotras", "vosotros",
    "vuestra",  "vuestras", "vuestro",     "vuestros", "y",        "ya",       "yo"};

// Arabic (189), normalised: alef forms -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي ("علي" is على, which
// also drops the name Ali; "الي" is إلى).
constexpr std::string_view kArabic[] = {
    "اخر",     "اخري", "اذ",    "اذا",   "اذن",   "اشار",   "اضاف",   "اضافت",  "اكد",    "اكدت",
    "الا",     "الان", "التي",  "الذي",  "الذين", "اللاتي", "اللتان", "اللتين", "اللذان", "اللذين",
    "اللواتي", "الي",  "اليه",  "اليها", "اليوم", "ام",     "اما",    "امس",    "ان",     "انا",
    "انت",     "انتم", "انتما", "انتن",  "انه",   "انها",   "انهم",   "او",     "اوضح",   "اوليك",
    "اي",      "ايضا", "اين",   "ايه",   "بان",   "بعد",    "بعض",    "بل",     "بما",    "به",
    "بها",     "بهم",  "بين",   "بينما", "تقول",  "تكون",   "تلك",    "تم",     "ثم",     "جدا",
    "حتي",     "حسب",  "حول",   "حيث",   "خلال",  "دون",    "ذات",    "ذلك",    "سوف",    "سوي",
    "ضد",      "عبر",  "عده",   "علي",   "عليه",  "عليها",  "عليهم",  "عما",    "عن",     "عند",
    "عندما",   "عنه",  "عنها",  "غير",   "فقد",   "فقط",    "في",     "فيما",   "فيه",    "فيها",
    "فيهم",    "قال",  "قالت",  "قبل",   "قد",    "كان",    "كانت",   "كانوا",  "كذلك",   "كل",
    "كلا",     "كما",  "كيف",   "لا",    "لان",   "لدي",    "لذلك",   "لقد",    "لكن",    "لكنه",
    "لم",      "لما",  "لماذا", "لن",    "له",    "لها",    "لهم",    "لو",     "لولا",   "ليس",
    "ليست",    "ما",   "ماذا",  "متي",   "مثل",   "مع",     "معه",    "معها",   "مما",    "ممن",
    "من",      "منذ",  "منه",   "منها",  "منهم",  "نحن",    "نحو",    "هذا",    "هذه",    "هل",
    "هم",      "هما",  "هن",    "هنا",   "هناك",  "هو",     "هولاء",  "هي",     "واشار",  "واضاف",
    "واضافت",  "واكد", "واكدت", "والتي", "والذي", "والذين", "والي",   "وان",    "واوضح",  "وبعد",
    "وبين",    "وتم",  "وذلك",  "وعلي",  "وعن",   "وفق",    "وفقا",   "وفي",    "وقال",   "وقالت",
    "وقبل",    "وقد",  "وكان",  "وكانت", "ولا",   "ولكن",   "ولم",    "وما",    "ومع",    "ومن",
    "وهذا",    "وهذه", "وهم",   "وهو",   "وهي",   "يتم",    "يقول",   "يكن",    "يكون"};

template <std::size_t N>
constexpr bool is_strictly_sorted(const std::string_view (&words)[N]) {
  for (std::size_t i = 1; i < N; ++i) {
    if (!(words[i - 1] < words[i])) return false;
  }
  return true;
}
static_assert(is_strictly_sorted(kEnglish), "kEnglish must be sorted and unique");
static_assert(is_strictly_sorted(kSpanish), "kSpanish must be sorted and unique");
static_assert(is_strictly_sorted(kArabic), "kArabic must be sorted and unique");

struct WordList {
  const std::string_view* begin = nullptr;
  const std::string_view* end = nullptr;
};

WordList list_for(std::string_view language) {
  const std::string_view primary = primary_language(language);
  if (primary == "en") return {std::begin(kEnglish), std::end(kEnglish)};
  if (primary == "es") return {std::begin(kSpanish), std::end(kSpanish)};
  if (primary == "ar") return {std::begin(kArabic), std::end(kArabic)};
  return {};
}

inline bool equals_ignoring_ascii_case(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char c = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] | 0x20) : a[i];
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view primary_language(std::string_view bcp47) {
  std::size_t end = 0;
  while (end < bcp47.size() && bcp47[end] != '-' && bcp47[end] != '_') ++end;
  const std::string_view primary = bcp47.substr(0, end);
  for (std::string_view code :
       {std::string_view("en"), std::string_view("es"), std::string_view("ar")}) {
    if (equals_ignoring_ascii_case(primary, code)) return code;
  }
  return {};
}

bool is_stop_word(std::string_view normalized_token, std::string_view language) {
  const WordList list = list_for(language);
  // Stop words are short: an inlined byte loop beats a memcmp call per probe.
  const auto less = [](std::string_view a, std::string_view b) {
    const std::size_t n = a.size() < b.size() ? a.size() : b.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    }
    return a.size() < b.size();
  };
  return std::binary_search(list.begin, list.end, normalized_token, less);
}

std::vector<std::string_view> stop_words(std::string_view language) {
  const WordList list = list_for(language);
  return std::vector<std::string_view>(list.begin, list.end);
}

}  // namespace newsrail
