// newsrail — synthetic feeds: stories with shared vocabulary, three languages, heavy-tailed views.
//
// Everything is integer arithmetic driven by xoshiro256** streams seeded through splitmix64, and
// the JSON keeps insertion order, so the same options give the same bytes with libstdc++, libc++
// and on wasm32 (no std distributions, no std::shuffle, no std::hash, no floating point).
#include "newsrail/synthetic_feed.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsrail/json.h"
#include "newsrail/reading_time.h"
#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

// ---------------------------------------------------------------------------------------------
// Deterministic randomness.

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ULL;

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += kGolden);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// Returns the seed of the independent stream `index` of `domain` under the user's `seed`.
std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t domain, std::uint64_t index) {
  std::uint64_t state = seed;
  state = splitmix64(state) ^ (domain * 0xD1B54A32D192ED03ULL);
  state = splitmix64(state) ^ (index * 0xAEF17502108EF2D9ULL);
  return splitmix64(state);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// xoshiro256** (Blackman & Vigna), state filled by splitmix64.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (std::uint64_t& word : s_) word = splitmix64(seed);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  // Returns a value in [0, n) (0 when n is 0); the modulo bias is below 2^-30 for our n.
  std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : (next() >> 11) % n; }
  std::size_t index(std::size_t n) { return static_cast<std::size_t>(below(n)); }
  std::int64_t range(std::int64_t lo, std::int64_t hi) {  // [lo, hi], lo <= hi.
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
  }
  bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }

 private:
  std::uint64_t s_[4];
};

// Stream domains: one independent stream per entity, so entities do not shift each other.
enum Domain : std::uint64_t {
  kStoryShape = 1,
  kAssignment,
  kStoryVoice,
  kPersonOffset,
  kReporters,
  kArticleShape,
  kArticleText,
  kBreaking,
};

// Fisher-Yates with our own generator (std::shuffle differs between standard libraries).
template <typename T>
void shuffle(std::vector<T>& values, Rng& rng) {
  for (std::size_t i = values.size(); i > 1; --i) std::swap(values[i - 1], values[rng.index(i)]);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Patterns use {P} person, {L} place, {T} topic, {U} second topic, {R} role, {D} day,
// {N} number, and [a|b] one-word alternatives (headlines only; a repost flips one of them).

template <typename T>
struct List {
  const T* data;
  std::size_t size;
  constexpr const T& operator[](std::size_t i) const { return data[i]; }
};

template <typename T, std::size_t N>
constexpr List<T> list(const T (&array)[N]) {
  return {array, N};
}

using Words = List<std::string_view>;

enum Language { kEnglish = 0, kSpanish = 1, kArabic = 2, kLanguageCount = 3 };

struct Section {
  std::string_view name;
  std::string_view slug;
};

constexpr Section kSections[] = {
    {"Politics", "politics"},     {"Economy", "economy"},
    {"Technology", "technology"}, {"Science", "science"},
    {"Health", "health"},         {"Environment", "environment"},
    {"Sports", "sports"},         {"Arts & Culture", "arts-culture"},
    {"Opinion", "opinion"},       {"Analysis", "analysis"},
};
constexpr std::size_t kTopicSections = 8;  // The first eight own topics; the last two comment.
constexpr std::size_t kOpinion = 8;
constexpr std::size_t kAnalysis = 9;

constexpr std::string_view kRegions[] = {
    "Africa",      "East Asia",     "Europe",  "Latin America",
    "Middle East", "North America", "Oceania", "South Asia",
};
enum Region {
  kAfrica,
  kEastAsia,
  kEurope,
  kLatinAmerica,
  kMiddleEast,
  kNorthAmerica,
  kOceania,
  kSouthAsia
};

struct Term {
  std::string_view tag;     // As a tag.
  std::string_view phrase;  // As used in a sentence (Spanish with its article).
};

struct Topic {
  std::string_view slug;
  Term term[kLanguageCount];
};

constexpr std::size_t kTopicsPerSection = 6;
constexpr Topic kTopics[kTopicSections][kTopicsPerSection] = {
    {// Politics
     {"election",
      {{"election", "the election"},
       {"elecciones", "las elecciones"},
       {"الانتخابات", "الانتخابات"}}},
     {"parliament",
      {{"parliament", "the parliamentary vote"},
       {"parlamento", "la votación en el parlamento"},
       {"البرلمان", "تصويت البرلمان"}}},
     {"coalition",
      {{"coalition talks", "the coalition talks"},
       {"coalición", "las negociaciones de coalición"},
       {"الائتلاف الحاكم", "مفاوضات الائتلاف"}}},
     {"constitution",
      {{"constitutional reform", "constitutional reform"},
       {"reforma constitucional", "la reforma constitucional"},
       {"الإصلاح الدستوري", "الإصلاح الدستوري"}}},
     {"corruption",
      {{"corruption", "the corruption inquiry"},
       {"corrupción", "la investigación por corrupción"},
       {"الفساد", "التحقيق في قضايا الفساد"}}},
     {"migration",
      {{"migration", "migration policy"},
       {"migración", "la política migratoria"},
       {"الهجرة", "سياسة الهجرة"}}}},
    {// Economy
     {"inflation",
      {{"inflation", "inflation"}, {"inflación", "la inflación"}, {"التضخم", "التضخم"}}},
     {"interest-rates",
      {{"interest rates", "the interest rate decision"},
       {"tipos de interés", "la decisión sobre los tipos de interés"},
       {"أسعار الفائدة", "قرار أسعار الفائدة"}}},
     {"jobs", {{"jobs", "unemployment"}, {"desempleo", "el desempleo"}, {"البطالة", "البطالة"}}},
     {"housing",
      {{"housing", "the housing shortage"},
       {"vivienda", "la crisis de la vivienda"},
       {"الإسكان", "أزمة السكن"}}},
     {"trade",
      {{"trade", "the trade deal"},
       {"comercio", "el acuerdo comercial"},
       {"التجارة", "الاتفاق التجاري"}}},
     {"pensions",
      {{"pensions", "pension reform"},
       {"pensiones", "la reforma de las pensiones"},
       {"التقاعد", "إصلاح نظام التقاعد"}}}},
    {// Technology
     {"ai",
      {{"artificial intelligence", "the artificial intelligence rules"},
       {"inteligencia artificial", "la regulación de la inteligencia artificial"},
       {"الذكاء الاصطناعي", "تنظيم الذكاء الاصطناعي"}}},
     {"chips",
      {{"semiconductors", "the chip plant"},
       {"semiconductores", "la fábrica de chips"},
       {"أشباه الموصلات", "مصنع الرقائق"}}},
     {"cybersecurity",
      {{"cybersecurity", "the cyberattack"},
       {"ciberseguridad", "el ciberataque"},
       {"الأمن السيبراني", "الهجوم الإلكتروني"}}},
     {"broadband",
      {{"broadband", "the broadband rollout"},
       {"banda ancha", "el despliegue de la banda ancha"},
       {"الإنترنت", "توسيع شبكة الإنترنت"}}},
     {"privacy",
      {{"data privacy", "the data privacy law"},
       {"privacidad", "la ley de protección de datos"},
       {"الخصوصية", "قانون حماية البيانات"}}},
     {"startups",
      {{"startups", "startup funding"},
       {"empresas emergentes", "la financiación de las empresas emergentes"},
       {"الشركات الناشئة", "تمويل الشركات الناشئة"}}}},
    {// Science
     {"space",
      {{"space", "the lunar mission"},
       {"espacio", "la misión lunar"},
       {"الفضاء", "المهمة القمرية"}}},
     {"astronomy",
      {{"astronomy", "the new telescope"},
       {"astronomía", "el nuevo telescopio"},
       {"الفلك", "التلسكوب الجديد"}}},
     {"genetics",
      {{"genetics", "the gene study"},
       {"genética", "el estudio genético"},
       {"علم الوراثة", "الدراسة الجينية"}}},
     {"oceans",
      {{"oceans", "deep-sea research"},
       {"océanos", "la investigación en aguas profundas"},
       {"المحيطات", "أبحاث أعماق البحار"}}},
     {"physics",
      {{"physics", "the particle experiment"},
       {"física", "el experimento de partículas"},
       {"الفيزياء", "تجربة الجسيمات"}}},
     {"archaeology",
      {{"archaeology", "the archaeological dig"},
       {"arqueología", "la excavación arqueológica"},
       {"الآثار", "التنقيب الأثري"}}}},
    {// Health
     {"vaccines",
      {{"vaccines", "the vaccination campaign"},
       {"vacunas", "la campaña de vacunación"},
       {"اللقاحات", "حملة التطعيم"}}},
     {"hospitals",
      {{"hospitals", "hospital waiting lists"},
       {"hospitales", "las listas de espera de los hospitales"},
       {"المستشفيات", "قوائم الانتظار في المستشفيات"}}},
     {"dengue",
      {{"dengue", "the dengue outbreak"},
       {"dengue", "el brote de dengue"},
       {"حمى الضنك", "تفشي حمى الضنك"}}},
     {"mental-health",
      {{"mental health", "mental health services"},
       {"salud mental", "los servicios de salud mental"},
       {"الصحة النفسية", "خدمات الصحة النفسية"}}},
     {"medicines",
      {{"medicine prices", "the cost of medicines"},
       {"medicamentos", "el precio de los medicamentos"},
       {"الأدوية", "أسعار الأدوية"}}},
     {"heat",
      {{"heatstroke", "the heat health alert"},
       {"golpe de calor", "la alerta sanitaria por calor"},
       {"ضربات الشمس", "التحذير الصحي من الحر"}}}},
    {// Environment
     {"drought", {{"drought", "the drought"}, {"sequía", "la sequía"}, {"الجفاف", "الجفاف"}}},
     {"floods",
      {{"floods", "the flooding"},
       {"inundaciones", "las inundaciones"},
       {"الفيضانات", "الفيضانات"}}},
     {"wildfires",
      {{"wildfires", "the wildfires"},
       {"incendios forestales", "los incendios forestales"},
       {"حرائق الغابات", "حرائق الغابات"}}},
     {"renewables",
      {{"renewable energy", "the solar farm"},
       {"energía renovable", "el parque solar"},
       {"الطاقة المتجددة", "محطة الطاقة الشمسية"}}},
     {"air-pollution",
      {{"air pollution", "air pollution"},
       {"contaminación", "la contaminación del aire"},
       {"التلوث", "تلوث الهواء"}}},
     {"water",
      {{"water", "water rationing"},
       {"agua", "el racionamiento de agua"},
       {"المياه", "ترشيد استهلاك المياه"}}}},
    {// Sports
     {"football",
      {{"football", "the league title race"},
       {"fútbol", "la lucha por el título de liga"},
       {"كرة القدم", "سباق لقب الدوري"}}},
     {"world-cup",
      {{"World Cup", "World Cup qualifying"},
       {"Mundial", "la clasificación para el Mundial"},
       {"كأس العالم", "تصفيات كأس العالم"}}},
     {"athletics",
      {{"athletics", "the city marathon"},
       {"atletismo", "el maratón de la ciudad"},
       {"ألعاب القوى", "ماراثون المدينة"}}},
     {"tennis",
      {{"tennis", "the tennis final"}, {"tenis", "la final de tenis"}, {"التنس", "نهائي التنس"}}},
     {"transfers",
      {{"transfers", "the transfer window"},
       {"fichajes", "el mercado de fichajes"},
       {"الانتقالات", "سوق الانتقالات"}}},
     {"stadiums",
      {{"stadiums", "the new stadium"},
       {"estadios", "el nuevo estadio"},
       {"الملاعب", "الملعب الجديد"}}}},
    {// Arts & Culture
     {"film",
      {{"film", "the film festival"},
       {"cine", "el festival de cine"},
       {"السينما", "مهرجان السينما"}}},
     {"museums",
      {{"museums", "the museum reopening"},
       {"museos", "la reapertura del museo"},
       {"المتاحف", "إعادة افتتاح المتحف"}}},
     {"books",
      {{"books", "the literary prize"},
       {"libros", "el premio literario"},
       {"الكتب", "الجائزة الأدبية"}}},
     {"music",
      {{"music", "the music festival"},
       {"música", "el festival de música"},
       {"الموسيقى", "مهرجان الموسيقى"}}},
     {"heritage",
      {{"heritage", "the heritage site"},
       {"patrimonio", "el patrimonio histórico"},
       {"التراث", "موقع التراث"}}},
     {"theatre",
      {{"theatre", "the theatre season"},
       {"teatro", "la temporada de teatro"},
       {"المسرح", "الموسم المسرحي"}}}},
};

struct Place {
  std::string_view name;
  std::string_view slug;
  Region region;
};

// ---- English ----
constexpr std::string_view kEnFirst[] = {
    "James",  "Maria", "David",  "Sarah", "Michael", "Aisha",  "Daniel", "Emily",
    "Robert", "Priya", "Thomas", "Grace", "Samuel",  "Olivia", "Kwame",  "Hannah",
};
constexpr std::string_view kEnLast[] = {
    "Holt",   "Okafor",   "Bennett",  "Chen",    "Morrison", "Patel",    "Walsh",  "Reyes",
    "Turner", "Nakamura", "Fletcher", "Adeyemi", "Sullivan", "Kowalski", "Hughes", "Grant",
};
constexpr Place kEnPlaces[] = {
    {"London", "london", kEurope},         {"Manchester", "manchester", kEurope},
    {"Dublin", "dublin", kEurope},         {"Chicago", "chicago", kNorthAmerica},
    {"Toronto", "toronto", kNorthAmerica}, {"Denver", "denver", kNorthAmerica},
    {"Lagos", "lagos", kAfrica},           {"Nairobi", "nairobi", kAfrica},
    {"Sydney", "sydney", kOceania},        {"Auckland", "auckland", kOceania},
    {"Mumbai", "mumbai", kSouthAsia},      {"Delhi", "delhi", kSouthAsia},
    {"Singapore", "singapore", kEastAsia}, {"Tokyo", "tokyo", kEastAsia},
    {"Seoul", "seoul", kEastAsia},         {"Manila", "manila", kEastAsia},
    {"Birmingham", "birmingham", kEurope}, {"Boston", "boston", kNorthAmerica},
    {"Cape Town", "cape-town", kAfrica},   {"Melbourne", "melbourne", kOceania},
};
constexpr std::string_view kEnRoles[] = {
    "the finance ministry", "local officials",      "a government spokesperson",
    "the regional council", "independent analysts", "the national statistics office",
    "community leaders",    "the city council",
};
constexpr std::string_view kEnDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
constexpr std::string_view kEnHeadlines[] = {
    "{P} [vows|pledges] to [tackle|confront] {T} in {L}",
    "{L} [braces|prepares] for {T} as {P} [weighs|considers] options",
    "What {P}'s [plan|proposal] [means|spells] for {T}",
    "{T} in {L}: [five|six|seven] things to [know|watch]",
    "{P} faces [mounting|growing] pressure over {T} [in|across] {L}",
    "Inside the [bitter|long] {L} [fight|battle] over {T}",
    "{L} officials [split|divided] on {T} as [deadline|vote] nears",
    "{T}: a [tough|real] test for {P} in {L}",
    "{P} [announces|orders] [review|audit] of {T} in {L}",
    "{T} and {U}: [how|why] {L} is [responding|adapting]",
    "[Residents|Businesses] in {L} [react|respond] to {P}'s stance on {T}",
    "{P} and the [long|hard|uncertain] road on {T}",
    "[New|Latest] [figures|data] on {T} put {L} in the spotlight",
    "{L} [weighs|considers] next steps on {T} after {P} [intervenes|objects]",
    "{P} [defends|explains] {L} [stance|approach] on {T}",
    "[Explainer|Q&A]: {T} in {L} and what [comes|happens] next",
    "[Tensions|Tempers] [rise|flare] in {L} over {T}",
    "[Live|Latest]: {T} in {L} as {P} [responds|reacts]",
    "{T} in {L}: what we [know|learned] on {D}",
    "{P} to [address|brief] {L} on {T} on {D}",
};
constexpr std::string_view kEnLeads[] = {
    "Debate over {T} is intensifying in {L}, with {P} under growing pressure to act.",
    "Residents of {L} are watching closely as {T} returns to the top of the agenda.",
    "The issue of {T} is back in the spotlight in {L} after new remarks by {P}.",
    "{L} faces a crucial decision on {T} and {U} in the days ahead.",
    "{P} on {D} set out a new approach to {T}, a move closely watched in {L}.",
    "Pressure is mounting in {L} over {T}, with a decision expected within days, according to "
    "{R}.",
    "New questions about {T} emerged in {L} on {D}, as {P} faced calls to explain the plan.",
    "Around {N} people gathered in {L} on {D} to discuss {T}, as {P} prepared a response.",
};
constexpr std::string_view kEnStory[] = {
    "{P} said on {D} that {T} would remain the top priority in {L} for the coming months.",
    "The debate over {T} has dominated local politics in {L} since early spring.",
    "Critics of {P} argue that the response to {T} has been too slow and poorly funded.",
    "According to {R}, about {N} percent of residents in {L} say they are directly affected by "
    "{T}.",
    "{P} is expected to meet {R} later this week to discuss {T} and {U}.",
    "Supporters of the plan say it could ease pressure on {L} within a year.",
    "In {L}, the issue of {T} has become a test of whether the promises made by {P} can survive "
    "contact with reality.",
    "Officials in {L} confirmed that a review of {T} would be published before the end of the "
    "month.",
    "The latest figures on {T}, released on {D}, surprised many analysts in {L}.",
    "{P} told reporters in {L} that {U} could not be separated from {T}.",
    "Residents interviewed in {L} described {T} as the issue they discuss most at home.",
    "A spokesperson for {P} declined to comment on the details of the {L} proposal.",
    "Opposition leaders in {L} accused {P} of using {T} for political gain.",
    "The question of {T} is likely to shape the agenda in {L} well into next year.",
    "Local groups in {L} have organised {N} public meetings on {T} since {D}.",
    "Experts say the handling of {T} by {P} will be closely watched beyond {L}.",
};
constexpr std::string_view kEnGeneric[] = {
    "Officials said further details would be released later this week.",
    "The announcement came after weeks of negotiations behind closed doors.",
    "Analysts cautioned that the figures remain provisional and could be revised.",
    "{R} said the measures would be reviewed in {N} days.",
    "It was not immediately clear how the changes would be funded.",
    "The ministry did not respond to a request for comment on {D}.",
    "Several observers described the mood as tense but cautiously optimistic.",
    "A full report is expected to be presented to lawmakers next month.",
    "The decision drew a mixed reaction from business groups and unions.",
    "Turnout at the public hearing was higher than organisers had expected.",
    "Previous attempts to address the problem stalled amid budget disputes.",
    "The government has promised to publish the data in full.",
    "Some residents said they had heard little about the plans until {D}.",
    "Independent experts have called for more transparency in the process.",
    "The measures are expected to take effect at the start of the next quarter.",
    "Around {N} people attended a meeting on the issue, according to organisers.",
    "The agency said it was monitoring the situation closely.",
    "Questions remain about how the new rules will be enforced.",
    "Earlier this year, a similar proposal was rejected by a narrow margin.",
    "Local media reported that talks would resume after the weekend.",
    "{R} said more than {N} complaints had been received since the start of the year.",
    "The issue is expected to feature prominently in next week's parliamentary session.",
};
constexpr std::string_view kEnImageAlts[] = {
    "{P} speaks to reporters in {L}",
    "A general view of {L}",
    "Residents of {L} at a public meeting on {T}",
};

// ---- Spanish ----
constexpr std::string_view kEsFirst[] = {
    "Lucía",  "José",      "María", "Andrés",  "Sofía",  "Martín", "Valentina", "Íñigo",
    "Carmen", "Sebastián", "Paula", "Joaquín", "Begoña", "Tomás",  "Ximena",    "Raúl",
};
constexpr std::string_view kEsLast[] = {
    "Fernández", "Muñoz", "Gómez",   "Ibáñez",  "Rodríguez", "Peña",    "Castaño",  "Sánchez",
    "Ortega",    "Núñez", "Herrera", "Vázquez", "Domínguez", "Salazar", "Quiñones", "Ramírez",
};
constexpr Place kEsPlaces[] = {
    {"Madrid", "madrid", kEurope},
    {"Sevilla", "sevilla", kEurope},
    {"Cádiz", "cadiz", kEurope},
    {"Barcelona", "barcelona", kEurope},
    {"Bogotá", "bogota", kLatinAmerica},
    {"Medellín", "medellin", kLatinAmerica},
    {"Valparaíso", "valparaiso", kLatinAmerica},
    {"Córdoba", "cordoba", kLatinAmerica},
    {"Lima", "lima", kLatinAmerica},
    {"Asunción", "asuncion", kLatinAmerica},
    {"Ciudad de México", "ciudad-de-mexico", kLatinAmerica},
    {"Mérida", "merida", kLatinAmerica},
    {"Los Ángeles", "los-angeles", kNorthAmerica},
    {"Malabo", "malabo", kAfrica},
};
constexpr std::string_view kEsRoles[] = {
    "el Ministerio de Economía", "las autoridades locales",  "un portavoz del Gobierno",
    "el consejo regional",       "analistas independientes", "el instituto de estadística",
    "líderes comunitarios",      "el ayuntamiento",
};
constexpr std::string_view kEsDays[] = {"lunes",   "martes", "miércoles", "jueves",
                                        "viernes", "sábado", "domingo"};
constexpr std::string_view kEsHeadlines[] = {
    "{P} [promete|anuncia] [medidas|cambios] contra {T} en {L}",
    "{L} se [prepara|moviliza|blinda] ante {T}",
    "¿Qué [significa|supone] el [plan|proyecto] de {P} para {T}?",
    "{T} en {L}: [cinco|seis|siete] claves para entender el año",
    "{P}, bajo [fuerte|creciente|intensa] presión por {T}",
    "Crece la [polémica|tensión|inquietud] en {L} por {T}",
    "Giro en la política de {L} sobre {T} tras [meses|semanas] de [debate|negociación]",
    "{T}, la [gran|dura] prueba [para|de] {P}",
    "{P} [ordena|anuncia] una [revisión|auditoría] de {T} en {L}",
    "{T} y {U}: así [responde|reacciona] {L}",
    "[Vecinos|Comerciantes] de {L} [reaccionan|responden] a la postura de {P} sobre {T}",
    "{P} y el [largo|difícil] año de {T}",
    "La [campaña|carrera] para la elección en {L} gira en torno a {T}",
    "[Nuevos|Últimos] [datos|informes] sobre {T} ponen a {L} en el foco",
    "{L} [estudia|evalúa] los próximos pasos sobre {T} tras la intervención de {P}",
    "[Claves|Preguntas] sobre {T} en {L} y lo que [viene|llega] ahora",
    "{P} [defiende|explica] su postura sobre {T} en {L}",
    "{T} en {L}: lo que se [sabe|conoce] este {D}",
    "[Reunión|Cumbre] clave el {D} sobre {T} en {L}",
    "{P} [comparece|habla] el {D} sobre {T}",
};
constexpr std::string_view kEsLeads[] = {
    "El debate sobre {T} se intensifica en {L}, con {P} bajo creciente presión.",
    "Los vecinos de {L} siguen de cerca la evolución de {T} a la espera de nuevas decisiones.",
    "El asunto de {T} vuelve al primer plano en {L} tras las últimas declaraciones de {P}.",
    "{L} afronta en los próximos días una decisión clave sobre {T} y {U}.",
    "{P} presentó el {D} un nuevo enfoque sobre {T}, una decisión que se sigue de cerca en {L}.",
    "Crece la presión en {L} por {T}, y se espera una decisión en los próximos días, según {R}.",
    "Nuevas dudas sobre {T} surgieron el {D} en {L}, mientras {P} afronta peticiones para que "
    "explique el plan.",
    "Unas {N} personas se reunieron el {D} en {L} para hablar de {T}, mientras {P} prepara una "
    "respuesta.",
};
constexpr std::string_view kEsStory[] = {
    "{P} afirmó el {D} que {T} seguirá siendo la prioridad en {L} durante los próximos meses.",
    "El debate sobre {T} domina la política local en {L} desde principios de año.",
    "Los críticos de {P} sostienen que la respuesta a {T} ha sido lenta y sin financiación "
    "suficiente.",
    "Según {R}, cerca del {N} por ciento de los vecinos de {L} dice sentirse afectado por {T}.",
    "{P} se reunirá esta semana con {R} para hablar de {T} y de {U}.",
    "Los defensores del plan creen que podría aliviar la presión sobre {L} en menos de un año.",
    "En {L}, el asunto de {T} se ha convertido en una prueba para las promesas de {P}.",
    "Fuentes oficiales de {L} confirmaron que una revisión de {T} se publicará antes de fin de "
    "mes.",
    "Los últimos datos sobre {T}, publicados el {D}, sorprendieron a muchos analistas en {L}.",
    "{P} dijo a los periodistas en {L} que no se puede hablar de {U} sin hablar de {T}.",
    "Los vecinos consultados en {L} señalan {T} como el tema del que más se habla en casa.",
    "Un portavoz de {P} declinó comentar los detalles de la propuesta para {L}.",
    "La oposición en {L} acusó a {P} de utilizar {T} con fines electorales.",
    "Todo indica que el asunto de {T} marcará la agenda de {L} durante el próximo año.",
    "Colectivos de {L} han organizado {N} asambleas sobre {T} desde el {D}.",
    "Los expertos creen que la gestión de {T} por parte de {P} será seguida de cerca más allá de "
    "{L}.",
    "A pocos meses de la elección, {P} busca apoyos en {L} con un discurso centrado en {T}.",
};
constexpr std::string_view kEsGeneric[] = {
    "Las autoridades indicaron que darán más detalles a lo largo de la semana.",
    "El anuncio llegó tras semanas de negociaciones a puerta cerrada.",
    "Los analistas advirtieron de que las cifras son provisionales y podrían revisarse.",
    "Según {R}, las medidas se revisarán dentro de {N} días.",
    "No quedó claro de inmediato cómo se financiarán los cambios.",
    "El ministerio no respondió el {D} a una solicitud de comentarios.",
    "Varios observadores describieron el ambiente como tenso pero con cierto optimismo.",
    "Se espera que el informe completo se presente ante el Congreso el próximo mes.",
    "La decisión recibió una reacción dispar de empresarios y sindicatos.",
    "La participación en la audiencia pública superó las expectativas de los organizadores.",
    "Los intentos anteriores de resolver el problema se estancaron por disputas presupuestarias.",
    "El Gobierno ha prometido publicar todos los datos.",
    "Algunos vecinos dijeron que apenas habían oído hablar de los planes hasta el {D}.",
    "Expertos independientes han pedido más transparencia en el proceso.",
    "Está previsto que las medidas entren en vigor a comienzos del próximo trimestre.",
    "Unas {N} personas asistieron a una reunión sobre el asunto, según los organizadores.",
    "La agencia aseguró que sigue de cerca la situación.",
    "Siguen abiertas las dudas sobre cómo se aplicarán las nuevas normas.",
    "A principios de año, una propuesta similar fue rechazada por un estrecho margen.",
    "La campaña de información continuará durante el resto del año, señalaron fuentes oficiales.",
    "El asunto se ha convertido en un tema central de la política nacional.",
    "Los medios locales informaron de que las conversaciones se reanudarán tras el fin de semana.",
};
constexpr std::string_view kEsImageAlts[] = {
    "{P} atiende a los medios en {L}",
    "Vista general de {L}",
    "Vecinos de {L} en una reunión pública sobre {T}",
};

// ---- Arabic (patterns avoid verbs agreeing with a person or a topic) ----
constexpr std::string_view kArFirst[] = {
    "محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم",  "خالد", "نور",
    "عمر",  "سلمى",  "كريم", "هدى",  "طارق", "رانيا", "سامي", "ياسمين",
};
constexpr std::string_view kArLast[] = {
    "العلي",  "الحسن",  "المصري", "الخطيب", "الشامي",  "الزين",  "منصور",    "حداد",
    "النجار", "العمري", "السيد",  "القاسم", "التونسي", "الراشد", "عبد الله", "الفاسي",
};
constexpr Place kArPlaces[] = {
    {"القاهرة", "cairo", kMiddleEast}, {"الإسكندرية", "alexandria", kMiddleEast},
    {"بيروت", "beirut", kMiddleEast},  {"عمّان", "amman", kMiddleEast},
    {"الدوحة", "doha", kMiddleEast},   {"بغداد", "baghdad", kMiddleEast},
    {"دمشق", "damascus", kMiddleEast}, {"مسقط", "muscat", kMiddleEast},
    {"جدة", "jeddah", kMiddleEast},    {"دبي", "dubai", kMiddleEast},
    {"الرباط", "rabat", kAfrica},      {"تونس", "tunis", kAfrica},
    {"الجزائر", "algiers", kAfrica},   {"الخرطوم", "khartoum", kAfrica},
};
constexpr std::string_view kArRoles[] = {
    "المتحدث باسم الحكومة", "المجلس البلدي", "مكتب الإحصاء الوطني", "مسؤول محلي",
    "المجلس الإقليمي",      "محلل مستقل",    "رئيس البلدية",        "اتحاد النقابات",
};
constexpr std::string_view kArDays[] = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
                                        "الجمعة",  "السبت",    "الأحد"};
constexpr std::string_view kArHeadlines[] = {
    "{L}: [مخاوف|تساؤلات] [متزايدة|كثيرة] بشأن {T}",
    "{T} في {L}.. ماذا [نعرف|نعلم] حتى [الآن|اللحظة]؟",
    "{T} اختبار [صعب|حقيقي|جديد] أمام {P}",
    "[تحديات|رهانات] {T} أمام {P} في [المرحلة|الفترة] المقبلة",
    "[جدل|انقسام|نقاش] [واسع|متزايد] في {L} حول {T}",
    "[مباحثات|مشاورات] [جديدة|مكثفة] بشأن {T} في {L}",
    "[تصريحات|تعليقات] {P} حول {T} تثير ردود فعل [واسعة|متباينة]",
    "{L} [تترقب|تنتظر] قرارا [حاسما|مهما] بشأن {T}",
    "[خمسة|ستة|سبعة] أسئلة حول {T} في {L}",
    "{T} و{U}.. كيف [تستعد|تتعامل] {L}؟",
    "[سكان|تجار] {L} [يتفاعلون|يتجاوبون] مع موقف {P} من {T}",
    "[خطة|مبادرة] {P} بشأن {T} تحت [المجهر|الضوء]",
    "[أرقام|بيانات] [جديدة|حديثة] حول {T} تضع {L} في دائرة الضوء",
    "{L} [تدرس|تبحث] الخطوات [المقبلة|التالية] بشأن {T} بعد تدخل {P}",
    "[توتر|قلق|غضب] متصاعد في {L} بسبب {T}",
    "ملف {T} يعود إلى [الواجهة|الصدارة] في {L}",
    "{T} في {L}: ما [نعرفه|نعلمه] يوم {D}",
    "[اجتماع|لقاء] حاسم يوم {D} بشأن {T} في {L}",
};
constexpr std::string_view kArLeads[] = {
    "تتصاعد النقاشات في {L} حول {T}، فيما تتزايد الضغوط على {P}.",
    "يتابع سكان {L} عن كثب تطورات ملف {T} وسط ترقب لقرارات جديدة.",
    "عاد ملف {T} إلى الواجهة في {L} بعد تصريحات جديدة لـ{P}.",
    "تشهد {L} نقاشا واسعا حول {T} و{U} مع اقتراب موعد حاسم.",
    "طرح مكتب {P} يوم {D} مقاربة جديدة بشأن {T}، في خطوة تتابعها {L} عن كثب.",
    "تتزايد الضغوط في {L} بسبب {T}، وسط توقعات بصدور قرار خلال أيام، بحسب {R}.",
    "برزت تساؤلات جديدة حول {T} في {L} يوم {D}، مع مطالبات لـ{P} بتوضيح الخطة.",
    "اجتمع نحو {N} شخصا في {L} يوم {D} لمناقشة {T}، فيما يستعد فريق {P} للرد.",
};
constexpr std::string_view kArStory[] = {
    "وبحسب {P}، فإن ملف {T} سيبقى أولوية في {L} خلال الأشهر المقبلة.",
    "ويهيمن الجدل حول {T} على المشهد السياسي في {L} منذ بداية الربيع.",
    "ويرى منتقدو {P} أن التعامل مع {T} كان بطيئا ويفتقر إلى التمويل الكافي.",
    "وتشير تقديرات {R} إلى أن نحو {N} في المئة من سكان {L} يتأثرون مباشرة بـ{T}.",
    "ومن المنتظر أن يلتقي مكتب {P} مع {R} هذا الأسبوع لبحث {T} و{U}.",
    "ويقول مؤيدو الخطة إنها قد تخفف الضغط على {L} في غضون عام.",
    "وفي {L}، أصبحت قضية {T} اختبارا حقيقيا لوعود {P}.",
    "وأكدت مصادر رسمية في {L} أن مراجعة شاملة لملف {T} ستنشر قبل نهاية الشهر.",
    "وفاجأت الأرقام الأخيرة بشأن {T}، التي نشرت يوم {D}، كثيرا من المحللين في {L}.",
    "وقال متحدث باسم {P} إنه لا يمكن فصل {U} عن {T}.",
    "ويصف سكان {L} قضية {T} بأنها الموضوع الأكثر حضورا في أحاديثهم اليومية.",
    "ورفض مكتب {P} التعليق على تفاصيل المقترح الخاص بـ{L}.",
    "واتهمت المعارضة في {L} فريق {P} باستغلال ملف {T} لتحقيق مكاسب سياسية.",
    "ومن المرجح أن يرسم ملف {T} ملامح الأجندة في {L} حتى العام المقبل.",
    "ونظمت مجموعات محلية في {L} نحو {N} لقاء عاما حول {T} منذ يوم {D}.",
    "ويرى خبراء أن إدارة {P} لملف {T} ستخضع لمتابعة دقيقة خارج {L}.",
};
constexpr std::string_view kArGeneric[] = {
    "وقال مسؤولون إن مزيدا من التفاصيل سيعلن في وقت لاحق هذا الأسبوع.",
    "وجاء الإعلان بعد أسابيع من المفاوضات المغلقة.",
    "وحذر محللون من أن الأرقام لا تزال أولية وقد تخضع للمراجعة.",
    "وأوضح {R} أن الإجراءات ستراجع خلال {N} يوما.",
    "ولم يتضح على الفور كيف سيتم تمويل هذه التغييرات.",
    "ولم ترد الوزارة على طلب للتعليق يوم {D}.",
    "ووصف مراقبون الأجواء بأنها متوترة لكنها لا تخلو من التفاؤل الحذر.",
    "ومن المتوقع تقديم تقرير كامل إلى البرلمان الشهر المقبل.",
    "وقوبل القرار بردود فعل متباينة من جانب رجال الأعمال والنقابات.",
    "وفاق عدد الحضور في الجلسة العامة توقعات المنظمين.",
    "وتعثرت محاولات سابقة لمعالجة المشكلة بسبب خلافات حول الميزانية.",
    "وتعهدت الحكومة بنشر البيانات كاملة.",
    "وقال بعض السكان إنهم لم يسمعوا كثيرا عن الخطط حتى يوم {D}.",
    "ودعا خبراء مستقلون إلى مزيد من الشفافية في هذه العملية.",
    "ومن المقرر أن تدخل الإجراءات حيز التنفيذ مع بداية الربع المقبل.",
    "وحضر نحو {N} شخصا اجتماعا حول هذه القضية، وفقا للمنظمين.",
    "وقالت الهيئة إنها تتابع الوضع عن كثب.",
    "ولا تزال هناك تساؤلات حول كيفية تطبيق القواعد الجديدة.",
    "وفي وقت سابق من هذا العام، رُفض مقترح مماثل بفارق ضئيل.",
    "وذكرت وسائل إعلام محلية أن المحادثات ستستأنف بعد عطلة نهاية الأسبوع.",
    "وأشار {R} إلى تلقي أكثر من {N} شكوى منذ بداية العام.",
    "ومن المتوقع أن تحتل القضية مكانة بارزة في جلسة البرلمان الأسبوع المقبل.",
};
constexpr std::string_view kArImageAlts[] = {
    "{P} خلال حديث للصحفيين في {L}",
    "منظر عام من {L}",
    "سكان من {L} خلال لقاء عام حول {T}",
};
// Words that headlines sometimes carry with tashkeel (the same word, fully or partly vocalised).
constexpr std::pair<std::string_view, std::string_view> kArVocalised[] = {
    {"تحليل", "تَحْلِيل"},
    {"القاهرة", "القَاهِرَة"},
    {"الانتخابات", "الِانْتِخَابَات"},
    {"التضخم", "التَّضَخُّم"},
    {"جديدة", "جَدِيدَة"},
    {"مخاوف", "مَخَاوِف"},
    {"أسئلة", "أَسْئِلَة"},
    {"مباحثات", "مُبَاحَثَات"},
    {"الجفاف", "الجَفَاف"},
    {"البطالة", "البَطَالَة"},
    {"الفيضانات", "الفَيَضَانَات"},
    {"بيروت", "بَيْرُوت"},
    {"الرباط", "الرِّبَاط"},
    {"دمشق", "دِمَشْق"},
    {"ماذا", "مَاذَا"},
    {"كيف", "كَيْفَ"},
    {"رأي", "رَأْي"},
    {"خطة", "خُطَّة"},
    {"قرارا", "قَرَارًا"},
    {"موقف", "مَوْقِف"},
    {"تحديات", "تَحَدِّيَات"},
    {"اختبار", "اِخْتِبَار"},
    {"صعب", "صَعْب"},
    {"جدل", "جَدَل"},
};

struct LanguagePack {
  std::string_view code;
  Words first;
  Words last;
  List<Place> places;
  Words roles;
  Words days;
  Words headlines;
  Words leads;
  Words story;
  Words generic;
  Words image_alts;
  std::string_view opinion;   // Headline prefix of Opinion pieces.
  std::string_view analysis;  // Headline prefix of Analysis pieces.
};

constexpr LanguagePack kPacks[kLanguageCount] = {
    {"en", list(kEnFirst), list(kEnLast), list(kEnPlaces), list(kEnRoles), list(kEnDays),
     list(kEnHeadlines), list(kEnLeads), list(kEnStory), list(kEnGeneric), list(kEnImageAlts),
     "Opinion: ", "Analysis: "},
    {"es", list(kEsFirst), list(kEsLast), list(kEsPlaces), list(kEsRoles), list(kEsDays),
     list(kEsHeadlines), list(kEsLeads), list(kEsStory), list(kEsGeneric), list(kEsImageAlts),
     "Opinión: ", "Análisis: "},
    {"ar", list(kArFirst), list(kArLast), list(kArPlaces), list(kArRoles), list(kArDays),
     list(kArHeadlines), list(kArLeads), list(kArStory), list(kArGeneric), list(kArImageAlts),
     "رأي: ", "تحليل: "},
};

constexpr std::size_t kNames = 16;  // First and last names per language: 256 people.
static_assert(sizeof(kEnFirst) / sizeof(kEnFirst[0]) == kNames, "16 first names");
static_assert(sizeof(kEnLast) / sizeof(kEnLast[0]) == kNames, "16 last names");
static_assert(sizeof(kEsFirst) / sizeof(kEsFirst[0]) == kNames, "16 first names");
static_assert(sizeof(kEsLast) / sizeof(kEsLast[0]) == kNames, "16 last names");
static_assert(sizeof(kArFirst) / sizeof(kArFirst[0]) == kNames, "16 first names");
static_assert(sizeof(kArLast) / sizeof(kArLast[0]) == kNames, "16 last names");

constexpr std::string_view kAgencies[] = {"(AP)",      "(AFP)",          "(Reuters)",    "(EFE)",
                                          "(Anadolu)", "(Getty Images)", "(Staff photo)"};

constexpr std::size_t kReportersPerLanguage = 20;

// ---------------------------------------------------------------------------------------------
// Text helpers.

struct Slots {
  std::string_view person;
  std::string_view place;
  std::string_view topic;
  std::string_view topic2;
  std::string_view role;
  std::string_view day;
  std::int64_t number = 0;
};

// Returns how many [a|b] groups `pattern` has and, for each, how many alternatives.
std::vector<int> group_sizes(std::string_view pattern) {
  std::vector<int> sizes;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '[') sizes.push_back(1);
    if (pattern[i] == '|') ++sizes.back();
  }
  return sizes;
}

// Appends `pattern` to `out`, slots filled and group g resolved to alternative choices[g] (or 0).
void expand(std::string_view pattern, const Slots& slots, const std::vector<int>& choices,
            std::string& out) {
  std::size_t group = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
      switch (pattern[i + 1]) {
        case 'P':
          out += slots.person;
          break;
        case 'L':
          out += slots.place;
          break;
        case 'T':
          out += slots.topic;
          break;
        case 'U':
          out += slots.topic2;
          break;
        case 'R':
          out += slots.role;
          break;
        case 'D':
          out += slots.day;
          break;
        case 'N':
          out += std::to_string(slots.number);
          break;
        default:
          break;
      }
      i += 2;
    } else if (c == '[') {
      const std::size_t end = pattern.find(']', i);
      const int want = group < choices.size() ? choices[group] : 0;
      ++group;
      std::size_t start = i + 1;
      int alternative = 0;
      for (std::size_t j = start; j <= end; ++j) {
        if (j == end || pattern[j] == '|') {
          if (alternative == want) {
            out.append(pattern.substr(start, j - start));
            break;
          }
          ++alternative;
          start = j + 1;
        }
      }
      i = end;
    } else {
      out += c;
    }
  }
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// Spanish contractions after a topic with "el": "de el" -> "del", "a el" -> "al".
void contract_spanish(std::string& text) {
  replace_all(text, " de el ", " del ");
  replace_all(text, " a el ", " al ");
}

// Upper-cases the first character when it is an ASCII or Latin-1 lower-case letter.
void capitalize(std::string& text, std::size_t at) {
  if (at >= text.size()) return;
  const auto c = static_cast<unsigned char>(text[at]);
  if (c >= 'a' && c <= 'z') {
    text[at] = static_cast<char>(c - 32);
  } else if (c == 0xC3 && at + 1 < text.size()) {
    const auto d = static_cast<unsigned char>(text[at + 1]);
    if (d >= 0xA0 && d <= 0xBE && d != 0xB7) text[at + 1] = static_cast<char>(d - 0x20);
  }
}

// Appends one finished sentence or headline: expanded, contracted (Spanish), capitalised.
void append_text(Language language, std::string_view pattern, const Slots& slots,
                 const std::vector<int>& choices, std::string& out) {
  const std::size_t start = out.size();
  expand(pattern, slots, choices, out);
  if (language == kSpanish) {
    std::string tail = out.substr(start);
    contract_spanish(tail);
    out.resize(start);
    out += tail;
  }
  capitalize(out, start);
}

// Returns an ASCII slug of Latin text: lower case, accents folded, words joined by '-'.
std::string latin_slug(std::string_view text, std::size_t max_words) {
  std::string slug;
  std::size_t words = 0;
  bool pending_dash = false;
  auto put = [&](char c) {
    if (pending_dash && !slug.empty()) {
      if (words >= max_words) return false;
      slug += '-';
    }
    if (pending_dash || slug.empty()) ++words;
    pending_dash = false;
    slug += c;
    return true;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    char folded = 0;
    if (c >= 'a' && c <= 'z') {
      folded = static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      folded = static_cast<char>(c + 32);
    } else if (c >= '0' && c <= '9') {
      folded = static_cast<char>(c);
    } else if (c == '\'') {
      continue;  // "Holt's" -> "holts".
    } else if (c == 0xC3 && i + 1 < text.size()) {
      const auto d = static_cast<unsigned char>(text[++i]) | 0x20;  // Lower case.
      if (d >= 0xA0 && d <= 0xA5)
        folded = 'a';
      else if (d == 0xA7)
        folded = 'c';
      else if (d >= 0xA8 && d <= 0xAB)
        folded = 'e';
      else if (d >= 0xAC && d <= 0xAF)
        folded = 'i';
      else if (d == 0xB1)
        folded = 'n';
      else if (d >= 0xB2 && d <= 0xB6)
        folded = 'o';
      else if (d >= 0xB9 && d <= 0xBC)
        folded = 'u';
      else if (d == 0xBD)
        folded = 'y';
    } else if (c >= 0x80) {
      while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
    }
    if (folded != 0) {
      if (!put(folded)) break;
    } else {
      pending_dash = true;
    }
  }
  return slug;
}

// Arabic letters that join on both sides (a tatweel may follow them inside a word).
bool dual_joining(std::uint32_t cp) {
  return cp == 0x0626 || cp == 0x0628 || (cp >= 0x062A && cp <= 0x062E) ||
         (cp >= 0x0633 && cp <= 0x063A) || (cp >= 0x0641 && cp <= 0x0647) || cp == 0x064A;
}

bool arabic_letter(std::uint32_t cp) { return cp >= 0x0621 && cp <= 0x064A; }

// Returns the code point of a two-byte UTF-8 sequence at `at`, or 0.
std::uint32_t two_byte_at(const std::string& text, std::size_t at) {
  if (at + 1 >= text.size()) return 0;
  const auto a = static_cast<unsigned char>(text[at]);
  const auto b = static_cast<unsigned char>(text[at + 1]);
  if ((a & 0xE0) != 0xC0 || (b & 0xC0) != 0x80) return 0;
  return (static_cast<std::uint32_t>(a & 0x1F) << 6) | (b & 0x3F);
}

// Stretches one word with tatweel (U+0640), as headline designers do; false when none fits.
bool add_tatweel(std::string& text, Rng& rng) {
  std::vector<std::size_t> spots;  // Byte offsets just after a dual-joining letter.
  for (std::size_t at = 0; at + 3 < text.size(); ++at) {
    const std::uint32_t here = two_byte_at(text, at);
    const std::uint32_t next = two_byte_at(text, at + 2);
    if (!dual_joining(here) || !arabic_letter(next)) continue;
    if (here == 0x0644 && (next == 0x0627 || next == 0x0622 || next == 0x0623 || next == 0x0625)) {
      continue;  // Keep the lam-alef ligature.
    }
    spots.push_back(at + 2);
  }
  if (spots.empty()) return false;
  const std::size_t at = spots[rng.index(spots.size())];
  const std::size_t count = 1 + rng.index(3);
  std::string tatweel;
  for (std::size_t i = 0; i < count; ++i) tatweel += "\xD9\x80";
  text.insert(at, tatweel);
  return true;
}

// Vocalises one known word (adds its tashkeel); false when none occurs.
bool add_tashkeel(std::string& text, Rng& rng) {
  std::vector<std::size_t> found;
  const std::size_t total = sizeof(kArVocalised) / sizeof(kArVocalised[0]);
  for (std::size_t i = 0; i < total; ++i) {
    if (text.find(kArVocalised[i].first) != std::string::npos) found.push_back(i);
  }
  if (found.empty()) return false;
  const auto& [plain, vocalised] = kArVocalised[found[rng.index(found.size())]];
  text.replace(text.find(plain), plain.size(), vocalised);
  return true;
}

// Decorates an Arabic headline with tashkeel and/or tatweel; true when something was added.
bool decorate_arabic(std::string& text, Rng& rng) {
  switch (rng.below(3)) {
    case 0:
      return add_tatweel(text, rng);
    case 1:
      return add_tashkeel(text, rng) || add_tatweel(text, rng);
    default: {
      const bool vocalised = add_tashkeel(text, rng);
      return add_tatweel(text, rng) || vocalised;
    }
  }
}

void append_padded(std::string& out, std::int64_t value, int width) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0 && n < 20);
  for (int i = n; i < width; ++i) out += '0';
  while (n > 0) out += digits[--n];
}

std::string article_id(std::size_t ordinal) {
  std::string id = "a";
  append_padded(id, static_cast<std::int64_t>(ordinal), 6);
  return id;
}

// ---------------------------------------------------------------------------------------------
// The model: stories, then articles drawn from them.

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kWeek = 7 * kDay;

struct Story {
  // Shape (independent of language).
  std::size_t section = 0;  // Topic section, < kTopicSections.
  std::size_t topic = 0;
  std::size_t topic2 = 0;
  std::uint64_t size_weight = 1;
  std::int64_t start_age = 0;  // Seconds before now of its first article.
  std::int64_t span = 0;       // Its articles follow within this many seconds.
  std::int64_t heat = 0;       // Lifetime views of a typical article.
  bool tag_place = false;
  bool tag_topic2 = false;
  bool repost = false;  // Gets a near-duplicate repost when it has two articles or more.
  std::uint64_t order_key = 0;
  // Voice (after the language is known).
  Language language = kEnglish;
  std::string person;
  std::size_t place = 0;
  std::size_t reporter = 0;
  std::vector<std::size_t> members;  // SynthArticle indexes, oldest first.
};

struct Headline {
  std::size_t pattern = 0;
  std::vector<int> choices;
  bool use_topic2 = false;  // {T} is the second topic.
  std::size_t day = 0;      // {D}.
  bool decorated = false;   // Arabic: tashkeel/tatweel added.
};

struct SynthArticle {
  std::size_t story = 0;
  std::size_t section = 0;
  std::int64_t published = 0;
  std::int64_t modified = 0;
  std::ptrdiff_t repost_of = -1;
  std::size_t ordinal = 0;  // 1-based, in publication order.
  Headline headline;
  std::string title;
  std::string summary;
  std::string body;
  std::string slug;
};

Slots story_slots(const Story& story, bool use_topic2) {
  const LanguagePack& pack = kPacks[story.language];
  const Topic* topics = kTopics[story.section];
  Slots slots;
  slots.person = story.person;
  slots.place = pack.places[story.place].name;
  slots.topic = topics[use_topic2 ? story.topic2 : story.topic].term[story.language].phrase;
  slots.topic2 = topics[use_topic2 ? story.topic : story.topic2].term[story.language].phrase;
  return slots;
}

// Renders a headline (without Opinion/Analysis prefix); Arabic decoration drawn from `rng`.
std::string render_headline(const Story& story, const Headline& headline, Rng& rng) {
  const LanguagePack& pack = kPacks[story.language];
  std::string text;
  Slots slots = story_slots(story, headline.use_topic2);
  slots.day = pack.days[headline.day];
  append_text(story.language, pack.headlines[headline.pattern], slots, headline.choices, text);
  if (story.language == kArabic && headline.decorated) decorate_arabic(text, rng);
  return text;
}

// Returns the headline without decoration (what duplicate checks compare).
std::string plain_headline(const Story& story, Headline headline) {
  headline.decorated = false;
  Rng unused(0);
  return render_headline(story, headline, unused);
}

// Returns a random headline; `commentary` (Opinion/Analysis, which get a prefix) avoids the
// patterns that already carry a label or a colon.
Headline random_headline(const Story& story, bool commentary, Rng& rng) {
  const LanguagePack& pack = kPacks[story.language];
  Headline headline;
  do {
    headline.pattern = rng.index(pack.headlines.size);
  } while (commentary && pack.headlines[headline.pattern].find(':') != std::string_view::npos);
  for (int size : group_sizes(pack.headlines[headline.pattern])) {
    headline.choices.push_back(static_cast<int>(rng.below(static_cast<std::uint64_t>(size))));
  }
  headline.day = rng.index(pack.days.size);
  headline.use_topic2 = rng.chance(30);
  headline.decorated = story.language == kArabic && rng.chance(20);
  return headline;
}

std::string with_prefix(const Story& story, std::size_t section, std::string headline) {
  const LanguagePack& pack = kPacks[story.language];
  if (section == kOpinion) return std::string(pack.opinion) + headline;
  if (section == kAnalysis) return std::string(pack.analysis) + headline;
  return headline;
}

// Fills role, day and number of `slots` for one sentence.
void vary(Slots& slots, Language language, Rng& rng) {
  const LanguagePack& pack = kPacks[language];
  slots.role = pack.roles[rng.index(pack.roles.size)];
  slots.day = pack.days[rng.index(pack.days.size)];
  slots.number = rng.range(11, 95);
}

// Deals pattern indexes without repeats until a deck runs out, then reshuffles it.
class Deck {
 public:
  explicit Deck(std::size_t size) : order_(size), next_(size) {
    for (std::size_t i = 0; i < size; ++i) order_[i] = i;
  }
  std::size_t deal(Rng& rng) {
    if (next_ >= order_.size()) {
      shuffle(order_, rng);
      next_ = 0;
    }
    return order_[next_++];
  }

 private:
  std::vector<std::size_t> order_;
  std::size_t next_;
};

// Writes summary and (when asked) body, 150-700 words opening with the summary's lead sentence;
// the summary differs from the story's earlier ones (`used_summaries`) unless 8 tries fail.
void write_text(const Story& story, bool full_text, std::vector<std::string>& used_summaries,
                SynthArticle& article, Rng& rng) {
  const Language language = story.language;
  const LanguagePack& pack = kPacks[language];
  const Topic* topics = kTopics[story.section];
  Slots slots = story_slots(story, false);
  const std::vector<int> none;

  Deck story_deck(pack.story.size);
  Deck generic_deck(pack.generic.size);
  std::string lead;
  for (int attempt = 0; attempt < 8; ++attempt) {
    slots = story_slots(story, rng.chance(30));
    vary(slots, language, rng);
    lead.clear();
    append_text(language, pack.leads[rng.index(pack.leads.size)], slots, none, lead);
    article.summary = lead;
    if (rng.chance(70)) {
      vary(slots, language, rng);
      article.summary += ' ';
      append_text(language, pack.story[story_deck.deal(rng)], slots, none, article.summary);
    }
    if (std::find(used_summaries.begin(), used_summaries.end(), article.summary) ==
        used_summaries.end()) {
      break;
    }
  }
  used_summaries.push_back(article.summary);
  if (!full_text) return;

  const std::size_t target = static_cast<std::size_t>(rng.range(150, 700));
  std::string& body = article.body;
  body.reserve(target * 8);
  body = lead;
  std::size_t words = count_words(lead);
  std::size_t in_paragraph = 1;
  std::size_t paragraph_length = static_cast<std::size_t>(rng.range(2, 4));
  while (words < target) {
    if (in_paragraph >= paragraph_length) {
      body += "\n\n";
      in_paragraph = 0;
      paragraph_length = static_cast<std::size_t>(rng.range(2, 5));
    } else {
      body += ' ';
    }
    vary(slots, language, rng);
    const bool about_story = rng.chance(45);
    const bool swap_topics = !rng.chance(75);  // Most sentences are about the main topic.
    slots.topic = topics[swap_topics ? story.topic2 : story.topic].term[language].phrase;
    slots.topic2 = topics[swap_topics ? story.topic : story.topic2].term[language].phrase;
    const std::size_t start = body.size();
    if (about_story) {
      append_text(language, pack.story[story_deck.deal(rng)], slots, none, body);
    } else {
      append_text(language, pack.generic[generic_deck.deal(rng)], slots, none, body);
    }
    words += count_words(std::string_view(body).substr(start));
    ++in_paragraph;
  }
}

// Views accumulate as total * t / (t + tau) over an article's age t (integer, non-decreasing);
// a fast riser adds a second such curve that started a little while ago.
struct ViewCurve {
  std::int64_t age = 0;
  std::int64_t total = 0;
  std::int64_t tau = 1;
  std::int64_t surge_age = 0;  // 0 = no surge.
  std::int64_t surge_total = 0;
  std::int64_t surge_tau = 1;
};

std::int64_t accumulated(std::int64_t total, std::int64_t tau, std::int64_t t) {
  return t <= 0 ? 0 : total * t / (t + tau);
}

// Returns the views accumulated up to `before` seconds before now.
std::int64_t accumulated_until(const ViewCurve& curve, std::int64_t before) {
  std::int64_t views = accumulated(curve.total, curve.tau, curve.age - before);
  if (curve.surge_age > 0) {
    views += accumulated(curve.surge_total, curve.surge_tau, curve.surge_age - before);
  }
  return views;
}

std::int64_t views_in(const ViewCurve& curve, std::int64_t window) {
  return accumulated_until(curve, 0) - accumulated_until(curve, std::min(window, curve.age));
}

std::string article_path(const SynthArticle& article) {
  std::string path = "/";
  path += kSections[article.section].slug;
  path += '/';
  path += article.slug;
  path += '-';
  path += article_id(article.ordinal);
  return path;
}

}  // namespace

std::string make_synthetic_feed(const SyntheticOptions& options) {
  const std::uint64_t seed = options.seed;
  const std::int64_t now = options.now;
  const std::size_t count = options.articles;
  const int spanish = std::clamp(options.percent_spanish, 0, 100);
  const int arabic = std::clamp(options.percent_arabic, 0, 100 - spanish);
  const int percent[kLanguageCount] = {100 - spanish - arabic, spanish, arabic};

  // Stories: about one per eight articles, sizes heavy-tailed, starts skewed to recent.
  const std::size_t story_count = std::max<std::size_t>(1, (count + 7) / 8);
  std::vector<Story> stories(story_count);
  for (std::size_t s = 0; s < story_count; ++s) {
    Rng rng(stream_seed(seed, kStoryShape, s));
    Story& story = stories[s];
    story.section = rng.index(kTopicSections);
    story.topic = rng.index(kTopicsPerSection);
    story.topic2 = (story.topic + 1 + rng.index(kTopicsPerSection - 1)) % kTopicsPerSection;
    story.size_weight = 1000 / (1 + rng.below(25));  // Largest stories: ~6x the mean.
    const std::int64_t a = rng.range(0, kWeek - 1);
    const std::int64_t b = rng.range(0, kWeek - 1);
    story.start_age = std::max<std::int64_t>(10 * 60, rng.chance(50) ? std::min(a, b) : a);
    story.span = kHour * rng.range(1, 72);
    story.heat = 1000000 / static_cast<std::int64_t>(1 + rng.below(500));  // Zipf-like.
    story.tag_place = rng.chance(60);
    story.tag_topic2 = rng.chance(40);
    story.repost = rng.chance(15);
    story.order_key = rng.next();
  }

  // Articles: each story gets one, the rest go to stories by weight.
  std::vector<SynthArticle> articles(count);
  {
    std::vector<std::uint64_t> cumulative(story_count);
    std::uint64_t sum = 0;
    for (std::size_t s = 0; s < story_count; ++s) cumulative[s] = sum += stories[s].size_weight;
    Rng rng(stream_seed(seed, kAssignment, 0));
    for (std::size_t i = 0; i < count; ++i) {
      std::size_t s = i;
      if (i >= story_count) {
        const std::uint64_t pick = rng.below(sum);
        s = static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), pick) -
                                     cumulative.begin());
      }
      articles[i].story = s;
      stories[s].members.push_back(i);
    }
  }

  // Languages: stories in random order go to the language furthest below its share.
  {
    std::vector<std::size_t> order(story_count);
    for (std::size_t s = 0; s < story_count; ++s) order[s] = s;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      return stories[x].order_key != stories[y].order_key
                 ? stories[x].order_key < stories[y].order_key
                 : x < y;
    });
    std::int64_t assigned[kLanguageCount] = {0, 0, 0};
    for (std::size_t s : order) {
      int best = -1;
      std::int64_t best_deficit = 0;
      for (int l = 0; l < kLanguageCount; ++l) {
        if (percent[l] == 0) continue;
        const std::int64_t deficit =
            static_cast<std::int64_t>(count) * percent[l] - 100 * assigned[l];
        if (best < 0 || deficit > best_deficit) {
          best = l;
          best_deficit = deficit;
        }
      }
      stories[s].language = static_cast<Language>(best);
      assigned[best] += static_cast<std::int64_t>(stories[s].members.size());
    }
  }

  // Voices: a person (distinct per story until 256 are used), a place, a lead reporter.
  std::vector<std::string> reporters[kLanguageCount];
  std::uint64_t person_offset[kLanguageCount];
  for (int l = 0; l < kLanguageCount; ++l) {
    const LanguagePack& pack = kPacks[l];
    Rng rng(stream_seed(seed, kReporters, static_cast<std::uint64_t>(l)));
    for (std::size_t r = 0; r < kReportersPerLanguage; ++r) {
      std::string name(pack.first[rng.index(kNames)]);
      name += ' ';
      name += pack.last[rng.index(kNames)];
      reporters[l].push_back(std::move(name));
    }
    person_offset[l] =
        Rng(stream_seed(seed, kPersonOffset, static_cast<std::uint64_t>(l))).below(kNames * kNames);
  }
  {
    std::uint64_t ordinal[kLanguageCount] = {0, 0, 0};
    std::vector<std::vector<std::uint32_t>> place_use[kLanguageCount];
    for (auto& per_topic : place_use) per_topic.resize(kTopicSections * kTopicsPerSection);
    for (std::size_t s = 0; s < story_count; ++s) {
      Story& story = stories[s];
      const LanguagePack& pack = kPacks[story.language];
      Rng rng(stream_seed(seed, kStoryVoice, s));
      // An odd stride walks all 256 first/last pairs before repeating one.
      const std::uint64_t combo =
          (ordinal[story.language]++ * 97 + person_offset[story.language]) % (kNames * kNames);
      story.person = std::string(pack.first[combo % kNames]);
      story.person += ' ';
      story.person += pack.last[combo / kNames];
      // The least used place for this language and these topics, so stories rarely share both.
      std::vector<std::uint32_t>& used =
          place_use[story.language][story.section * kTopicsPerSection + story.topic];
      std::vector<std::uint32_t>& used2 =
          place_use[story.language][story.section * kTopicsPerSection + story.topic2];
      if (used.empty()) used.assign(pack.places.size, 0);
      if (used2.empty()) used2.assign(pack.places.size, 0);
      std::uint32_t fewest = ~0u;
      std::vector<std::size_t> candidates;
      for (std::size_t p = 0; p < used.size(); ++p) {
        const std::uint32_t uses = used[p] + used2[p];
        if (uses < fewest) {
          fewest = uses;
          candidates.clear();
        }
        if (uses == fewest) candidates.push_back(p);
      }
      story.place = candidates[rng.index(candidates.size())];
      ++used[story.place];
      ++used2[story.place];
      story.reporter = rng.index(kReportersPerLanguage);
    }
  }

  // Times and sections: the first article opens its story, the others follow within its span.
  for (std::size_t i = 0; i < count; ++i) {
    SynthArticle& article = articles[i];
    const Story& story = stories[article.story];
    Rng rng(stream_seed(seed, kArticleShape, i));
    const bool opener = i < story_count;
    std::int64_t age = story.start_age;
    if (!opener) age -= rng.range(0, std::min(story.span, story.start_age - 60));
    article.published = now - age;
    article.section = story.section;
    if (!opener) {
      const std::uint64_t roll = rng.below(100);
      if (roll < 5)
        article.section = kOpinion;
      else if (roll < 10)
        article.section = kAnalysis;
    }
    article.modified = article.published;
    if (age > 600 && rng.chance(25)) {  // Updated 5 minutes to 6 hours later, before now.
      article.modified = article.published + rng.range(300, std::min(6 * kHour, age - 60));
    }
  }
  auto by_time = [&](std::size_t x, std::size_t y) {
    return articles[x].published != articles[y].published
               ? articles[x].published < articles[y].published
               : x < y;
  };

  // Reposts: the newest article of some stories repeats an earlier one 10 minutes to 2 hours on.
  for (std::size_t s = 0; s < story_count; ++s) {
    Story& story = stories[s];
    std::sort(story.members.begin(), story.members.end(), by_time);
    if (!story.repost || story.members.size() < 2) continue;
    Rng rng(stream_seed(seed, kStoryVoice, story_count + s));
    const std::size_t original = story.members[rng.index(story.members.size() - 1)];
    SynthArticle& repost = articles[story.members.back()];
    repost.repost_of = static_cast<std::ptrdiff_t>(original);
    repost.published = std::min(now - 30, articles[original].published + rng.range(600, 2 * kHour));
    repost.modified = repost.published;
    repost.section = articles[original].section;
    std::sort(story.members.begin(), story.members.end(), by_time);
  }

  // Ids follow publication order: a000001 is the oldest.
  std::vector<std::size_t> chronological(count);
  for (std::size_t i = 0; i < count; ++i) chronological[i] = i;
  std::sort(chronological.begin(), chronological.end(), by_time);
  for (std::size_t k = 0; k < count; ++k) articles[chronological[k]].ordinal = k + 1;

  // Text, story by story in publication order (a repost follows its original).
  for (std::size_t s = 0; s < story_count; ++s) {
    const Story& story = stories[s];
    std::vector<std::string> used_titles;
    std::vector<std::string> used_summaries;
    for (std::size_t i : story.members) {
      SynthArticle& article = articles[i];
      Rng rng(stream_seed(seed, kArticleText, i));
      std::string plain_title;
      if (article.repost_of >= 0) {
        const SynthArticle& original = articles[static_cast<std::size_t>(article.repost_of)];
        article.headline = original.headline;
        // Same words with other decoration (Arabic, half the time), else one word differs (the
        // first flip giving a headline the story has not used yet) or none.
        if (story.language == kArabic && rng.chance(50)) {
          article.headline.decorated = !original.headline.decorated;
        } else if (rng.chance(60)) {
          const std::vector<int> sizes =
              group_sizes(kPacks[story.language].headlines[article.headline.pattern]);
          std::vector<std::pair<std::size_t, int>> flips;
          for (std::size_t g = 0; g < sizes.size(); ++g) {
            for (int alternative = 0; alternative < sizes[g]; ++alternative) {
              if (alternative != article.headline.choices[g]) flips.emplace_back(g, alternative);
            }
          }
          shuffle(flips, rng);
          for (const auto& [g, alternative] : flips) {
            Headline flipped = article.headline;
            flipped.choices[g] = alternative;
            const std::string plain = plain_headline(story, flipped);
            if (std::find(used_titles.begin(), used_titles.end(), plain) == used_titles.end()) {
              article.headline = std::move(flipped);
              used_titles.push_back(plain);
              break;
            }
          }
        }
        article.title =
            with_prefix(story, article.section, render_headline(story, article.headline, rng));
        article.summary = original.summary;
        article.body = original.body;
        article.slug = original.slug;
        continue;
      }
      for (int attempt = 0; attempt < 24; ++attempt) {
        article.headline = random_headline(
            story, article.section == kOpinion || article.section == kAnalysis, rng);
        plain_title = plain_headline(story, article.headline);
        if (std::find(used_titles.begin(), used_titles.end(), plain_title) == used_titles.end()) {
          break;
        }
      }
      used_titles.push_back(plain_title);
      article.title =
          article.headline.decorated ? render_headline(story, article.headline, rng) : plain_title;
      article.title = with_prefix(story, article.section, std::move(article.title));
      if (story.language == kArabic) {
        article.slug = std::string(kTopics[story.section][story.topic].slug);
        article.slug += '-';
        article.slug += kPacks[kArabic].places[story.place].slug;
      } else {
        article.slug = latin_slug(plain_title, 8);
      }
      write_text(story, options.full_text, used_summaries, article, rng);
    }
  }

  // The document.
  Json doc = {{"version", "https://jsonfeed.org/version/1.1"},
              {"title", "Synthetic News"},
              {"home_page_url", "https://example.com/"},
              {"feed_url", "https://example.com/feed.json"},
              {"language", "en"}};
  Json& extension = doc["_newsrail"];
  extension["generated_at"] = format_rfc3339(now);
  Json& sections = extension["sections"] = Json::array();
  for (const Section& section : kSections) sections.push_back(section.name);
  Json& regions = extension["regions"] = Json::array();
  for (std::string_view region : kRegions) regions.push_back(region);

  // Breaking: headlines of stories with recent articles, published within the last 3 hours.
  {
    struct Breaking {
      std::string text;
      std::string url;
      std::int64_t published = 0;
      std::int64_t expires = 0;
      int priority = 0;
    };
    std::vector<Breaking> breaking(options.breaking);
    const std::size_t recent = std::min<std::size_t>(count, 4 * options.breaking + 10);
    for (std::size_t b = 0; b < breaking.size(); ++b) {
      Rng rng(stream_seed(seed, kBreaking, b));
      Breaking& item = breaking[b];
      std::size_t s = rng.index(story_count);
      if (recent > 0) {
        const SynthArticle& source = articles[chronological[count - 1 - rng.index(recent)]];
        s = source.story;
        item.url = article_path(articles[stories[s].members.back()]);
      } else {
        item.url = "/" + std::string(kSections[stories[s].section].slug) + "/";
      }
      item.text = render_headline(stories[s], random_headline(stories[s], false, rng), rng);
      item.published = now - rng.range(120, 3 * kHour);
      if (rng.chance(70)) item.expires = item.published + rng.range(30 * 60, 4 * kHour);
      const std::uint64_t roll = rng.below(10);
      item.priority = roll < 6 ? 0 : roll < 9 ? 1 : 2;
    }
    std::stable_sort(breaking.begin(), breaking.end(), [](const Breaking& x, const Breaking& y) {
      return x.published > y.published;
    });
    Json& lines = extension["breaking"] = Json::array();
    for (std::size_t b = 0; b < breaking.size(); ++b) {
      Json line = {{"id", "b" + std::to_string(b + 1)},
                   {"text", breaking[b].text},
                   {"url", breaking[b].url},
                   {"date_published", format_rfc3339(breaking[b].published)}};
      if (breaking[b].expires != 0) line["date_expires"] = format_rfc3339(breaking[b].expires);
      line["priority"] = breaking[b].priority;
      lines.push_back(std::move(line));
    }
  }

  // Items, newest first.
  Json& items = doc["items"] = Json::array();
  for (std::size_t k = count; k-- > 0;) {
    const std::size_t i = chronological[k];
    SynthArticle& article = articles[i];
    const Story& story = stories[article.story];
    const LanguagePack& pack = kPacks[story.language];
    Rng rng(stream_seed(seed, kArticleShape, count + i));
    const std::string id = article_id(article.ordinal);

    Json item = {{"id", id},
                 {"url", "https://example.com" + article_path(article)},
                 {"title", article.title},
                 {"summary", article.summary}};
    if (options.full_text) item["content_text"] = article.body;
    const bool has_image = rng.chance(96);
    if (has_image) item["image"] = "https://example.com/img/" + id + ".jpg";
    item["date_published"] = format_rfc3339(article.published);
    item["date_modified"] = format_rfc3339(article.modified);

    Json& authors = item["authors"] = Json::array();
    const std::size_t first = rng.chance(75) ? story.reporter : rng.index(kReportersPerLanguage);
    authors.push_back({{"name", reporters[story.language][first]}});
    if (rng.chance(15)) {
      const std::size_t second =
          (first + 1 + rng.index(kReportersPerLanguage - 1)) % kReportersPerLanguage;
      authors.push_back({{"name", reporters[story.language][second]}});
    }

    Json& tags = item["tags"] = Json::array();
    const Topic* topics = kTopics[story.section];
    tags.push_back(topics[story.topic].term[story.language].tag);
    tags.push_back(story.person);
    if (story.tag_place) tags.push_back(pack.places[story.place].name);
    if (story.tag_topic2) tags.push_back(topics[story.topic2].term[story.language].tag);
    item["language"] = pack.code;

    // Views: heavy-tailed lifetime totals; openers draw more, commentary less.
    ViewCurve curve;
    curve.age = std::max<std::int64_t>(1, now - article.published);
    std::int64_t total = story.heat / static_cast<std::int64_t>(1 + rng.below(10));
    if (i < story_count) total *= 2;
    if (article.section == kOpinion || article.section == kAnalysis) total /= 2;
    curve.total = total + rng.range(3, 60);
    curve.tau = rng.range(2 * kHour, 18 * kHour);
    if (curve.age >= 2 * kHour && curve.age <= 16 * kHour && rng.chance(8)) {
      curve.surge_age = rng.range(20 * 60, 90 * 60);
      curve.surge_total = curve.total * rng.range(2, 6);
      curve.surge_tau = rng.range(30 * 60, 2 * kHour);
    }

    Json& ext = item["_newsrail"];
    ext["section"] = kSections[article.section].name;
    ext["region"] = kRegions[pack.places[story.place].region];
    ext["views"] = {{"1h", views_in(curve, kHour)},
                    {"6h", views_in(curve, 6 * kHour)},
                    {"24h", views_in(curve, kDay)},
                    {"7d", views_in(curve, kWeek)}};

    // Related: editors pin up to three earlier articles of the same story, nearest first.
    const auto position = static_cast<std::size_t>(
        std::find(story.members.begin(), story.members.end(), i) - story.members.begin());
    if (position > 0 && rng.chance(70)) {
      Json& related = ext["related"] = Json::array();
      const std::size_t want = std::min<std::size_t>(position, 1 + rng.index(3));
      for (std::size_t r = 1; r <= want; ++r) {
        related.push_back(article_id(articles[story.members[position - r]].ordinal));
      }
    }
    if (rng.chance(1)) ext["recommend"] = false;
    if (has_image) {
      Slots slots = story_slots(story, false);
      std::string alt;
      append_text(story.language, pack.image_alts[rng.index(pack.image_alts.size)], slots, {}, alt);
      ext["image_alt"] = alt;
      ext["image_credit"] = kAgencies[rng.index(sizeof(kAgencies) / sizeof(kAgencies[0]))];
    }
    items.push_back(std::move(item));
  }
  return write_json(doc, options.indent);
}

}  // namespace newsrail
